//===- CLikeStrings.cpp - String literal forms of C-like languages --------===//
#include "lex/CLike.h"
#include "lex/LexUtil.h"
#include "lex/Token.h"

using namespace rtclint;
using namespace rtclint::lexers;

Dialect lexers::dialectOf(Language L) {
  Dialect D;
  D.L = L;
  switch (L) {
  case Language::JavaScript:
  case Language::TypeScript:
    D.JS = true;
    break;
  case Language::ObjC:
    D.ObjC = true;
    D.CFam = true;
    break;
  case Language::ObjCpp:
    D.ObjC = true;
    D.Cpp = true;
    D.CFam = true;
    break;
  case Language::Cpp:
    D.Cpp = true;
    D.CFam = true;
    break;
  case Language::C:
    D.CFam = true;
    break;
  case Language::Swift:
  case Language::Kotlin:
  case Language::Scala:
    D.NestedComments = true;
    break;
  default:
    break;
  }
  return D;
}

static size_t runOf(llvm::StringRef Buf, size_t P, size_t Lim, char C) {
  size_t N = 0;
  while (P + N < Lim && Buf[P + N] == C)
    ++N;
  return N;
}

static size_t lineEndFrom(llvm::StringRef Buf, size_t P, size_t Lim) {
  size_t NL = Buf.slice(0, Lim).find('\n', P);
  return NL == llvm::StringRef::npos ? Lim : NL;
}

/// Length in bytes of the UTF-8 sequence led by C (1 for invalid bytes).
static size_t utf8Len(char C) {
  unsigned char U = C;
  if (U >= 0xF0)
    return 4;
  if (U >= 0xE0)
    return 3;
  if (U >= 0xC0)
    return 2;
  return 1;
}

bool lexers::heredocTag(llvm::StringRef Buf, size_t Pos, size_t Lim,
                        size_t &TagB, size_t &TagE, size_t &BodyB) {
  size_t P = Pos + 2;
  if (Pos + 2 > Lim || Buf.slice(Pos, Pos + 2) != "<<")
    return false;
  if (P < Lim && Buf[P] == '-')
    ++P;
  if (P >= Lim || !isIdentStart(Buf[P]))
    return false;
  TagB = P;
  while (P < Lim && isIdentChar(Buf[P]))
    ++P;
  TagE = P;
  while (P < Lim && isBlank(Buf[P]))
    ++P;
  if (P < Lim && Buf[P] != '\n')
    return false;
  BodyB = P < Lim ? P + 1 : P;
  return true;
}

/// Quoted form opened by Q at Pos + Prefix, triple-quoted when ThreeOK and
/// three quotes follow.
static void quoted(StrForm &F, llvm::StringRef Buf, size_t Pos, size_t Lim,
                   uint8_t Prefix, char Q, bool ThreeOK) {
  F.Prefix = Prefix;
  F.Quote = Q;
  if (ThreeOK && runOf(Buf, Pos + Prefix, Lim, Q) >= 3) {
    F.Quotes = 3;
    F.SingleLine = false;
    F.Flags |= tokflags::Multiline;
  }
}

static bool detectCFamily(const Dialect &D, llvm::StringRef Buf, size_t Pos,
                          size_t Lim, StrForm &F) {
  auto At = [&](size_t P) { return P < Lim ? Buf[P] : '\0'; };
  if (D.ObjC && At(Pos) == '@' && At(Pos + 1) == '"') {
    quoted(F, Buf, Pos, Lim, 1, '"', false);
    return true;
  }
  size_t P = Pos;
  if (At(P) == 'u' && At(P + 1) == '8')
    P += 2;
  else if (At(P) == 'L' || At(P) == 'u' || At(P) == 'U')
    P += 1;
  if (D.Cpp && At(P) == 'R' && At(P + 1) == '"') {
    F.K = StrForm::CppRaw;
    F.Prefix = uint8_t(P + 1 - Pos);
    F.Escapes = false;
    F.SingleLine = false;
    F.Flags |= tokflags::Raw;
    return true;
  }
  if (At(P) == '"' || At(P) == '\'') {
    quoted(F, Buf, Pos, Lim, uint8_t(P - Pos), At(P), false);
    if (At(P) == '\'')
      F.Flags |= tokflags::Char;
    return true;
  }
  return false;
}

