//===- SizeArg.h - Sizes on the command line --------------------*- C++ -*-===//
#ifndef RTCLINT_TOOLS_SIZEARG_H
#define RTCLINT_TOOLS_SIZEARG_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace rtclint::cli {

/// "4096", "512K", "8M", "1G" (binary multiples; a trailing B or iB is
/// accepted: "8MiB", "8MB"). Nothing else.
inline std::optional<uint64_t> parseSize(llvm::StringRef S) {
  S = S.trim();
  if (!S.consume_back_insensitive("ib"))
    S.consume_back_insensitive("b");
  uint64_t Mul = 1;
  if (!S.empty()) {
    switch (S.back() | 0x20) {
    case 'k':
      Mul = 1ull << 10;
      break;
    case 'm':
      Mul = 1ull << 20;
      break;
    case 'g':
      Mul = 1ull << 30;
      break;
    default:
      break;
    }
    if (Mul != 1)
      S = S.drop_back();
  }
  uint64_t N = 0;
  if (S.empty() || S.getAsInteger(10, N) || N > UINT64_MAX / Mul)
    return std::nullopt;
  return N * Mul;
}

} // namespace rtclint::cli

#endif
