//===- Escapes.cpp - Backslash escapes and indentation helpers ------------===//
#include "lex/LexUtil.h"

using namespace rtclint;
using namespace rtclint::lexers;

void lexers::appendUTF8(std::string &Out, uint32_t CP) {
  if (CP > 0x10FFFF || (CP >= 0xD800 && CP <= 0xDFFF))
    CP = 0xFFFD;
  if (CP < 0x80) {
    Out += char(CP);
  } else if (CP < 0x800) {
    Out += char(0xC0 | (CP >> 6));
    Out += char(0x80 | (CP & 0x3F));
  } else if (CP < 0x10000) {
    Out += char(0xE0 | (CP >> 12));
    Out += char(0x80 | ((CP >> 6) & 0x3F));
    Out += char(0x80 | (CP & 0x3F));
  } else {
    Out += char(0xF0 | (CP >> 18));
    Out += char(0x80 | ((CP >> 12) & 0x3F));
    Out += char(0x80 | ((CP >> 6) & 0x3F));
    Out += char(0x80 | (CP & 0x3F));
  }
}

static unsigned hexValue(char C) {
  if (isDigit(C))
    return C - '0';
  return (C | 0x20) - 'a' + 10;
}

size_t lexers::readHex(llvm::StringRef S, size_t I, size_t Max, uint32_t &V) {
  size_t N = 0;
  V = 0;
  while (N < Max && I + N < S.size() && isHexDigit(S[I + N])) {
    V = V * 16 + hexValue(S[I + N]);
    ++N;
  }
  return N;
}

bool lexers::decodeUnicodeEscape(llvm::StringRef S, size_t &I, size_t Digits,
                                 std::string &Out) {
  uint32_t V;
  if (readHex(S, I, Digits, V) != Digits)
    return false;
  I += Digits;
  // Join a UTF-16 surrogate pair written as two escapes.
  if (V >= 0xD800 && V <= 0xDBFF && I + 5 < S.size() && S[I] == '\\' &&
      S[I + 1] == 'u') {
    uint32_t Lo;
    if (readHex(S, I + 2, 4, Lo) == 4 && Lo >= 0xDC00 && Lo <= 0xDFFF) {
      I += 6;
      V = 0x10000 + ((V - 0xD800) << 10) + (Lo - 0xDC00);
    }
  }
  appendUTF8(Out, V);
  return true;
}

void lexers::decodeEscape(llvm::StringRef S, size_t &I, std::string &Out,
                          const EscapeStyle &St) {
  // S[I] is the backslash.
  if (I + 1 >= S.size()) {
    Out += '\\';
    ++I;
    return;
  }
  char C = S[I + 1];
  I += 2;
  switch (C) {
  case 'n':
    Out += '\n';
    return;
  case 't':
    Out += '\t';
    return;
  case 'r':
    Out += '\r';
    return;
  case 'b':
    Out += '\b';
    return;
  case 'f':
    Out += '\f';
    return;
  case 'v':
    Out += '\v';
    return;
  case 'a':
    Out += '\a';
    return;
  case 'e':
    Out += '\x1b';
    return;
  case '\\':
  case '\'':
  case '"':
  case '`':
  case '$':
  case '?':
  case '/':
    Out += C;
    return;
  case '\n':
    // Line continuation inside a string.
    return;
  case '\r':
    if (I < S.size() && S[I] == '\n')
      ++I;
    return;
  case 'x': {
    uint32_t V;
    size_t Max = St.VarHex ? 4 : 2;
    size_t N = readHex(S, I, Max, V);
    if (N == 0 || (N == 1 && !St.ShortHex && !St.VarHex)) {
      Out += St.KeepUnknown ? "\\x" : "x";
      return;
    }
    I += N;
    if (St.VarHex)
      appendUTF8(Out, V);
    else
      Out += char(V);
    return;
  }
  case 'u':
  case 'U': {
    if (!St.Unicode)
      break;
    uint32_t V;
    if (C == 'u' && St.BraceUnicode && I < S.size() && S[I] == '{') {
      size_t N = readHex(S, I + 1, 8, V);
      if (N > 0 && I + 1 + N < S.size() && S[I + 1 + N] == '}') {
        I += N + 2;
        appendUTF8(Out, V);
        return;
      }
      break;
    }
    if (decodeUnicodeEscape(S, I, C == 'u' ? 4 : 8, Out))
      return;
    break;
  }
  default:
    if (St.Octal && C >= '0' && C <= '7') {
      uint32_t V = C - '0';
      for (int K = 0; K < 2 && I < S.size() && S[I] >= '0' && S[I] <= '7';
           ++K, ++I)
        V = V * 8 + (S[I] - '0');
      Out += char(V & 0xFF);
      return;
    }
    if (C == '0') {
      Out += '\0';
      return;
    }
    break;
  }
  // Unknown escape.
  if (St.KeepUnknown)
    Out += '\\';
  Out += C;
}

std::string lexers::decodeEscapes(llvm::StringRef S, const EscapeStyle &St) {
  std::string Out;
  Out.reserve(S.size());
  for (size_t I = 0; I < S.size();) {
    if (S[I] == '\\')
      decodeEscape(S, I, Out, St);
    else
      Out += S[I++];
  }
  return Out;
}

void lexers::decodeJavaEscape(llvm::StringRef S, size_t &I, bool Backspace,
                              std::string &Out) {
  switch (char C = S[I]) {
  case 'f':
    Out += '\f';
    return;
  case 'n':
    Out += '\n';
    return;
  case 'r':
    Out += '\r';
    return;
  case 't':
    Out += '\t';
    return;
  case 'u': {
    size_t H = I + 1;
    if (!decodeUnicodeEscape(S, H, 4, Out)) {
      Out += "\\u";
      return;
    }
    I = H - 1;
    return;
  }
  default:
    Out += C == 'b' && Backspace ? '\b' : C; // \" \\ \/ \' ...
    return;
  }
}

unsigned lexers::indentWidth(llvm::StringRef Line) {
  unsigned W = 0;
  for (char C : Line) {
    if (C == ' ')
      ++W;
    else if (C == '\t')
      W = (W / 8 + 1) * 8;
    else
      break;
  }
  return W;
}

unsigned lexers::commonIndent(llvm::StringRef S) {
  unsigned Min = ~0u;
  while (!S.empty()) {
    auto [Line, Rest] = S.split('\n');
    if (!Line.trim().empty())
      Min = std::min(Min, indentWidth(Line));
    S = Rest;
  }
  return Min == ~0u ? 0 : Min;
}

std::string lexers::stripIndent(llvm::StringRef S, unsigned Cols) {
  std::string Out;
  Out.reserve(S.size());
  bool First = true;
  while (true) {
    auto [Line, Rest] = S.split('\n');
    if (!First)
      Out += '\n';
    First = false;
    unsigned W = 0;
    size_t I = 0;
    while (I < Line.size() && W < Cols && (Line[I] == ' ' || Line[I] == '\t')) {
      unsigned Next = Line[I] == '\t' ? (W / 8 + 1) * 8 : W + 1;
      if (Next > Cols)
        break;
      W = Next;
      ++I;
    }
    Out += Line.drop_front(I);
    if (Rest.data() == nullptr || Line.size() == S.size())
      break;
    S = Rest;
  }
  return Out;
}

std::string lexers::stripLeadingTabs(llvm::StringRef S) {
  std::string Out;
  Out.reserve(S.size());
  bool AtStart = true;
  for (char C : S) {
    if (AtStart && C == '\t')
      continue;
    AtStart = C == '\n';
    Out += C;
  }
  return Out;
}
