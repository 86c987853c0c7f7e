//===- Load.cpp - Read a file found by the walk ---------------------------===//

#include "workspace/Walker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstring>

using namespace llvm;

namespace rtclint {

/// Same test as git and ripgrep: a NUL byte early on. Invalid UTF-8 is still
/// text (latin-1 sources exist and can hold secrets).
static bool looksBinary(StringRef Content) {
  StringRef Head = Content.take_front(8 << 10);
  return std::memchr(Head.data(), '\0', Head.size()) != nullptr;
}

LoadedFile loadFile(const FileEntry &F, uint64_t MaxFileSize) {
  LoadedFile Out;
  auto skip = [&](SkipReason R, std::string Detail) {
    Out.Skip = SkippedFile{F.Path, R, std::move(Detail)};
    return std::move(Out);
  };
  // The file may have grown since the walk: check before reading it all.
  uint64_t Size = 0;
  if (std::error_code EC = sys::fs::file_size(F.AbsPath, Size))
    return skip(SkipReason::Unreadable, EC.message());
  if (Size > MaxFileSize)
    return skip(SkipReason::TooLarge, std::to_string(Size));

  // Plain reads, not mmap: unmapping thousands of small files costs TLB
  // shootdowns on every core and kept -j from scaling.
  Expected<sys::fs::file_t> FD = sys::fs::openNativeFileForRead(F.AbsPath);
  if (!FD)
    return skip(SkipReason::Unreadable, toString(FD.takeError()));
  SmallVector<char, 0> Bytes;
  Bytes.reserve(Size + 1);
  Error E = sys::fs::readNativeFileToEOF(*FD, Bytes);
  sys::fs::closeFile(*FD);
  if (E)
    return skip(SkipReason::Unreadable, toString(std::move(E)));
  StringRef Content(Bytes.data(), Bytes.size());
  if (Content.size() > MaxFileSize)
    return skip(SkipReason::TooLarge, std::to_string(Content.size()));
  if (looksBinary(Content))
    return skip(SkipReason::Binary, "");
  Out.Content = Content.str();
  return Out;
}

} // namespace rtclint
