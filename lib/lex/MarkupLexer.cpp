//===- MarkupLexer.cpp - XML, plist and HTML tokenizer --------------------===//
//
// Tokens:
//   Markup       "<name" (start tag), ">", "/>", "=" and "</name>" (end tag)
//   Identifier   attribute name, flagged Key ("android:usesCleartextTraffic")
//   String       attribute value, quoted or not
//   Text         character data (trimmed) and CDATA sections; the raw body of
//                an HTML <script>/<style> as one token
//   Comment      <!-- ... -->
//   Directive    <?xml ...?>, <!DOCTYPE ...>
// Depth is the element nesting depth: a start tag and its end tag share it.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

using namespace rtclint;
using llvm::StringRef;

namespace {

bool isSpace(char C) {
  return C == ' ' || C == '\t' || C == '\r' || C == '\n' || C == '\f';
}
bool isNameStart(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_' ||
         C == ':' || (unsigned char)C >= 0x80;
}
bool isNameChar(char C) {
  return isNameStart(C) || (C >= '0' && C <= '9') || C == '-' || C == '.';
}

bool isVoidElement(StringRef Name) {
  static const char *const Void[] = {
      "area",  "base", "br",   "col",   "embed",  "hr",    "img",
      "input", "link", "meta", "param", "source", "track", "wbr"};
  for (const char *V : Void)
    if (Name.equals_insensitive(V))
      return true;
  return false;
}

class MarkupLexer {
public:
  MarkupLexer(Language L, StringRef Buf, std::vector<Token> &Out)
      : Html(L == Language::HTML), Buf(Buf), Out(Out) {}

  void run() {
    if (Buf.starts_with("\xEF\xBB\xBF"))
      Pos = 3;
    while (Pos < Buf.size()) {
      if (Buf[Pos] == '<' && startsConstruct(Pos))
        lexConstruct();
      else
        lexText();
    }
  }

private:
  bool Html;
  StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  uint16_t Depth = 0;
  size_t LastEnd = 0; // end of the previous token, for NewlineBefore

  char at(size_t P) const { return P < Buf.size() ? Buf[P] : '\0'; }

  void emit(size_t B, size_t E, TokenKind K, uint16_t Flags = 0) {
    Token T;
    T.Begin = B;
    T.End = E;
    T.Kind = K;
    if (B > LastEnd && Buf.slice(LastEnd, B).contains('\n'))
      Flags |= tokflags::NewlineBefore;
    T.Flags = Flags;
    T.Depth = Depth;
    Out.push_back(T);
    LastEnd = E;
  }

  bool startsConstruct(size_t P) const {
    char N = at(P + 1);
    return isNameStart(N) || N == '!' || N == '?' ||
           (N == '/' && isNameStart(at(P + 2)));
  }

  /// Emits [B, E) as Text without surrounding whitespace, if any is left.
  void emitText(size_t B, size_t E, uint16_t Flags = 0) {
    while (B < E && isSpace(Buf[B]))
      ++B;
    while (E > B && isSpace(Buf[E - 1]))
      --E;
    if (E > B)
      emit(B, E, TokenKind::Text, Flags);
  }

  void lexText() {
    size_t B = Pos;
    size_t P = Pos + 1;
    while (P < Buf.size() && !(Buf[P] == '<' && startsConstruct(P)))
      ++P;
    emitText(B, P);
    Pos = P;
  }

  /// Ends the construct opened at Pos at Close (exclusive of Close's bytes).
  void delimited(StringRef Close, size_t Skip, TokenKind K) {
    size_t E = Buf.find(Close, Pos + Skip);
    uint16_t Flags = 0;
    if (E == StringRef::npos) {
      E = Buf.size();
      Flags = tokflags::Unterminated;
    } else {
      E += Close.size();
    }
    emit(Pos, E, K, Flags);
    Pos = E;
  }

