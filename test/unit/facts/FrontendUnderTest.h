//===- FrontendUnderTest.h - The frontend the facts tests run on -*- C++
//-*-===//
//
// The facts tests are a conformance suite: every assertion is about FileFacts,
// not about how they were made. They run on the token frontend here; another
// frontend (the clang frontend for C-family cases) runs the same sources by
// installing itself with setFrontendUnderTest() in its test main.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_TEST_FRONTENDUNDERTEST_H
#define RTCLINT_TEST_FRONTENDUNDERTEST_H

#include "facts/Frontend.h"

namespace rtclint {

inline const Frontend *&frontendUnderTestSlot() {
  static const Frontend *F = nullptr;
  return F;
}

inline void setFrontendUnderTest(const Frontend *F) {
  frontendUnderTestSlot() = F;
}

/// The facts of Buf as language L, from the frontend under test.
inline FileFacts factsUnderTest(Language L, llvm::StringRef Buf) {
  static const TokenFrontend Token;
  const Frontend *F = frontendUnderTestSlot();
  if (!F)
    F = &Token;
  return F->extract({"test-input", "test-input", Buf, L});
}

} // namespace rtclint

#endif
