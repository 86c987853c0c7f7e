//===- ConfigFacts.cpp - Key paths for YAML, JSON, .env, .properties ------===//
//
// Every scalar value becomes a StringFact bound (ConfigKey) to its key, with
// the dotted key path from the root; every key with a scalar value also gets
// a BindingFact. Sequence indices are left out of paths: a sequence item is
// named after the sequence's key. Two generic idioms name values after data:
//   - a mapping holding `name`/`key` and `value` (Kubernetes env lists, ECS
//     task definitions) names the value after the name;
//   - a sequence item `KEY=value` (docker-compose environment lists) binds
//     the part after '=' to KEY.
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

constexpr unsigned MaxNesting = 256; // deeper flow nesting is read flat
constexpr size_t MaxValueText = 512;

std::string collapseSpace(StringRef S) {
  std::string R;
  bool Space = false;
  for (char C : S) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f') {
      Space = !R.empty();
      continue;
    }
    if (Space)
      R += ' ';
    Space = false;
    R += C;
    if (R.size() >= MaxValueText)
      break;
  }
  return R;
}

bool isPunct(StringRef Buf, const Token &T, StringRef P) {
  return T.is(TokenKind::Punct) && T.text(Buf) == P;
}

bool isEnvName(StringRef S) {
  if (S.empty() || !(llvm::isAlpha(S[0]) || S[0] == '_'))
    return false;
  return llvm::all_of(S, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.' || C == '-';
  });
}

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

/// One YAML block level: a key whose value is nested, or a sequence entry.
struct Frame {
  int Col;
  std::string Key; // empty for sequence entries
  int Node;        // mapping that keys below this level belong to
  bool Seq;
};

class ConfigBuilder {
public:
  ConfigBuilder(Language L, StringRef Buf, const std::vector<Token> &Toks,
                FileFacts &F)
      : L(L), Fam(lexFamily(L)), Buf(Buf), Toks(Toks), F(F) {}

