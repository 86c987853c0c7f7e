//===- Engine.h - Join facts and rules into findings ------------*- C++ -*-===//
//
// The engine scans one buffer through named stages (docs/architecture.md):
//
//   select   rules that apply to the file and pass the prefilter
//   frontend source -> FileFacts (token or clang frontend)
//   match    facts x rules -> hits
//   resolve  overlaps, fallbacks, severities, messages, redaction,
//            fingerprints -> findings
//   filter   the filter chain (suppressions, baseline, changed lines)
//
// It is reentrant: the CLI's tree scan (lib/scan), the LSP server and the
// clang-tidy module share one Engine across threads. It knows nothing of
// walking directories or git.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_ENGINE_H
#define RTCLINT_ENGINE_ENGINE_H

#include "engine/Filter.h"
#include "engine/ScanResult.h"
#include "facts/Frontend.h"
#include "rules/RoutePattern.h"
#include "rules/RuleSet.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <memory>
#include <optional>

namespace rtclint {

struct RouteIndex; // engine/ProjectRoutes.h

struct EngineOptions {
  bool Redact = true;
  llvm::StringSet<> Enable; // if non-empty: only these rule ids (or categories)
  llvm::StringSet<> Disable; // rule ids or categories
  std::map<std::string, Severity> SeverityOverrides;
  /// Rule option values from the config (rule id -> option -> values).
  RuleOptionValues RuleOptions;
  /// Report test code like any other code (rules' `tests:` policy ignored).
  bool IncludeTests = false;
  /// A file whose stages run longer than this is skipped with reason
  /// `budget` (0: no budget). Generous: only pathological inputs reach it.
  unsigned FileBudgetMs = 20000;
  FilterChain Filters;
  /// Frontends preferred over the token frontend (the clang frontend).
  std::vector<std::shared_ptr<const Frontend>> Frontends;
};

/// One file's outcome.
struct FileResult {
  std::vector<Finding> Findings; // sorted
  std::string Frontend;          // which frontend produced the facts
  Role FileRole = Role::Unknown; // computed only when there are findings
  /// Set when the file could not be scanned (a stage threw, or the budget
  /// ran out): the reason and a detail for the skipped list.
  std::optional<SkippedFile> Failure;
  /// Set when the file was scanned in part (the fact budget): reason
  /// `budget` and what was not analysed. The findings stand.
  std::optional<SkippedFile> Partial;
  FileStats Stats;
  /// What the project phase (joinRoutes) needs of this file; null for most.
  std::shared_ptr<RouteIndex> Routes;
};

class Engine {
public:
  Engine(std::shared_ptr<const RuleSet> Rules, EngineOptions Opts);

  /// Scans one buffer through every stage. Never throws.
  FileResult scan(const SourceBuffer &Src) const;

  /// Convenience for one in-memory buffer: Path is the display and project
  /// path; Lang defaults to detection from Path.
  std::vector<Finding> scanBuffer(llvm::StringRef Path, llvm::StringRef Content,
                                  std::optional<Language> Lang = std::nullopt,
                                  FileStats *Stats = nullptr) const;

  /// A rule's severity after --enable/--disable and overrides (Off: not run).
  Severity effectiveSeverity(const Rule &R) const;
  const RuleSet &rules() const { return *Rules; }
  const EngineOptions &options() const { return Opts; }
  const RouteEvidenceTable &evidence() const { return Evidence; }
  /// The keywords of the rules a route's handler in another file can
  /// satisfy, one case-insensitive regex (engine/ProjectRoutes.h).
  const RegexPtr &routeKeywords() const { return RouteKeywords; }

private:
  std::shared_ptr<const RuleSet> Rules;
  EngineOptions Opts;
  FrontendSet Frontends;
  RouteEvidenceTable Evidence;
  RegexPtr RouteKeywords;
};

} // namespace rtclint

#endif
