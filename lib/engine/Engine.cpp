//===- Engine.cpp - The stages composed -----------------------------------===//
#include "engine/Engine.h"
#include "engine/Pipeline.h"
#include "engine/ProjectRoutes.h"
#include "engine/RouteMatch.h"
#include <exception>

using namespace rtclint;
using llvm::StringRef;

Engine::Engine(std::shared_ptr<const RuleSet> Rules, EngineOptions Opts)
    : Rules(std::move(Rules)), Opts(std::move(Opts)),
      Evidence(this->Rules->rules(), this->Opts.RuleOptions),
      RouteKeywords(rtclint::routeKeywords(*this->Rules)) {
  for (const auto &F : this->Opts.Frontends)
    Frontends.add(F);
}

/// What a fact-budget cut leaves out, for the skipped-in-part list.
static std::string budgetNote(StringRef Content, uint32_t Cut) {
  size_t Line = 1 + Content.take_front(Cut).count('\n');
  return "over the fact budget from line " + std::to_string(Line) +
         ": calls, bindings, scopes, comments and routes after it were not "
         "analysed; its literals were checked for secrets";
}

Severity Engine::effectiveSeverity(const Rule &R) const {
  auto Listed = [&](const llvm::StringSet<> &Set) {
    return Set.contains(R.Id) || Set.contains(R.Category);
  };
  if (Listed(Opts.Disable))
    return Severity::Off;
  if (!Opts.Enable.empty() && !Listed(Opts.Enable))
    return Severity::Off;
  auto It = Opts.SeverityOverrides.find(R.Id);
  if (It != Opts.SeverityOverrides.end())
    return It->second;
  // A policy rule that is off by default runs as a warning once enabled.
  if (R.Sev == Severity::Off && Listed(Opts.Enable))
    return Severity::Warning;
  return R.Sev;
}

FileResult Engine::scan(const SourceBuffer &Src) const {
  FileResult Res;
  auto Sev = [&](const Rule &R) { return effectiveSeverity(R); };
  auto Fail = [&](SkipReason Why, std::string Detail) {
    Res.Findings.clear();
    Res.Failure = SkippedFile{Src.Path.str(), Why, std::move(Detail)};
  };
  // The exception boundary: one file's failure never stops a scan.
  try {
    Deadline D(Opts.FileBudgetMs);
    RuleSelection Sel = selectRules(*Rules, Sev, Src, Res.Stats);
    // The project phase's index: only files that may hold routes.
    bool IndexRoutes = wantsRouteIndex(RouteKeywords, Src);
    if (IndexRoutes)
      selectRouteRules(*Rules, Sev, Src, Sel);
    if (Sel.empty() && llvm::none_of(Opts.Filters, [&](const auto &F) {
          return F->mayAddFindings(Src.Content);
        }))
      return Res;
    const Frontend &FE = Frontends.choose(Src);
    FileFacts Facts = FE.extract(Src);
    Res.Frontend = Facts.Frontend.empty() ? FE.name().str() : Facts.Frontend;
    refineSelection(*Rules, Facts, Sel, Res.Stats);
    if (Facts.BudgetCut != NoBudgetCut)
      Res.Partial = SkippedFile{Src.Path.str(), SkipReason::Budget,
                                budgetNote(Src.Content, Facts.BudgetCut)};

    MatchInput In{Facts,
                  Src.Content,
                  Src.ProjectPath,
                  Rules->placeholders(),
                  &Opts.RuleOptions,
                  &Evidence};
    bool TimedOut = false;
    std::vector<Hit> Hits =
        matchRules(*Rules, Sel, In, Sev, Opts.SeverityOverrides, D, TimedOut);
    if (TimedOut || D.passed()) {
      Fail(SkipReason::Budget, "over the per-file budget of " +
                                   std::to_string(Opts.FileBudgetMs) + " ms");
      return Res;
    }
    if (!Hits.empty())
      Res.FileRole = detectRole(Src.ProjectPath, Src.Lang, Src.Content);
    ResolveOptions RO{Opts.Redact, Opts.IncludeTests,
                      Res.FileRole == Role::Test &&
                          Rules->placeholders().isFakeFile(Src.ProjectPath)};
    Res.Findings = resolveHits(std::move(Hits), Src, Facts, Res.FileRole, RO);
    filterFindings(Opts.Filters,
                   {Src.Path, Src.Content, Facts, Src.ProjectPath},
                   Res.Findings);
    if (IndexRoutes)
      Res.Routes = indexRoutes(*Rules, Sel, Evidence, Src, Facts, Res.Findings);
    else // no join will complete a route whose handler is elsewhere
      llvm::erase_if(Res.Findings, [](const Finding &F) {
        return StringRef(F.Message).contains(DeferredCallee);
      });
    if (!Res.Findings.empty() && Res.FileRole == Role::Unknown)
      Res.FileRole = detectRole(Src.ProjectPath, Src.Lang, Src.Content);
    llvm::sort(Res.Findings);
  } catch (const std::exception &E) {
    Fail(SkipReason::Failed, std::string("internal error: ") + E.what());
  } catch (...) {
    Fail(SkipReason::Failed, "internal error");
  }
  return Res;
}

std::vector<Finding> Engine::scanBuffer(StringRef Path, StringRef Content,
                                        std::optional<Language> Lang,
                                        FileStats *Stats) const {
  SourceBuffer Src{Path, Path, Content,
                   Lang ? *Lang : detectLanguage(Path, Content)};
  FileResult R = scan(Src);
  if (Stats) {
    Stats->RuleFileChecks += R.Stats.RuleFileChecks;
    Stats->RulePrefiltered += R.Stats.RulePrefiltered;
  }
  return std::move(R.Findings);
}
