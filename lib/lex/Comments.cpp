//===- Comments.cpp - The text of a comment without its delimiters --------===//
//
// The comment syntax is read from the token text itself, so one function
// serves every family: a Comment token always starts with its opener.
//
//===----------------------------------------------------------------------===//
#include "lex/Lexer.h"

using namespace rtclint;

static llvm::StringRef stripBlock(llvm::StringRef S, llvm::StringRef Open,
                                  llvm::StringRef Close) {
  S = S.drop_front(Open.size());
  if (S.ends_with(Close))
    S = S.drop_back(Close.size());
  return S;
}

llvm::StringRef rtclint::commentBody(Language L, llvm::StringRef Buf,
                                     const Token &T) {
  llvm::StringRef S = T.text(Buf);
  if (!T.is(TokenKind::Comment))
    return S;
  if (S.starts_with("/*"))
    return stripBlock(S, "/*", "*/");
  if (S.starts_with("<!--"))
    return stripBlock(S, "<!--", "-->");
  if (S.starts_with("=begin")) {
    // Ruby block comment: the =begin and =end lines are delimiters.
    S = S.drop_front(6);
    size_t NL = S.find('\n');
    S = S.drop_front(NL == llvm::StringRef::npos ? S.size() : NL + 1);
    size_t EndPos = S.rfind("=end");
    if (EndPos != llvm::StringRef::npos &&
        (EndPos == 0 || S[EndPos - 1] == '\n'))
      S = S.take_front(EndPos);
    return S;
  }
  if (S.starts_with("//"))
    return S.drop_front(2);
  if (S.starts_with("--"))
    return S.drop_front(2);
  if (S.starts_with("#") || S.starts_with(";") || S.starts_with("!"))
    return S.drop_front(1);
  return S;
}
