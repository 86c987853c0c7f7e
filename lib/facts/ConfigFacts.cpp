//===- ConfigFacts.cpp - Key paths for YAML, JSON, .env, .properties ------===//
//
// The builder's entry point and what every format shares: typing and
// recording scalars, bindings, comments, the name/value pair idiom, and the
// line-oriented .env / .properties / .ini files. See ConfigBuilder.h.
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "facts/CommentStrings.h"
#include "facts/ConfigBuilder.h"
#include "facts/TextUtil.h"
#include "lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using namespace rtclint::configfacts;
using llvm::StringRef;

namespace {

/// YAML 1.2 core schema for plain scalars, plus the YAML 1.1 booleans
/// (yes/no/on/off) that Kubernetes and Ansible files still rely on.
ValueKind yamlPlainKind(StringRef S) {
  if (S.empty() || S == "~" || S == "null" || S == "Null" || S == "NULL")
    return ValueKind::Null;
  for (StringRef B : {"true", "false", "yes", "no", "on", "off"})
    if (S.equals_insensitive(B))
      return ValueKind::Bool;
  StringRef N = S;
  if (N.starts_with("0x") || N.starts_with("0o")) {
    unsigned long long V;
    return !N.drop_front(2).getAsInteger(N[1] == 'x' ? 16 : 8, V)
               ? ValueKind::Number
               : ValueKind::String;
  }
  N.consume_front("-") || N.consume_front("+");
  if (N == ".inf" || N == ".Inf" || N == ".INF" || S == ".nan" || S == ".NaN" ||
      S == ".NAN")
    return ValueKind::Number;
  // [0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)? or \.[0-9]+...
  size_t I = 0, Digits = 0;
  while (I < N.size() && llvm::isDigit(N[I]))
    ++I, ++Digits;
  if (I < N.size() && N[I] == '.') {
    ++I;
    while (I < N.size() && llvm::isDigit(N[I]))
      ++I, ++Digits;
  }
  if (!Digits)
    return ValueKind::String;
  if (I < N.size() && (N[I] == 'e' || N[I] == 'E')) {
    ++I;
    if (I < N.size() && (N[I] == '+' || N[I] == '-'))
      ++I;
    size_t ExpB = I;
    while (I < N.size() && llvm::isDigit(N[I]))
      ++I;
    if (I == ExpB)
      return ValueKind::String;
  }
  return I == N.size() ? ValueKind::Number : ValueKind::String;
}

} // namespace

ConfigBuilder::ConfigBuilder(Language L, StringRef Buf,
                             const std::vector<Token> &Toks, FileFacts &F)
    : L(L), Fam(lexFamily(L)), Buf(Buf), Toks(Toks), F(F) {}

void ConfigBuilder::run() {
  switch (Fam) {
  case LexFamily::YAML:
    runYAML();
    break;
  case LexFamily::JSON:
    runJSON();
    break;
  default:
    runKeyValue();
    break;
  }
  nameValuePairs();
}

int ConfigBuilder::newNode() {
  Pairs.emplace_back();
  return int(Pairs.size() - 1);
}

std::string ConfigBuilder::decode(const Token &T) const {
  return decodeString(L, Buf, T);
}

ValueKind ConfigBuilder::kindOf(const Token &V, StringRef Tag) const {
  if (Fam == LexFamily::JSON) {
    if (V.is(TokenKind::String))
      return ValueKind::String;
    if (V.is(TokenKind::Number))
      return ValueKind::Number;
    StringRef S = V.text(Buf);
    if (S == "true" || S == "false")
      return ValueKind::Bool;
    if (S == "null")
      return ValueKind::Null;
    return S == "NaN" || S == "Infinity" ? ValueKind::Number : ValueKind::Other;
  }
  if (Fam != LexFamily::YAML)
    return ValueKind::String; // .env and .properties are untyped
  if (Tag == "!!str")
    return ValueKind::String;
  if (Tag == "!!int" || Tag == "!!float")
    return ValueKind::Number;
  if (Tag == "!!bool")
    return ValueKind::Bool;
  if (Tag == "!!null")
    return ValueKind::Null;
  StringRef S = V.text(Buf);
  if (S.empty() || S[0] == '"' || S[0] == '\'' || S[0] == '|' || S[0] == '>' ||
      V.has(tokflags::Multiline))
    return ValueKind::String;
  return yamlPlainKind(S);
}

std::string ConfigBuilder::joinPath(const std::vector<std::string> &Segs,
                                    StringRef Last) {
  std::string P;
  for (const std::string &S : Segs) {
    if (S.empty())
      continue;
    if (!P.empty())
      P += '.';
    P += S;
  }
  if (!Last.empty()) {
    if (!P.empty())
      P += '.';
    P += Last;
  }
  return P;
}

