//===- CommentStrings.cpp - Values written inside comments ----------------===//
#include "facts/CommentStrings.h"
#include "lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

StringFact &addInComment(std::vector<StringFact> &Out, StringRef Value,
                         Span Range, int32_t Scope = 0) {
  StringFact S;
  S.Value = Value.str();
  S.Range = Range;
  S.InComment = true;
  S.Scope = Scope;
  Out.push_back(std::move(S));
  return Out.back();
}

/// An apostrophe inside a word ("don't") opens no quote.
bool apostropheInWord(StringRef B, size_t I) {
  return B[I] == '\'' && I > 0 && llvm::isAlnum(B[I - 1]);
}

/// End of the URL starting at P: the first blank, quote or angle bracket.
size_t urlEnd(StringRef B, size_t P, bool Backticks) {
  size_t E = P;
  while (E < B.size() && !llvm::isSpace(B[E]) && B[E] != '"' && B[E] != '\'' &&
         B[E] != '<' && B[E] != '>' && !(Backticks && B[E] == '`'))
    ++E;
  return E;
}

bool identStart(char C) {
  return isalpha(static_cast<unsigned char>(C)) || C == '_' || C == '$' ||
         C == '@';
}
bool identChar(char C) {
  return isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '$';
}
bool blank(char C) { return C == ' ' || C == '\t'; }
bool space(char C) { return isspace(static_cast<unsigned char>(C)); }

bool urlScheme(StringRef S) {
  std::string L = S.lower();
  return L == "http" || L == "https" || L == "ws" || L == "wss" || L == "ftp" ||
         L == "sftp";
}

/// One code comment's text, scanned left to right.
class CodeCommentScanner {
public:
  CodeCommentScanner(StringRef Body, uint32_t Base, int32_t Scope,
                     std::vector<StringFact> &Out)
      : B(Body), Base(Base), Scope(Scope), Out(Out) {}

  void run() {
    size_t P = 0;
    while (P < B.size()) {
      char C = B[P];
      if (identStart(C) && (P == 0 || !identChar(B[P - 1]))) {
        P = word(P);
        continue;
      }
      if ((C == '"' || C == '\'') && quote(P, P))
        continue;
      ++P;
    }
  }

private:
  StringRef B;
  uint32_t Base;
  int32_t Scope;
  std::vector<StringFact> &Out;

  void add(size_t VB, size_t VE, size_t RB, size_t RE, StringRef Name,
           BindKind K) {
    StringFact &S =
        addInComment(Out, B.slice(VB, VE),
                     Span{Base + uint32_t(RB), Base + uint32_t(RE)}, Scope);
    if (!Name.empty()) {
      S.Path = Name.str();
      size_t Dot = Name.find_last_of(".");
      S.Name =
          Name.substr(Dot == StringRef::npos ? 0 : Dot + 1).ltrim("$@").str();
      S.Bind = K;
    }
  }

  /// A quoted run starting at Q; advances Next past it. A closing
  /// apostrophe must end its word too.
  bool quote(size_t Q, size_t &Next, StringRef Name = {},
             BindKind K = BindKind::None) {
    char C = B[Q];
    if (apostropheInWord(B, Q))
      return false;
    size_t E = B.find_first_of(C == '"' ? "\"\n" : "'\n", Q + 1);
    if (E == StringRef::npos || B[E] != C)
      return false;
    if (C == '\'' && E + 1 < B.size() &&
        isalnum(static_cast<unsigned char>(B[E + 1])))
      return false;
    add(Q + 1, E, Q, E + 1, Name, K);
    Next = E + 1;
    return true;
  }

