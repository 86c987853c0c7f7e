//===- ConfigValidate.cpp - Check a config against the loaded rules -------===//
#include "config/Config.h"
#include "rules/RuleSet.h"
#include "llvm/ADT/STLExtras.h"
#include <fmt/format.h>

using namespace rtclint;

/// The rule the `require-e2ee` policy switch turns on.
static constexpr const char *E2EERule = "routed-session-without-e2ee";

static void error(Diagnostics &Diags, const Config &C, ConfigPos P,
                  std::string Msg) {
  Diags.push_back({C.File, P.Line, P.Column, std::move(Msg)});
}

static bool isCategory(const RuleSet &Rules, llvm::StringRef Name) {
  return llvm::any_of(Rules.rules(),
                      [&](const Rule &R) { return R.Category == Name; });
}

bool rtclint::validateConfig(const Config &C, const RuleSet &Rules,
                             Diagnostics &Diags) {
  size_t Before = Diags.size();
  for (const auto &[Id, RC] : C.Rules) {
    const Rule *R = Rules.find(Id);
    if (!R) {
      error(Diags, C, RC.Pos,
            fmt::format("unknown rule '{}' (see 'rtclint rules list')", Id));
      continue;
    }
    for (const auto &[Name, V] : RC.Options)
      error(Diags, C, V.Pos,
            fmt::format("rule '{}' has no option '{}'", Id, Name));
  }
  for (const auto *List : {&C.Enable, &C.Disable})
    for (const ConfigName &N : *List)
      if (!Rules.find(N.Name) && !isCategory(Rules, N.Name))
        error(Diags, C, N.Pos,
              fmt::format("unknown rule or category '{}' (see 'rtclint rules "
                          "list')",
                          N.Name));
  if (C.RequireE2EE && !Rules.find(E2EERule))
    error(Diags, C, C.RequireE2EEPos,
          fmt::format("policy 'require-e2ee' needs rule '{}', which is not "
                      "loaded",
                      E2EERule));
  return Diags.size() == Before;
}
