//===- ShellDecode.cpp - Values of shell words and heredocs ---------------===//
//
// Quotes are removed and the parts of a word joined; expansions ($x, ${x},
// $(cmd), `cmd`) are kept verbatim.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "lex/ShellWords.h"

using namespace rtclint;
using namespace rtclint::lexers;
using namespace rtclint::lexers::shell;

/// Copies the expansion at I verbatim; false if there is none.
static bool copyExpansion(llvm::StringRef S, size_t &I, std::string &Out) {
  uint16_t Fl = 0;
  size_t E = skipExpansion(S, I, S.size(), Fl, 0);
  if (E == I)
    return false;
  Out += S.slice(I, E);
  I = E;
  return true;
}

/// Inside "..." or an unquoted heredoc only \$ \` \" \\ and \newline are
/// escapes.
static void doubleBody(llvm::StringRef S, size_t &I, size_t End, char Close,
                       std::string &Out) {
  while (I < End) {
    char C = S[I];
    if (Close && C == Close) {
      ++I;
      return;
    }
    if (C == '\\' && I + 1 < End) {
      char N = S[I + 1];
      if (N == '\n') {
        I += 2;
        continue;
      }
      if (N == '$' || N == '`' || N == '\\' || (N == '"' && Close)) {
        Out += N;
        I += 2;
        continue;
      }
    }
    if ((C == '$' || C == '`') && copyExpansion(S.slice(0, End), I, Out))
      continue;
    Out += C;
    ++I;
  }
}

std::string lexers::decodeShell(llvm::StringRef Buf, const Token &T) {
  llvm::StringRef S = T.text(Buf);
  if (T.has(tokflags::Heredoc)) {
    std::string Body = T.Depth == 1 ? stripLeadingTabs(S) : S.str();
    if (T.has(tokflags::Raw))
      return Body;
    std::string Out;
    size_t I = 0;
    doubleBody(Body, I, Body.size(), 0, Out);
    return Out;
  }
  if (T.is(TokenKind::Comment) || T.is(TokenKind::Punct))
    return S.str();
  EscapeStyle Ansi;
  Ansi.ShortHex = true;
  std::string Out;
  Out.reserve(S.size());
  for (size_t I = 0; I < S.size();) {
    char C = S[I];
    char N = I + 1 < S.size() ? S[I + 1] : '\0';
    if (C == '\'') {
      size_t E = S.find('\'', I + 1);
      E = E == llvm::StringRef::npos ? S.size() : E;
      Out += S.slice(I + 1, E);
      I = E + 1;
      continue;
    }
    if (C == '$' && N == '\'') {
      // ANSI-C quoting: backslash escapes as in C.
      for (I += 2; I < S.size() && S[I] != '\'';) {
        if (S[I] == '\\')
          decodeEscape(S, I, Out, Ansi);
        else
          Out += S[I++];
      }
      ++I;
      continue;
    }
    if (C == '"' || (C == '$' && N == '"')) {
      I += C == '"' ? 1 : 2;
      doubleBody(S, I, S.size(), '"', Out);
      continue;
    }
    if (C == '\\') {
      if (N != '\n' && I + 1 < S.size())
        Out += N;
      I += 2;
      continue;
    }
    if ((C == '$' || C == '`') && copyExpansion(S, I, Out))
      continue;
    Out += C;
    ++I;
  }
  return Out;
}
