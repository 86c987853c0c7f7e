//===- LineIndex.h - Byte offsets to lines and columns ----------*- C++ -*-===//
//
// Lines end at LF, CRLF or a lone CR (old Mac files; JavaScript treats a lone
// CR as a line terminator too), so positions agree with what editors show.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_LINEINDEX_H
#define RTCLINT_ENGINE_LINEINDEX_H

#include "llvm/ADT/StringRef.h"
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace rtclint {

class LineIndex {
public:
  explicit LineIndex(llvm::StringRef Buf) : Buf(Buf) {
    Starts.push_back(0);
    for (size_t I = 0; I < Buf.size(); ++I) {
      char C = Buf[I];
      if (C == '\n' ||
          (C == '\r' && (I + 1 == Buf.size() || Buf[I + 1] != '\n')))
        Starts.push_back(uint32_t(I + 1));
    }
  }
  /// 1-based line and byte column of Off.
  std::pair<unsigned, unsigned> at(uint32_t Off) const {
    auto It = std::upper_bound(Starts.begin(), Starts.end(), Off);
    unsigned Line = unsigned(It - Starts.begin());
    return {Line, Off - Starts[Line - 1] + 1};
  }
  /// Line's text without its terminator.
  llvm::StringRef line(unsigned Line) const {
    uint32_t B = Starts[Line - 1];
    uint32_t E = Line < Starts.size() ? Starts[Line] : uint32_t(Buf.size());
    return Buf.slice(B, E).rtrim("\r\n");
  }
  uint32_t lineStart(unsigned Line) const { return Starts[Line - 1]; }
  unsigned lines() const { return unsigned(Starts.size()); }

private:
  llvm::StringRef Buf;
  std::vector<uint32_t> Starts;
};

} // namespace rtclint

#endif
