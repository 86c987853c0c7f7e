//===- SQLLexer.cpp - SQL scripts and dumps -------------------------------===//
//
// Enough SQL to find the values in a dump or a migration: '...' strings
// ('' doubles a quote; backslash escapes as MySQL dumps write them; E'...'
// always escapes, X'...'/B'...' never), PostgreSQL $tag$...$tag$ bodies,
// "..." / `...` / [...] quoted identifiers, -- and # line comments, /* */
// block comments, and pg_dump `COPY t (cols) FROM stdin;` data blocks, whose
// tab-separated cells become Raw strings (one line a row, `\.` ends it).
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using namespace rtclint::lexers;
using llvm::StringRef;

namespace {

/// `COPY ... FROM stdin;` just ended at Out.back(): the statement's first
/// word is COPY and its last words are FROM STDIN.
bool endsCopyFromStdin(StringRef Buf, const std::vector<Token> &Out) {
  size_t N = Out.size();
  if (N < 4 || Out[N - 1].text(Buf) != ";" ||
      !Out[N - 2].text(Buf).equals_insensitive("stdin") ||
      !Out[N - 3].text(Buf).equals_insensitive("from"))
    return false;
  // Back to the previous statement end (a COPY statement is short); its
  // first word, comments aside, is COPY.
  size_t First = N - 3;
  for (size_t I = N - 3, Steps = 0; I-- > 0 && Steps < 4096; ++Steps) {
    if (Out[I].is(TokenKind::Punct) && Out[I].text(Buf) == ";")
      break;
    if (!Out[I].is(TokenKind::Comment))
      First = I;
  }
  return Out[First].text(Buf).equals_insensitive("copy");
}

/// Rows of a COPY text block: cells split at tabs, up to the `\.` line.
void lexCopyRows(Cursor &C) {
  size_t P = C.Buf.find('\n', C.Pos);
  if (P == StringRef::npos)
    return;
  C.Pos = P + 1;
  while (C.Pos < C.End) {
    size_t E = C.lineEnd(C.Pos);
    StringRef Line = C.Buf.slice(C.Pos, E);
    if (Line.rtrim('\r') == "\\.") {
      C.Pos = E;
      return;
    }
    C.SawNewline = true;
    size_t B = C.Pos;
    for (size_t I = C.Pos; I <= E; ++I)
      if (I == E || C.Buf[I] == '\t' || C.Buf[I] == '\r') {
        if (I > B)
          C.emitSpan(B, I, TokenKind::String, tokflags::Raw);
        B = I + 1;
      }
    C.Pos = E < C.End ? E + 1 : E;
  }
}

/// A '...' string from C.Pos (on the quote); Esc: backslashes escape.
void lexQuoted(Cursor &C, size_t Begin, char Q, bool Esc, uint16_t Flags) {
  ++C.Pos;
  while (!C.atEnd()) {
    char Ch = C.Buf[C.Pos];
    if (Esc && Ch == '\\' && C.has(1)) {
      C.Pos += 2;
      continue;
    }
    ++C.Pos;
    if (Ch == Q) {
      if (C.peek() == Q) {
        ++C.Pos;
        continue;
      }
      C.emit(Begin, TokenKind::String, Flags);
      return;
    }
  }
  C.emit(Begin, TokenKind::String, Flags | tokflags::Unterminated);
}

} // namespace

