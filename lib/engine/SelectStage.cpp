//===- SelectStage.cpp - Which rules run on a file ------------------------===//
#include "engine/Pipeline.h"

using namespace rtclint;

RuleSelection rtclint::selectRules(const RuleSet &Rules, SeverityFn Sev,
                                   const SourceBuffer &Src, FileStats &Stats) {
  const std::vector<Rule> &All = Rules.rules();
  llvm::BitVector Cand = Rules.candidates(Src.Content);
  const llvm::BitVector &DecodedOnly = Rules.decodedOnly();
  RuleSelection Sel;
  for (unsigned I = 0; I < All.size(); ++I) {
    const Rule &R = All[I];
    if (R.Patterns.empty() || Sev(R) == Severity::Off ||
        !R.appliesTo(Src.Lang) || !R.Paths.matches(Src.ProjectPath))
      continue;
    if (Cand.test(I))
      Sel.Active.push_back(I);
    else if (I < DecodedOnly.size() && DecodedOnly.test(I))
      Sel.Decoded.push_back(I);
    else
      ++Stats.RulePrefiltered;
  }
  return Sel;
}

void rtclint::refineSelection(const RuleSet &Rules, const FileFacts &Facts,
                              RuleSelection &Sel, FileStats &Stats) {
  if (!Sel.Decoded.empty()) {
    std::string Values;
    for (const StringFact &S : Facts.Strings)
      (Values += S.Value) += '\n';
    llvm::BitVector Cand = Rules.candidates(Values);
    for (unsigned I : Sel.Decoded) {
      if (Cand.test(I))
        Sel.Active.push_back(I);
      else
        ++Stats.RulePrefiltered;
    }
    Sel.Decoded.clear();
    llvm::sort(Sel.Active);
  }
  Stats.RuleFileChecks += Sel.Active.size();
}

std::vector<Hit>
rtclint::matchRules(const RuleSet &Rules, const RuleSelection &Sel,
                    const MatchInput &In, SeverityFn Sev,
                    const std::map<std::string, Severity> &UserSev,
                    const Deadline &D, bool &TimedOut) {
  std::vector<Hit> Hits;
  TimedOut = false;
  for (unsigned I : Sel.Active) {
    if (D.passed()) {
      TimedOut = true;
      return {};
    }
    const Rule &R = Rules.rules()[I];
    std::vector<Match> Ms;
    matchRule(R, In, Ms);
    Severity Base = Sev(R);
    bool User = UserSev.count(R.Id);
    for (Match &M : Ms) {
      Severity S =
          !User && M.P && M.P->SeverityOverride ? *M.P->SeverityOverride : Base;
      if (S != Severity::Off)
        Hits.push_back({&R, std::move(M), S});
    }
  }
  return Hits;
}

void rtclint::filterFindings(const FilterChain &Chain, const FilterInput &In,
                             std::vector<Finding> &Findings) {
  for (const auto &F : Chain)
    F->apply(In, Findings);
}
