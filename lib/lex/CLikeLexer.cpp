//===- CLikeLexer.cpp - Tokenizer for C, Java, JS, Go, Swift, C#, HCL ... -===//
//
// One lexer for the brace languages. The dialect only changes which string
// forms exist (see CLikeStrings.cpp), whether '#' starts a directive, a
// comment or a private name, and whether '/' may start a regex.
//
//===----------------------------------------------------------------------===//
#include "lex/CLike.h"
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::lexers;

namespace {

const llvm::StringRef Puncts[] = {
    ">>>=", "<<=", ">>=", ">>>", "===", "!==", "...", "**=", "&&=", "||=",
    "?\?=", "<=>", "..<", "?.",  "?:",  "??",  "=>",  "->",  "::",  "==",
    "!=",   ":=",  "<=",  ">=",  "&&",  "||",  "+=",  "-=",  "*=",  "/=",
    "%=",   "&=",  "|=",  "^=",  "<<",  ">>",  "**",  "++",  "--",  ".."};

bool regexKeyword(llvm::StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("return", "typeof", "case", "do", "else", "in", "of", "new", true)
      .Cases("delete", "void", "throw", "yield", "await", "instanceof", true)
      .Default(false);
}

class CLikeLexer {
public:
  CLikeLexer(Language L, llvm::StringRef Buf, std::vector<Token> &Out)
      : D(dialectOf(L)), C(Buf, Out) {}
  void run();

private:
  Dialect D;
  Cursor C;
  size_t DirectiveEnd = 0; // end of the current preprocessor line
  bool IncludeLine = false;
  long LastSig = -1; // last token that is not a comment

  void emit(size_t B, TokenKind K, uint16_t Flags = 0) {
    C.emit(B, K, Flags);
    if (K != TokenKind::Comment)
      LastSig = long(C.Out.size()) - 1;
  }
  void lineComment(size_t B);
  void blockComment(size_t B);
  bool hash(size_t B);
  bool regexAllowed() const;
  bool regex(size_t B);
  void number(size_t B);
  size_t logicalLineEnd(size_t P) const;
};

/// U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR at the start of S.
bool isJSLineSeparator(llvm::StringRef S) {
  return S.size() >= 3 && S[0] == '\xE2' && S[1] == '\x80' &&
         (S[2] == '\xA8' || S[2] == '\xA9');
}

} // namespace

size_t CLikeLexer::logicalLineEnd(size_t P) const {
  while (true) {
    size_t E = C.lineEnd(P);
    if (E >= C.End)
      return E;
    size_t Q = E;
    if (Q > 0 && C.Buf[Q - 1] == '\r')
      --Q;
    if (Q > 0 && C.Buf[Q - 1] == '\\') {
      P = E + 1;
      continue;
    }
    return E;
  }
}

void CLikeLexer::lineComment(size_t B) {
  // C and C++ splice a line ending in a backslash onto the comment.
  C.Pos = D.CFam ? logicalLineEnd(B) : C.lineEnd(B);
  if (C.Pos > B && C.Buf[C.Pos - 1] == '\r')
    --C.Pos;
  if (D.JS) {
    // So do a lone CR, U+2028 and U+2029: the comment ends there, or the
    // rest of the line would be hidden in it.
    llvm::StringRef Line = C.Buf.slice(B, C.Pos);
    size_t E = Line.find('\r');
    for (size_t P = Line.find("\xE2\x80"); P != llvm::StringRef::npos && P < E;
         P = Line.find("\xE2\x80", P + 1))
      if (isJSLineSeparator(Line.drop_front(P))) {
        E = P;
        break;
      }
    if (E != llvm::StringRef::npos)
      C.Pos = B + E;
  }
  llvm::StringRef T = C.Buf.slice(B, C.Pos);
  bool Doc =
      (T.starts_with("///") && !T.starts_with("////")) || T.starts_with("//!");
  emit(B, TokenKind::Comment, Doc ? tokflags::DocComment : 0);
}

