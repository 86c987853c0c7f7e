//===- KeyValueLexer.cpp - .env and .properties / .ini tokenizer ----------===//
//
// Line-oriented: each line is a comment, an ini [section] header, or
// `key<sep>value`. Keys are String tokens flagged Key; values are String
// tokens (possibly empty) whose text keeps the quotes so decodeKeyValue can
// tell the forms apart.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

bool isHSpace(char C) { return C == ' ' || C == '\t' || C == '\f'; }
bool isEOL(char C) { return C == '\n' || C == '\r'; }

class KVLexer {
public:
  KVLexer(Language L, StringRef Buf, std::vector<Token> &Out)
      : Env(L == Language::Env), Buf(Buf), Out(Out) {}

  void run() {
    if (Buf.starts_with("\xEF\xBB\xBF"))
      Pos = 3;
    while (Pos < Buf.size())
      lexLine();
  }

private:
  bool Env;
  StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  bool SawNewline = false;
  bool Ini = false; // a [section] header was seen: inline ; and # comments

  char at(size_t P) const { return P < Buf.size() ? Buf[P] : '\0'; }

  void emit(size_t B, size_t E, TokenKind K, uint16_t Flags = 0) {
    Token T;
    T.Begin = B;
    T.End = E;
    T.Kind = K;
    T.Flags = Flags | (SawNewline ? tokflags::NewlineBefore : 0);
    Out.push_back(T);
    SawNewline = false;
  }

  void skipHSpace() {
    while (Pos < Buf.size() && isHSpace(Buf[Pos]))
      ++Pos;
  }
  size_t lineEnd(size_t From) const {
    size_t E = From;
    while (E < Buf.size() && !isEOL(Buf[E]))
      ++E;
    return E;
  }
  /// Consumes the rest of the line, turning a trailing comment into a token.
  void finishLine() {
    skipHSpace();
    if (Pos < Buf.size() && (Buf[Pos] == '#' || (!Env && Buf[Pos] == ';')))
      emit(Pos, lineEnd(Pos), TokenKind::Comment);
    Pos = lineEnd(Pos);
    skipNewline();
  }
  void skipNewline() {
    if (Pos < Buf.size() && Buf[Pos] == '\r')
      ++Pos;
    if (Pos < Buf.size() && Buf[Pos] == '\n')
      ++Pos;
    SawNewline = true;
  }

  void lexLine() {
    skipHSpace();
    if (Pos >= Buf.size())
      return;
    char C = Buf[Pos];
    if (isEOL(C)) {
      // A lone '\r' (old Mac line ending) must still advance.
      if (C == '\r' && at(Pos + 1) != '\n') {
        ++Pos;
        SawNewline = true;
        return;
      }
      skipNewline();
      return;
    }
    if (C == '#' || (!Env && (C == '!' || C == ';'))) {
      size_t E = lineEnd(Pos);
      emit(Pos, E, TokenKind::Comment);
      Pos = E;
      skipNewline();
      return;
    }
    if (!Env && C == '[' && lexSection())
      return;
    if (Env && Buf.substr(Pos).starts_with("export") && isHSpace(at(Pos + 6))) {
      emit(Pos, Pos + 6, TokenKind::Identifier);
      Pos += 6;
      skipHSpace();
    }
    lexPair();
  }

  bool lexSection() {
    size_t E = lineEnd(Pos);
    size_t Close = Buf.slice(Pos, E).find(']');
    if (Close == StringRef::npos)
      return false;
    Close += Pos;
    emit(Pos, Pos + 1, TokenKind::Punct);
    size_t NB = Pos + 1, NE = Close;
    while (NB < NE && isHSpace(Buf[NB]))
      ++NB;
    while (NE > NB && isHSpace(Buf[NE - 1]))
      --NE;
    if (NE > NB)
      emit(NB, NE, TokenKind::Identifier);
    emit(Close, Close + 1, TokenKind::Punct);
    Pos = Close + 1;
    Ini = true;
    finishLine();
    return true;
  }

  void lexPair() {
    size_t KB = Pos;
    size_t E = lineEnd(Pos);
    // Key: up to the separator; properties keys may escape separators.
    while (Pos < E) {
      char C = Buf[Pos];
      if (C == '=' || isHSpace(C) || (!Env && C == ':'))
        break;
      if (!Env && C == '\\' && Pos + 1 < E)
        ++Pos;
      ++Pos;
    }
    size_t KE = Pos;
    skipHSpace();
    bool HasSep = Pos < E && (Buf[Pos] == '=' || (!Env && Buf[Pos] == ':'));
    if (Env && !HasSep) {
      // Not a binding (a stray word): keep the text visible, move on.
      if (KE > KB)
        emit(KB, KE, TokenKind::Identifier);
      Pos = E;
      skipNewline();
      return;
    }
    if (KE > KB)
      emit(KB, KE, TokenKind::String, tokflags::Key);
    if (HasSep) {
      emit(Pos, Pos + 1, TokenKind::Punct);
      ++Pos;
      skipHSpace();
    }
    if (Env)
      lexEnvValue();
    else
      lexPropertiesValue();
  }

