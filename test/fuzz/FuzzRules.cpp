//===- FuzzRules.cpp - libFuzzer target: the rule loader ------------------===//

#include "rules/RuleSet.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  RuleSet RS;
  Diagnostics Diags;
  (void)RS.loadText("fuzz.yaml", Text, /*Builtin=*/false, Diags);
  return 0;
}
