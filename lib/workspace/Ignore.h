//===- Ignore.h - gitignore-syntax pattern lists --------------------------===//
//
// Matches `.rtclintignore` files and `--exclude` globs with the semantics of
// gitignore(5): `#` comments, `!` negation (last match wins), a trailing `/`
// for directories only, patterns containing a `/` anchored to the list's base
// directory, `*`/`?`/`[...]` within one path component and `**` across them.
// `.gitignore` itself goes through libgit2 (see GitIgnore.h), which also knows
// `.git/info/exclude` and the global excludes file.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_IGNORE_H
#define RTCLINT_WORKSPACE_IGNORE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/StringSaver.h"
#include <optional>
#include <vector>

namespace rtclint {

enum class IgnoreMatch : unsigned char { None, Ignore, Include };

class IgnoreList {
public:
  /// Adds one pattern line; blank lines, comments and invalid globs are
  /// skipped. Returns false when the line held an invalid glob.
  bool addPattern(llvm::StringRef Line);
  /// Adds every line of a gitignore-format file.
  void addText(llvm::StringRef Text);

  /// RelPath is relative to the list's base directory, '/'-separated, with no
  /// leading or trailing '/'. The last matching pattern decides.
  IgnoreMatch match(llvm::StringRef RelPath, bool IsDir) const;

  bool empty() const { return Patterns.empty(); }

private:
  struct Segment {
    std::optional<llvm::GlobPattern> Glob; // unset: `**`
  };
  struct Pattern {
    llvm::SmallVector<Segment, 4> Segments;
    bool Negated = false;
    bool DirOnly = false;
    bool Anchored = false; // matched against the whole path, not the name
  };

  static bool matchSegments(llvm::ArrayRef<Segment> Pat,
                            llvm::ArrayRef<llvm::StringRef> Path);
  static bool matches(const Pattern &P, llvm::ArrayRef<llvm::StringRef> Path,
                      bool IsDir);

  // GlobPattern keeps a StringRef into its source text: the text lives here,
  // at addresses that survive moves of the list.
  llvm::BumpPtrAllocator Alloc;
  std::vector<Pattern> Patterns;
};

} // namespace rtclint

#endif
