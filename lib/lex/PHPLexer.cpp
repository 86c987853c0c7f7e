//===- PHPLexer.cpp - Tokenizer and string decoder for PHP ----------------===//
//
// Text outside <?php ... ?> is one Text token per run; the tags are Markup
// tokens. Heredocs and nowdocs are one String token from <<< to the closing
// marker, which may be indented (PHP 7.3+).
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"

using namespace rtclint;
using namespace rtclint::lexers;

namespace {

const llvm::StringRef Puncts[] = {
    "<=>", "===", "!==", "**=", "...", "?\?=", "?->", "<<=", ">>=",
    "=>",  "->",  "::",  "==",  "!=",  "<>",   "<=",  ">=",  "&&",
    "||",  "??",  "++",  "--",  "+=",  "-=",   "*=",  "/=",  ".=",
    "%=",  "&=",  "|=",  "^=",  "<<",  ">>",   "**",  "#["};

/// Past the '}' closing a {$expr} or ${expr} starting at P (after '{').
size_t skipBraces(llvm::StringRef Buf, size_t P, size_t Lim) {
  unsigned Nest = 0;
  while (P < Lim) {
    char C = Buf[P];
    if (C == '}') {
      if (Nest == 0)
        return P + 1;
      --Nest;
    } else if (C == '{') {
      ++Nest;
    } else if (C == '\'' || C == '"') {
      size_t Q = P + 1;
      while (Q < Lim && Buf[Q] != C)
        Q += Buf[Q] == '\\' ? 2 : 1;
      P = std::min(Q + 1, Lim);
      continue;
    }
    ++P;
  }
  return Lim;
}

/// Interpolation at P in a double-quoted or heredoc body: returns the end
/// of the interpolated part, or P if there is none.
size_t interpolation(llvm::StringRef Buf, size_t P, size_t Lim) {
  char N = P + 1 < Lim ? Buf[P + 1] : '\0';
  if (Buf[P] == '$' && isIdentStart(N)) {
    size_t Q = P + 2;
    while (Q < Lim && isIdentChar(Buf[Q]))
      ++Q;
    return Q;
  }
  if ((Buf[P] == '{' && N == '$') || (Buf[P] == '$' && N == '{'))
    return skipBraces(Buf, P + (Buf[P] == '{' ? 1 : 2), Lim);
  return P;
}

struct HeredocHead {
  size_t TagB = 0, TagE = 0, BodyB = 0;
  bool Nowdoc = false;
};

bool heredocHead(llvm::StringRef Buf, size_t P, size_t Lim, HeredocHead &H) {
  if (!Buf.slice(P, Lim).starts_with("<<<"))
    return false;
  P += 3;
  while (P < Lim && isBlank(Buf[P]))
    ++P;
  char Q = P < Lim ? Buf[P] : '\0';
  if (Q == '\'' || Q == '"')
    ++P;
  else
    Q = 0;
  H.Nowdoc = Q == '\'';
  if (P >= Lim || !isIdentStart(Buf[P]))
    return false;
  H.TagB = P;
  while (P < Lim && isIdentChar(Buf[P]))
    ++P;
  H.TagE = P;
  if (Q && (P >= Lim || Buf[P++] != Q))
    return false;
  if (P < Lim && Buf[P] == '\r')
    ++P;
  if (P < Lim && Buf[P] != '\n')
    return false;
  H.BodyB = P + 1;
  return true;
}

/// End of the closing marker of heredoc H, and the start of its line.
bool heredocEnd(llvm::StringRef Buf, const HeredocHead &H, size_t Lim,
                size_t &LineB, size_t &End) {
  llvm::StringRef Tag = Buf.slice(H.TagB, H.TagE);
  for (size_t L = H.BodyB; L < Lim;) {
    size_t NL = Buf.slice(0, Lim).find('\n', L);
    size_t LE = NL == llvm::StringRef::npos ? Lim : NL;
    size_t P = L;
    while (P < LE && isBlank(Buf[P]))
      ++P;
    if (Buf.slice(P, LE).starts_with(Tag) &&
        (P + Tag.size() >= LE || !isIdentChar(Buf[P + Tag.size()]))) {
      LineB = L;
      End = P + Tag.size();
      return true;
    }
    L = LE + 1;
  }
  return false;
}

class PHPLexer {
public:
  PHPLexer(llvm::StringRef Buf, std::vector<Token> &Out) : C(Buf, Out) {}
  void run();

private:
  Cursor C;
  bool InCode = false;

  void text();
  void lineComment(size_t B);
  void quoted(size_t B, char Q);
  void heredoc(size_t B, const HeredocHead &H);
};

} // namespace

