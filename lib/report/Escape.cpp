//===- Escape.cpp - Text from a repository, safe to print -----------------===//
#include "report/Escape.h"
#include <fmt/format.h>

using namespace rtclint;

std::string rtclint::printable(llvm::StringRef S, bool KeepTabs) {
  std::string Out;
  Out.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    auto C = static_cast<unsigned char>(S[I]);
    if ((C < 0x20 && !(KeepTabs && C == '\t')) || C == 0x7f) {
      Out += fmt::format("\\x{:02x}", C);
      continue;
    }
    // C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F in UTF-8.
    if (C == 0xC2 && I + 1 < S.size() &&
        static_cast<unsigned char>(S[I + 1]) >= 0x80 &&
        static_cast<unsigned char>(S[I + 1]) <= 0x9F) {
      Out += fmt::format("\\u{{{:04x}}}", static_cast<unsigned char>(S[I + 1]));
      ++I;
      continue;
    }
    // U+2028/2029 and the bidi controls U+202A..202E, U+2066..2069.
    if (C == 0xE2 && I + 2 < S.size()) {
      auto B1 = static_cast<unsigned char>(S[I + 1]);
      auto B2 = static_cast<unsigned char>(S[I + 2]);
      unsigned CP = ((C & 0x0F) << 12) | ((B1 & 0x3F) << 6) | (B2 & 0x3F);
      if ((B1 & 0xC0) == 0x80 && (B2 & 0xC0) == 0x80 &&
          ((CP >= 0x2028 && CP <= 0x202E) || (CP >= 0x2066 && CP <= 0x2069))) {
        Out += fmt::format("\\u{{{:04x}}}", CP);
        I += 2;
        continue;
      }
    }
    Out.push_back(char(C));
  }
  return Out;
}
