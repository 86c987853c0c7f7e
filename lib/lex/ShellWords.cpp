//===- ShellWords.cpp - Shell quoting and expansions ----------------------===//
#include "lex/ShellWords.h"
#include "lex/LexUtil.h"
#include "lex/Token.h"

using namespace rtclint;
using namespace rtclint::lexers;

size_t shell::skipSingle(llvm::StringRef Buf, size_t P, size_t Lim,
                         bool Escapes, bool &Closed) {
  for (++P; P < Lim; ++P) {
    if (Escapes && Buf[P] == '\\') {
      ++P;
      continue;
    }
    if (Buf[P] == '\'') {
      Closed = true;
      return P + 1;
    }
  }
  Closed = false;
  return Lim;
}

/// Past the bracket closing the one opened just before P, skipping quotes.
static size_t skipNested(llvm::StringRef Buf, size_t P, size_t Lim, char Open,
                         char Close, uint16_t &Flags, unsigned Depth) {
  unsigned Nest = 0;
  while (P < Lim) {
    char C = Buf[P];
    if (C == '\\') {
      P += 2;
      continue;
    }
    if (C == Close) {
      if (Nest == 0)
        return P + 1;
      --Nest;
    } else if (C == Open) {
      ++Nest;
    } else if (C == '\'' && Open == '(') {
      bool Closed;
      P = shell::skipSingle(Buf, P, Lim, false, Closed);
      continue;
    } else if (C == '"' && Depth < 32) {
      P = shell::skipDouble(Buf, P, Lim, Flags, Depth + 1);
      continue;
    } else if ((C == '$' || C == '`') && Depth < 32) {
      size_t E = shell::skipExpansion(Buf, P, Lim, Flags, Depth + 1);
      if (E != P) {
        P = E;
        continue;
      }
    }
    ++P;
  }
  Flags |= tokflags::Unterminated;
  return Lim;
}

size_t shell::skipExpansion(llvm::StringRef Buf, size_t P, size_t Lim,
                            uint16_t &Flags, unsigned Depth) {
  char N = P + 1 < Lim ? Buf[P + 1] : '\0';
  if (Buf[P] == '`') {
    Flags |= tokflags::Interpolated;
    for (size_t Q = P + 1; Q < Lim; ++Q) {
      if (Buf[Q] == '\\')
        ++Q;
      else if (Buf[Q] == '`')
        return Q + 1;
    }
    Flags |= tokflags::Unterminated;
    return Lim;
  }
  if (Buf[P] != '$')
    return P;
  if (N == '(' || N == '{') {
    Flags |= tokflags::Interpolated;
    return skipNested(Buf, P + 2, Lim, N, N == '(' ? ')' : '}', Flags, Depth);
  }
  if (isIdentStart(N) && (unsigned char)N < 0x80) {
    Flags |= tokflags::Interpolated;
    size_t Q = P + 1;
    while (Q < Lim && isIdentChar(Buf[Q]) && (unsigned char)Buf[Q] < 0x80)
      ++Q;
    return Q;
  }
  if (isDigit(N) || (N && llvm::StringRef("@*#?$!-").contains(N))) {
    Flags |= tokflags::Interpolated;
    return P + 2;
  }
  return P;
}

size_t shell::skipDouble(llvm::StringRef Buf, size_t P, size_t Lim,
                         uint16_t &Flags, unsigned Depth) {
  for (++P; P < Lim;) {
    char C = Buf[P];
    if (C == '\\') {
      P += 2;
      continue;
    }
    if (C == '"')
      return P + 1;
    if (C == '$' || C == '`') {
      size_t E = skipExpansion(Buf, P, Lim, Flags, Depth + 1);
      if (E != P) {
        P = E;
        continue;
      }
    }
    ++P;
  }
  Flags |= tokflags::Unterminated;
  return Lim;
}

size_t shell::scanWord(llvm::StringRef Buf, size_t P, size_t Lim,
                       uint16_t &Flags) {
  while (P < Lim) {
    char C = Buf[P];
    if (isMeta(C))
      break;
    if (C == '\\') {
      P += 2;
      continue;
    }
    if (C == '\'') {
      bool Closed;
      P = skipSingle(Buf, P, Lim, false, Closed);
      if (!Closed)
        Flags |= tokflags::Unterminated;
      continue;
    }
    if (C == '"') {
      P = skipDouble(Buf, P, Lim, Flags, 0);
      continue;
    }
    if (C == '$' && P + 1 < Lim && Buf[P + 1] == '\'') {
      bool Closed;
      P = skipSingle(Buf, P + 1, Lim, true, Closed);
      if (!Closed)
        Flags |= tokflags::Unterminated;
      continue;
    }
    if (C == '$' && P + 1 < Lim && Buf[P + 1] == '"') {
      P = skipDouble(Buf, P + 1, Lim, Flags, 0);
      continue;
    }
    if (C == '$' || C == '`') {
      size_t E = skipExpansion(Buf, P, Lim, Flags, 0);
      if (E != P) {
        P = E;
        continue;
      }
    }
    ++P;
  }
  return std::min(P, Lim);
}
