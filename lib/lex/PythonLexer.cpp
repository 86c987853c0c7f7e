//===- PythonLexer.cpp - Tokenizer and string decoder for Python ----------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;
using namespace rtclint::lexers;

namespace {

const llvm::StringRef Puncts[] = {"**=", "//=", ">>=", "<<=", "...", "->", ":=",
                                  "==",  "!=",  "<=",  ">=",  "**",  "//", "<<",
                                  ">>",  "+=",  "-=",  "*=",  "/=",  "%=", "&=",
                                  "|=",  "^=",  "@=",  "<>"};

struct PyForm {
  size_t Prefix = 0; // letters before the quote
  char Quote = '"';
  unsigned Quotes = 1;
  bool Raw = false, Bytes = false, Format = false;
};

/// A string literal (prefix included) starts at P.
bool detectPy(llvm::StringRef Buf, size_t P, size_t Lim, PyForm &F) {
  F = PyForm();
  size_t Q = P;
  while (Q < Lim && Q - P < 3 &&
         llvm::StringRef("rRbBuUfFtT").contains(Buf[Q]) && Buf[Q] != '\0')
    ++Q;
  if (Q >= Lim || (Buf[Q] != '"' && Buf[Q] != '\''))
    return false;
  for (size_t I = P; I < Q; ++I) {
    char C = Buf[I] | 0x20;
    F.Raw |= C == 'r';
    F.Bytes |= C == 'b';
    F.Format |= C == 'f' || C == 't';
  }
  std::string Pre = Buf.slice(P, Q).lower();
  static const char *const Valid[] = {"",   "r",  "u",  "b",  "f",  "t",
                                      "br", "rb", "fr", "rf", "tr", "rt"};
  if (llvm::find(Valid, Pre) == std::end(Valid))
    return false;
  F.Prefix = Q - P;
  F.Quote = Buf[Q];
  if (Q + 2 < Lim && Buf[Q + 1] == F.Quote && Buf[Q + 2] == F.Quote)
    F.Quotes = 3;
  return true;
}

size_t scanPy(llvm::StringRef Buf, size_t P, size_t Lim, const PyForm &F,
              uint16_t &Flags, unsigned Depth);

/// Skips an f-string replacement field's expression up to its closing '}'.
size_t skipExpr(llvm::StringRef Buf, size_t P, size_t Lim, unsigned Depth,
                bool OneLine) {
  unsigned Nest = 0;
  while (P < Lim) {
    char C = Buf[P];
    if (OneLine && C == '\n')
      return P; // a one-line f-string ends at the line break

    if (C == '(' || C == '[' || C == '{') {
      ++Nest;
    } else if (C == ')' || C == ']' || C == '}') {
      if (Nest == 0)
        return C == '}' ? P + 1 : P + 1;
      --Nest;
    } else if (isIdentStart(C) || C == '"' || C == '\'') {
      PyForm F;
      if (Depth < 48 && detectPy(Buf, P, Lim, F)) {
        uint16_t Fl = 0;
        size_t E = scanPy(Buf, P, Lim, F, Fl, Depth + 1);
        if (OneLine && (Fl & tokflags::Unterminated))
          return std::max(P + 1, E);
        P = std::max(P + 1, E);
        continue;
      }
      while (P < Lim && isIdentChar(Buf[P]))
        ++P;
      continue;
    }
    ++P;
  }
  return Lim;
}

size_t scanPy(llvm::StringRef Buf, size_t P, size_t Lim, const PyForm &F,
              uint16_t &Flags, unsigned Depth) {
  P += F.Prefix + F.Quotes;
  // A one-line string ends at a line break, found by the scan itself:
  // searching for it up front is quadratic on a minified line.
  bool OneLine = F.Quotes != 3;
  size_t Stop = Lim;
  while (P < Stop) {
    char C = Buf[P];
    if (OneLine && C == '\n')
      break;
    if (C == '\\') {
      if (P + 1 < Stop) {
        P += 2;
        continue;
      }
      ++P;
      continue;
    }
    if (C == F.Quote) {
      if (F.Quotes == 1)
        return P + 1;
      if (P + 2 < Stop && Buf[P + 1] == C && Buf[P + 2] == C)
        return P + 3;
      ++P;
      continue;
    }
    if (F.Format && C == '{') {
      if (P + 1 < Stop && Buf[P + 1] == '{') {
        P += 2;
        continue;
      }
      Flags |= tokflags::Interpolated;
      P = skipExpr(Buf, P + 1, Stop, Depth + 1, OneLine);
      continue;
    }
    ++P;
  }
  Flags |= tokflags::Unterminated;
  return std::min(P, Stop);
}

uint16_t formFlags(const PyForm &F) {
  uint16_t Fl = 0;
  if (F.Raw)
    Fl |= tokflags::Raw;
  if (F.Bytes)
    Fl |= tokflags::Bytes;
  if (F.Quotes == 3)
    Fl |= tokflags::Multiline;
  return Fl;
}

void number(Cursor &C, size_t B) {
  size_t P = B;
  auto At = [&](size_t I) { return I < C.End ? C.Buf[I] : '\0'; };
  bool Hex = At(P) == '0' && (At(P + 1) == 'x' || At(P + 1) == 'X');
  if (At(P) == '0' && llvm::StringRef("xXoObB").contains(At(P + 1)) &&
      At(P + 1) != '\0')
    P += 2;
  while (P < C.End &&
         (isDigit(At(P)) || At(P) == '_' || (Hex && isHexDigit(At(P)))))
    ++P;
  if (!Hex && At(P) == '.' && At(P + 1) != '.') {
    ++P;
    while (P < C.End && (isDigit(At(P)) || At(P) == '_'))
      ++P;
  }
  if (!Hex && (At(P) == 'e' || At(P) == 'E')) {
    size_t Q = P + 1;
    if (At(Q) == '+' || At(Q) == '-')
      ++Q;
    if (isDigit(At(Q))) {
      P = Q;
      while (P < C.End && (isDigit(At(P)) || At(P) == '_'))
        ++P;
    }
  }
  if (At(P) == 'j' || At(P) == 'J' || At(P) == 'l' || At(P) == 'L')
    ++P;
  C.Pos = P;
  C.emit(B, TokenKind::Number);
}

} // namespace

