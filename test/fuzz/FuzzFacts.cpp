//===- FuzzFacts.cpp - libFuzzer target: the structural pass --------------===//

#include "facts/Extract.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  Language L = Language(Data[0] % (unsigned(LastLanguage) + 1));
  llvm::StringRef Buf(reinterpret_cast<const char *>(Data + 1), Size - 1);
  FileFacts F = extractFacts(L, Buf);
  (void)F;
  return 0;
}
