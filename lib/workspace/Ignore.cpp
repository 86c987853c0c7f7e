//===- Ignore.cpp - gitignore-syntax pattern lists ------------------------===//

#include "workspace/Ignore.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

using namespace llvm;

namespace rtclint {

/// Drops trailing blanks unless the last one is escaped with a backslash.
static StringRef trimTrailingSpaces(StringRef Line) {
  while (Line.ends_with(" ") || Line.ends_with("\t")) {
    StringRef Rest = Line.drop_back();
    if (Rest.ends_with("\\"))
      break;
    Line = Rest;
  }
  return Line;
}

bool IgnoreList::addPattern(StringRef Line) {
  Line = trimTrailingSpaces(Line.rtrim("\r"));
  if (Line.empty() || Line.starts_with("#"))
    return true;
  bool Negated = Line.consume_front("!");
  if (Line.trim('/').empty())
    return true;
  Expected<PathGlob> G = PathGlob::create(Line);
  if (!G) {
    consumeError(G.takeError());
    return false;
  }
  Patterns.push_back({std::move(*G), Negated});
  return true;
}

void IgnoreList::addText(StringRef Text) {
  SmallVector<StringRef, 32> Lines;
  // git splits on "\n" only; a lone "\r" must not hide a pattern either.
  Text.split(Lines, '\n');
  for (StringRef L : Lines)
    addPattern(L);
}

IgnoreMatch IgnoreList::match(StringRef RelPath, bool IsDir) const {
  if (Patterns.empty())
    return IgnoreMatch::None;
  for (const Pattern &P : llvm::reverse(Patterns))
    if (P.Glob.match(RelPath, IsDir))
      return P.Negated ? IgnoreMatch::Include : IgnoreMatch::Ignore;
  return IgnoreMatch::None;
}

} // namespace rtclint
