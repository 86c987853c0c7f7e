//===- RouteMatch.h - Route patterns against route facts --------*- C++ -*-===//
//
// What `on: route` asks beyond path and method: does the handler (or a
// function of the same file it calls) call something (`calls:`), and does a
// guard cover it (`guarded:`, `role-guarded:`), judged with the rule's
// evidence options (rules/RoutePattern.h).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_ROUTEMATCH_H
#define RTCLINT_ENGINE_ROUTEMATCH_H

#include "facts/Facts.h"
#include "rules/RoutePattern.h"
#include "llvm/ADT/DenseMap.h"

namespace rtclint {

class RouteMatcher {
public:
  RouteMatcher(const Pattern &P, const FileFacts &F, llvm::StringRef Code,
               const RouteEvidence &E)
      : P(P), F(F), Code(Code), E(E) {}
  /// Whether Rt satisfies P's route keys; Callee gets the call found for
  /// `calls:` (the helper's call when reached through one).
  bool matches(const RouteFact &Rt, std::string &Callee);

  /// Whether some guard of Rt (or a check in its body) authenticates.
  bool guarded(const RouteFact &Rt) const;
  /// Whether a guard or the body checks a host/moderator role.
  bool roleGuarded(const RouteFact &Rt) const;

private:
  const Pattern &P;
  const FileFacts &F;
  llvm::StringRef Code;
  const RouteEvidence &E;
  /// Per function scope: 0 unknown, 1 in progress, 2 reaches, 3 does not.
  llvm::DenseMap<int32_t, uint8_t> Reach;
  llvm::DenseMap<int32_t, std::string> ReachCallee;

  bool bodyChecks(Span Body) const;
  bool calls(Span Region, int32_t Self, std::string &Callee);
  bool scopeCalls(int32_t S, std::string &Callee);
  llvm::StringRef text(Span S) const;
};

} // namespace rtclint

#endif