  static uint16_t interpFlags(StringRef S) {
    return S.contains("${") || S.contains("$(") ? tokflags::Interpolated : 0;
  }

  void lexEnvValue() {
    char Q = at(Pos);
    if (Q == '"' || Q == '\'' || Q == '`') {
      size_t B = Pos++;
      while (Pos < Buf.size() && Buf[Pos] != Q) {
        if (Q == '"' && Buf[Pos] == '\\')
          ++Pos;
        ++Pos;
      }
      if (Pos >= Buf.size()) {
        // Unterminated: keep it to its own line so the rest still lexes.
        Pos = lineEnd(B);
        emit(B, Pos, TokenKind::String, tokflags::Unterminated);
        skipNewline();
        return;
      }
      ++Pos;
      StringRef S = Buf.slice(B, Pos);
      uint16_t Flags = Q == '"' ? interpFlags(S) : uint16_t(tokflags::Raw);
      if (S.contains('\n'))
        Flags |= tokflags::Multiline;
      emit(B, Pos, TokenKind::String, Flags);
      finishLine();
      return;
    }
    size_t B = Pos, E = lineEnd(Pos), VE = B;
    for (size_t I = B; I < E; ++I) {
      if (Buf[I] == '#' && I > B && isHSpace(Buf[I - 1]))
        break;
      if (!isHSpace(Buf[I]))
        VE = I + 1;
    }
    emit(B, VE, TokenKind::String, interpFlags(Buf.slice(B, VE)));
    Pos = VE;
    finishLine();
  }

  void lexPropertiesValue() {
    size_t B = Pos, VE = B;
    uint16_t Flags = 0;
    while (Pos < Buf.size()) {
      size_t E = lineEnd(Pos);
      size_t I = Pos;
      bool Comment = false;
      for (; I < E; ++I) {
        if (Ini && (Buf[I] == ';' || Buf[I] == '#') &&
            (I == B || isHSpace(Buf[I - 1]))) {
          Comment = true;
          break;
        }
        if (!isHSpace(Buf[I]))
          VE = I + 1;
      }
      if (Comment) {
        Pos = I;
        break;
      }
      // An odd run of backslashes before the line break continues the value.
      size_t Slashes = 0;
      while (Slashes < E - Pos && Buf[E - 1 - Slashes] == '\\')
        ++Slashes;
      Pos = E;
      if (Slashes % 2 == 0 || E >= Buf.size())
        break;
      Flags |= tokflags::Multiline;
      skipNewline();
      SawNewline = false;
      skipHSpace();
      VE = std::max(VE, Pos);
    }
    emit(B, VE, TokenKind::String, Flags);
    finishLine();
  }
};

std::string decodeEnv(StringRef S) {
  if (S.empty())
    return "";
  char Q = S.front();
  if (Q != '"' && Q != '\'' && Q != '`')
    return S.str();
  S = S.drop_front();
  if (!S.empty() && S.back() == Q)
    S = S.drop_back();
  if (Q != '"')
    return S.str();
  std::string R;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C != '\\' || I + 1 >= S.size()) {
      R += C;
      continue;
    }
    char N = S[++I];
    switch (N) {
    case 'n':
      R += '\n';
      break;
    case 'r':
      R += '\r';
      break;
    case 't':
      R += '\t';
      break;
    case '"':
    case '\\':
    case '$':
    case '`':
      R += N;
      break;
    default:
      R += '\\';
      R += N;
      break;
    }
  }
  return R;
}

std::string decodeProperties(StringRef S, bool IsKey) {
  std::string R;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C != '\\' || I + 1 >= S.size()) {
      R += C;
      continue;
    }
    char N = S[++I];
    if (N == '\r' || N == '\n') {
      // Line continuation: drop the break and the next line's indentation.
      if (N == '\r' && I + 1 < S.size() && S[I + 1] == '\n')
        ++I;
      while (I + 1 < S.size() && isHSpace(S[I + 1]))
        ++I;
      continue;
    }
    lexers::decodeJavaEscape(S, I, /*Backspace=*/false, R);
  }
  // ini files quote values; Java would keep the quotes, but the quoted text is
  // what a reader means.
  if (!IsKey && R.size() >= 2 && (R.front() == '"' || R.front() == '\'') &&
      R.back() == R.front())
    R = R.substr(1, R.size() - 2);
  return R;
}

} // namespace

void rtclint::lexers::lexKeyValue(Language L, StringRef Buf,
                                  std::vector<Token> &Out) {
  KVLexer(L, Buf, Out).run();
}

std::string rtclint::lexers::decodeKeyValue(Language L, StringRef Buf,
                                            const Token &T) {
  StringRef S = T.text(Buf);
  if (T.Kind != TokenKind::String)
    return S.str();
  if (L == Language::Env)
    return T.has(tokflags::Key) ? S.str() : decodeEnv(S);
  return decodeProperties(S, T.has(tokflags::Key));
}
