//===- ConfigYAML.cpp - YAML block structure ------------------------------===//
//
// Block mappings and sequences nest by column: a stack of Frames holds the
// keys and sequence entries still open at the current indentation. Flow
// collections found inside go through the JSON path (ConfigFlow.cpp).
//
//===----------------------------------------------------------------------===//
#include "facts/ConfigBuilder.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using namespace rtclint::configfacts;
using llvm::StringRef;

namespace {

bool isEnvName(StringRef S) {
  if (S.empty() || !(llvm::isAlpha(S[0]) || S[0] == '_'))
    return false;
  return llvm::all_of(S, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.' || C == '-';
  });
}

} // namespace

std::vector<std::string>
ConfigBuilder::segments(const std::vector<Frame> &Stack) {
  std::vector<std::string> Segs;
  for (const Frame &Fr : Stack)
    if (!Fr.Key.empty())
      Segs.push_back(Fr.Key);
  return Segs;
}

void ConfigBuilder::addItem(const Token &V, const std::vector<Frame> &Stack,
                            StringRef Tag) {
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
      S.Range = Verbatim
                    ? Span{uint32_t(V.Begin + Q + Eq + 1), uint32_t(V.End - Q)}
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
  addScalar(V, Segs.empty() ? "" : StringRef(Segs.back()), joinPath(Segs), Node,
            nullptr, Tag);
}

size_t ConfigBuilder::yamlFlow(size_t I, const std::vector<Frame> &Stack,
                               int Limit) {
  std::vector<std::string> Segs = segments(Stack);
  FlowLimit = Limit;
  return parseValue(I, Segs, Segs.empty() ? "" : StringRef(Segs.back()),
                    nullptr, -1, 0);
}

void ConfigBuilder::runYAML() {
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
        I = yamlFlow(I, Stack, -1);
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

size_t ConfigBuilder::yamlEntry(size_t I, std::vector<Frame> &Stack, int Col) {
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
  if (isPunct(Buf, V, "{") || isPunct(Buf, V, "["))
    return yamlFlow(J, Stack, Col);
  return J;
}

size_t ConfigBuilder::yamlComplexKey(size_t I, std::vector<Frame> &Stack) {
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

size_t ConfigBuilder::yamlKey(size_t I, std::vector<Frame> &Stack) {
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
      addScalar(V, Key, joinPath(segments(Stack), Key), Node, &K, Tag);
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
