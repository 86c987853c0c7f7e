//===- SpanTree.h - The smallest span around an offset ----------*- C++ -*-===//
#ifndef RTCLINT_FACTS_SPANTREE_H
#define RTCLINT_FACTS_SPANTREE_H

#include "facts/Facts.h"
#include <vector>

namespace rtclint {

/// Spans that nest (scopes, calls), indexed so that "the smallest one around
/// this offset" costs a binary search and a walk outwards instead of a pass
/// over all of them. Spans that overlap without nesting (the token frontend
/// does not promise they never do) fall back to that pass.
class SpanTree {
public:
  explicit SpanTree(std::vector<Span> Spans);
  /// The index of the smallest span with Begin <= Offset < End (of equal
  /// ones the lowest index), or -1. With StrictBegin, spans starting at
  /// Offset do not count.
  int32_t innermost(uint32_t Offset, bool StrictBegin = false) const;

private:
  std::vector<Span> Spans;
  std::vector<int32_t> ByBegin; // non-empty spans, outer ones first
  std::vector<int32_t> Parent;  // the smallest span around each, or -1
  bool Nested = true;

  static bool around(const Span &S, uint32_t Offset, bool StrictBegin) {
    return S.contains(Offset) && !(StrictBegin && S.Begin == Offset);
  }
};

} // namespace rtclint

#endif
