//===- FuzzFacts.cpp - libFuzzer target: the structural pass --------------===//
//
// Each input runs twice: at the default fact budget, and at a budget small
// enough (from the input's second byte) that the cut and the literals past
// it are exercised too.
//
//===----------------------------------------------------------------------===//

#include "facts/Extract.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

static void check(const FileFacts &F, llvm::StringRef Buf) {
  if (F.CodeView.size() != Buf.size())
    __builtin_trap();
  if (F.BudgetCut != NoBudgetCut && F.BudgetCut > Buf.size())
    __builtin_trap();
  for (const StringFact &S : F.Strings)
    if (S.Range.Begin > S.Range.End || S.Range.End > Buf.size())
      __builtin_trap();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 2)
    return 0;
  Language L = Language(Data[0] % (unsigned(LastLanguage) + 1));
  llvm::StringRef Buf(reinterpret_cast<const char *>(Data + 2), Size - 2);
  check(extractFacts(L, Buf), Buf);
  check(extractFacts(L, Buf, 1 + Data[1] % 64), Buf);
  return 0;
}
