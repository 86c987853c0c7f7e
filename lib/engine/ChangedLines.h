//===- ChangedLines.h - Keep findings on changed lines only -----*- C++ -*-===//
//
// The filter behind `--staged` and `--diff REV`: a finding survives when one
// of its lines was added or changed. Files not in the change set lose all
// their findings; files marked whole (a new file, `--all-lines`) keep all.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_CHANGEDLINES_H
#define RTCLINT_ENGINE_CHANGEDLINES_H

#include "engine/Filter.h"
#include "llvm/ADT/StringMap.h"

namespace rtclint {

/// Sorted, merged, inclusive 1-based line ranges of one file.
class LineSet {
public:
  void add(unsigned First, unsigned Last);
  void addAll() { All = true; }
  bool all() const { return All; }
  bool empty() const { return !All && Ranges.empty(); }
  /// Does any line in [First, Last] belong to the set?
  bool intersects(unsigned First, unsigned Last) const;
  /// "all", or the ranges as "a-b,c-d" (a cache key).
  std::string str() const;

private:
  bool All = false;
  std::vector<std::pair<unsigned, unsigned>> Ranges;
};

/// Drops the findings none of whose lines are in Lines.
void keepChangedLines(const LineSet &Lines, std::vector<Finding> &Findings);

class ChangedLinesFilter : public FindingFilter {
public:
  /// Keys are display paths, as in the findings.
  explicit ChangedLinesFilter(llvm::StringMap<LineSet> Files)
      : Files(std::move(Files)) {}
  llvm::StringRef name() const override { return "changed-lines"; }
  void apply(const FilterInput &In,
             std::vector<Finding> &Findings) const override;
  /// The file's changed lines.
  std::optional<std::string> cacheKey(llvm::StringRef Path) const override;

private:
  llvm::StringMap<LineSet> Files;
};

} // namespace rtclint

#endif
