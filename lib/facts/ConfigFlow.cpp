//===- ConfigFlow.cpp - JSON documents and YAML flow collections ----------===//
//
// A recursive descent over `{...}` and `[...]`: members extend the key path,
// array items are named after the array's key. Nesting deeper than
// MaxNesting is read flat, so hostile input cannot exhaust the stack.
//
//===----------------------------------------------------------------------===//
#include "facts/ConfigBuilder.h"

using namespace rtclint;
using namespace rtclint::configfacts;
using llvm::StringRef;

namespace {
constexpr unsigned MaxNesting = 256;
} // namespace

bool ConfigBuilder::isProperty(const Token &T) const {
  if (!T.is(TokenKind::Identifier) || Fam != LexFamily::YAML)
    return false;
  char C = Buf[T.Begin];
  return C == '&' || C == '!';
}

StringRef ConfigBuilder::skipTrivia(size_t &I) {
  StringRef Tag;
  while (I < Toks.size()) {
    if (Toks[I].is(TokenKind::Comment))
      addComment(Toks[I]);
    else if (isProperty(Toks[I])) {
      if (Buf[Toks[I].Begin] == '!')
        Tag = Toks[I].text(Buf);
    } else
      break;
    ++I;
  }
  return Tag;
}

bool ConfigBuilder::isScalar(const Token &T) const {
  return T.is(TokenKind::String) || T.is(TokenKind::Number) ||
         (T.is(TokenKind::Identifier) && !isProperty(T));
}

size_t ConfigBuilder::parseValue(size_t I, std::vector<std::string> &Prefix,
                                 StringRef Name, const Token *KeyTok, int Node,
                                 unsigned Depth) {
  StringRef Tag = skipTrivia(I);
  if (I >= Toks.size())
    return I;
  const Token &T = Toks[I];
  if (Depth < MaxNesting && isPunct(Buf, T, "{"))
    return parseObject(I, Prefix, Depth + 1);
  if (Depth < MaxNesting && isPunct(Buf, T, "["))
    return parseArray(I, Prefix, Name, Depth + 1);
  if (isScalar(T) && !T.has(tokflags::Key)) {
    if (Fam == LexFamily::YAML && Buf[T.Begin] == '*')
      addAlias(T, Name, joinPath(Prefix), KeyTok);
    else
      addScalar(T, Name, joinPath(Prefix), Node, KeyTok, Tag);
  }
  return I + 1;
}

size_t ConfigBuilder::parseMember(size_t I, std::vector<std::string> &Prefix,
                                  int Node, unsigned Depth) {
  const Token &K = Toks[I];
  std::string Key = decode(K);
  size_t J = I + 1;
  skipTrivia(J);
  if (J < Toks.size() && isPunct(Buf, Toks[J], ":"))
    ++J;
  skipTrivia(J);
  if (J >= Toks.size() || isPunct(Buf, Toks[J], ",") ||
      isPunct(Buf, Toks[J], "}") || isPunct(Buf, Toks[J], "]") ||
      Toks[J].has(tokflags::Key))
    return J;
  Prefix.push_back(Key);
  size_t R = parseValue(J, Prefix, Key, &K, Node, Depth);
  Prefix.pop_back();
  return R;
}

bool ConfigBuilder::flowOverrun(const Token &T) const {
  return Fam == LexFamily::YAML && T.has(tokflags::NewlineBefore) &&
         int(T.Depth) <= FlowLimit && !isPunct(Buf, T, "]") &&
         !isPunct(Buf, T, "}");
}

size_t ConfigBuilder::parseObject(size_t I, std::vector<std::string> &Prefix,
                                  unsigned Depth) {
  int Node = newNode();
  for (++I; I < Toks.size();) {
    const Token &T = Toks[I];
    if (flowOverrun(T))
      return I;
    if (T.is(TokenKind::Comment)) {
      addComment(T);
      ++I;
    } else if (isPunct(Buf, T, "}")) {
      return I + 1;
    } else if (isPunct(Buf, T, "]")) {
      return I; // mismatched: the enclosing array takes it
    } else if (T.has(tokflags::Key)) {
      I = parseMember(I, Prefix, Node, Depth);
    } else if (isPunct(Buf, T, "{") || isPunct(Buf, T, "[")) {
      I = parseValue(I, Prefix, Prefix.empty() ? "" : Prefix.back(), nullptr,
                     -1, Depth);
    } else {
      ++I; // ',' ':' and stray scalars
    }
  }
  return I;
}

size_t ConfigBuilder::parseArray(size_t I, std::vector<std::string> &Prefix,
                                 StringRef Name, unsigned Depth) {
  std::string Owned = Name.str(); // Prefix may reallocate below
  for (++I; I < Toks.size();) {
    const Token &T = Toks[I];
    if (flowOverrun(T))
      return I;
    if (T.is(TokenKind::Comment)) {
      addComment(T);
      ++I;
    } else if (isPunct(Buf, T, "]")) {
      return I + 1;
    } else if (isPunct(Buf, T, "}")) {
      return I;
    } else if (isPunct(Buf, T, ",")) {
      ++I;
    } else if (T.has(tokflags::Key)) {
      // YAML single-pair mapping inside a sequence: [a: 1]
      I = parseMember(I, Prefix, -1, Depth);
    } else {
      I = parseValue(I, Prefix, Owned, nullptr, -1, Depth);
    }
  }
  return I;
}

void ConfigBuilder::runJSON() {
  std::vector<std::string> Prefix;
  for (size_t I = 0; I < Toks.size();) {
    const Token &T = Toks[I];
    if (T.is(TokenKind::Comment)) {
      addComment(T);
      ++I;
    } else if (T.has(tokflags::Key)) {
      I = parseMember(I, Prefix, 0, 0);
    } else if (isPunct(Buf, T, "{") || isPunct(Buf, T, "[") || isScalar(T)) {
      I = parseValue(I, Prefix, "", nullptr, -1, 0);
    } else {
      ++I;
    }
  }
}
