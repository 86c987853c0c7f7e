//===- LineIndex.cpp - Offsets to lines and columns -----------------------===//

#include "support/LineIndex.h"
#include <algorithm>

using namespace llvm;

namespace rtclint {

LineIndex::LineIndex(StringRef B) : Buf(B) {
  Starts.push_back(0);
  for (size_t I = 0; I < Buf.size(); ++I) {
    char C = Buf[I];
    if (C == '\r' && I + 1 < Buf.size() && Buf[I + 1] == '\n')
      ++I;
    else if (C != '\n' && C != '\r')
      continue;
    if (I + 1 < Buf.size())
      Starts.push_back(uint32_t(I + 1));
  }
}

unsigned LineIndex::line(size_t Offset) const {
  Offset = std::min(Offset, Buf.size());
  auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
  return unsigned(It - Starts.begin());
}

unsigned LineIndex::column(size_t Offset) const {
  Offset = std::min(Offset, Buf.size());
  return unsigned(Offset - Starts[line(Offset) - 1]) + 1;
}

static unsigned utf16Units(unsigned char C) {
  if ((C & 0xC0) == 0x80) // continuation bytes add nothing
    return 0;
  return C >= 0xF0 && C <= 0xF4 ? 2 : 1;
}

unsigned LineIndex::utf16Column(size_t Offset) const {
  Offset = std::min(Offset, Buf.size());
  unsigned L = line(Offset);
  size_t Start = Starts[L - 1];
  size_t Next = L < Starts.size() ? Starts[L] : Buf.size() + 1;
  if (CursorOff < Start || CursorOff >= Next ||
      CursorOff > Offset + (Offset - Start)) {
    CursorOff = Start; // from the line start is shorter
    CursorCol = 1;
  }
  for (; CursorOff > Offset; --CursorOff)
    CursorCol -= utf16Units(static_cast<unsigned char>(Buf[CursorOff - 1]));
  for (; CursorOff < Offset; ++CursorOff)
    CursorCol += utf16Units(static_cast<unsigned char>(Buf[CursorOff]));
  return CursorCol;
}

size_t LineIndex::lineStart(unsigned Line) const {
  if (Line == 0)
    return 0;
  return Line <= Starts.size() ? Starts[Line - 1] : Buf.size();
}

StringRef LineIndex::lineText(unsigned Line) const {
  size_t B = lineStart(Line);
  size_t E = Line < Starts.size() ? Starts[Line] : Buf.size();
  StringRef T = Buf.slice(B, E);
  if (T.ends_with("\r\n"))
    return T.drop_back(2);
  if (T.ends_with("\n") || T.ends_with("\r"))
    return T.drop_back();
  return T;
}

} // namespace rtclint
