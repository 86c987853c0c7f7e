//===- CLike.h - String forms of the C-like family (internal to lex/) -----===//
//
// The lexer and the decoder recognise string literals through the same
// detectString/scanString pair, so what is one token is also what is decoded.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LEX_CLIKE_H
#define RTCLINT_LEX_CLIKE_H

#include "lex/Language.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace rtclint::lexers {

struct Dialect {
  Language L;
  bool JS = false;   // JavaScript, TypeScript
  bool CFam = false; // C, C++, ObjC, ObjC++
  bool ObjC = false;
  bool Cpp = false; // C++ / ObjC++: raw strings, digit separators
  bool NestedComments = false;
};

Dialect dialectOf(Language L);

/// How substitutions are written inside a string.
enum class Interp : uint8_t {
  None,
  DollarBrace, // ${expr} (JS templates)
  Dollar,      // $name and ${expr} (Kotlin, Groovy, Scala s"")
  Brace,       // {expr}, {{ }} escaped (C# $"")
  Paren,       // \(expr) (Swift)
  HCL,         // ${expr}, %{directive}, $${ escaped
};

struct StrForm {
  enum Kind : uint8_t { Quoted, CppRaw, Heredoc } K = Quoted;
  uint8_t Prefix = 0; // bytes before the opening quotes (u8, @, $, s, ...)
  uint8_t Quotes = 1; // quote characters that open and close
  char Quote = '"';
  uint16_t Hashes = 0; // Swift raw strings: #"..."#
  bool Escapes = true;
  bool Verbatim = false; // C# @"": "" is a quote, no escapes
  bool SingleLine = true;
  Interp I = Interp::None;
  uint8_t Dollars = 1; // C# raw interpolation: braces that open a hole
  uint16_t Flags = 0;  // Raw, Multiline, Char, Heredoc
};

/// True if a string literal (with its prefix) starts at Pos.
bool detectString(const Dialect &D, llvm::StringRef Buf, size_t Pos, size_t Lim,
                  StrForm &F);

/// Scans the literal of form F starting at Pos (its prefix included) and
/// returns its end; adds Unterminated/Interpolated to Flags.
size_t scanString(const Dialect &D, llvm::StringRef Buf, size_t Pos, size_t Lim,
                  const StrForm &F, uint16_t &Flags, unsigned Depth = 0);

/// Skips the code of a substitution starting at Pos up to and including the
/// Close that balances it; returns Lim if there is none. OneLine: the
/// substitution sits in a one-line string, so a line break ends it too
/// (returned as the position of the break).
size_t skipCode(const Dialect &D, llvm::StringRef Buf, size_t Pos, size_t Lim,
                char Close, unsigned Depth, bool OneLine = false);

/// For a heredoc <<ID / <<-ID at Pos: the identifier's span.
bool heredocTag(llvm::StringRef Buf, size_t Pos, size_t Lim, size_t &TagB,
                size_t &TagE, size_t &BodyB);

} // namespace rtclint::lexers

#endif
