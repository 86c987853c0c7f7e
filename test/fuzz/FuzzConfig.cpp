//===- FuzzConfig.cpp - libFuzzer target: the .rtclint.yaml loader --------===//

#include "config/Config.h"
#include "rules/RuleSet.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

namespace {
const RuleSet &builtinRules() {
  static const RuleSet *Rules = [] {
    auto *R = new RuleSet();
    Diagnostics Diags;
    if (!R->loadBuiltin(Diags) || !R->finalize(Diags))
      __builtin_trap();
    return R;
  }();
  return *Rules;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  Diagnostics Diags;
  std::optional<Config> C = parseConfig(".rtclint.yaml", Text, Diags);
  if (C)
    (void)validateConfig(*C, builtinRules(), Diags);
  return 0;
}
