//===- ChangedLines.cpp - Keep findings on changed lines only -------------===//
#include "engine/ChangedLines.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;

void LineSet::add(unsigned First, unsigned Last) {
  if (First > Last)
    return;
  // Insert keeping the ranges sorted and merged; diffs arrive in order, so
  // this is an append in practice.
  auto It = llvm::lower_bound(Ranges, First,
                              [](const std::pair<unsigned, unsigned> &R,
                                 unsigned V) { return R.second + 1 < V; });
  while (It != Ranges.end() && It->first <= Last + 1) {
    First = std::min(First, It->first);
    Last = std::max(Last, It->second);
    It = Ranges.erase(It);
  }
  Ranges.insert(It, {First, Last});
}

bool LineSet::intersects(unsigned First, unsigned Last) const {
  if (All)
    return true;
  auto It = llvm::lower_bound(Ranges, First,
                              [](const std::pair<unsigned, unsigned> &R,
                                 unsigned V) { return R.second < V; });
  return It != Ranges.end() && It->first <= Last;
}

void rtclint::keepChangedLines(const LineSet &Lines,
                               std::vector<Finding> &Findings) {
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Lines.intersects(F.Line, std::max(F.Line, F.EndLine));
  });
}

void ChangedLinesFilter::apply(const FilterInput &In,
                               std::vector<Finding> &Findings) const {
  auto It = Files.find(In.Path);
  if (It == Files.end()) {
    Findings.clear();
    return;
  }
  keepChangedLines(It->second, Findings);
}

std::string LineSet::str() const {
  if (All)
    return "all";
  std::string S;
  for (const auto &[First, Last] : Ranges)
    S += std::to_string(First) + "-" + std::to_string(Last) + ",";
  return S;
}

std::optional<std::string>
ChangedLinesFilter::cacheKey(llvm::StringRef Path) const {
  auto It = Files.find(Path);
  return It == Files.end() ? std::string("none") : It->second.str();
}

FindingFilter::~FindingFilter() = default;
