//===- RouteMatch.cpp - Route patterns against route facts ----------------===//
#include "engine/RouteMatch.h"
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

namespace {
bool found(const RegexPtr &Re, StringRef S) {
  return Re && RE2::PartialMatch(re2::StringPiece(S.data(), S.size()), *Re);
}
} // namespace

StringRef RouteMatcher::text(Span S) const {
  return Code.slice(S.Begin, std::min<size_t>(S.End, Code.size()));
}

bool RouteMatcher::bodyChecks(Span Body) const {
  if (Body.empty())
    return false;
  StringRef T = text(Body);
  return found(E.UserChecks, T) && found(E.Rejections, T);
}

bool RouteMatcher::guarded(const RouteFact &Rt) const {
  // In order: a public marker ([AllowAnonymous] on the action) undoes an
  // earlier guard ([Authorize] on the controller).
  bool Auth = false;
  for (const GuardFact &G : Rt.Guards) {
    if (found(E.Public, G.Text))
      Auth = false;
    else if (found(E.Auth, G.Text) || bodyChecks(G.Body))
      Auth = true;
  }
  return Auth || bodyChecks(Rt.Body);
}

bool RouteMatcher::checksRole(Span Body) const {
  return !Body.empty() && found(E.Roles, text(Body)) &&
         found(E.Rejections, text(Body));
}

bool RouteMatcher::roleGuarded(const RouteFact &Rt) const {
  for (const GuardFact &G : Rt.Guards)
    if (found(E.Roles, G.Text) || checksRole(G.Body))
      return true;
  return checksRole(Rt.Body);
}

bool RouteMatcher::scopeCalls(int32_t S, std::string &Callee) {
  uint8_t &State = Reach[S];
  if (State == 1 || State == 3)
    return false; // recursion, or known not to
  if (State == 2) {
    Callee = ReachCallee[S];
    return true;
  }
  State = 1;
  bool Yes = calls(F.Scopes[S].Range, S, Callee);
  Reach[S] = Yes ? 2 : 3;
  if (Yes)
    ReachCallee[S] = Callee;
  return Yes;
}

bool RouteMatcher::calls(Span Region, int32_t Self, std::string &Callee) {
  if (!Calls) {
    Calls.emplace(F);
    for (size_t S = 1; S < F.Scopes.size(); ++S)
      if (F.Scopes[S].Kind == ScopeKind::Function)
        Functions[F.Scopes[S].Name].push_back(int32_t(S));
  }
  std::vector<int32_t> Inside = Calls->startingIn(Region);
  for (int32_t I : Inside)
    if (found(P.HandlerCalls, F.Calls[I].Callee)) {
      Callee = F.Calls[I].Callee;
      return true;
    }
  // Helpers of the same file the handler calls: mintToken(room) whose body
  // calls opentok.generateToken.
  for (int32_t I : Inside) {
    const CallFact &C = F.Calls[I];
    if (C.IsConstruction)
      continue;
    auto It = Functions.find(C.Name);
    if (It != Functions.end())
      for (int32_t S : It->second)
        if (S != Self && scopeCalls(S, Callee))
          return true;
  }
  return false;
}

bool RouteMatcher::matches(const RouteFact &Rt, std::string &Callee) {
  if (P.HandlerCalls) {
    Span Region = Rt.Body;
    if (Region.empty() && Rt.Scope > 0 && size_t(Rt.Scope) < F.Scopes.size())
      Region = F.Scopes[Rt.Scope].Range;
    if (Region.empty()) {
      if (Rt.Handler.empty() || !P.Guarded || *P.Guarded || P.RoleGuarded)
        return false;
      Callee = DeferredCallee.str();
      return !guarded(Rt);
    }
    if (!calls(Region, Rt.Scope, Callee))
      return false;
  }
  if (P.Guarded && guarded(Rt) != *P.Guarded)
    return false;
  if (P.RoleGuarded && roleGuarded(Rt) != *P.RoleGuarded)
    return false;
  return true;
}
