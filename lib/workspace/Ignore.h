//===- Ignore.h - gitignore-syntax pattern lists --------------------------===//
//
// Matches `.rtclintignore` files and `--exclude` globs with the semantics of
// gitignore(5): `#` comments, `!` negation (last match wins), a trailing `/`
// for directories only, patterns containing a `/` anchored to the list's base
// directory, `*`/`?`/`[...]` within one path component and `**` across them
// (the glob dialect of support/Glob.h, shared with rule paths). The walker
// loads `.gitignore`, `.git/info/exclude` and `.rtclintignore` files into
// such lists itself, through the safe reader.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_IGNORE_H
#define RTCLINT_WORKSPACE_IGNORE_H

#include "support/Glob.h"
#include "llvm/ADT/StringRef.h"
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
  struct Pattern {
    PathGlob Glob;
    bool Negated = false;
  };
  std::vector<Pattern> Patterns;
};

} // namespace rtclint

#endif
