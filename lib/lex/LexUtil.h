//===- LexUtil.h - Shared helpers of the tokenizers -------------*- C++ -*-===//
//
// Internal to lex/. A Cursor walks the buffer and emits tokens; escape
// decoding and indentation helpers are shared by the decoders.
//
// Heredoc tokens of Ruby and shell span only their body, which starts on the
// line after the operator, but they are emitted where the operator stands so
// the token order reads like the code. Their Depth field carries how the body
// is dedented: Ruby <<~ stores the columns to strip; shell <<- stores 1
// (strip leading tabs).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LEX_LEXUTIL_H
#define RTCLINT_LEX_LEXUTIL_H

#include "lex/Token.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace rtclint::lexers {

inline bool isDigit(char C) { return C >= '0' && C <= '9'; }
inline bool isHexDigit(char C) {
  return isDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}
inline bool isAlpha(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
}
/// Identifier characters; bytes >= 0x80 are taken as UTF-8 letters.
inline bool isIdentStart(char C) {
  return isAlpha(C) || C == '_' || (unsigned char)C >= 0x80;
}
inline bool isIdentChar(char C) { return isIdentStart(C) || isDigit(C); }
inline bool isBlank(char C) {
  return C == ' ' || C == '\t' || C == '\r' || C == '\f' || C == '\v';
}

/// The closer of a bracketing delimiter (Ruby %q(...), ...), else C itself.
inline char closingDelim(char C) {
  switch (C) {
  case '(':
    return ')';
  case '[':
    return ']';
  case '{':
    return '}';
  case '<':
    return '>';
  default:
    return C;
  }
}

/// Whether an operand (a regex or percent literal) rather than an operator
/// may start after token T (null at the start of input): after an operator,
/// an opening bracket, or a word IsKeyword accepts (`return /re/`).
inline bool operandMayFollow(const Token *T, llvm::StringRef Buf,
                             bool (*IsKeyword)(llvm::StringRef)) {
  if (!T)
    return true;
  llvm::StringRef S = T->text(Buf);
  if (T->is(TokenKind::Punct))
    return !S.empty() &&
           llvm::StringRef("(,=:[!&|?{};+-*%<>~^").contains(S.back());
  if (T->is(TokenKind::Identifier))
    return IsKeyword(S);
  return false;
}

/// Position in the buffer plus the output; every family lexer drives one.
struct Cursor {
  llvm::StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  /// Scanning limit. Heredoc-aware lexers lower it to the end of the
  /// operator's line while a body is pending.
  size_t End;
  /// A line break was skipped since the last token.
  bool SawNewline = false;

  Cursor(llvm::StringRef B, std::vector<Token> &O)
      : Buf(B), Out(O), End(B.size()) {}

  bool atEnd() const { return Pos >= End; }
  char peek(size_t K = 0) const { return Pos + K < End ? Buf[Pos + K] : '\0'; }
  bool has(size_t K) const { return Pos + K < End; }
  bool startsWith(llvm::StringRef S) const {
    return Buf.slice(Pos, End).starts_with(S);
  }
  llvm::StringRef rest() const { return Buf.slice(Pos, End); }
  /// Offset of the '\n' ending the line that holds From, or End.
  size_t lineEnd(size_t From) const {
    size_t NL = Buf.slice(0, End).find('\n', From);
    return NL == llvm::StringRef::npos ? End : NL;
  }
  /// True when only blanks separate Pos from the start of its line.
  bool atLineStart(size_t P) const {
    while (P > 0 && isBlank(Buf[P - 1]))
      --P;
    return P == 0 || Buf[P - 1] == '\n';
  }

  /// Appends the token [B, Pos).
  Token &emit(size_t B, TokenKind K, uint16_t Flags = 0) {
    return emitSpan(B, Pos, K, Flags);
  }
  Token &emitSpan(size_t B, size_t E, TokenKind K, uint16_t Flags = 0) {
    Token T;
    T.Begin = uint32_t(B);
    T.End = uint32_t(E);
    T.Kind = K;
    T.Flags = Flags | (SawNewline ? uint16_t(tokflags::NewlineBefore) : 0);
    SawNewline = false;
    Out.push_back(T);
    return Out.back();
  }

  /// Skips blanks, line breaks and backslash-newline continuations (which
  /// do not count as line breaks).
  void skipSpace() {
    while (!atEnd()) {
      char C = Buf[Pos];
      if (C == '\n') {
        SawNewline = true;
        ++Pos;
      } else if (isBlank(C)) {
        ++Pos;
      } else if (C == '\\' && peek(1) == '\n') {
        Pos += 2;
      } else if (C == '\\' && peek(1) == '\r' && peek(2) == '\n') {
        Pos += 3;
      } else {
        break;
      }
    }
  }

  /// Longest punctuator of Table at Pos (at least one byte).
  size_t punctLength(llvm::ArrayRef<llvm::StringRef> Table) const {
    llvm::StringRef R = rest();
    size_t Best = 1;
    for (llvm::StringRef P : Table)
      if (P.size() > Best && R.starts_with(P))
        Best = P.size();
    return Best;
  }
};

/// How a language spells its backslash escapes.
struct EscapeStyle {
  bool Octal = true;         // \0 .. \377
  bool KeepUnknown = false;  // Python keeps "\d" as backslash + d
  bool Unicode = true;       // \uXXXX, \UXXXXXXXX
  bool BraceUnicode = false; // \u{1F600} (JS, Swift, Ruby, PHP)
  bool ShortHex = false;     // \xH allowed with one digit (Ruby, PHP)
  bool VarHex = false;       // C#: \x takes 1-4 hex digits
};

/// Appends CP as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void appendUTF8(std::string &Out, uint32_t CP);

/// Reads up to Max hex digits at S[I] into V; returns how many were read.
size_t readHex(llvm::StringRef S, size_t I, size_t Max, uint32_t &V);

/// Decodes the Digits hex digits at S[I] (just past a `\u`) as a code point,
/// joined with a following `\uXXXX` low surrogate into one character, as
/// JSON, Java and YAML spell astral characters. Appends the UTF-8 and
/// advances I past what it read; false, with I unchanged, when fewer than
/// Digits hex digits are there.
bool decodeUnicodeEscape(llvm::StringRef S, size_t &I, size_t Digits,
                         std::string &Out);

/// Decodes the escape starting at S[I] == '\\' into Out; advances I past it.
void decodeEscape(llvm::StringRef S, size_t &I, std::string &Out,
                  const EscapeStyle &St);

/// Decodes every escape of S.
std::string decodeEscapes(llvm::StringRef S, const EscapeStyle &St);

/// Decodes a JSON or Java .properties escape whose letter is at S[I] (just
/// past the backslash): \f \n \r \t, \b when Backspace (JSON), and \uXXXX
/// with surrogate pairs (kept verbatim when malformed); any other character
/// stands for itself. Leaves I on the last byte read.
void decodeJavaEscape(llvm::StringRef S, size_t &I, bool Backspace,
                      std::string &Out);

/// Width of the leading blanks of Line, tabs counting up to the next
/// multiple of 8.
unsigned indentWidth(llvm::StringRef Line);

/// Smallest indentation of the non-blank lines of S (0 if none).
unsigned commonIndent(llvm::StringRef S);

/// Removes up to Cols columns of leading blanks from every line of S.
std::string stripIndent(llvm::StringRef S, unsigned Cols);

/// Removes every leading tab from each line of S (shell <<-).
std::string stripLeadingTabs(llvm::StringRef S);

} // namespace rtclint::lexers

#endif