static bool detectCSharp(llvm::StringRef Buf, size_t Pos, size_t Lim,
                         StrForm &F) {
  size_t P = Pos;
  size_t Dollars = runOf(Buf, P, Lim, '$');
  P += Dollars;
  bool At = P < Lim && Buf[P] == '@';
  if (At) {
    ++P;
    if (Dollars == 0) {
      Dollars = runOf(Buf, P, Lim, '$');
      P += Dollars;
    }
  }
  if (P >= Lim)
    return false;
  if (Buf[P] == '\'' && P == Pos) {
    quoted(F, Buf, Pos, Lim, 0, '\'', false);
    F.Flags |= tokflags::Char;
    return true;
  }
  if (Buf[P] != '"')
    return false;
  F.Prefix = uint8_t(std::min<size_t>(P - Pos, 255));
  if (Dollars)
    F.I = Interp::Brace;
  F.Dollars = uint8_t(std::min<size_t>(std::max<size_t>(Dollars, 1), 255));
  size_t Q = runOf(Buf, P, Lim, '"');
  if (!At && Q >= 3) {
    F.Quotes = uint8_t(std::min<size_t>(Q, 255));
    F.Escapes = false;
    F.SingleLine = false;
    F.Flags |= tokflags::Raw;
    size_t AfterQ = P + Q;
    while (AfterQ < Lim && isBlank(Buf[AfterQ]))
      ++AfterQ;
    if (AfterQ >= Lim || Buf[AfterQ] == '\n')
      F.Flags |= tokflags::Multiline;
    return true;
  }
  if (At) {
    F.Verbatim = true;
    F.Escapes = false;
    F.SingleLine = false;
    F.Flags |= tokflags::Raw;
  }
  return true;
}

bool lexers::detectString(const Dialect &D, llvm::StringRef Buf, size_t Pos,
                          size_t Lim, StrForm &F) {
  F = StrForm();
  if (Pos >= Lim)
    return false;
  char C = Buf[Pos];
  auto At = [&](size_t P) { return P < Lim ? Buf[P] : '\0'; };
  if (D.CFam)
    return detectCFamily(D, Buf, Pos, Lim, F);
  switch (D.L) {
  case Language::JavaScript:
  case Language::TypeScript:
    if (C == '"' || C == '\'') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      return true;
    }
    if (C == '`') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.SingleLine = false;
      F.I = Interp::DollarBrace;
      return true;
    }
    return false;
  case Language::Java:
    if (C == '"') {
      quoted(F, Buf, Pos, Lim, 0, C, true);
      return true;
    }
    if (C == '\'') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.Flags |= tokflags::Char;
      return true;
    }
    return false;
  case Language::Kotlin:
    if (C == '"') {
      quoted(F, Buf, Pos, Lim, 0, C, true);
      F.I = Interp::Dollar;
      if (F.Quotes == 3) {
        F.Escapes = false;
        F.Flags |= tokflags::Raw;
      }
      return true;
    }
    if (C == '\'') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.Flags |= tokflags::Char;
      return true;
    }
    return false;
  case Language::Scala: {
    size_t P = Pos;
    while (P < Lim && isIdentChar(Buf[P]) && isIdentStart(Buf[Pos]))
      ++P;
    if (At(P) == '"') {
      quoted(F, Buf, Pos, Lim, uint8_t(std::min<size_t>(P - Pos, 255)), '"',
             true);
      if (P - Pos > 255)
        return false;
      llvm::StringRef Interpolator = Buf.slice(Pos, P);
      if (Interpolator.empty() || Interpolator == "raw") {
        // Plain triple quotes and raw"" process no escapes.
        if (!Interpolator.empty() || F.Quotes == 3) {
          F.Escapes = false;
          F.Flags |= tokflags::Raw;
        }
      }
      if (!Interpolator.empty())
        F.I = Interp::Dollar;
      return true;
    }
    if (C == '\'') {
      // 'a' or '\n' is a char; 'sym is an old-style symbol.
      bool IsChar =
          At(Pos + 1) == '\\' ||
          (Pos + 1 < Lim && At(Pos + 1 + utf8Len(At(Pos + 1))) == '\'' &&
           At(Pos + 1) != '\n');
      if (!IsChar)
        return false;
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.Flags |= tokflags::Char;
      return true;
    }
    return false;
  }
  case Language::Groovy:
    if (C == '"' || C == '\'') {
      quoted(F, Buf, Pos, Lim, 0, C, true);
      if (C == '"')
        F.I = Interp::Dollar;
      return true;
    }
    return false;
  case Language::Swift: {
    size_t H = runOf(Buf, Pos, Lim, '#');
    if (At(Pos + H) != '"' || H > 255)
      return false;
    quoted(F, Buf, Pos, Lim, 0, '"', true);
    F.Hashes = uint16_t(H);
    // quoted() looked at Pos; redo the triple check after the hashes.
    F.Quotes = 1;
    F.SingleLine = true;
    F.Flags = 0;
    if (runOf(Buf, Pos + H, Lim, '"') >= 3) {
      F.Quotes = 3;
      F.SingleLine = false;
      F.Flags |= tokflags::Multiline;
    }
    if (H)
      F.Flags |= tokflags::Raw;
    F.I = Interp::Paren;
    return true;
  }
  case Language::CSharp:
    if (C == '"' || C == '\'' || C == '$' || C == '@')
      return detectCSharp(Buf, Pos, Lim, F);
    return false;
  case Language::Go:
    if (C == '"') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      return true;
    }
    if (C == '\'') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.Flags |= tokflags::Char;
      return true;
    }
    if (C == '`') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.Escapes = false;
      F.SingleLine = false;
      F.Flags |= tokflags::Raw;
      return true;
    }
    return false;
  case Language::HCL: {
    if (C == '"') {
      quoted(F, Buf, Pos, Lim, 0, C, false);
      F.I = Interp::HCL;
      return true;
    }
    size_t TB, TE, BB;
    if (C == '<' && heredocTag(Buf, Pos, Lim, TB, TE, BB)) {
      F.K = StrForm::Heredoc;
      F.Escapes = false;
      F.SingleLine = false;
      F.I = Interp::HCL;
      F.Flags |= tokflags::Multiline | tokflags::Heredoc;
      return true;
    }
    return false;
  }
  default:
    return false;
  }
}