void CLikeLexer::blockComment(size_t B) {
  size_t P = B + 2;
  unsigned Nest = 1;
  while (P < C.End) {
    if (C.Buf[P] == '*' && P + 1 < C.End && C.Buf[P + 1] == '/') {
      P += 2;
      if (--Nest == 0)
        break;
      continue;
    }
    if (D.NestedComments && C.Buf[P] == '/' && P + 1 < C.End &&
        C.Buf[P + 1] == '*') {
      ++Nest;
      P += 2;
      continue;
    }
    ++P;
  }
  C.Pos = std::min(P, C.End);
  uint16_t Flags = Nest ? tokflags::Unterminated : 0;
  llvm::StringRef T = C.Buf.slice(B, C.Pos);
  if ((T.starts_with("/**") && !T.starts_with("/**/")) || T.starts_with("/*!"))
    Flags |= tokflags::DocComment;
  emit(B, TokenKind::Comment, Flags);
}

/// '#' is a comment (HCL), a preprocessor directive (C family, C#), a
/// compiler directive or raw string (Swift) or a private name (JS).
bool CLikeLexer::hash(size_t B) {
  if (D.L == Language::HCL) {
    lineComment(B);
    return true;
  }
  bool Directive =
      (D.CFam || D.L == Language::CSharp || D.L == Language::Swift) &&
      C.atLineStart(B);
  size_t P = B + 1;
  if (Directive) {
    while (P < C.End && isBlank(C.Buf[P]))
      ++P;
  }
  size_t WordB = P;
  while (P < C.End && isIdentChar(C.Buf[P]))
    ++P;
  if (P == WordB && !Directive)
    return false;
  C.Pos = P;
  if (Directive) {
    llvm::StringRef Word = C.Buf.slice(WordB, P);
    IncludeLine =
        Word == "include" || Word == "import" || Word == "include_next";
    DirectiveEnd = logicalLineEnd(B);
    emit(B, TokenKind::Directive);
    return true;
  }
  if (D.JS || D.L == Language::Swift) {
    emit(B, TokenKind::Identifier);
    return true;
  }
  C.Pos = B;
  return false;
}

bool CLikeLexer::regexAllowed() const {
  return operandMayFollow(LastSig < 0 ? nullptr : &C.Out[LastSig], C.Buf,
                          regexKeyword);
}

bool CLikeLexer::regex(size_t B) {
  size_t P = B + 1;
  bool InClass = false;
  while (P < C.End) {
    char Ch = C.Buf[P];
    if (Ch == '\n')
      return false;
    if (Ch == '\\') {
      if (P + 1 < C.End && C.Buf[P + 1] == '\n')
        return false;
      P += 2;
      continue;
    }
    if (Ch == '[')
      InClass = true;
    else if (Ch == ']')
      InClass = false;
    else if (Ch == '/' && !InClass)
      break;
    ++P;
  }
  if (P >= C.End)
    return false;
  ++P;
  while (P < C.End && isIdentChar(C.Buf[P]))
    ++P;
  C.Pos = P;
  emit(B, TokenKind::Regex);
  return true;
}

void CLikeLexer::number(size_t B) {
  size_t P = B;
  auto At = [&](size_t I) { return I < C.End ? C.Buf[I] : '\0'; };
  auto Sep = [&](size_t I) {
    // C++14 digit separators; '_' everywhere else.
    return At(I) == '_' || (D.Cpp && At(I) == '\'' && isHexDigit(At(I + 1)));
  };
  bool Hex = false;
  if (At(P) == '0' && (At(P + 1) == 'x' || At(P + 1) == 'X')) {
    Hex = true;
    P += 2;
  } else if (At(P) == '0' && llvm::StringRef("bBoO").contains(At(P + 1)) &&
             At(P + 1) != '\0') {
    P += 2;
  }
  while (P < C.End && (isHexDigit(At(P)) || Sep(P)) &&
         (Hex || isDigit(At(P)) || Sep(P)))
    ++P;
  if (At(P) == '.' && isDigit(At(P + 1))) {
    ++P;
    while (P < C.End && (isDigit(At(P)) || Sep(P)))
      ++P;
  }
  char E = At(P);
  if (((E == 'e' || E == 'E') && !Hex) || E == 'p' || E == 'P') {
    size_t Q = P + 1;
    if (At(Q) == '+' || At(Q) == '-')
      ++Q;
    if (isDigit(At(Q))) {
      P = Q;
      while (P < C.End && isDigit(At(P)))
        ++P;
    }
  }
  while (P < C.End && isIdentChar(At(P)))
    ++P; // suffixes: 0L, 1.5f, 10n, 1u8, 42ULL
  C.Pos = P;
  emit(B, TokenKind::Number);
}