  /// An identifier-like word at P: a URL, the name of a pair, or prose.
  size_t word(size_t P) {
    size_t E = P + 1;
    while (E < B.size() && (identChar(B[E]) || B[E] == '.' || B[E] == '-'))
      ++E;
    StringRef Name = B.slice(P, E).rtrim(".-");
    E = P + Name.size();
    if (B.substr(E).starts_with("://") && urlScheme(Name))
      return url(P);
    size_t Q = E;
    while (Q < B.size() && blank(B[Q]))
      ++Q;
    if (Q >= B.size() || (B[Q] != '=' && B[Q] != ':'))
      return E;
    char Op = B[Q];
    if (Q + 1 < B.size() &&
        (B[Q + 1] == '=' || B[Q + 1] == ':' || (Op == '=' && B[Q + 1] == '>')))
      return Q + 2; // ==, ::, =>
    BindKind K = Op == '=' ? BindKind::Assignment : BindKind::ObjectKey;
    size_t V = Q + 1;
    while (V < B.size() && blank(B[V]))
      ++V;
    if (V >= B.size() || B[V] == '\n' || B[V] == '\r')
      return V;
    size_t Next = V;
    if ((B[V] == '"' || B[V] == '\'') && quote(V, Next, Name, K))
      return Next;
    size_t VE = V;
    while (VE < B.size() && !space(B[VE]) && B[VE] != ',' && B[VE] != ';')
      ++VE;
    StringRef Val = B.slice(V, VE).rtrim(".)]}>");
    if (Val.empty())
      return VE > V ? VE : V + 1;
    add(V, V + Val.size(), V, V + Val.size(), Name, K);
    return VE;
  }

  size_t url(size_t P) {
    size_t E = urlEnd(B, P, /*Backticks=*/true);
    StringRef U = B.slice(P, E).rtrim(".,;:)]}");
    add(P, P + U.size(), P, P + U.size(), {}, BindKind::None);
    return E;
  }
};

} // namespace

void commentstrings::scanQuotesAndURLs(StringRef Body, uint32_t Off,
                                       bool Backticks,
                                       std::vector<StringFact> &Out) {
  size_t LineEnd = 0; // end of the line holding I: quotes never span lines
  for (size_t I = 0; I < Body.size(); ++I) {
    if (I >= LineEnd)
      LineEnd = std::min(Body.find('\n', I), Body.size());
    char C = Body[I];
    if (C == '"' || (Backticks && C == '`') ||
        (C == '\'' && !apostropheInWord(Body, I))) {
      size_t Close = Body.slice(0, LineEnd).find(C, I + 1);
      if (Close == StringRef::npos)
        continue;
      if (Close > I + 1)
        addInComment(Out, Body.slice(I + 1, Close),
                     Span{uint32_t(Off + I), uint32_t(Off + Close + 1)});
      I = Close;
      continue;
    }
    if (!llvm::isAlpha(C) || (I > 0 && llvm::isAlnum(Body[I - 1])))
      continue;
    size_t S = I;
    while (S < Body.size() && (llvm::isAlnum(Body[S]) || Body[S] == '+' ||
                               Body[S] == '.' || Body[S] == '-'))
      ++S;
    if (!Body.substr(S).starts_with("://"))
      continue;
    size_t E = urlEnd(Body, S + 3, Backticks);
    while (E > S + 3 && StringRef(".,;:)]}!?").contains(Body[E - 1]))
      --E;
    addInComment(Out, Body.slice(I, E),
                 Span{uint32_t(Off + I), uint32_t(Off + E)});
    I = E;
  }
}

void commentstrings::scanCodeComment(StringRef Body, uint32_t Base,
                                     int32_t Scope,
                                     std::vector<StringFact> &Out) {
  CodeCommentScanner(Body, Base, Scope, Out).run();
}

void commentstrings::addComment(Language L, StringRef Buf, const Token &T,
                                bool Backticks, FileFacts &F) {
  StringRef Body = commentBody(L, Buf, T);
  F.Comments.push_back(CommentFact{Span{T.Begin, T.End}, Body.str()});
  scanQuotesAndURLs(Body, uint32_t(Body.data() - Buf.data()), Backticks,
                    F.Strings);
}
