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

#include "facts/CallOrder.h"
#include "facts/Facts.h"
#include "rules/RoutePattern.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace rtclint {

/// The {callee} of a route whose handler is defined in another file: the
/// project phase (engine/ProjectRoutes.h) replaces it once it has found the
/// handler, and drops the finding when it finds none that calls.
inline constexpr llvm::StringLiteral DeferredCallee = "\x1f<handler>\x1f";

class RouteMatcher {
public:
  RouteMatcher(const Pattern &P, const FileFacts &F, llvm::StringRef Code,
               const RouteEvidence &E)
      : P(P), F(F), Code(Code), E(E) {}
  /// Whether Rt satisfies P's route keys; Callee gets the call found for
  /// `calls:` (the helper's call when reached through one). A route without
  /// a guard whose handler is a reference to another file matches a
  /// `calls:`/`guarded: false` pattern with Callee = DeferredCallee.
  bool matches(const RouteFact &Rt, std::string &Callee);
  /// Whether function scope S (or a helper of the file it calls) calls
  /// P's `calls:`.
  bool reaches(int32_t S, std::string &Callee) { return scopeCalls(S, Callee); }
  /// Whether Body checks the request's user and ends the request.
  bool checksUser(Span Body) const { return bodyChecks(Body); }
  /// Whether Body checks a host/moderator role and ends the request.
  bool checksRole(Span Body) const;

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
  /// Built on the first `calls:` question: calls by position, function
  /// scopes by name.
  std::optional<CallOrder> Calls;
  llvm::StringMap<llvm::SmallVector<int32_t, 1>> Functions;

  bool bodyChecks(Span Body) const;
  bool calls(Span Region, int32_t Self, std::string &Callee);
  bool scopeCalls(int32_t S, std::string &Callee);
  llvm::StringRef text(Span S) const;
};

} // namespace rtclint

#endif
