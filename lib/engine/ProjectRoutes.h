//===- ProjectRoutes.h - The project phase: routes across files -*- C++ -*-===//
//
// A route's handler and its guards are often in other files than the route:
// an Express router mounted behind `requireAuth` in app.js, a Slim action
// class, a Django view wrapped in urls.py, a Rails ApplicationController's
// before_action, a Spring SecurityFilterChain, an ASP.NET fallback policy,
// DRF's DEFAULT_PERMISSION_CLASSES. Each file's scan keeps a small
// RouteIndex (routes, the handler definitions that reach a route rule's
// `calls:`, and guard configuration; never whole facts), and joinRoutes,
// run once after every file is scanned, joins them:
//
//   - findings of unguarded routes that a guard in another file covers are
//     dropped;
//   - routes whose handler is a reference to another file (their findings
//     carry DeferredCallee) are reported when the handler is found and
//     calls, with the handler as a note; dropped otherwise.
//
// Files without route hints (every C header, most files) build no index.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_PROJECTROUTES_H
#define RTCLINT_ENGINE_PROJECTROUTES_H

#include "engine/Pipeline.h"
#include "rules/RoutePattern.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>

namespace rtclint {

struct FileResult;
class Engine;

/// What the join keeps of one file (defined in ProjectRoutes.cpp).
struct RouteIndex;

/// The keywords of the rules whose route pattern a handler in another file
/// can satisfy, as one case-insensitive regex (null when none has any).
RegexPtr routeKeywords(const RuleSet &Rules);

/// Whether a file may declare routes, handlers or guard configuration the
/// join needs: a route language and one of a few framework literals or a
/// match of Keywords (routeKeywords: a module of handlers that only stop
/// archives). Cheap.
bool wantsRouteIndex(const RegexPtr &Keywords, const SourceBuffer &Src);

/// Adds the rules with `calls:` route patterns that are on for Src to the
/// selection: a route file whose handlers live elsewhere lacks their
/// keywords.
void selectRouteRules(const RuleSet &Rules, SeverityFn Sev,
                      const SourceBuffer &Src, RuleSelection &Sel);

/// Builds Src's index and moves its deferred findings (DeferredCallee)
/// out of Findings into it. Null when the file has nothing to join.
std::shared_ptr<RouteIndex>
indexRoutes(const RuleSet &Rules, const RuleSelection &Sel,
            const RouteEvidenceTable &Evidence, const SourceBuffer &Src,
            const FileFacts &Facts, std::vector<Finding> &Findings);

/// The project phase: joins the indexes of Files (in a deterministic order,
/// the walk's) and edits their findings. Files without index are skipped.
void joinRoutes(const Engine &E, llvm::ArrayRef<FileResult *> Files);

} // namespace rtclint

#endif
