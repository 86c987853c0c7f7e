//===- FuzzLex.cpp - libFuzzer target: every tokenizer family -------------===//
//
// The first byte picks the language (so every family and dialect is
// reached); the rest is the source. Every token is decoded, as the engine
// would.
//
//===----------------------------------------------------------------------===//

#include "lex/Lexer.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  Language L = Language(Data[0] % (unsigned(LastLanguage) + 1));
  llvm::StringRef Buf(reinterpret_cast<const char *>(Data + 1), Size - 1);
  std::vector<Token> Toks;
  lex(L, Buf, Toks);
  for (const Token &T : Toks) {
    if (T.Begin > T.End || T.End > Buf.size())
      __builtin_trap(); // tokens must be spans of the buffer
    if (T.is(TokenKind::String))
      (void)decodeString(L, Buf, T);
    else if (T.is(TokenKind::Comment))
      (void)commentBody(L, Buf, T);
  }
  return 0;
}
