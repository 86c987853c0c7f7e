//===- FlowMatch.h - Value-flow keys of call patterns -----------*- C++ -*-===//
#ifndef RTCLINT_ENGINE_FLOWMATCH_H
#define RTCLINT_ENGINE_FLOWMATCH_H

#include "engine/Matcher.h"
#include "facts/Flow.h"
#include <memory>
#include <optional>

namespace rtclint {

/// What a call pattern with value-flow keys reports.
struct FlowHit {
  Span Range;       // the value (option or argument) that matched
  std::string Name; // {name}: the personal field, the lifetime, the seconds
  std::string Path; // {path}: how it got there ("tokenData <- user.email")
  std::string Part; // {match}/{value}: the value as written
};

/// Evaluates FlowSpecs for one rule over one file; the flow index is built
/// on first use, so rules without flow keys pay nothing.
class FlowMatcher {
public:
  FlowMatcher(const Rule &R, const MatchInput &In) : R(R), In(In) {}
  std::optional<FlowHit> match(const FlowSpec &S, const CallFact &C);

private:
  const Rule &R;
  const MatchInput &In;
  std::unique_ptr<FlowIndex> Index;

  const FlowIndex &index();
  std::vector<std::string> words(const WordsRef &W) const;
  long long number(const IntRef &I) const;
  bool otherSense(const Vocabulary &Context, const CallFact &C,
                  llvm::ArrayRef<FlowSource> Sources) const;
};

} // namespace rtclint

#endif
