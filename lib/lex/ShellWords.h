//===- ShellWords.h - Shell quoting, shared by lexer and decoder ----------===//
#ifndef RTCLINT_LEX_SHELLWORDS_H
#define RTCLINT_LEX_SHELLWORDS_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace rtclint::lexers::shell {

/// Characters that end an unquoted word.
inline bool isMeta(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '|' ||
         C == '&' || C == ';' || C == '(' || C == ')' || C == '<' || C == '>';
}

/// Past the closing quote of '...' whose opening quote is at P (or Lim).
size_t skipSingle(llvm::StringRef Buf, size_t P, size_t Lim, bool Escapes,
                  bool &Closed);
/// Past the closing quote of "..." at P; adds Interpolated/Unterminated.
size_t skipDouble(llvm::StringRef Buf, size_t P, size_t Lim, uint16_t &Flags,
                  unsigned Depth);
/// Past the expansion $..., `...` at P, or P if there is none there.
size_t skipExpansion(llvm::StringRef Buf, size_t P, size_t Lim, uint16_t &Flags,
                     unsigned Depth);
/// Past the end of the word starting at P; adds Interpolated/Unterminated.
size_t scanWord(llvm::StringRef Buf, size_t P, size_t Lim, uint16_t &Flags);

} // namespace rtclint::lexers::shell

#endif