  void run() {
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

private:
  Language L;
  LexFamily Fam;
  StringRef Buf;
  const std::vector<Token> &Toks;
  FileFacts &F;
  /// YAML: a flow collection ends, even unclosed, at a line this far left.
  int FlowLimit = -1;

  /// `name`/`key` and `value` scalars of one mapping (StringFact indices).
  struct Pair {
    int Name = -1;
    int Value = -1;
  };
  std::vector<Pair> Pairs{1};

  int newNode() {
    Pairs.emplace_back();
    return int(Pairs.size() - 1);
  }

  std::string decode(const Token &T) const { return decodeString(L, Buf, T); }

  ValueKind kindOf(const Token &V, StringRef Tag) const {
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
      return S == "NaN" || S == "Infinity" ? ValueKind::Number
                                           : ValueKind::Other;
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
    if (S.empty() || S[0] == '"' || S[0] == '\'' || S[0] == '|' ||
        S[0] == '>' || V.has(tokflags::Multiline))
      return ValueKind::String;
    return yamlPlainKind(S);
  }

  static std::string joinPath(const std::vector<std::string> &Segs,
                              StringRef Last = "") {
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

  int addScalar(const Token &V, StringRef Name, std::string Path, int Node,
                const Token *KeyTok, StringRef Tag = "") {
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

  void addBinding(int StrIdx, Span NameRange) {
    const StringFact &S = F.Strings[StrIdx];
    BindingFact B;
    B.Bind = BindKind::ConfigKey;
    B.Name = S.Name;
    B.Path = S.Path;
    B.ValueText = collapseSpace(Buf.slice(S.Range.Begin, S.Range.End));
    B.NameRange = NameRange;
    B.ValueRange = S.Range;
    B.String = StrIdx;
    F.Bindings.push_back(std::move(B));
  }

  void addComment(const Token &T) {
    StringRef Text = T.text(Buf);
    size_t Skip = 1, Trail = 0;
    if (Text.starts_with("//")) {
      Skip = 2;
    } else if (Text.starts_with("/*")) {
      Skip = 2;
      Trail = Text.size() >= 4 && Text.ends_with("*/") ? 2 : 0;
    }
    Skip = std::min(Skip, Text.size());
    StringRef Body = Text.drop_front(Skip).drop_back(Trail);
    F.Comments.push_back(CommentFact{Span{T.Begin, T.End}, Body.str()});
    addCommentStrings(Body, uint32_t(T.Begin + Skip));
  }

  /// Quoted text and URLs inside a comment: commented-out secrets and
  /// endpoints still leak.
  void addCommentStrings(StringRef Body, uint32_t Off) {
    size_t LineEnd = 0; // end of the line holding I: quotes never span lines
    for (size_t I = 0; I < Body.size(); ++I) {
      if (I >= LineEnd)
        LineEnd = std::min(Body.find('\n', I), Body.size());
      char C = Body[I];
      if (C == '"' || C == '`' ||
          (C == '\'' && (I == 0 || !llvm::isAlnum(Body[I - 1])))) {
        size_t Close = Body.slice(0, LineEnd).find(C, I + 1);
        if (Close == StringRef::npos)
          continue;
        if (Close > I + 1)
          addCommentString(Body.slice(I + 1, Close),
                           Span{uint32_t(Off + I), uint32_t(Off + Close + 1)});
        I = Close;
        continue;
      }
      if (!llvm::isAlpha(C) || (I > 0 && llvm::isAlnum(Body[I - 1])))
        continue;
      size_t S = I;
      while (S < Body.size() && (llvm::isAlnum(Body[S]) || Body[S] == '+' ||
                                 Body[S] == '.' || Body[S] == '-'))
        ++S;
      if (!Body.substr(S).starts_with("://"))
        continue;
      size_t E = S + 3;
      while (E < Body.size() && !llvm::isSpace(Body[E]) && Body[E] != '"' &&
             Body[E] != '\'' && Body[E] != '<' && Body[E] != '>' &&
             Body[E] != '`')
        ++E;
      while (E > S + 3 && StringRef(".,;:)]}!?").contains(Body[E - 1]))
        --E;
      addCommentString(Body.slice(I, E),
                       Span{uint32_t(Off + I), uint32_t(Off + E)});
      I = E;
    }
  }

  void addCommentString(StringRef V, Span R) {
    StringFact S;
    S.Value = V.str();
    S.Range = R;
    S.InComment = true;
    F.Strings.push_back(std::move(S));
  }

  //===--- .env / .properties / .ini ------------------------------------===//

  void runKeyValue() {
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
      std::string Path = Section.empty() ? Key : Section + "." + Key;
      addScalar(Toks[J], Key, Path, -1, &T);
      I = J;
    }
  }

  //===--- JSON and YAML flow collections -------------------------------===//

  bool isProperty(const Token &T) const {
    if (!T.is(TokenKind::Identifier) || Fam != LexFamily::YAML)
      return false;
    char C = Buf[T.Begin];
    return C == '&' || C == '!';
  }

  /// Skips comments (recording them) and YAML anchors/tags; returns the tag.
  StringRef skipTrivia(size_t &I) {
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

  bool isScalar(const Token &T) const {
    return T.is(TokenKind::String) || T.is(TokenKind::Number) ||
           (T.is(TokenKind::Identifier) && !isProperty(T));
  }

  size_t parseValue(size_t I, std::vector<std::string> &Prefix, StringRef Name,
                    const Token *KeyTok, int Node, unsigned Depth) {
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

  /// A key token at I and its value; Prefix is the enclosing path.
  size_t parseMember(size_t I, std::vector<std::string> &Prefix, int Node,
                     unsigned Depth) {
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

  /// An unclosed YAML flow collection ends where the block structure resumes.
  bool flowOverrun(const Token &T) const {
    return Fam == LexFamily::YAML && T.has(tokflags::NewlineBefore) &&
           int(T.Depth) <= FlowLimit && !isPunct(Buf, T, "]") &&
           !isPunct(Buf, T, "}");
  }

  size_t parseObject(size_t I, std::vector<std::string> &Prefix,
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

  size_t parseArray(size_t I, std::vector<std::string> &Prefix, StringRef Name,
                    unsigned Depth) {
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

  void runJSON() {
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

  //===--- YAML block structure -----------------------------------------===//

  void addAlias(const Token &V, StringRef Name, std::string Path,
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

  static std::vector<std::string> segments(const std::vector<Frame> &Stack) {
    std::vector<std::string> Segs;
    for (const Frame &Fr : Stack)
      if (!Fr.Key.empty())
        Segs.push_back(Fr.Key);
    return Segs;
  }

  /// A sequence item scalar: named after the sequence, or KEY for KEY=value.
  void addItem(const Token &V, const std::vector<Frame> &Stack, StringRef Tag) {
    std::vector<std::string> Segs = segments(Stack);
    int Node = Stack.empty() ? 0 : Stack.back().Node;
    StringRef First = V.text(Buf);
    if (V.is(TokenKind::String) && !First.empty() && First[0] != '|' &&
        First[0] != '>') {
      std::string Value = decode(V);
      size_t Eq = StringRef(Value).find('=');
      if (Eq != StringRef::npos && isEnvName(StringRef(Value).take_front(Eq))) {
        std::string Key = Value.substr(0, Eq);
        // Byte offsets of KEY and value inside the token when it is verbatim.
        uint32_t Q = (First[0] == '"' || First[0] == '\'') ? 1 : 0;
        bool Verbatim = First.substr(Q).starts_with(Value.substr(0, Eq + 1));
        StringFact S;
        S.Value = Value.substr(Eq + 1);
        S.Range =
            Verbatim ? Span{uint32_t(V.Begin + Q + Eq + 1), uint32_t(V.End - Q)}
                     : Span{V.Begin, V.End};
        S.Name = Key;
        S.Path = joinPath(Segs, Key);
        S.Bind = BindKind::ConfigKey;
        S.Interpolated = V.has(tokflags::Interpolated);
        int Idx = int(F.Strings.size());
        F.Strings.push_back(std::move(S));
        addBinding(Idx, Verbatim ? Span{V.Begin + Q, uint32_t(V.Begin + Q + Eq)}
                                 : Span{V.Begin, V.End});
        return;
      }
    }
    addScalar(V, Segs.empty() ? "" : StringRef(Segs.back()), joinPath(Segs),
              Node, nullptr, Tag);
  }

  void runYAML() {
    std::vector<Frame> Stack;
    const size_t N = Toks.size();
    for (size_t I = 0; I < N;) {
      const Token &T = Toks[I];
      if (T.is(TokenKind::Comment)) {
        addComment(T);
        ++I;
        continue;
      }
      if (T.is(TokenKind::Punct)) {
        StringRef P = T.text(Buf);
        if (P == "---" || P == "...") {
          Stack.clear();
          ++I;
        } else if (P == "-") {
          int Col = T.Depth;
          while (!Stack.empty() &&
                 (Stack.back().Col > Col ||
                  (Stack.back().Col == Col && Stack.back().Seq)))
            Stack.pop_back();
          Stack.push_back(Frame{Col, "", newNode(), true});
          I = yamlEntry(I + 1, Stack, Col);
        } else if (P == "?") {
          I = yamlComplexKey(I, Stack);
        } else if (P == "{" || P == "[") {
          std::vector<std::string> Segs = segments(Stack);
          FlowLimit = -1;
          I = parseValue(I, Segs, Segs.empty() ? "" : StringRef(Segs.back()),
                         nullptr, -1, 0);
        } else {
          ++I;
        }
        continue;
      }
      if (T.is(TokenKind::String) && T.has(tokflags::Key)) {
        I = yamlKey(I, Stack);
        continue;
      }
      if (T.is(TokenKind::String)) // a bare scalar: document or stray text
        addItem(T, Stack, "");
      ++I;
    }
  }

  /// After a '-' at column Col: the entry's scalar or flow content, if any.
  size_t yamlEntry(size_t I, std::vector<Frame> &Stack, int Col) {
    size_t J = I;
    StringRef Tag = skipTrivia(J);
    if (J >= Toks.size())
      return J;
    const Token &V = Toks[J];
    bool Inline = !V.has(tokflags::NewlineBefore) || V.Depth > Col;
    if (!Inline)
      return J;
    if (V.is(TokenKind::String) && !V.has(tokflags::Key)) {
      addItem(V, Stack, Tag);
      return J + 1;
    }
    if (isPunct(Buf, V, "{") || isPunct(Buf, V, "[")) {
      std::vector<std::string> Segs = segments(Stack);
      FlowLimit = Col;
      return parseValue(J, Segs, Segs.empty() ? "" : StringRef(Segs.back()),
                        nullptr, -1, 0);
    }
    return J;
  }

  /// `? key` then `: value`, both scalars (best effort: other complex keys
  /// are read as plain content).
  size_t yamlComplexKey(size_t I, std::vector<Frame> &Stack) {
    const Token &Q = Toks[I];
    size_t J = I + 1;
    if (J + 2 >= Toks.size() || !Toks[J].is(TokenKind::String) ||
        Toks[J].has(tokflags::Key) || !isPunct(Buf, Toks[J + 1], ":") ||
        Toks[J + 1].Depth != Q.Depth || !Toks[J + 2].is(TokenKind::String) ||
        Toks[J + 2].has(tokflags::NewlineBefore))
      return I + 1;
    while (!Stack.empty() && Stack.back().Col >= int(Q.Depth))
      Stack.pop_back();
    std::string Key = decode(Toks[J]);
    addScalar(Toks[J + 2], Key, joinPath(segments(Stack), Key),
              Stack.empty() ? 0 : Stack.back().Node, &Toks[J]);
    return J + 3;
  }

  size_t yamlKey(size_t I, std::vector<Frame> &Stack) {
    const Token &K = Toks[I];
    int Col = K.Depth;
    while (!Stack.empty() && Stack.back().Col >= Col)
      Stack.pop_back();
    std::string Key = decode(K);
    int Node = Stack.empty() ? 0 : Stack.back().Node;
    size_t J = I + 1;
    if (J < Toks.size() && isPunct(Buf, Toks[J], ":"))
      ++J;
    StringRef Tag = skipTrivia(J);
    if (J < Toks.size()) {
      const Token &V = Toks[J];
      bool SameLine = !V.has(tokflags::NewlineBefore);
      if (V.is(TokenKind::String) && !V.has(tokflags::Key) &&
          (SameLine || V.Depth > Col)) {
        std::vector<std::string> Segs = segments(Stack);
        addScalar(V, Key, joinPath(Segs, Key), Node, &K, Tag);
        return J + 1;
      }
      if (V.is(TokenKind::Identifier) && Buf[V.Begin] == '*' && SameLine) {
        addAlias(V, Key, joinPath(segments(Stack), Key), &K);
        return J + 1;
      }
      if (isPunct(Buf, V, "{") || isPunct(Buf, V, "[")) {
        std::vector<std::string> Segs = segments(Stack);
        Segs.push_back(Key);
        FlowLimit = Col;
        return parseValue(J, Segs, Key, &K, Node, 0);
      }
    }
    Stack.push_back(Frame{Col, Key, newNode(), false});
    return J;
  }

  //===--- name/value pairs ---------------------------------------------===//

  void nameValuePairs() {
    for (const Pair &P : Pairs) {
      if (P.Name < 0 || P.Value < 0)
        continue;
      std::string Name = F.Strings[P.Name].Value;
      StringRef NameRef(Name);
      if (NameRef.empty() || NameRef.size() > 256 ||
          NameRef.find_first_of(" \t\r\n") != StringRef::npos)
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
};

} // namespace

void rtclint::builders::buildConfigFacts(Language L, StringRef Buf,
                                         const std::vector<Token> &Toks,
                                         FileFacts &F) {
  ConfigBuilder(L, Buf, Toks, F).run();
}
