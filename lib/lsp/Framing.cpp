//===- Framing.cpp - LSP base protocol: Content-Length frames -------------===//
#include "lsp/Framing.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint::lsp;
using llvm::StringRef;

/// Longest header block accepted: real headers are two short lines.
static constexpr size_t MaxHeader = 8192;

void FrameParser::compact() {
  if (Pos > 4096 && Pos * 2 > Buf.size()) {
    Buf.erase(0, Pos);
    Pos = 0;
  }
}

std::optional<Frame> FrameParser::next() {
  if (Skip) {
    size_t N = std::min(Skip, Buf.size() - Pos);
    Pos += N;
    Skip -= N;
    compact();
    if (Skip)
      return std::nullopt;
  }
  StringRef Rest = StringRef(Buf).drop_front(Pos);
  size_t End = Rest.find("\r\n\r\n");
  size_t Sep = 4;
  // Some clients end header lines with a bare "\n"; accept that too.
  if (size_t LF = Rest.find("\n\n"); LF < End) {
    End = LF;
    Sep = 2;
  }
  if (End == StringRef::npos) {
    if (Rest.size() <= MaxHeader)
      return std::nullopt;
    // Garbage without a header end: drop it up to the last line break so
    // a frame that follows can still be found.
    size_t Cut = Rest.rfind('\n');
    Pos += Cut == StringRef::npos ? Rest.size() : Cut + 1;
    compact();
    return Frame{"", "header too long or not terminated"};
  }
  StringRef Header = Rest.take_front(End);
  std::optional<size_t> Length;
  std::string Error;
  for (size_t LineStart = 0; LineStart <= Header.size();) {
    size_t LineEnd = Header.find('\n', LineStart);
    if (LineEnd == StringRef::npos)
      LineEnd = Header.size();
    StringRef L = Header.slice(LineStart, LineEnd).rtrim("\r");
    auto [Name, Value] = L.split(':');
    if (!L.contains(':') && !L.trim().empty()) {
      // Stray bytes (a body sent without a header, a half-written frame):
      // drop through this line so a header after it is still found.
      Pos += LineEnd + 1;
      compact();
      return Frame{"", "malformed header line"};
    }
    if (Name.trim().equals_insensitive("Content-Length")) {
      unsigned long long N = 0;
      if (Value.trim().getAsInteger(10, N))
        Error = "bad Content-Length '" + Value.trim().str() + "'";
      else
        Length = size_t(N);
    }
    LineStart = LineEnd + 1;
  }
  if (!Length && Error.empty())
    Error = "missing Content-Length";
  size_t BodyStart = Pos + End + Sep;
  if (!Error.empty()) {
    // Without a length the body cannot be found: resynchronise at the next
    // header, which starts right after this block in practice.
    Pos = BodyStart;
    compact();
    return Frame{"", Error};
  }
  size_t Len = Length.value_or(0);
  if (Len > MaxBody) {
    Pos = BodyStart;
    Skip = Len;
    compact();
    return Frame{"", "frame of " + std::to_string(Len) +
                         " bytes exceeds the limit"};
  }
  if (Buf.size() - BodyStart < Len)
    return std::nullopt;
  Frame F{Buf.substr(BodyStart, Len), ""};
  Pos = BodyStart + Len;
  compact();
  return F;
}

std::string rtclint::lsp::frame(StringRef Body) {
  return "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" +
         Body.str();
}