static size_t scanCppRaw(llvm::StringRef Buf, size_t Pos, size_t Lim,
                         const StrForm &F, uint16_t &Flags) {
  size_t P = Pos + F.Prefix + 1; // past R"
  size_t DelimB = P;
  while (P < Lim && P - DelimB <= 16 && Buf[P] != '(' && Buf[P] != ' ' &&
         Buf[P] != '\\' && Buf[P] != ')' && Buf[P] != '\n' && Buf[P] != '"')
    ++P;
  if (P >= Lim || Buf[P] != '(') {
    Flags |= tokflags::Unterminated;
    return lineEndFrom(Buf, Pos, Lim);
  }
  std::string Close = ")" + Buf.slice(DelimB, P).str() + "\"";
  size_t E = Buf.slice(0, Lim).find(Close, P + 1);
  if (E == llvm::StringRef::npos) {
    Flags |= tokflags::Unterminated;
    return Lim;
  }
  return E + Close.size();
}

static size_t scanHeredoc(llvm::StringRef Buf, size_t Pos, size_t Lim,
                          uint16_t &Flags) {
  size_t TB, TE, BB;
  if (!heredocTag(Buf, Pos, Lim, TB, TE, BB)) {
    Flags |= tokflags::Unterminated;
    return Lim;
  }
  llvm::StringRef Tag = Buf.slice(TB, TE);
  for (size_t L = BB; L < Lim;) {
    size_t LE = lineEndFrom(Buf, L, Lim);
    llvm::StringRef Line = Buf.slice(L, LE);
    if (Line.trim() == Tag)
      return L + Line.find(Tag) + Tag.size();
    for (size_t I = 0; I + 1 < Line.size(); ++I)
      if ((Line[I] == '$' || Line[I] == '%') && Line[I + 1] == '{' &&
          (I == 0 || Line[I - 1] != Line[I]))
        Flags |= tokflags::Interpolated;
    L = LE + 1;
  }
  Flags |= tokflags::Unterminated;
  return Lim;
}

