//===- TextUtil.cpp - Source text as the facts carry it -------------------===//
#include "facts/TextUtil.h"
#include <algorithm>

using namespace rtclint;

std::string facttext::collapse(llvm::StringRef Text) {
  constexpr size_t Max = 512;
  std::string Out;
  Out.reserve(std::min(Text.size(), Max));
  bool Space = false;
  for (char C : Text) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
        C == '\v') {
      Space = !Out.empty();
      continue;
    }
    if (Space) {
      if (Out.size() + 1 >= Max)
        break;
      Out.push_back(' ');
      Space = false;
    }
    if (Out.size() >= Max)
      break;
    Out.push_back(C);
  }
  // Never leave half a UTF-8 sequence at the cut.
  if (Out.size() >= Max) {
    size_t N = Out.size();
    while (N > 0 && (static_cast<unsigned char>(Out[N - 1]) & 0xC0) == 0x80)
      --N;
    if (N > 0 && (static_cast<unsigned char>(Out[N - 1]) & 0x80))
      Out.resize(N - 1);
  }
  return Out;
}
