//===- Transport.h - Frames over file descriptors ---------------*- C++ -*-===//
//
// Blocking reads of framed messages from a descriptor (stdin, a pipe from
// clangd) and thread-safe framed writes: the main thread answers requests
// while the analysis worker publishes diagnostics.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_TRANSPORT_H
#define RTCLINT_LSP_TRANSPORT_H

#include "lsp/Framing.h"
#include "llvm/Support/JSON.h"
#include <functional>
#include <mutex>

namespace rtclint::lsp {

/// Calls OnFrame for every frame read from Fd until end of input, a read
/// error, or OnFrame returning false. A partial frame at the end is logged.
void readFrames(int Fd, const std::function<bool(const Frame &)> &OnFrame);

class FrameWriter {
public:
  explicit FrameWriter(int Fd) : Fd(Fd) {}
  /// Writes one framed body; false once the peer is gone.
  bool write(llvm::StringRef Body);
  bool write(const llvm::json::Value &V);

private:
  std::mutex M;
  int Fd;
  bool Broken = false;
};

} // namespace rtclint::lsp

#endif
