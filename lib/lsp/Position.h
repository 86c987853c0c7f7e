//===- Position.h - LSP positions and byte offsets --------------*- C++ -*-===//
//
// LSP positions are (line, character) with the character counted in the
// encoding the client and server agreed on: UTF-16 code units unless the
// client offered UTF-8 (or UTF-32). Lines end at "\r\n", "\n" or "\r", as in
// lib/support/LineIndex. Invalid UTF-8 bytes count as one unit each, so a
// position never falls inside a byte sequence the editor shows as one
// replacement character differently on each side.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_POSITION_H
#define RTCLINT_LSP_POSITION_H

#include "support/LineIndex.h"
#include "llvm/ADT/StringRef.h"

namespace rtclint::lsp {

enum class Encoding : unsigned char { UTF8, UTF16, UTF32 };

/// "utf-8", "utf-16", "utf-32".
llvm::StringRef encodingName(Encoding E);

struct Position {
  unsigned Line = 0;      // 0-based
  unsigned Character = 0; // 0-based, in the negotiated encoding
  bool operator==(const Position &O) const = default;
};

/// Code units of Text (a part of one line) in encoding E.
size_t measure(llvm::StringRef Text, Encoding E);

/// Converts between byte offsets and positions of one buffer.
class PositionMap {
public:
  PositionMap(llvm::StringRef Text, Encoding E)
      : Text(Text), Lines(Text), E(E) {}

  Position position(size_t Offset) const;
  /// A position past the end of its line clamps to the line end; a line
  /// past the end clamps to the end of the buffer (as the spec asks).
  size_t offset(Position P) const;
  const LineIndex &lines() const { return Lines; }

private:
  llvm::StringRef Text;
  LineIndex Lines;
  Encoding E;
};

} // namespace rtclint::lsp

#endif
