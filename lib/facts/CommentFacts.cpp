//===- CommentFacts.cpp - Comments and the values written inside them -----===//
//
// Commented-out code keeps its secrets: `// const secret = "abc..."`. Quoted
// text, URL-like words and `name = value` / `name: value` pairs inside a
// comment become string facts flagged InComment; rules ignore them unless
// they ask for comments.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "lex/Lexer.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

namespace {

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

/// One comment's text, scanned left to right; each recognised piece is
/// consumed so a quoted value in a pair is not reported twice.
class CommentScanner {
public:
  CommentScanner(StringRef Body, uint32_t Base, int32_t Scope,
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
    StringFact S;
    S.Value = B.slice(VB, VE).str();
    S.Range = Span{Base + uint32_t(RB), Base + uint32_t(RE)};
    S.InComment = true;
    S.Scope = Scope;
    if (!Name.empty()) {
      S.Path = Name.str();
      size_t Dot = Name.find_last_of(".");
      S.Name =
          Name.substr(Dot == StringRef::npos ? 0 : Dot + 1).ltrim("$@").str();
      S.Bind = K;
    }
    Out.push_back(std::move(S));
  }

  /// A quoted run starting at Q (not an apostrophe inside a word); advances
  /// Next past it.
  bool quote(size_t Q, size_t &Next, StringRef Name = {},
             BindKind K = BindKind::None) {
    char C = B[Q];
    if (C == '\'' && Q > 0 && isalnum(static_cast<unsigned char>(B[Q - 1])))
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
    size_t E = P;
    while (E < B.size() && !space(B[E]) && B[E] != '"' && B[E] != '\'' &&
           B[E] != '<' && B[E] != '>' && B[E] != '`')
      ++E;
    StringRef U = B.slice(P, E).rtrim(".,;:)]}");
    add(P, P + U.size(), P, P + U.size(), {}, BindKind::None);
    return E;
  }
};

} // namespace

void Pass::onComment(const Token &Tk) {
  StringRef Body = commentBody(L, Buf, Tk);
  CommentFact C;
  C.Range = Span{Tk.Begin, Tk.End};
  C.Text = Body.str();
  F.Comments.push_back(std::move(C));
  // The body is a slice of Buf; anything else has no reliable offsets.
  if (Body.data() < Buf.data() || Body.data() + Body.size() > Buf.end())
    return;
  uint32_t Base = uint32_t(Body.data() - Buf.data());
  CommentScanner(Body, Base, top().EffScope, F.Strings).run();
}
