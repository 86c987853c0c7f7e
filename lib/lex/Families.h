//===- Families.h - Per-family tokenizers (internal to lex/) ----*- C++ -*-===//
//
// Lexer.cpp dispatches on lexFamily(L) to one of these. Each family lives in
// its own file (CLikeLexer.cpp, PythonLexer.cpp, ...). The Language argument
// selects dialect details inside a family (JS template literals, C++ raw
// strings, Go raw strings, Swift multi-line, C# verbatim/interpolated, ...).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LEX_FAMILIES_H
#define RTCLINT_LEX_FAMILIES_H

#include "lex/Language.h"
#include "lex/Token.h"
#include <string>
#include <vector>

namespace rtclint::lexers {

void lexCLike(Language L, llvm::StringRef Buf, std::vector<Token> &Out);
void lexPython(llvm::StringRef Buf, std::vector<Token> &Out);
void lexRuby(llvm::StringRef Buf, std::vector<Token> &Out);
void lexPHP(llvm::StringRef Buf, std::vector<Token> &Out);
void lexShell(Language L, llvm::StringRef Buf, std::vector<Token> &Out);
void lexKeyValue(Language L, llvm::StringRef Buf, std::vector<Token> &Out);
void lexYAML(llvm::StringRef Buf, std::vector<Token> &Out);
void lexJSON(llvm::StringRef Buf, std::vector<Token> &Out);
void lexMarkup(Language L, llvm::StringRef Buf, std::vector<Token> &Out);
void lexSQL(llvm::StringRef Buf, std::vector<Token> &Out);
void lexCSV(llvm::StringRef Buf, std::vector<Token> &Out);

std::string decodeCLike(Language L, llvm::StringRef Buf, const Token &T);
std::string decodePython(llvm::StringRef Buf, const Token &T);
std::string decodeRuby(llvm::StringRef Buf, const Token &T);
std::string decodePHP(llvm::StringRef Buf, const Token &T);
std::string decodeShell(llvm::StringRef Buf, const Token &T);
std::string decodeKeyValue(Language L, llvm::StringRef Buf, const Token &T);
std::string decodeYAML(llvm::StringRef Buf, const Token &T);
std::string decodeJSON(llvm::StringRef Buf, const Token &T);
std::string decodeMarkup(llvm::StringRef Buf, const Token &T);
std::string decodeSQL(llvm::StringRef Buf, const Token &T);
std::string decodeCSV(llvm::StringRef Buf, const Token &T);

} // namespace rtclint::lexers

#endif
