//===- Lexer.h - Tokenizers for every language family -----------*- C++ -*-===//
#ifndef RTCLINT_LEX_LEXER_H
#define RTCLINT_LEX_LEXER_H

#include "lex/Language.h"
#include "lex/Token.h"
#include <string>
#include <vector>

namespace rtclint {

/// Tokenizes Buf as language L, appending to Out (which is cleared first).
/// Never fails: malformed input (unterminated strings, invalid UTF-8, NULs)
/// produces best-effort tokens flagged Unterminated. Languages of the Text
/// family produce no tokens.
void lex(Language L, llvm::StringRef Buf, std::vector<Token> &Out);

/// The value of a String token: quotes, prefixes and delimiters removed,
/// escapes processed for the token's language and form, heredoc/indentation
/// rules applied. Interpolations (${x}, #{x}, {x} in f-strings) are kept
/// verbatim so rules can see what was interpolated.
std::string decodeString(Language L, llvm::StringRef Buf, const Token &T);

/// The text of a comment without its delimiters (//, #, /* */, <!-- -->,
/// leading '*' of block-comment lines are kept as-is).
llvm::StringRef commentBody(Language L, llvm::StringRef Buf, const Token &T);

} // namespace rtclint

#endif
