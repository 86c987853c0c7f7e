//===- CallOrder.h - A file's calls by where they start ---------*- C++ -*-===//
#ifndef RTCLINT_FACTS_CALLORDER_H
#define RTCLINT_FACTS_CALLORDER_H

#include "facts/Facts.h"
#include <vector>

namespace rtclint {

/// F.Calls ordered by where they start: "which calls start inside this
/// region" costs a binary search instead of a pass over the file, which
/// matters when it is asked once per function of a large file.
class CallOrder {
public:
  explicit CallOrder(const FileFacts &F);
  /// Indices into F.Calls of the calls starting inside R, ascending (the
  /// order of F.Calls, so callers see the same first match as a full pass).
  std::vector<int32_t> startingIn(Span R) const;

private:
  const FileFacts &F;
  std::vector<int32_t> ByBegin;
};

} // namespace rtclint

#endif
