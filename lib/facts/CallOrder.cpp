//===- CallOrder.cpp - A file's calls by where they start -----------------===//
#include "facts/CallOrder.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;

CallOrder::CallOrder(const FileFacts &Facts) : F(Facts) {
  ByBegin.resize(F.Calls.size());
  for (size_t I = 0; I < F.Calls.size(); ++I)
    ByBegin[I] = int32_t(I);
  llvm::stable_sort(ByBegin, [&](int32_t A, int32_t B) {
    return F.Calls[A].Range.Begin < F.Calls[B].Range.Begin;
  });
}

std::vector<int32_t> CallOrder::startingIn(Span R) const {
  auto It = llvm::partition_point(
      ByBegin, [&](int32_t I) { return F.Calls[I].Range.Begin < R.Begin; });
  std::vector<int32_t> Out;
  for (; It != ByBegin.end() && F.Calls[*It].Range.Begin < R.End; ++It)
    Out.push_back(*It);
  llvm::sort(Out);
  return Out;
}