int ConfigBuilder::addScalar(const Token &V, StringRef Name, std::string Path,
                             int Node, const Token *KeyTok, StringRef Tag) {
  StringFact S;
  S.Kind = kindOf(V, Tag);
  S.Value = decode(V);
  S.Range = Span{V.Begin, V.End};
  S.Name = Name.str();
  S.Path = std::move(Path);
  S.Bind = BindKind::ConfigKey;
  S.Interpolated = V.has(tokflags::Interpolated);
  int Idx = int(F.Strings.size());
  F.Strings.push_back(std::move(S));
  if (KeyTok)
    addBinding(Idx, Span{KeyTok->Begin, KeyTok->End});
  if (Node >= 0 && Node < int(Pairs.size())) {
    if (Name.equals_insensitive("name") || Name.equals_insensitive("key"))
      Pairs[Node].Name = Idx;
    else if (Name.equals_insensitive("value"))
      Pairs[Node].Value = Idx;
  }
  return Idx;
}

void ConfigBuilder::addBinding(int StrIdx, Span NameRange) {
  const StringFact &S = F.Strings[StrIdx];
  BindingFact B;
  B.Bind = BindKind::ConfigKey;
  B.Name = S.Name;
  B.Path = S.Path;
  B.ValueText = facttext::collapse(Buf.slice(S.Range.Begin, S.Range.End));
  B.NameRange = NameRange;
  B.ValueRange = S.Range;
  B.String = StrIdx;
  F.Bindings.push_back(std::move(B));
}

void ConfigBuilder::addAlias(const Token &V, StringRef Name, std::string Path,
                             const Token *KeyTok) {
  if (!KeyTok)
    return;
  BindingFact B;
  B.Bind = BindKind::ConfigKey;
  B.Name = Name.str();
  B.Path = std::move(Path);
  B.ValueText = V.text(Buf).str();
  B.NameRange = Span{KeyTok->Begin, KeyTok->End};
  B.ValueRange = Span{V.Begin, V.End};
  F.Bindings.push_back(std::move(B));
}

void ConfigBuilder::addComment(const Token &T) {
  commentstrings::addComment(L, Buf, T, /*Backticks=*/true, F);
}

//===--- .env / .properties / .ini ----------------------------------------===//

void ConfigBuilder::runKeyValue() {
  std::string Section;
  for (size_t I = 0, N = Toks.size(); I < N; ++I) {
    const Token &T = Toks[I];
    if (T.is(TokenKind::Comment)) {
      addComment(T);
      continue;
    }
    if (isPunct(Buf, T, "[") && I + 2 < N &&
        Toks[I + 1].is(TokenKind::Identifier) &&
        isPunct(Buf, Toks[I + 2], "]")) {
      Section = Toks[I + 1].text(Buf).str();
      I += 2;
      continue;
    }
    if (!T.is(TokenKind::String) || !T.has(tokflags::Key))
      continue;
    std::string Key = decode(T);
    size_t J = I + 1;
    if (J < N && Toks[J].is(TokenKind::Punct) &&
        !Toks[J].has(tokflags::NewlineBefore))
      ++J;
    if (J >= N || !Toks[J].is(TokenKind::String) ||
        Toks[J].has(tokflags::Key) || Toks[J].has(tokflags::NewlineBefore))
      continue;
    std::string Path = Section;
    if (!Path.empty())
      Path += '.';
    Path += Key;
    addScalar(Toks[J], Key, Path, -1, &T);
    I = J;
  }
}

//===--- name/value pairs -------------------------------------------------===//

void ConfigBuilder::nameValuePairs() {
  for (const Pair &P : Pairs) {
    if (P.Name < 0 || P.Value < 0)
      continue;
    std::string Name = F.Strings[P.Name].Value;
    StringRef NameRef(Name);
    // Only identifier-like names (env vars, settings keys, dotted paths): a
    // `name:` that holds prose or a regex, as in rule files, names nothing.
    if (NameRef.empty() || NameRef.size() > 256 ||
        !llvm::all_of(NameRef, [](char C) {
          return llvm::isAlnum(C) || StringRef("_.-:/").contains(C);
        }))
      continue;
    StringFact &V = F.Strings[P.Value];
    V.Name = Name;
    StringRef Parent = StringRef(V.Path).rsplit('.').first;
    V.Path = V.Path.find('.') == std::string::npos
                 ? Name
                 : (Parent + "." + Name).str();
    addBinding(P.Value, F.Strings[P.Name].Range);
  }
}

void rtclint::builders::buildConfigFacts(Language L, StringRef Buf,
                                         const std::vector<Token> &Toks,
                                         FileFacts &F) {
  ConfigBuilder(L, Buf, Toks, F).run();
}
