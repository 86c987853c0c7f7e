//===- LexTestUtil.h - Helpers for the tokenizer tests ----------*- C++ -*-===//
#ifndef RTCLINT_TEST_LEXTESTUTIL_H
#define RTCLINT_TEST_LEXTESTUTIL_H

#include "lex/Lexer.h"
#include <string>
#include <vector>

namespace rtclint::test {

/// A lexed source; keeps the buffer alive for the token spans.
struct Lexed {
  Language L;
  std::string Src;
  std::vector<Token> Toks;

  Lexed(Language Lang, std::string S) : L(Lang), Src(std::move(S)) {
    lex(L, Src, Toks);
  }
  std::string text(const Token &T) const { return T.text(Src).str(); }
  std::string value(const Token &T) const { return decodeString(L, Src, T); }
  std::vector<Token> all(TokenKind K) const {
    std::vector<Token> R;
    for (const Token &T : Toks)
      if (T.is(K))
        R.push_back(T);
    return R;
  }
  /// Texts of the tokens of kind K, in order.
  std::vector<std::string> texts(TokenKind K) const {
    std::vector<std::string> R;
    for (const Token &T : Toks)
      if (T.is(K))
        R.push_back(text(T));
    return R;
  }
  /// Decoded values of every String token, in order.
  std::vector<std::string> values() const {
    std::vector<std::string> R;
    for (const Token &T : Toks)
      if (T.is(TokenKind::String))
        R.push_back(value(T));
    return R;
  }
  /// The only String token (fails the test otherwise).
  Token onlyString() const;
  /// The first token whose text is S.
  const Token *find(llvm::StringRef S) const {
    for (const Token &T : Toks)
      if (T.text(Src) == S)
        return &T;
    return nullptr;
  }
};

/// Tokens lie inside the buffer, and tokens other than heredoc bodies are
/// in order and do not overlap.
bool wellFormed(llvm::StringRef Src, const std::vector<Token> &Toks,
                std::string &Why);

} // namespace rtclint::test

#endif
