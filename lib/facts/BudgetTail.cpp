//===- BudgetTail.cpp - Literals past the fact budget ---------------------===//
//
// When a file's structural pass stops at the fact budget, the rest of the
// file still gets its secret check: every literal long enough to be a
// credential becomes a StringFact, named by the `name =`, `name:`,
// `name :=` or `'key' =>` written just before it, so the name-bound secret
// rules still apply. Nothing else is known there: no call, no scope, no
// binding.
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "lex/Lexer.h"

using namespace rtclint;
using llvm::StringRef;

/// The shortest value a credential rule reports (8 to 25 characters for an
/// API secret); shorter literals, the bulk of a padded file, are dropped.
static constexpr size_t MinCandidate = 8;

static bool isMemberSep(StringRef P) {
  return P == "." || P == "->" || P == "::" || P == "?.";
}

/// The name a literal at Tail[I] is bound to, when Tail[I-1] binds it.
static void nameFor(Language L, StringRef Buf, llvm::ArrayRef<Token> Tail,
                    size_t I, StringFact &S) {
  if (I < 2 || !Tail[I - 1].is(TokenKind::Punct))
    return;
  StringRef Op = Tail[I - 1].text(Buf);
  bool Assign = Op == "=" || Op == ":=";
  if (!Assign && Op != ":" && Op != "=>")
    return;
  const Token &N = Tail[I - 2];
  if (N.is(TokenKind::Identifier))
    S.Name = N.text(Buf).str();
  else if (N.is(TokenKind::String))
    S.Name = decodeString(L, Buf, N);
  else
    return;
  // A qualified target: `config.opentok.secret = '...'`.
  S.Path = S.Name;
  for (size_t J = I - 2;
       J >= 2 && Tail[J - 1].is(TokenKind::Punct) &&
       isMemberSep(Tail[J - 1].text(Buf)) &&
       Tail[J - 2].is(TokenKind::Identifier) && S.Path.size() < 512;
       J -= 2)
    S.Path = Tail[J - 2].text(Buf).str() + "." + S.Path;
  if (N.has(tokflags::Key))
    S.Bind = BindKind::ConfigKey;
  else
    S.Bind = Assign ? BindKind::Variable : BindKind::ObjectKey;
}

void builders::addSecretCandidates(Language L, StringRef Buf,
                                   llvm::ArrayRef<Token> Tail, FileFacts &F) {
  for (size_t I = 0; I < Tail.size(); ++I) {
    const Token &T = Tail[I];
    if (!T.is(TokenKind::String) || T.has(tokflags::Key) ||
        T.End > Buf.size() || T.Begin > T.End || T.End - T.Begin < MinCandidate)
      continue;
    std::string V = decodeString(L, Buf, T);
    if (V.size() < MinCandidate)
      continue;
    StringFact S;
    S.Value = std::move(V);
    S.Range = Span{T.Begin, T.End};
    S.Interpolated = T.has(tokflags::Interpolated);
    nameFor(L, Buf, Tail, I, S);
    F.Strings.push_back(std::move(S));
  }
}
