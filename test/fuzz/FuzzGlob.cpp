//===- FuzzGlob.cpp - libFuzzer target: globs and ignore files ------------===//
//
// Input: an ignore file, a NUL, then paths one per line. Every path is
// matched by the list and by each line compiled as a glob on its own.
//
//===----------------------------------------------------------------------===//

#include "support/Glob.h"
#include "workspace/Ignore.h"
#include "llvm/ADT/SmallVector.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef In(reinterpret_cast<const char *>(Data), Size);
  auto [Patterns, Paths] = In.split('\0');
  IgnoreList List;
  List.addText(Patterns);
  llvm::SmallVector<llvm::StringRef, 8> Lines, PathLines;
  Patterns.split(Lines, '\n');
  Paths.split(PathLines, '\n');
  for (llvm::StringRef P : PathLines) {
    (void)List.match(P, false);
    (void)List.match(P, true);
    for (llvm::StringRef Line : Lines) {
      llvm::Expected<PathGlob> G = PathGlob::create(Line);
      if (!G) {
        llvm::consumeError(G.takeError());
        continue;
      }
      bool Exact = G->match(P, false);
      // Matching the path itself implies matching with its parents.
      if (Exact && !G->matchWithParents(P, false))
        __builtin_trap();
    }
  }
  return 0;
}
