#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;

Token test::Lexed::onlyString() const {
  auto S = all(TokenKind::String);
  INFO("source: " << Src);
  REQUIRE(S.size() == 1);
  return S[0];
}

bool test::wellFormed(llvm::StringRef Src, const std::vector<Token> &Toks,
                      std::string &Why) {
  uint32_t Prev = 0;
  for (size_t I = 0; I < Toks.size(); ++I) {
    const Token &T = Toks[I];
    if (T.Begin > T.End || T.End > Src.size()) {
      Why = "token " + std::to_string(I) + " out of bounds";
      return false;
    }
    if (T.has(tokflags::Heredoc))
      continue;
    if (T.Begin < Prev) {
      Why = "token " + std::to_string(I) + " starts before the previous end";
      return false;
    }
    if (T.End == T.Begin && !T.is(TokenKind::String)) {
      Why = "empty token " + std::to_string(I);
      return false;
    }
    Prev = T.End;
  }
  // A heredoc body is not lexed as code.
  for (const Token &H : Toks) {
    if (!H.has(tokflags::Heredoc))
      continue;
    for (const Token &T : Toks)
      if (!T.has(tokflags::Heredoc) && T.Begin < H.End && H.Begin < T.End) {
        Why = "a token overlaps a heredoc body";
        return false;
      }
  }
  return true;
}
