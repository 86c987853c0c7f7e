//===- Ignore.cpp - gitignore-syntax pattern lists ------------------------===//

#include "workspace/Ignore.h"
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
  Pattern P;
  if (Line.consume_front("!"))
    P.Negated = true;
  if (Line.consume_back("/"))
    P.DirOnly = true;
  // A slash at the start or in the middle anchors the pattern to the base.
  P.Anchored = Line.consume_front("/") || Line.contains('/');
  if (Line.empty())
    return true;
  Line = StringSaver(Alloc).save(Line);

  SmallVector<StringRef, 8> Parts;
  Line.split(Parts, '/', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts) {
    Segment S;
    if (Part != "**") {
      Expected<GlobPattern> G = GlobPattern::create(Part);
      if (!G) {
        consumeError(G.takeError());
        return false;
      }
      S.Glob = std::move(*G);
    }
    // Runs of `**` are the same as one.
    if (!S.Glob && !P.Segments.empty() && !P.Segments.back().Glob)
      continue;
    P.Segments.push_back(std::move(S));
  }
  Patterns.push_back(std::move(P));
  return true;
}

void IgnoreList::addText(StringRef Text) {
  SmallVector<StringRef, 32> Lines;
  Text.split(Lines, '\n');
  for (StringRef L : Lines)
    addPattern(L);
}

bool IgnoreList::matchSegments(ArrayRef<Segment> Pat,
                               ArrayRef<StringRef> Path) {
  while (!Pat.empty()) {
    if (!Pat.front().Glob) {
      // A trailing `**` matches everything inside, but not the directory
      // itself; elsewhere it matches zero or more components.
      if (Pat.size() == 1)
        return !Path.empty();
      for (size_t Skip = 0; Skip <= Path.size(); ++Skip)
        if (matchSegments(Pat.drop_front(), Path.drop_front(Skip)))
          return true;
      return false;
    }
    if (Path.empty() || !Pat.front().Glob->match(Path.front()))
      return false;
    Pat = Pat.drop_front();
    Path = Path.drop_front();
  }
  return Path.empty();
}

bool IgnoreList::matches(const Pattern &P, ArrayRef<StringRef> Path,
                         bool IsDir) {
  if (Path.empty() || (P.DirOnly && !IsDir))
    return false;
  if (!P.Anchored) // A lone `**` matches any name.
    return !P.Segments.front().Glob ||
           P.Segments.front().Glob->match(Path.back());
  return matchSegments(P.Segments, Path);
}

IgnoreMatch IgnoreList::match(StringRef RelPath, bool IsDir) const {
  if (Patterns.empty())
    return IgnoreMatch::None;
  SmallVector<StringRef, 16> Path;
  RelPath.split(Path, '/', -1, /*KeepEmpty=*/false);
  for (const Pattern &P : llvm::reverse(Patterns))
    if (matches(P, Path, IsDir))
      return P.Negated ? IgnoreMatch::Include : IgnoreMatch::Ignore;
  return IgnoreMatch::None;
}

} // namespace rtclint
