//===- Framing.h - LSP base protocol: Content-Length frames -----*- C++ -*-===//
//
// The base protocol wraps every JSON-RPC message in a header block
// ("Content-Length: N\r\n\r\n") followed by N bytes. FrameParser is fed raw
// bytes as they arrive and yields whole bodies, or a malformed header it
// skipped; it never throws and never loses its place in the stream.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_FRAMING_H
#define RTCLINT_LSP_FRAMING_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace rtclint::lsp {

/// One frame: its body, or why its header was rejected (Body then empty).
struct Frame {
  std::string Body;
  std::string Error;
};

class FrameParser {
public:
  /// A body larger than this is refused (its bytes are skipped).
  explicit FrameParser(size_t MaxBody = 64u << 20) : MaxBody(MaxBody) {}

  void feed(llvm::StringRef Bytes) { Buf.append(Bytes.data(), Bytes.size()); }
  /// The next complete frame, or nullopt when more bytes are needed.
  std::optional<Frame> next();
  /// Bytes fed but not yet consumed (a partial frame at end of input).
  size_t pending() const { return Buf.size() - Pos; }

private:
  std::string Buf;
  size_t Pos = 0;
  size_t MaxBody;
  size_t Skip = 0; // body bytes of a refused frame still to drop
  void compact();
};

/// Body wrapped in its header, ready to write.
std::string frame(llvm::StringRef Body);

} // namespace rtclint::lsp

#endif
