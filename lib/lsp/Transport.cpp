//===- Transport.cpp - Frames over file descriptors -----------------------===//
#include "lsp/Transport.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <unistd.h>

using namespace rtclint::lsp;

void rtclint::lsp::readFrames(
    int Fd, const std::function<bool(const Frame &)> &OnFrame) {
  FrameParser P;
  char Buf[65536];
  while (true) {
    ssize_t N = ::read(Fd, Buf, sizeof(Buf));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    P.feed(llvm::StringRef(Buf, size_t(N)));
    while (std::optional<Frame> F = P.next())
      if (!OnFrame(*F))
        return;
  }
  if (P.pending())
    llvm::errs() << "rtclint lsp: input ended inside a frame (" << P.pending()
                 << " bytes dropped)\n";
}

bool FrameWriter::write(llvm::StringRef Body) {
  std::string Out = frame(Body);
  std::lock_guard<std::mutex> L(M);
  if (Broken)
    return false;
  const char *P = Out.data();
  size_t Left = Out.size();
  while (Left) {
    ssize_t N = ::write(Fd, P, Left);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      Broken = true;
      return false;
    }
    P += N;
    Left -= size_t(N);
  }
  return true;
}

bool FrameWriter::write(const llvm::json::Value &V) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  // JSON strings are written a character at a time: buffered, that is a
  // store, not a call per character (a thousand diagnostics per edit).
  OS.SetBufferSize(1 << 16);
  OS << V;
  OS.flush();
  return write(llvm::StringRef(S));
}
