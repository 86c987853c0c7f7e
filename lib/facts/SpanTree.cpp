//===- SpanTree.cpp - The smallest span around an offset ------------------===//
#include "facts/SpanTree.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;

SpanTree::SpanTree(std::vector<Span> All) : Spans(std::move(All)) {
  for (size_t I = 0; I < Spans.size(); ++I)
    if (!Spans[I].empty())
      ByBegin.push_back(int32_t(I));
  // Outer before inner; of equal spans the lowest index last, so that it is
  // the innermost one, as a pass keeping the first smallest would pick it.
  llvm::sort(ByBegin, [&](int32_t A, int32_t B) {
    const Span &SA = Spans[A], &SB = Spans[B];
    if (SA.Begin != SB.Begin)
      return SA.Begin < SB.Begin;
    if (SA.End != SB.End)
      return SA.End > SB.End;
    return A > B;
  });
  Parent.assign(Spans.size(), -1);
  std::vector<int32_t> Open;
  for (int32_t I : ByBegin) {
    const Span &S = Spans[I];
    while (!Open.empty() && Spans[Open.back()].End <= S.Begin)
      Open.pop_back();
    if (!Open.empty()) {
      if (S.End > Spans[Open.back()].End) {
        Nested = false;
        return;
      }
      Parent[I] = Open.back();
    }
    Open.push_back(I);
  }
}

int32_t SpanTree::innermost(uint32_t Offset, bool StrictBegin) const {
  if (Nested) {
    // The last span starting at or before Offset, then outwards to the first
    // one that still contains it.
    auto It = llvm::partition_point(
        ByBegin, [&](int32_t I) { return Spans[I].Begin <= Offset; });
    if (It == ByBegin.begin())
      return -1;
    for (int32_t S = *std::prev(It); S >= 0; S = Parent[S])
      if (around(Spans[S], Offset, StrictBegin))
        return S;
    return -1;
  }
  int32_t Best = -1;
  uint32_t BestSize = UINT32_MAX;
  for (size_t I = 0; I < Spans.size(); ++I)
    if (around(Spans[I], Offset, StrictBegin) &&
        Spans[I].End - Spans[I].Begin < BestSize) {
      Best = int32_t(I);
      BestSize = Spans[I].End - Spans[I].Begin;
    }
  return Best;
}