void lexers::lexPython(llvm::StringRef Buf, std::vector<Token> &Out) {
  Cursor C(Buf, Out);
  while (true) {
    C.skipSpace();
    if (C.atEnd())
      return;
    size_t B = C.Pos;
    char Ch = C.peek();
    if (Ch == '#') {
      C.Pos = C.lineEnd(B);
      if (C.Pos > B && Buf[C.Pos - 1] == '\r')
        --C.Pos;
      C.emit(B, TokenKind::Comment);
      continue;
    }
    PyForm F;
    if ((isIdentStart(Ch) || Ch == '"' || Ch == '\'') &&
        detectPy(Buf, B, C.End, F)) {
      uint16_t Flags = formFlags(F);
      C.Pos = std::max(B + 1, scanPy(Buf, B, C.End, F, Flags, 0));
      C.emit(B, TokenKind::String, Flags);
      continue;
    }
    if (isIdentStart(Ch)) {
      size_t P = B + 1;
      while (P < C.End && isIdentChar(Buf[P]))
        ++P;
      C.Pos = P;
      C.emit(B, TokenKind::Identifier);
      continue;
    }
    if (isDigit(Ch) || (Ch == '.' && isDigit(C.peek(1)))) {
      number(C, B);
      continue;
    }
    C.Pos = B + C.punctLength(Puncts);
    C.emit(B, TokenKind::Punct);
  }
}

std::string lexers::decodePython(llvm::StringRef Buf, const Token &T) {
  llvm::StringRef S = T.text(Buf);
  PyForm F;
  if (!T.is(TokenKind::String) || !detectPy(S, 0, S.size(), F))
    return S.str();
  size_t Open = F.Prefix + F.Quotes;
  size_t Close = T.has(tokflags::Unterminated) ? 0 : F.Quotes;
  if (Open + Close > S.size())
    return "";
  llvm::StringRef Body = S.slice(Open, S.size() - Close);
  EscapeStyle St;
  St.KeepUnknown = true;
  St.Unicode = !F.Bytes;
  std::string Out;
  Out.reserve(Body.size());
  for (size_t I = 0; I < Body.size();) {
    char C = Body[I];
    char N1 = I + 1 < Body.size() ? Body[I + 1] : '\0';
    if (C == '\\' && !F.Raw) {
      decodeEscape(Body, I, Out, St);
      continue;
    }
    if (C == '\\' && F.Raw && I + 1 < Body.size()) {
      // Raw: the backslash stays, and protects the next character.
      Out += Body.slice(I, I + 2);
      I += 2;
      continue;
    }
    if (F.Format && (C == '{' || C == '}')) {
      if (N1 == C) {
        Out += C;
        I += 2;
        continue;
      }
      if (C == '{') {
        size_t E = skipExpr(Body, I + 1, Body.size(), 0, false);
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
