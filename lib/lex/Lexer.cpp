//===- Lexer.cpp - Dispatch to the tokenizer of a language family ---------===//
#include "lex/Lexer.h"
#include "lex/Families.h"

using namespace rtclint;
using namespace rtclint::lexers;

void rtclint::lex(Language L, llvm::StringRef Buf, std::vector<Token> &Out) {
  Out.clear();
  // Offsets are 32-bit; the workspace never hands over files that large.
  if (Buf.size() > UINT32_MAX)
    Buf = Buf.take_front(UINT32_MAX);
  switch (lexFamily(L)) {
  case LexFamily::Text:
    return;
  case LexFamily::CLike:
    return lexCLike(L, Buf, Out);
  case LexFamily::Python:
    return lexPython(Buf, Out);
  case LexFamily::Ruby:
    return lexRuby(Buf, Out);
  case LexFamily::PHP:
    return lexPHP(Buf, Out);
  case LexFamily::Shell:
    return lexShell(L, Buf, Out);
  case LexFamily::KeyValue:
    return lexKeyValue(L, Buf, Out);
  case LexFamily::YAML:
    return lexYAML(Buf, Out);
  case LexFamily::JSON:
    return lexJSON(Buf, Out);
  case LexFamily::Markup:
    return lexMarkup(L, Buf, Out);
  case LexFamily::SQL:
    return lexSQL(Buf, Out);
  case LexFamily::CSV:
    return lexCSV(Buf, Out);
  }
}

std::string rtclint::decodeString(Language L, llvm::StringRef Buf,
                                  const Token &T) {
  switch (lexFamily(L)) {
  case LexFamily::Text:
    return T.text(Buf).str();
  case LexFamily::CLike:
    return decodeCLike(L, Buf, T);
  case LexFamily::Python:
    return decodePython(Buf, T);
  case LexFamily::Ruby:
    return decodeRuby(Buf, T);
  case LexFamily::PHP:
    return decodePHP(Buf, T);
  case LexFamily::Shell:
    return decodeShell(Buf, T);
  case LexFamily::KeyValue:
    return decodeKeyValue(L, Buf, T);
  case LexFamily::YAML:
    return decodeYAML(Buf, T);
  case LexFamily::JSON:
    return decodeJSON(Buf, T);
  case LexFamily::Markup:
    return decodeMarkup(Buf, T);
  case LexFamily::SQL:
    return decodeSQL(Buf, T);
  case LexFamily::CSV:
    return decodeCSV(Buf, T);
  }
  return T.text(Buf).str();
}
