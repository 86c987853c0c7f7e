//===- CodeTestUtil.h - Lookups over facts for the code-pass tests --------===//
#ifndef RTCLINT_TEST_FACTS_CODETESTUTIL_H
#define RTCLINT_TEST_FACTS_CODETESTUTIL_H

#include "FrontendUnderTest.h"
#include "facts/Facts.h"
#include <string>

namespace rtclint::test {

/// A source and its facts; the buffer outlives the spans that point into it.
struct Parsed {
  std::string Buf;
  FileFacts F;
  Parsed(Language L, std::string Source)
      : Buf(std::move(Source)), F(factsUnderTest(L, Buf)) {}

  std::string text(Span S) const {
    return S.End <= Buf.size() && S.Begin <= S.End
               ? Buf.substr(S.Begin, S.End - S.Begin)
               : "<bad span>";
  }
  /// The first code (non-comment) string fact with this value, or null.
  const StringFact *str(const std::string &Value,
                        bool InComment = false) const {
    for (const StringFact &S : F.Strings)
      if (S.Value == Value && S.InComment == InComment)
        return &S;
    return nullptr;
  }
  const BindingFact *bind(const std::string &Path) const {
    for (const BindingFact &B : F.Bindings)
      if (B.Path == Path)
        return &B;
    return nullptr;
  }
  const CallFact *call(const std::string &Callee) const {
    for (const CallFact &C : F.Calls)
      if (C.Callee == Callee)
        return &C;
    return nullptr;
  }
  int callIndex(const std::string &Callee) const {
    for (size_t I = 0; I < F.Calls.size(); ++I)
      if (F.Calls[I].Callee == Callee)
        return int(I);
    return -1;
  }
  int scope(const std::string &Name) const {
    for (size_t I = 0; I < F.Scopes.size(); ++I)
      if (F.Scopes[I].Name == Name)
        return int(I);
    return -1;
  }
  /// Whether scope Inner is Outer or nested in it.
  bool within(int Inner, int Outer) const {
    for (int S = Inner; S >= 0; S = F.Scopes[S].Parent)
      if (S == Outer)
        return true;
    return false;
  }
};

} // namespace rtclint::test

#endif