  void lexConstruct() {
    StringRef Rest = Buf.substr(Pos);
    if (Rest.starts_with("<!--"))
      return delimited("-->", 4, TokenKind::Comment);
    if (Rest.starts_with("<![CDATA["))
      return delimited("]]>", 9, TokenKind::Text);
    if (Rest.starts_with("<?"))
      return delimited("?>", 2, TokenKind::Directive);
    if (Rest.starts_with("<!"))
      return lexDeclaration();
    if (Rest.starts_with("</"))
      return lexEndTag();
    lexStartTag();
  }

  /// <!DOCTYPE ...> with an optional [internal subset] and quoted ids.
  void lexDeclaration() {
    size_t P = Pos + 2;
    int Bracket = 0;
    while (P < Buf.size()) {
      char C = Buf[P];
      if (C == '"' || C == '\'') {
        size_t E = Buf.find(C, P + 1);
        P = E == StringRef::npos ? Buf.size() : E + 1;
        continue;
      }
      if (C == '[')
        ++Bracket;
      else if (C == ']' && Bracket > 0)
        --Bracket;
      else if (C == '>' && Bracket == 0)
        break;
      ++P;
    }
    bool Closed = P < Buf.size();
    size_t E = Closed ? P + 1 : Buf.size();
    emit(Pos, E, TokenKind::Directive, Closed ? 0 : tokflags::Unterminated);
    Pos = E;
  }

  void lexEndTag() {
    size_t P = Pos + 2;
    while (P < Buf.size() && Buf[P] != '>' && Buf[P] != '<')
      ++P;
    uint16_t Flags = 0;
    if (at(P) == '>') {
      ++P;
    } else {
      // Never closed: keep the name only, the next tag starts after it.
      P = Pos + 2;
      while (P < Buf.size() && isNameChar(Buf[P]))
        ++P;
      Flags = tokflags::Unterminated;
    }
    if (Depth > 0)
      --Depth;
    emit(Pos, P, TokenKind::Markup, Flags);
    Pos = P;
  }

  void skipSpace() {
    while (Pos < Buf.size() && isSpace(Buf[Pos]))
      ++Pos;
  }

  void lexStartTag() {
    size_t B = Pos++;
    while (Pos < Buf.size() && isNameChar(Buf[Pos]))
      ++Pos;
    StringRef Name = Buf.slice(B + 1, Pos);
    emit(B, Pos, TokenKind::Markup);
    bool Closed = false, SelfClosing = false;
    while (true) {
      skipSpace();
      if (Pos >= Buf.size())
        break;
      char C = Buf[Pos];
      if (C == '>') {
        emit(Pos, Pos + 1, TokenKind::Markup);
        ++Pos;
        Closed = true;
        break;
      }
      if (C == '/' && at(Pos + 1) == '>') {
        emit(Pos, Pos + 2, TokenKind::Markup);
        Pos += 2;
        Closed = SelfClosing = true;
        break;
      }
      if (C == '<') // never closed: let the next tag start
        break;
      if (C == '=' || C == '/' || C == '"' || C == '\'') {
        ++Pos; // stray syntax
        continue;
      }
      lexAttribute();
    }
    if (!Closed || SelfClosing || (Html && isVoidElement(Name)))
      return;
    if (Html &&
        (Name.equals_insensitive("script") || Name.equals_insensitive("style")))
      lexRawBody(Name);
    if (Depth < UINT16_MAX)
      ++Depth;
  }

