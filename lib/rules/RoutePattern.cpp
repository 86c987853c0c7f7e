//===- RoutePattern.cpp - Route-aware patterns and their evidence ---------===//
#include "rules/RoutePattern.h"
#include <re2/re2.h>

using namespace rtclint;

bool rtclint::readRoutePattern(YamlReader &R, const YAML::Node &N, Pattern &P) {
  bool Ok = R.getRegex(N, "calls", P.HandlerCalls);
  for (auto [Key, Out] : {std::pair{"guarded", &P.Guarded},
                          std::pair{"role-guarded", &P.RoleGuarded}}) {
    if (!N[Key])
      continue;
    bool B = false;
    if (R.getBool(N, Key, B))
      *Out = B;
    else
      Ok = false;
  }
  return Ok;
}

namespace {

/// One regex matching any item; an item that is not a valid RE2 regex is
/// taken literally, so a team's plain names always work.
RegexPtr alternation(const std::vector<std::string> &Items) {
  std::string Alt;
  for (const std::string &I : Items) {
    if (I.empty())
      continue;
    RE2 Probe(I, RE2::Quiet);
    if (!Alt.empty())
      Alt += '|';
    Alt += "(?:" + (Probe.ok() ? I : RE2::QuoteMeta(I)) + ")";
  }
  if (Alt.empty())
    return nullptr;
  auto Re = std::make_shared<const RE2>(Alt, RE2::Quiet);
  return Re->ok() ? Re : nullptr;
}

bool hasRoutePattern(const Pattern &P) {
  if (P.On == PatternOn::Route && (P.Guarded || P.RoleGuarded))
    return true;
  for (const Pattern &C : P.Children)
    if (hasRoutePattern(C))
      return true;
  return false;
}

} // namespace

RouteEvidence rtclint::compileRouteEvidence(const Rule &R,
                                            const RuleOptionValues &User) {
  auto Items = [&](const char *Name) {
    std::vector<std::string> Out;
    if (const RuleOption *O = R.option(Name))
      Out = O->ListDefault;
    auto It = User.find(R.Id);
    if (It != User.end()) {
      auto Jt = It->second.find(Name);
      if (Jt != It->second.end())
        Out.insert(Out.end(), Jt->second.begin(), Jt->second.end());
    }
    return Out;
  };
  RouteEvidence E;
  E.Auth = alternation(Items("auth-guards"));
  E.Public = alternation(Items("public-markers"));
  E.UserChecks = alternation(Items("user-checks"));
  E.Rejections = alternation(Items("rejections"));
  E.Roles = alternation(Items("role-guards"));
  return E;
}

RouteEvidenceTable::RouteEvidenceTable(const std::vector<Rule> &Rules,
                                       const RuleOptionValues &User) {
  for (const Rule &R : Rules)
    if (llvm::any_of(R.Patterns, hasRoutePattern))
      ByRule.emplace(R.Id, compileRouteEvidence(R, User));
}

const RouteEvidence &RouteEvidenceTable::of(const Rule &R) const {
  auto It = ByRule.find(R.Id);
  return It == ByRule.end() ? Empty : It->second;
}
