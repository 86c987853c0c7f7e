//===- Position.cpp - LSP positions and byte offsets ----------------------===//
#include "lsp/Position.h"
#include <algorithm>

using namespace rtclint::lsp;
using llvm::StringRef;

StringRef rtclint::lsp::encodingName(Encoding E) {
  switch (E) {
  case Encoding::UTF8:
    return "utf-8";
  case Encoding::UTF16:
    return "utf-16";
  case Encoding::UTF32:
    return "utf-32";
  }
  return "utf-16";
}

/// Length of the well-formed UTF-8 sequence at S[I], or 1 for a bad byte.
static unsigned sequenceLength(StringRef S, size_t I) {
  unsigned char C = S[I];
  unsigned N = C < 0x80         ? 1
               : (C >> 5) == 6  ? 2
               : (C >> 4) == 14 ? 3
               : (C >> 3) == 30 ? 4
                                : 0;
  if (N == 0 || I + N > S.size())
    return 1;
  for (unsigned K = 1; K < N; ++K)
    if ((static_cast<unsigned char>(S[I + K]) & 0xC0) != 0x80)
      return 1;
  return N;
}

/// Code units one sequence of Len bytes takes in E.
static unsigned units(unsigned Len, Encoding E) {
  if (E == Encoding::UTF8)
    return Len;
  if (E == Encoding::UTF16)
    return Len == 4 ? 2 : 1;
  return 1;
}

size_t rtclint::lsp::measure(StringRef Text, Encoding E) {
  if (E == Encoding::UTF8)
    return Text.size();
  size_t N = 0;
  for (size_t I = 0; I < Text.size();) {
    unsigned L = sequenceLength(Text, I);
    N += units(L, E);
    I += L;
  }
  return N;
}

Position PositionMap::position(size_t Offset) const {
  Offset = std::min(Offset, Text.size());
  // The empty line after a final line break exists for the editor, not
  // for LineIndex.
  if (Offset == Text.size() && !Text.empty() &&
      (Text.back() == '\n' || Text.back() == '\r'))
    return {Lines.lineCount(), 0};
  unsigned Line = Lines.line(Offset);
  size_t Start = Lines.lineStart(Line);
  // An offset inside a "\r\n" pair belongs to the line it ends.
  return {Line - 1, unsigned(measure(Text.slice(Start, Offset), E))};
}

size_t PositionMap::offset(Position P) const {
  if (P.Line >= Lines.lineCount())
    return Text.size();
  size_t Start = Lines.lineStart(P.Line + 1);
  StringRef Line = Lines.lineText(P.Line + 1);
  size_t I = 0, Units = 0;
  while (I < Line.size() && Units < P.Character) {
    unsigned L = sequenceLength(Line, I);
    unsigned U = units(L, E);
    // A position between the two halves of a surrogate pair rounds up
    // to the end of the character.
    Units += U;
    I += L;
  }
  return Start + I;
}
