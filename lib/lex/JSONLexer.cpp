//===- JSONLexer.cpp - JSON / JSONC tokenizer -----------------------------===//
//
// Accepts JSONC (// and /* */ comments, trailing commas) and the common JSON5
// liberties (single quotes, bare keys) because rule fixtures and tsconfig-like
// files use them. A string or bare word followed by ':' is flagged Key.
// Depth is the bracket nesting depth.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

bool isSpace(char C) {
  return C == ' ' || C == '\t' || C == '\r' || C == '\n' || C == '\f' ||
         C == '\v';
}
bool isWordStart(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_' ||
         C == '$';
}
bool isWordChar(char C) { return isWordStart(C) || (C >= '0' && C <= '9'); }

class JSONLexer {
public:
  JSONLexer(StringRef Buf, std::vector<Token> &Out) : Buf(Buf), Out(Out) {}

  void run() {
    if (Buf.starts_with("\xEF\xBB\xBF"))
      Pos = 3;
    while (Pos < Buf.size())
      step();
  }

private:
  StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  uint16_t Depth = 0;
  bool SawNewline = false;

  char at(size_t P) const { return P < Buf.size() ? Buf[P] : '\0'; }

  void emit(size_t B, size_t E, TokenKind K, uint16_t Flags = 0) {
    Token T;
    T.Begin = B;
    T.End = E;
    T.Kind = K;
    T.Flags = Flags | (SawNewline ? tokflags::NewlineBefore : 0);
    T.Depth = Depth;
    Out.push_back(T);
    SawNewline = false;
  }

  /// End of the comment starting at P, or P when there is none.
  size_t commentEnd(size_t P, bool &Unterminated) const {
    Unterminated = false;
    if (at(P) != '/')
      return P;
    if (at(P + 1) == '/') {
      size_t E = Buf.find('\n', P);
      return E == StringRef::npos ? Buf.size() : E;
    }
    if (at(P + 1) == '*') {
      size_t E = Buf.find("*/", P + 2);
      if (E == StringRef::npos) {
        Unterminated = true;
        return Buf.size();
      }
      return E + 2;
    }
    return P;
  }

  /// Whether the next significant character after P is ':'.
  bool followedByColon(size_t P) const {
    while (P < Buf.size()) {
      if (isSpace(Buf[P])) {
        ++P;
        continue;
      }
      bool U;
      size_t E = commentEnd(P, U);
      if (E == P)
        return Buf[P] == ':';
      P = E;
    }
    return false;
  }

  void step() {
    char C = Buf[Pos];
    if (isSpace(C)) {
      SawNewline |= C == '\n';
      ++Pos;
      return;
    }
    bool Unterminated;
    size_t CE = commentEnd(Pos, Unterminated);
    if (CE != Pos) {
      emit(Pos, CE, TokenKind::Comment,
           Unterminated ? tokflags::Unterminated : 0);
      Pos = CE;
      return;
    }
    if (C == '"' || C == '\'')
      return lexString(C);
    if (C == '{' || C == '[') {
      emit(Pos, Pos + 1, TokenKind::Punct);
      if (Depth < UINT16_MAX)
        ++Depth;
      ++Pos;
      return;
    }
    if (C == '}' || C == ']') {
      if (Depth > 0)
        --Depth;
      emit(Pos, Pos + 1, TokenKind::Punct);
      ++Pos;
      return;
    }
    if (C == '-' || C == '+' || C == '.' || (C >= '0' && C <= '9'))
      return lexNumber();
    if (isWordStart(C)) {
      size_t B = Pos;
      while (Pos < Buf.size() && isWordChar(Buf[Pos]))
        ++Pos;
      emit(B, Pos, TokenKind::Identifier,
           followedByColon(Pos) ? tokflags::Key : 0);
      return;
    }
    if ((unsigned char)C < 0x80)
      emit(Pos, Pos + 1, TokenKind::Punct);
    ++Pos; // other UTF-8 bytes outside strings carry nothing
  }

  void lexString(char Q) {
    size_t B = Pos++;
    uint16_t Flags = 0;
    while (true) {
      if (Pos >= Buf.size() || Buf[Pos] == '\n') {
        // Strings cannot span lines: stop here so the next line still lexes.
        Flags |= tokflags::Unterminated;
        break;
      }
      if (Buf[Pos] == '\\') {
        Pos += at(Pos + 1) == '\n' ? 1 : 2;
        continue;
      }
      if (Buf[Pos++] == Q)
        break;
    }
    Pos = std::min(Pos, Buf.size());
    if (followedByColon(Pos))
      Flags |= tokflags::Key;
    emit(B, Pos, TokenKind::String, Flags);
  }

  void lexNumber() {
    size_t B = Pos;
    if (Buf[Pos] == '-' || Buf[Pos] == '+')
      ++Pos;
    if (isWordStart(at(Pos))) { // -Infinity
      while (Pos < Buf.size() && isWordChar(Buf[Pos]))
        ++Pos;
      emit(B, Pos, TokenKind::Number);
      return;
    }
    size_t DigitsB = Pos;
    while (Pos < Buf.size()) {
      char C = Buf[Pos];
      bool Exp = (C == '+' || C == '-') &&
                 (Buf[Pos - 1] == 'e' || Buf[Pos - 1] == 'E');
      if (!isWordChar(C) && C != '.' && !Exp)
        break;
      ++Pos;
    }
    if (Pos == DigitsB) { // a lone sign or dot
      emit(B, Pos, TokenKind::Punct);
      return;
    }
    emit(B, Pos, TokenKind::Number);
  }
};

} // namespace

void rtclint::lexers::lexJSON(StringRef Buf, std::vector<Token> &Out) {
  JSONLexer(Buf, Out).run();
}

std::string rtclint::lexers::decodeJSON(StringRef Buf, const Token &T) {
  StringRef S = T.text(Buf);
  if (T.Kind != TokenKind::String || S.empty())
    return S.str();
  char Q = S.front();
  S = S.drop_front();
  if (!S.empty() && S.back() == Q && !T.has(tokflags::Unterminated))
    S = S.drop_back();
  std::string R;
  R.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C != '\\' || I + 1 >= S.size()) {
      R += C;
      continue;
    }
    ++I;
    lexers::decodeJavaEscape(S, I, /*Backspace=*/true, R);
  }
  return R;
}
