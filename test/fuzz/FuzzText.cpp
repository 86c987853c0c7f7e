//===- FuzzText.cpp - libFuzzer target: transcoding and line index --------===//

#include "support/LineIndex.h"
#include "workspace/Transcode.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef In(reinterpret_cast<const char *>(Data), Size);
  std::optional<std::string> U = transcodeToUTF8(In);
  llvm::StringRef Text = U ? llvm::StringRef(*U) : In;
  LineIndex Lines(Text);
  for (size_t Off = 0; Off <= Text.size(); Off += 1 + Off / 4) {
    unsigned L = Lines.line(Off);
    if (L == 0 || L > Lines.lineCount() || Lines.lineStart(L) > Off)
      __builtin_trap();
    (void)Lines.lineText(L);
  }
  return 0;
}
