//===- Load.cpp - Read a file found by the walk ---------------------------===//

#include "support/SafeRead.h"
#include "workspace/Transcode.h"
#include "workspace/Walker.h"
#include <cstring>

using namespace llvm;

namespace rtclint {

/// Same test as git and ripgrep: a NUL byte early on. Invalid UTF-8 is still
/// text (latin-1 sources exist and can hold secrets).
static bool looksBinary(StringRef Content) {
  StringRef Head = Content.take_front(8 << 10);
  return std::memchr(Head.data(), '\0', Head.size()) != nullptr;
}

/// A lone CR ends a line (classic Mac files, and a way to hide code behind
/// a `//` comment that every lexer would otherwise run to the next LF).
/// Rewriting it as LF keeps every byte offset, so lexers, line numbers and
/// snippets all see the lines an editor shows.
static void normalizeLoneCR(std::string &S) {
  for (size_t I = S.find('\r'); I != std::string::npos; I = S.find('\r', I + 1))
    if (I + 1 == S.size() || S[I + 1] != '\n')
      S[I] = '\n';
}

LoadedFile loadFile(const FileEntry &F, uint64_t MaxFileSize) {
  LoadedFile Out;
  auto skip = [&](SkipReason R, std::string Detail) {
    Out.Skip = SkippedFile{F.Path, R, std::move(Detail)};
    return std::move(Out);
  };
  // The walk saw a regular file in the tree; it may since have been swapped
  // for a FIFO or a link out of the tree, or have grown: the safe reader
  // checks all of it on the descriptor it reads from.
  ReadResult R = readRegularFile(F.AbsPath, MaxFileSize, F.Root);
  switch (R.Status) {
  case ReadStatus::Ok:
    break;
  case ReadStatus::NotRegular:
    return skip(SkipReason::Special, R.Detail);
  case ReadStatus::Outside:
    return skip(SkipReason::SymlinkOutside, R.Detail);
  case ReadStatus::TooLarge:
    return skip(SkipReason::TooLarge, R.Detail);
  case ReadStatus::NotFound:
  case ReadStatus::Error:
    return skip(SkipReason::Unreadable, R.Detail);
  }
  // UTF-16/32 with a BOM is text in disguise: scan it as UTF-8.
  if (std::optional<std::string> U = transcodeToUTF8(R.Content)) {
    if (U->size() > MaxFileSize)
      return skip(SkipReason::TooLarge, std::to_string(U->size()));
    Out.Content = std::move(*U);
    normalizeLoneCR(Out.Content);
    return Out;
  }
  if (looksBinary(R.Content))
    return skip(SkipReason::Binary, "");
  Out.Content = std::move(R.Content);
  normalizeLoneCR(Out.Content);
  return Out;
}

} // namespace rtclint
