//===- Glob.h - One glob dialect: gitignore(5) patterns -------------------===//
//
// The one matcher behind ignore files, --exclude and rule paths:/
// exclude-paths:, so `src/*.js` means the same everywhere: `*`, `?` and
// `[...]` stay within one path component, `**` spans any number of them, a
// pattern with a slash (other than a trailing one) is anchored to the base
// directory, one without it matches a name at any depth, and a trailing `/`
// matches directories only. `\` escapes the next character.
//
// Matching is a simulation of the pattern's segments as an NFA over the path
// components (a bit set of live positions), so its cost is linear in the
// path's length times the pattern's: no backtracking, however many `**`.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SUPPORT_GLOB_H
#define RTCLINT_SUPPORT_GLOB_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

namespace rtclint {

class PathGlob {
public:
  /// Compiles one pattern (without gitignore's `!` and comment syntax,
  /// which belong to the list that holds it). Fails on an empty pattern or
  /// an unclosed `[`.
  static llvm::Expected<PathGlob> create(llvm::StringRef Pattern);

  /// Does the pattern match exactly this '/'-separated path, relative to the
  /// pattern's base? Leading, trailing and doubled slashes are ignored.
  bool match(llvm::StringRef Path, bool IsDir) const;

  /// Does it match the path or one of its ancestor directories? This is how
  /// gitignore treats a file below an ignored directory, and how rule paths
  /// and excludes judge a file.
  bool matchWithParents(llvm::StringRef Path, bool IsDir = false) const;

  bool dirOnly() const { return DirOnly; }
  llvm::StringRef text() const { return Text; }

private:
  struct Atom {
    enum Kind : unsigned char { Char, Any, Star, Class } K;
    char C = 0;
    uint16_t ClassIdx = 0;
  };
  struct Segment {
    bool DoubleStar = false;
    std::vector<Atom> Atoms;
  };

  bool matchComponent(const Segment &S, llvm::StringRef Name) const;
  bool run(llvm::StringRef Path, bool IsDir, bool Parents) const;

  std::string Text;
  std::vector<Segment> Segments;
  std::vector<std::bitset<256>> Classes;
  bool DirOnly = false;
};

} // namespace rtclint

#endif
