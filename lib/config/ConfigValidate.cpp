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

/// Why V does not fit O's declared type; empty when it does.
static std::string typeError(const RuleOption &O, const OptionValue &V) {
  using T = RuleOption::Type;
  if (O.Ty == T::List)
    return V.IsList ? "" : "must be a list";
  if (V.IsList)
    return fmt::format("must be a single {}", optionTypeName(O.Ty).str());
  llvm::StringRef S = V.Items.front();
  long long I;
  if (O.Ty == T::Int && (S.getAsInteger(10, I)))
    return "must be an integer";
  if (O.Ty == T::Bool && S != "true" && S != "false")
    return "must be true or false";
  return "";
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
    for (const auto &[Name, V] : RC.Options) {
      const RuleOption *O = R->option(Name);
      if (!O) {
        std::string Known;
        for (const RuleOption &K : R->Options)
          Known += (Known.empty() ? "" : ", ") + K.Name;
        error(Diags, C, V.Pos,
              fmt::format("rule '{}' has no option '{}'{}", Id, Name,
                          Known.empty() ? std::string()
                                        : " (it has: " + Known + ")"));
        continue;
      }
      if (std::string Why = typeError(*O, V); !Why.empty())
        error(Diags, C, V.Pos,
              fmt::format("option '{}' of rule '{}' {}", Name, Id, Why));
    }
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