void rtclint::lexers::lexSQL(StringRef Buf, std::vector<Token> &Out) {
  Cursor C(Buf, Out);
  static constexpr StringRef Puncts[] = {"<>", "<=", ">=",  "!=", "||",
                                         "::", ":=", "->>", "->"};
  while (true) {
    C.skipSpace();
    if (C.atEnd())
      return;
    size_t B = C.Pos;
    char Ch = C.peek();
    if ((Ch == '-' && C.peek(1) == '-') || Ch == '#') {
      C.Pos = C.lineEnd(C.Pos);
      C.emit(B, TokenKind::Comment);
      continue;
    }
    if (Ch == '/' && C.peek(1) == '*') {
      size_t E = C.rest().find("*/", 2);
      bool Open = E == StringRef::npos;
      C.Pos = Open ? C.End : C.Pos + E + 2;
      C.emit(B, TokenKind::Comment, Open ? tokflags::Unterminated : 0);
      continue;
    }
    // Prefixed strings: E'..' escapes, N'..' national, X'..'/B'..' raw.
    if ((Ch == 'E' || Ch == 'e' || Ch == 'N' || Ch == 'n' || Ch == 'X' ||
         Ch == 'x' || Ch == 'B' || Ch == 'b') &&
        C.peek(1) == '\'') {
      bool Raw = Ch == 'X' || Ch == 'x' || Ch == 'B' || Ch == 'b';
      ++C.Pos;
      lexQuoted(C, B, '\'', !Raw, Raw ? tokflags::Raw : 0);
      continue;
    }
    if (Ch == '\'') {
      lexQuoted(C, B, '\'', true, 0);
      continue;
    }
    if (Ch == '"' || Ch == '`') {
      // Quoted identifiers: names, not values.
      size_t E = C.Buf.find(Ch, C.Pos + 1);
      C.Pos = E == StringRef::npos || E >= C.End ? C.End : E + 1;
      C.emit(B, TokenKind::Identifier);
      continue;
    }
    if (Ch == '$' && (C.peek(1) == '$' || isIdentStart(C.peek(1)))) {
      // $tag$ ... $tag$ (PostgreSQL function bodies, literals).
      size_t I = C.Pos + 1;
      while (I < C.End && isIdentChar(C.Buf[I]))
        ++I;
      if (I < C.End && C.Buf[I] == '$') {
        StringRef Tag = C.Buf.slice(C.Pos, I + 1);
        size_t E = C.Buf.slice(0, C.End).find(Tag, I + 1);
        bool Open = E == StringRef::npos;
        C.Pos = Open ? C.End : E + Tag.size();
        C.emit(B, TokenKind::String,
               tokflags::Raw | tokflags::Multiline |
                   (Open ? tokflags::Unterminated : 0));
        continue;
      }
    }
    if (isDigit(Ch) || (Ch == '.' && isDigit(C.peek(1)))) {
      while (!C.atEnd() && (isIdentChar(C.peek()) || C.peek() == '.'))
        ++C.Pos;
      C.emit(B, TokenKind::Number);
      continue;
    }
    if (isIdentStart(Ch) || Ch == '@' || Ch == '$') {
      ++C.Pos;
      while (!C.atEnd() && (isIdentChar(C.peek()) || C.peek() == '$'))
        ++C.Pos;
      C.emit(B, TokenKind::Identifier);
      continue;
    }
    C.Pos += C.punctLength(Puncts);
    C.emit(B, TokenKind::Punct);
    if (Ch == ';' && endsCopyFromStdin(Buf, Out))
      lexCopyRows(C);
  }
}

std::string rtclint::lexers::decodeSQL(StringRef Buf, const Token &T) {
  StringRef S = T.text(Buf);
  if (T.has(tokflags::Raw)) {
    if (S.starts_with("$")) {
      size_t TagEnd = S.find('$', 1);
      if (TagEnd == StringRef::npos)
        return S.str();
      StringRef Tag = S.take_front(TagEnd + 1);
      S = S.drop_front(Tag.size());
      if (!T.has(tokflags::Unterminated))
        S = S.drop_back(Tag.size());
      return S.str();
    }
    if (S.size() >= 2 && S[1] == '\'') { // X'..', B'..'
      S = S.drop_front(2);
      S.consume_back("'");
      return S.str();
    }
    // A COPY cell: \N is NULL, backslash escapes as in the text format.
    if (S == "\\N")
      return "";
  } else {
    if (S.size() >= 2 && S[1] == '\'')
      S = S.drop_front(); // E'..', N'..'
    S = S.drop_front();
    if (!T.has(tokflags::Unterminated))
      S.consume_back("'");
  }
  std::string Out;
  Out.reserve(S.size());
  EscapeStyle St;
  St.Octal = false;
  St.Unicode = false;
  for (size_t I = 0; I < S.size(); ++I) {
    char Ch = S[I];
    if (Ch == '\'' && I + 1 < S.size() && S[I + 1] == '\'') {
      Out += '\'';
      ++I;
    } else if (Ch == '\\' && I + 1 < S.size()) {
      char N = S[I + 1];
      if (N == '0') {
        Out += '\0';
        I += 1;
        continue;
      }
      if (N == 'Z') { // MySQL: Ctrl-Z
        Out += '\x1a';
        I += 1;
        continue;
      }
      decodeEscape(S, I, Out, St);
      --I; // decodeEscape leaves I past the escape
    } else {
      Out += Ch;
    }
  }
  return Out;
}