void CLikeLexer::run() {
  while (true) {
    C.skipSpace();
    if (C.atEnd())
      return;
    size_t B = C.Pos;
    if (IncludeLine && B > DirectiveEnd)
      IncludeLine = false;
    char Ch = C.peek();
    char N1 = C.peek(1);
    if (D.JS && isJSLineSeparator(C.rest())) {
      // U+2028 / U+2029 are line terminators in JavaScript.
      C.Pos += 3;
      C.SawNewline = true;
      continue;
    }

    if (B == 0 && Ch == '#' && N1 == '!' && !D.CFam) {
      lineComment(B); // #!/usr/bin/env node
      continue;
    }
    if (Ch == '/' && N1 == '/') {
      lineComment(B);
      continue;
    }
    if (Ch == '/' && N1 == '*') {
      blockComment(B);
      continue;
    }
    StrForm F;
    if (Ch == '#' &&
        !(D.L == Language::Swift && detectString(D, C.Buf, B, C.End, F))) {
      if (hash(B))
        continue;
    }
    if (IncludeLine && Ch == '<') {
      size_t E = C.Buf.slice(0, DirectiveEnd).find('>', B);
      if (E != llvm::StringRef::npos) {
        C.Pos = E + 1;
        emit(B, TokenKind::String);
        continue;
      }
    }
    if (detectString(D, C.Buf, B, C.End, F)) {
      uint16_t Flags = F.Flags;
      C.Pos = std::max(B + 1, scanString(D, C.Buf, B, C.End, F, Flags));
      emit(B, TokenKind::String, Flags);
      continue;
    }
    if (D.JS && Ch == '/' && regexAllowed() && regex(B))
      continue;
    if (Ch == '`' && (D.L == Language::Kotlin || D.L == Language::Scala ||
                      D.L == Language::Swift)) {
      size_t E = C.lineEnd(B);
      size_t Close = C.Buf.slice(0, E).find('`', B + 1);
      if (Close != llvm::StringRef::npos) {
        C.Pos = Close + 1;
        emit(B, TokenKind::Identifier);
        continue;
      }
    }
    if ((Ch == '@' && (D.ObjC || D.L == Language::CSharp) &&
         isIdentStart(N1)) ||
        isIdentStart(Ch) || Ch == '$') {
      size_t P = B + 1;
      while (P < C.End && (isIdentChar(C.Buf[P]) || C.Buf[P] == '$'))
        ++P;
      C.Pos = P;
      emit(B, TokenKind::Identifier);
      continue;
    }
    if (isDigit(Ch) || (Ch == '.' && isDigit(N1))) {
      number(B);
      continue;
    }
    size_t Len = C.punctLength(Puncts);
    if (Len == 2 && Ch == '?' && N1 == '.' && isDigit(C.peek(2)))
      Len = 1; // a?.5:1 is a conditional
    if (D.L == Language::Go && Ch == '<' && N1 == '-')
      Len = 2;
    C.Pos = B + Len;
    emit(B, TokenKind::Punct);
  }
}

void lexers::lexCLike(Language L, llvm::StringRef Buf,
                      std::vector<Token> &Out) {
  CLikeLexer(L, Buf, Out).run();
}
