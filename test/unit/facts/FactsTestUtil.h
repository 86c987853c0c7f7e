//===- FactsTestUtil.h - Lookups shared by the config and markup tests ----===//
#ifndef RTCLINT_TEST_FACTSTESTUTIL_H
#define RTCLINT_TEST_FACTSTESTUTIL_H

#include "FrontendUnderTest.h"
#include <catch2/catch.hpp>

namespace rtclint::testutil {

/// The only non-comment StringFact whose Member equals Key; fails the test
/// when there is none or more than one.
inline const StringFact &onlyString(const FileFacts &F,
                                    std::string StringFact::*Member,
                                    llvm::StringRef Key) {
  const StringFact *Found = nullptr;
  int Count = 0;
  for (const StringFact &S : F.Strings)
    if (!S.InComment && S.*Member == Key) {
      Found = &S;
      ++Count;
    }
  INFO("looking for " << Key.str());
  REQUIRE(Count == 1);
  return *Found;
}

/// The first BindingFact whose Member equals Key, or null.
inline const BindingFact *findBinding(const FileFacts &F,
                                      std::string BindingFact::*Member,
                                      llvm::StringRef Key) {
  for (const BindingFact &B : F.Bindings)
    if (B.*Member == Key)
      return &B;
  return nullptr;
}

inline std::string at(llvm::StringRef Buf, Span S) {
  return Buf.slice(S.Begin, S.End).str();
}

inline std::vector<std::string> commentTexts(const FileFacts &F) {
  std::vector<std::string> R;
  for (const CommentFact &C : F.Comments)
    R.push_back(C.Text);
  return R;
}

} // namespace rtclint::testutil

#endif
