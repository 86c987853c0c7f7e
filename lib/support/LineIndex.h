//===- LineIndex.h - Offsets to lines and columns -------------------------===//
//
// One definition of a line for every position rtclint reports: "\r\n", "\n"
// and a lone "\r" each end a line (old Mac files and hostile inputs use the
// lone CR; counting only "\n" would put a whole file on line 1). Built once
// per buffer in linear time; lookups are a binary search.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SUPPORT_LINEINDEX_H
#define RTCLINT_SUPPORT_LINEINDEX_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <vector>

namespace rtclint {

class LineIndex {
public:
  explicit LineIndex(llvm::StringRef Buf);

  /// 1-based line of byte Offset (an offset past the end counts as the end).
  unsigned line(size_t Offset) const;
  /// 1-based column of Offset in bytes from the start of its line.
  unsigned column(size_t Offset) const;
  /// 1-based column of Offset in UTF-16 code units (SARIF's and LSP's
  /// default), reading UTF-8; a stray byte counts as one unit. Linear over
  /// calls that go forward through a line.
  unsigned utf16Column(size_t Offset) const;
  /// Byte offset where 1-based Line starts (the end of the buffer past it).
  size_t lineStart(unsigned Line) const;
  /// The text of 1-based Line without its line break.
  llvm::StringRef lineText(unsigned Line) const;
  unsigned lineCount() const { return unsigned(Starts.size()); }

private:
  llvm::StringRef Buf;
  std::vector<uint32_t> Starts; // offset of the first byte of every line
  // utf16Column's last answer, where the next one on that line resumes.
  mutable size_t CursorOff = 0;
  mutable unsigned CursorCol = 1;
};

} // namespace rtclint

#endif
