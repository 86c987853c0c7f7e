//===- Finding.cpp --------------------------------------------------------===//
#include "engine/Finding.h"
#include "llvm/Support/ConvertUTF.h"
#include <tuple>

using namespace rtclint;

bool rtclint::operator<(const Finding &A, const Finding &B) {
  return std::tie(A.Path, A.Line, A.Column, A.RuleId, A.EndLine, A.EndColumn,
                  A.Message) < std::tie(B.Path, B.Line, B.Column, B.RuleId,
                                        B.EndLine, B.EndColumn, B.Message);
}

std::string rtclint::redact(llvm::StringRef Secret) {
  // Keep whole UTF-8 sequences: count characters, not bytes.
  size_t Cut = 0;
  for (unsigned Chars = 0; Cut < Secret.size() && Chars < 4; ++Chars)
    Cut += std::max<unsigned>(
        1, llvm::getNumBytesForUTF8(static_cast<llvm::UTF8>(Secret[Cut])));
  if (Secret.size() <= 8)
    return "…";
  return Secret.take_front(Cut).str() + "…";
}