void PHPLexer::text() {
  size_t B = C.Pos;
  llvm::StringRef R = C.rest();
  size_t Open = R.find("<?");
  while (Open != llvm::StringRef::npos) {
    llvm::StringRef After = R.drop_front(Open + 2);
    if (After.starts_with_insensitive("php") || After.starts_with("=") ||
        After.empty() || isBlank(After[0]) || After[0] == '\n')
      break;
    Open = R.find("<?", Open + 2);
  }
  size_t TextEnd = Open == llvm::StringRef::npos ? C.End : B + Open;
  if (TextEnd > B) {
    C.Pos = TextEnd;
    C.emit(B, TokenKind::Text);
  }
  if (TextEnd >= C.End)
    return;
  size_t TagLen = 2;
  if (C.Buf.slice(TextEnd + 2, C.End).starts_with_insensitive("php"))
    TagLen = 5;
  else if (C.Buf.slice(TextEnd + 2, C.End).starts_with("="))
    TagLen = 3;
  C.Pos = TextEnd + TagLen;
  C.emit(TextEnd, TokenKind::Markup);
  InCode = true;
}

void PHPLexer::lineComment(size_t B) {
  // A line comment ends at the line end or at ?>.
  size_t E = C.lineEnd(B);
  size_t Close = C.Buf.slice(0, E).find("?>", B);
  if (Close != llvm::StringRef::npos)
    E = Close;
  else if (E > B && C.Buf[E - 1] == '\r')
    --E;
  C.Pos = E;
  C.emit(B, TokenKind::Comment);
}

void PHPLexer::quoted(size_t B, char Q) {
  uint16_t Flags = 0;
  size_t P = B + 1;
  while (P < C.End) {
    char Ch = C.Buf[P];
    if (Ch == '\\') {
      P += 2;
      continue;
    }
    if (Ch == Q) {
      C.Pos = P + 1;
      C.emit(B, TokenKind::String, Flags);
      return;
    }
    if (Q != '\'' && (Ch == '$' || Ch == '{')) {
      size_t E = interpolation(C.Buf, P, C.End);
      if (E != P) {
        Flags |= tokflags::Interpolated;
        P = E;
        continue;
      }
    }
    ++P;
  }
  C.Pos = C.End;
  C.emit(B, TokenKind::String, Flags | tokflags::Unterminated);
}

void PHPLexer::heredoc(size_t B, const HeredocHead &H) {
  uint16_t Flags = tokflags::Multiline | tokflags::Heredoc;
  if (H.Nowdoc)
    Flags |= tokflags::Raw;
  size_t LineB, End;
  if (!heredocEnd(C.Buf, H, C.End, LineB, End)) {
    Flags |= tokflags::Unterminated;
    LineB = End = C.End;
  }
  if (!H.Nowdoc)
    for (size_t P = H.BodyB; P < LineB; ++P)
      if ((C.Buf[P] == '$' || C.Buf[P] == '{') &&
          interpolation(C.Buf, P, LineB) != P &&
          (P == 0 || C.Buf[P - 1] != '\\')) {
        Flags |= tokflags::Interpolated;
        break;
      }
  C.Pos = End;
  C.emit(B, TokenKind::String, Flags);
}

void PHPLexer::run() {
  while (true) {
    if (!InCode) {
      if (C.atEnd())
        return;
      text();
      continue;
    }
    C.skipSpace();
    if (C.atEnd())
      return;
    size_t B = C.Pos;
    char Ch = C.peek();
    char N1 = C.peek(1);
    if (Ch == '?' && N1 == '>') {
      C.Pos = B + 2;
      C.emit(B, TokenKind::Markup);
      InCode = false;
      continue;
    }
    if ((Ch == '#' && N1 != '[') || (Ch == '/' && N1 == '/')) {
      lineComment(B);
      continue;
    }
    if (Ch == '/' && N1 == '*') {
      size_t E = C.Buf.slice(0, C.End).find("*/", B + 2);
      C.Pos = E == llvm::StringRef::npos ? C.End : E + 2;
      uint16_t Flags = E == llvm::StringRef::npos ? tokflags::Unterminated : 0;
      llvm::StringRef Text = C.Buf.slice(B, C.Pos);
      if (Text.starts_with("/**") && !Text.starts_with("/**/"))
        Flags |= tokflags::DocComment;
      C.emit(B, TokenKind::Comment, Flags);
      continue;
    }
    if (Ch == '\'' || Ch == '"' || Ch == '`') {
      quoted(B, Ch);
      continue;
    }
    HeredocHead H;
    if (Ch == '<' && heredocHead(C.Buf, B, C.End, H)) {
      heredoc(B, H);
      continue;
    }
    if (isIdentStart(Ch) || (Ch == '$' && (isIdentStart(N1) || N1 == '$'))) {
      size_t P = B;
      while (P < C.End && C.Buf[P] == '$')
        ++P;
      while (P < C.End && isIdentChar(C.Buf[P]))
        ++P;
      C.Pos = P;
      C.emit(B, TokenKind::Identifier);
      continue;
    }
    if (isDigit(Ch) || (Ch == '.' && isDigit(N1))) {
      size_t P = B;
      bool Hex = Ch == '0' && (N1 == 'x' || N1 == 'X');
      if (Ch == '0' && isAlpha(N1))
        P += 2;
      while (P < C.End && (isDigit(C.Buf[P]) || C.Buf[P] == '_' ||
                           (Hex && isHexDigit(C.Buf[P]))))
        ++P;
      if (!Hex && P + 1 < C.End && C.Buf[P] == '.' && isDigit(C.Buf[P + 1]))
        for (++P; P < C.End && (isDigit(C.Buf[P]) || C.Buf[P] == '_');)
          ++P;
      if (!Hex && P < C.End && (C.Buf[P] == 'e' || C.Buf[P] == 'E')) {
        size_t Q = P + 1;
        if (Q < C.End && (C.Buf[Q] == '+' || C.Buf[Q] == '-'))
          ++Q;
        if (Q < C.End && isDigit(C.Buf[Q]))
          for (P = Q; P < C.End && isDigit(C.Buf[P]);)
            ++P;
      }
      C.Pos = std::max(P, B + 1);
      C.emit(B, TokenKind::Number);
      continue;
    }
    C.Pos = B + C.punctLength(Puncts);
    C.emit(B, TokenKind::Punct);
  }
}

