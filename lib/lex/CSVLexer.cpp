//===- CSVLexer.cpp - Comma-, semicolon- and tab-separated data -----------===//
//
// Every cell is a String token (quoted "..." with "" for a quote, or bare and
// Raw), header cells of the first record flagged Key; the separators are
// Punct tokens and a record starts with NewlineBefore. The separator is the
// one of tab, ';' and ',' that occurs most in the first line outside quotes
// (',' on a tie), so .tsv and European-locale exports read the same way.
// Quoted cells may span lines.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"

using namespace rtclint;
using namespace rtclint::lexers;
using llvm::StringRef;

namespace {

char separatorOf(StringRef Buf) {
  size_t Counts[3] = {0, 0, 0}; // ',', ';', '\t'
  bool Quoted = false;
  for (char C : Buf.take_front(64 << 10)) {
    if (C == '"')
      Quoted = !Quoted;
    else if (Quoted)
      continue;
    else if (C == '\n')
      break;
    else if (C == ',')
      ++Counts[0];
    else if (C == ';')
      ++Counts[1];
    else if (C == '\t')
      ++Counts[2];
  }
  if (Counts[2] > Counts[0] && Counts[2] >= Counts[1])
    return '\t';
  return Counts[1] > Counts[0] ? ';' : ',';
}

} // namespace

void rtclint::lexers::lexCSV(StringRef Buf, std::vector<Token> &Out) {
  Cursor C(Buf, Out);
  char Sep = separatorOf(Buf);
  bool Header = true;
  while (!C.atEnd()) {
    char Ch = C.peek();
    if (Ch == '\n') {
      ++C.Pos;
      // Blank lines before the header do not end it.
      Header = Header && Out.empty();
      C.SawNewline = true;
      continue;
    }
    if (Ch == '\r' || (Ch == ' ' && Sep != ' ')) {
      ++C.Pos;
      continue;
    }
    uint16_t Key = Header ? tokflags::Key : 0;
    if (Ch == Sep) {
      size_t B = C.Pos++;
      C.emit(B, TokenKind::Punct);
      continue;
    }
    size_t B = C.Pos;
    if (Ch == '"') {
      ++C.Pos;
      bool Closed = false;
      bool Multi = false;
      while (!C.atEnd()) {
        char D = C.Buf[C.Pos++];
        if (D == '\n')
          Multi = true;
        if (D == '"') {
          if (C.peek() == '"') {
            ++C.Pos;
            continue;
          }
          Closed = true;
          break;
        }
      }
      C.emit(B, TokenKind::String,
             Key | (Multi ? tokflags::Multiline : 0) |
                 (Closed ? 0 : tokflags::Unterminated));
      // Text after the closing quote up to the separator is dropped.
      while (!C.atEnd() && C.peek() != Sep && C.peek() != '\n')
        ++C.Pos;
    } else {
      while (!C.atEnd() && C.peek() != Sep && C.peek() != '\n')
        ++C.Pos;
      size_t E = C.Pos;
      while (E > B && (C.Buf[E - 1] == ' ' || C.Buf[E - 1] == '\r'))
        --E;
      if (E > B)
        C.emitSpan(B, E, TokenKind::String, Key | tokflags::Raw);
    }
  }
}

std::string rtclint::lexers::decodeCSV(StringRef Buf, const Token &T) {
  StringRef S = T.text(Buf);
  if (T.has(tokflags::Raw) || !S.starts_with("\""))
    return S.str();
  S = S.drop_front();
  if (!T.has(tokflags::Unterminated))
    S.consume_back("\"");
  std::string Out;
  Out.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    Out += S[I];
    if (S[I] == '"' && I + 1 < S.size() && S[I + 1] == '"')
      ++I;
  }
  return Out;
}
