//===- Token.h - Tokens produced by the token frontend ----------*- C++ -*-===//
//
// A token is a POD span into the source buffer: lexing allocates nothing per
// token beyond the slot in the output vector.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LEX_TOKEN_H
#define RTCLINT_LEX_TOKEN_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace rtclint {

enum class TokenKind : unsigned char {
  Identifier, // names and keywords; PHP $vars, Ruby @ivars/:symbols, ObjC @kw
  Number,
  String,    // any string-literal form; decode with decodeString()
  Comment,   // line, block and doc comments
  Punct,     // one punctuator or operator: ( ) [ ] { } , ; : . = => -> :: ...
  Directive, // C preprocessor line (#define ...), spanning continuations
  Regex,     // JavaScript / Ruby regex literal
  Markup,    // markup syntax: tag names, '<', '>', '/>', '=' in XML/HTML
  Text,      // markup character data between tags
};

namespace tokflags {
enum : uint16_t {
  NewlineBefore = 1 << 0, // a line break separates it from the previous token
  Interpolated = 1 << 1,  // string contains ${...} / #{...} / {expr} parts
  Unterminated = 1 << 2,  // string or comment runs to end of file
  Raw = 1 << 3,           // raw string: no escape processing
  Bytes = 1 << 4,         // byte string (b"...")
  Multiline = 1 << 5,     // triple-quoted, heredoc, block scalar, text block
  DocComment = 1 << 6,
  Heredoc = 1 << 7,
  Key = 1 << 8,  // YAML/JSON/env/properties key, XML attribute name
  Char = 1 << 9, // a character literal ('a' in C-family)
};
} // namespace tokflags

struct Token {
  uint32_t Begin = 0; // byte offset of the first character
  uint32_t End = 0;   // one past the last character
  TokenKind Kind = TokenKind::Punct;
  uint16_t Flags = 0;
  /// Markup/YAML nesting depth or indentation column where meaningful.
  uint16_t Depth = 0;

  bool is(TokenKind K) const { return Kind == K; }
  bool has(uint16_t F) const { return (Flags & F) != 0; }
  llvm::StringRef text(llvm::StringRef Buf) const {
    return Buf.slice(Begin, End);
  }
};

} // namespace rtclint

#endif