void lexers::lexPHP(llvm::StringRef Buf, std::vector<Token> &Out) {
  PHPLexer(Buf, Out).run();
}

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

static std::string phpDouble(llvm::StringRef Body, char Quote) {
  EscapeStyle St;
  St.KeepUnknown = true;
  St.BraceUnicode = true;
  St.ShortHex = true;
  std::string Out;
  Out.reserve(Body.size());
  for (size_t I = 0; I < Body.size();) {
    char C = Body[I];
    if (C == '\\' && I + 1 < Body.size()) {
      char N = Body[I + 1];
      // Only these are escapes in PHP; "\d" or "\'" keep the backslash.
      if (llvm::StringRef("ntrvef\\$01234567xu").contains(N) ||
          (N == Quote && Quote)) {
        decodeEscape(Body, I, Out, St);
        continue;
      }
      Out += Body.slice(I, I + 2);
      I += 2;
      continue;
    }
    if (C == '$' || C == '{') {
      size_t E = interpolation(Body, I, Body.size());
      if (E != I) {
        Out += Body.slice(I, E);
        I = E;
        continue;
      }
    }
    Out += C;
    ++I;
  }
  return Out;
}

std::string lexers::decodePHP(llvm::StringRef Buf, const Token &T) {
  llvm::StringRef S = T.text(Buf);
  if (!T.is(TokenKind::String) || S.empty())
    return S.str();
  bool Closed = !T.has(tokflags::Unterminated);
  char Q = S[0];
  if (Q == '\'' || Q == '"' || Q == '`') {
    llvm::StringRef Body = S.drop_front().drop_back(Closed ? 1 : 0);
    if (Q != '\'')
      return phpDouble(Body, Q);
    std::string Out;
    for (size_t I = 0; I < Body.size(); ++I) {
      if (Body[I] == '\\' && I + 1 < Body.size() &&
          (Body[I + 1] == '\\' || Body[I + 1] == '\''))
        ++I;
      Out += Body[I];
    }
    return Out;
  }
  HeredocHead H;
  if (!heredocHead(S, 0, S.size(), H))
    return S.str();
  size_t LineB = S.size(), End = S.size();
  if (Closed)
    heredocEnd(S, H, S.size(), LineB, End);
  llvm::StringRef Body = S.slice(std::min(H.BodyB, LineB), LineB);
  // The line break before the closing marker is not part of the value.
  if (Closed && Body.ends_with("\n"))
    Body = Body.drop_back().rtrim("\r");
  size_t Indent = 0;
  while (Closed && LineB + Indent < S.size() && isBlank(S[LineB + Indent]))
    ++Indent;
  std::string Dedented;
  for (llvm::StringRef Rest = Body;;) {
    auto [Line, Tail] = Rest.split('\n');
    size_t Strip = 0;
    while (Strip < Indent && Strip < Line.size() && isBlank(Line[Strip]))
      ++Strip;
    Dedented += Line.drop_front(Strip);
    if (Line.size() == Rest.size())
      break;
    Dedented += '\n';
    Rest = Tail;
  }
  return H.Nowdoc ? Dedented : phpDouble(Dedented, 0);
}
