//===- RoutePattern.h - Route-aware patterns and their evidence -*- C++ -*-===//
//
// `on: route` may ask what a handler does (`calls:`) and whether a guard
// covers it (`guarded:`, `role-guarded:`). What counts as a guard is data:
// list options of the rule, each item an RE2 regex, defaults in the rule
// file, items from .rtclint.yaml added to them:
//
//   auth-guards     guard texts that authenticate (requireAuth,
//   @login_required,
//                   [Authorize], before_action :authenticate_user!)
//   public-markers  guard texts that make a route public again
//                   ([AllowAnonymous], auth: false, @PermitAll)
//   user-checks     a check of the request's user in a handler or filter body
//   rejections      ...that ends the request (401, 403, abort, redirect)
//   role-guards     guard or body texts that check a host/moderator role
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_ROUTEPATTERN_H
#define RTCLINT_RULES_ROUTEPATTERN_H

#include "rules/Rule.h"
#include "rules/YamlUtil.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace rtclint {

/// Reads calls / guarded / role-guarded of an `on: route` pattern.
bool readRoutePattern(YamlReader &R, const YAML::Node &N, Pattern &P);

/// A rule's guard vocabulary, compiled: one alternation per option (null
/// when the option is absent or empty).
struct RouteEvidence {
  RegexPtr Auth, Public, UserChecks, Rejections, Roles;
};

/// The evidence of every rule that has route patterns.
class RouteEvidenceTable {
public:
  RouteEvidenceTable() = default;
  RouteEvidenceTable(const std::vector<Rule> &Rules,
                     const RuleOptionValues &User);
  /// The evidence of R (compiled from its defaults when R was not known
  /// at construction).
  const RouteEvidence &of(const Rule &R) const;

private:
  std::map<std::string, RouteEvidence> ByRule;
  RouteEvidence Empty;
};

/// Compiles R's evidence options with User's items added.
RouteEvidence compileRouteEvidence(const Rule &R, const RuleOptionValues &User);

} // namespace rtclint

#endif