size_t lexers::scanString(const Dialect &D, llvm::StringRef Buf, size_t Pos,
                          size_t Lim, const StrForm &F, uint16_t &Flags,
                          unsigned Depth) {
  Lim = std::min(Lim, Buf.size());
  if (F.K == StrForm::CppRaw)
    return scanCppRaw(Buf, Pos, Lim, F, Flags);
  if (F.K == StrForm::Heredoc)
    return scanHeredoc(Buf, Pos, Lim, Flags);

  size_t P = Pos + F.Prefix + F.Hashes + F.Quotes;
  // A single-line string ends at a line break, found by the scan itself:
  // looking for it up front costs the rest of the line for every string,
  // which is quadratic on a minified file.
  size_t Stop = Lim;
  bool OneLine = F.SingleLine;
  auto At = [&](size_t I) { return I < Stop ? Buf[I] : '\0'; };
  auto HashesAt = [&](size_t I) {
    return F.Hashes == 0 || runOf(Buf, I, Stop, '#') >= F.Hashes;
  };
  while (P < Stop) {
    char C = Buf[P];
    if (OneLine && C == '\n')
      break;
    if (C == F.Quote) {
      if (F.Verbatim && At(P + 1) == F.Quote) {
        P += 2;
        continue;
      }
      size_t N = runOf(Buf, P, Stop, C);
      if (N >= F.Quotes) {
        size_t Close = F.Quotes == 1 ? P + 1 : P + N;
        if (HashesAt(Close))
          return Close + F.Hashes;
      }
      P += F.Quotes == 1 ? 1 : N;
      continue;
    }
    if (C == '\\' && F.Escapes) {
      if (!HashesAt(P + 1)) {
        ++P;
        continue;
      }
      size_t E = P + 1 + F.Hashes;
      if (F.I == Interp::Paren && At(E) == '(') {
        Flags |= tokflags::Interpolated;
        P = skipCode(D, Buf, E + 1, Stop, ')', Depth + 1, OneLine);
        continue;
      }
      if (E < Lim && (Buf[E] == '\n' || Buf[E] == '\r')) {
        // Continuation: the string goes on on the next line.
        size_t NL =
            Buf[E] == '\r' && E + 1 < Lim && Buf[E + 1] == '\n' ? E + 1 : E;
        P = NL + 1;
        continue;
      }
      P = E + 1;
      continue;
    }
    char N1 = At(P + 1);
    switch (F.I) {
    case Interp::None:
    case Interp::Paren:
      break;
    case Interp::DollarBrace:
    case Interp::Dollar:
    case Interp::HCL:
      if (C == '$' || (C == '%' && F.I == Interp::HCL)) {
        if (F.I == Interp::HCL && N1 == C && At(P + 2) == '{') {
          P += 3; // $${ and %%{ are literal
          continue;
        }
        if (C == '$' && F.I == Interp::Dollar && N1 == '$') {
          P += 2; // Scala's $$
          continue;
        }
        if (N1 == '{') {
          Flags |= tokflags::Interpolated;
          P = skipCode(D, Buf, P + 2, Stop, '}', Depth + 1, OneLine);
          continue;
        }
        if (C == '$' && F.I == Interp::Dollar && isIdentStart(N1))
          Flags |= tokflags::Interpolated;
      }
      break;
    case Interp::Brace:
      if (C == '{') {
        size_t K = runOf(Buf, P, Stop, '{');
        if (F.Dollars <= 1 && !(F.Flags & tokflags::Raw && F.Quotes >= 3)) {
          if (K >= 2) {
            P += 2;
            continue;
          }
          Flags |= tokflags::Interpolated;
          P = skipCode(D, Buf, P + 1, Stop, '}', Depth + 1, OneLine);
          continue;
        }
        if (K >= F.Dollars) {
          Flags |= tokflags::Interpolated;
          P = skipCode(D, Buf, P + K, Stop, '}', Depth + 1, OneLine);
          P += std::min<size_t>(runOf(Buf, P, Stop, '}'), F.Dollars - 1);
          continue;
        }
        P += K;
        continue;
      }
      break;
    }
    ++P;
  }
  Flags |= tokflags::Unterminated;
  return std::min(P, Stop);
}

size_t lexers::skipCode(const Dialect &D, llvm::StringRef Buf, size_t Pos,
                        size_t Lim, char Close, unsigned Depth, bool OneLine) {
  char Open = Close == '}' ? '{' : Close == ')' ? '(' : '[';
  unsigned Nest = 0;
  size_t P = Pos;
  while (P < Lim) {
    char C = Buf[P];
    if (OneLine && C == '\n')
      return P;
    if (C == Close) {
      if (Nest == 0)
        return P + 1;
      --Nest;
      ++P;
      continue;
    }
    if (C == Open) {
      ++Nest;
      ++P;
      continue;
    }
    char N1 = P + 1 < Lim ? Buf[P + 1] : '\0';
    if (C == '/' && N1 == '/') {
      P = lineEndFrom(Buf, P, Lim);
      continue;
    }
    if (C == '/' && N1 == '*') {
      // Scanned by hand: inside a one-line string the line also ends it.
      size_t Q = P + 2;
      while (Q < Lim && !(OneLine && Buf[Q] == '\n') &&
             !(Buf[Q] == '*' && Q + 1 < Lim && Buf[Q + 1] == '/'))
        ++Q;
      if (Q >= Lim || Buf[Q] == '\n')
        return Q;
      P = Q + 2;
      continue;
    }
    StrForm F;
    // Deeply nested literals in hostile input stop recursing.
    if (Depth < 48 && !isIdentChar(C) && detectString(D, Buf, P, Lim, F)) {
      uint16_t Fl = 0;
      size_t E = scanString(D, Buf, P, Lim, F, Fl, Depth + 1);
      if (OneLine && (Fl & tokflags::Unterminated))
        return std::max(P + 1, E);
      P = std::max(P + 1, E);
      continue;
    }
    ++P;
  }
  return Lim;
}