  void lexAttribute() {
    size_t B = Pos;
    while (Pos < Buf.size() && !isSpace(Buf[Pos]) && Buf[Pos] != '=' &&
           Buf[Pos] != '>' && Buf[Pos] != '<' &&
           !(Buf[Pos] == '/' && at(Pos + 1) == '>'))
      ++Pos;
    emit(B, Pos, TokenKind::Identifier, tokflags::Key);
    size_t Save = Pos;
    skipSpace();
    if (at(Pos) != '=') {
      Pos = Save;
      return;
    }
    emit(Pos, Pos + 1, TokenKind::Markup);
    ++Pos;
    skipSpace();
    char Q = at(Pos);
    if (Q == '"' || Q == '\'') {
      size_t E = Buf.find(Q, Pos + 1);
      if (E == StringRef::npos) {
        // Unterminated: stop at the tag's end so the rest still lexes.
        E = Buf.find('>', Pos + 1);
        E = E == StringRef::npos ? Buf.size() : E;
        emit(Pos, E, TokenKind::String, tokflags::Unterminated);
        Pos = E;
        return;
      }
      uint16_t Flags =
          Buf.slice(Pos, E).contains('\n') ? tokflags::Multiline : 0;
      emit(Pos, E + 1, TokenKind::String, Flags);
      Pos = E + 1;
      return;
    }
    size_t VB = Pos;
    while (Pos < Buf.size() && !isSpace(Buf[Pos]) && Buf[Pos] != '>')
      ++Pos;
    if (Pos > VB + 1 && Buf[Pos - 1] == '/' && at(Pos) == '>')
      --Pos; // <a href=x/> : the '/' closes the tag
    if (Pos > VB)
      emit(VB, Pos, TokenKind::String);
  }

  /// HTML raw text elements: the body is one Text token, never markup.
  void lexRawBody(StringRef Name) {
    std::string Close = "</" + Name.lower();
    size_t P = Pos;
    size_t E = Buf.size();
    while (P < Buf.size()) {
      size_t Lt = Buf.find("</", P);
      if (Lt == StringRef::npos)
        break;
      if (Buf.substr(Lt, Close.size()).equals_insensitive(Close) &&
          !isNameChar(at(Lt + Close.size()))) {
        E = Lt;
        break;
      }
      P = Lt + 2;
    }
    if (!Buf.slice(Pos, E).trim(" \t\r\n\f").empty()) {
      ++Depth;
      emit(Pos, E, TokenKind::Text, tokflags::Raw);
      --Depth;
    }
    Pos = E;
  }
};

/// Decodes the character reference at S[I] == '&'; returns bytes consumed
/// or 0 when it is not a reference.
size_t decodeEntity(StringRef S, size_t I, std::string &R) {
  size_t Semi = S.slice(I, I + 12).find(';');
  if (Semi == StringRef::npos)
    return 0;
  Semi += I;
  StringRef Ent = S.slice(I + 1, Semi);
  static const struct {
    const char *Name;
    unsigned CP;
  } Named[] = {{"amp", '&'},  {"lt", '<'},    {"gt", '>'},
               {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0}};
  for (const auto &N : Named)
    if (Ent == N.Name) {
      lexers::appendUTF8(R, N.CP);
      return Semi - I + 1;
    }
  if (!Ent.consume_front("#") || Ent.empty())
    return 0;
  unsigned long long CP;
  bool Hex = Ent.consume_front("x") || Ent.consume_front("X");
  if (Ent.getAsInteger(Hex ? 16 : 10, CP) || CP > 0x10FFFF)
    return 0;
  lexers::appendUTF8(R, unsigned(CP));
  return Semi - I + 1;
}

} // namespace

void rtclint::lexers::lexMarkup(Language L, StringRef Buf,
                                std::vector<Token> &Out) {
  MarkupLexer(L, Buf, Out).run();
}

std::string rtclint::lexers::decodeMarkup(StringRef Buf, const Token &T) {
  StringRef S = T.text(Buf);
  if (T.Kind == TokenKind::Text && S.starts_with("<![CDATA[")) {
    S = S.drop_front(9);
    S.consume_back("]]>");
    return S.str();
  }
  if (T.Kind == TokenKind::Text && T.has(tokflags::Raw))
    return S.str();
  if (T.Kind == TokenKind::String && !S.empty() &&
      (S.front() == '"' || S.front() == '\'')) {
    char Q = S.front();
    S = S.drop_front();
    if (!T.has(tokflags::Unterminated))
      S.consume_back(StringRef(&Q, 1));
  }
  if (T.Kind != TokenKind::String && T.Kind != TokenKind::Text)
    return S.str();
  std::string R;
  R.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    if (S[I] == '&') {
      if (size_t N = decodeEntity(S, I, R)) {
        I += N - 1;
        continue;
      }
    }
    R += S[I];
  }
  return R;
}
