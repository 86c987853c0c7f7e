//===- Transcode.cpp - UTF-16/32 files to UTF-8 ---------------------------===//

#include "workspace/Transcode.h"
#include "llvm/Support/ConvertUTF.h"

using namespace llvm;

namespace rtclint {

static void appendUTF8(std::string &Out, uint32_t CP) {
  if (CP > 0x10FFFF || (CP >= 0xD800 && CP <= 0xDFFF))
    CP = 0xFFFD;
  char Buf[UNI_MAX_UTF8_BYTES_PER_CODE_POINT];
  char *P = Buf;
  ConvertCodePointToUTF8(CP, P);
  Out.append(Buf, P);
}

std::optional<std::string> transcodeToUTF8(StringRef B) {
  auto U = [&](size_t I) { return uint32_t((unsigned char)B[I]); };
  unsigned Width;
  bool Big;
  // UTF-32LE's BOM starts like UTF-16LE's: test it first.
  if (B.starts_with(StringRef("\xFF\xFE\0\0", 4)))
    Width = 4, Big = false;
  else if (B.starts_with(StringRef("\0\0\xFE\xFF", 4)))
    Width = 4, Big = true;
  else if (B.starts_with("\xFF\xFE"))
    Width = 2, Big = false;
  else if (B.starts_with("\xFE\xFF"))
    Width = 2, Big = true;
  else
    return std::nullopt;

  std::string Out;
  Out.reserve(B.size());
  auto unit = [&](size_t I) -> uint32_t {
    if (Width == 2)
      return Big ? U(I) << 8 | U(I + 1) : U(I + 1) << 8 | U(I);
    return Big ? U(I) << 24 | U(I + 1) << 16 | U(I + 2) << 8 | U(I + 3)
               : U(I + 3) << 24 | U(I + 2) << 16 | U(I + 1) << 8 | U(I);
  };
  for (size_t I = Width; I + Width <= B.size(); I += Width) {
    uint32_t C = unit(I);
    if (Width == 2 && C >= 0xD800 && C <= 0xDBFF && I + 4 <= B.size()) {
      uint32_t Lo = unit(I + 2);
      if (Lo >= 0xDC00 && Lo <= 0xDFFF) {
        C = 0x10000 + ((C - 0xD800) << 10) + (Lo - 0xDC00);
        I += 2;
      }
    }
    appendUTF8(Out, C);
  }
  return Out;
}

} // namespace rtclint
