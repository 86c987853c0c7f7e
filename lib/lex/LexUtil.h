//===- LexUtil.h - Shared helpers of the hand-written tokenizers
//-----------===//
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

void appendUTF8(std::string &Out, uint32_t CP);

/// Decodes the escape starting at S[I] == '\\' into Out; advances I past it.
void decodeEscape(llvm::StringRef S, size_t &I, std::string &Out,
                  const EscapeStyle &St);

/// Decodes every escape of S.
std::string decodeEscapes(llvm::StringRef S, const EscapeStyle &St);

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
