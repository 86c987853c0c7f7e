//===- CodeStrings.cpp - Literal values and their folding -----------------===//
//
// Adjacent literals ("a" "b") always fold. A `+` (or PHP `.`) chain folds
// only when every operand is a literal; otherwise each run of adjacent
// literals is its own fact, so `"Bearer " + token` never claims to know the
// whole value.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "lex/Lexer.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

bool Pass::isConcatOp(int64_t I) const {
  if (I < 0 || size_t(I) >= CodeToks.size() ||
      !CodeToks[I].is(TokenKind::Punct))
    return false;
  StringRef S = text(I);
  return S == "+" || (Dialect.DotConcat && S == ".");
}

void Pass::setStringContext(StringFact &S) const {
  const Frame &Fr = Stack.back();
  S.Scope = Fr.EffScope;
  if (Fr.CallFrame >= 0) {
    const Frame &CF = Stack[Fr.CallFrame];
    S.Call = CF.Call;
    S.ArgIndex = int32_t(CF.ArgIndex);
  }
}

int32_t Pass::addString(uint32_t First, uint32_t Last, std::string Value,
                        bool Interp) {
  StringFact S;
  S.Value = std::move(Value);
  S.Range = Span{CodeToks[First].Begin, CodeToks[Last].End};
  S.Interpolated = Interp;
  setStringContext(S);
  Result.Strings.push_back(std::move(S));
  int32_t Idx = int32_t(Result.Strings.size() - 1);
  StrAt[First] = Idx;
  StrLast.resize(Idx - StrBase + 1, -1);
  StrLast[Idx - StrBase] = Last;
  for (uint32_t J = First + 1; J <= Last; ++J)
    if (CodeToks[J].is(TokenKind::String))
      StrAt[J] = -2; // folded into the fact of First
  return Idx;
}

void Pass::onString(uint32_t I) {
  if (StrAt[I] != -1)
    return;
  // Runs of adjacent literals, then the `+` chain joining them.
  // Where a line break ends a statement (Python outside brackets), a string
  // on the next line starts a new one: `SECRET = '...'` then an attribute
  // docstring `"""The API secret."""` are two values, not one.
  bool LineEnds = Dialect.NewlineEnds && isStatementFrame(Stack.back());
  auto RunEnd = [&](uint32_t J) {
    while (Dialect.AdjacentConcat && J + 1 < CodeToks.size() &&
           CodeToks[J + 1].is(TokenKind::String) &&
           !(LineEnds && BreakBefore[J + 1] && !continues(J + 1)))
      ++J;
    return J;
  };
  llvm::SmallVector<std::pair<uint32_t, uint32_t>, 4> Runs;
  Runs.push_back({I, RunEnd(I)});
  while (Runs.size() < 4096) {
    uint32_t E = Runs.back().second;
    if (E + 2 >= CodeToks.size() || !isConcatOp(E + 1) ||
        !CodeToks[E + 2].is(TokenKind::String))
      break;
    Runs.push_back({E + 2, RunEnd(E + 2)});
  }
  uint32_t Last = Runs.back().second;
  bool Pure = !isConcatOp(int64_t(I) - 1) && !isConcatOp(int64_t(Last) + 1);
  auto Decode = [&](uint32_t A, uint32_t B, std::string &Out, bool &Interp) {
    for (uint32_t J = A; J <= B; ++J) {
      if (!CodeToks[J].is(TokenKind::String))
        continue;
      Out += decodeString(Lang, Buf, CodeToks[J]);
      Interp |= CodeToks[J].has(tokflags::Interpolated);
    }
  };
  if (Pure) {
    std::string V;
    bool Interp = false;
    Decode(I, Last, V, Interp);
    addString(I, Last, std::move(V), Interp);
    return;
  }
  for (auto [A, B] : Runs) {
    std::string V;
    bool Interp = false;
    Decode(A, B, V, Interp);
    addString(A, B, std::move(V), Interp);
  }
}

int32_t Pass::wholeString(int64_t First, int64_t Last) const {
  if (First < 0 || size_t(First) >= CodeToks.size() || StrAt[First] < 0)
    return -1;
  int32_t S = StrAt[First];
  return StrLast[S - StrBase] == Last ? S : -1;
}

/// `rejectUnauthorized: false`, `verify=False`, `port = 8080`: literal
/// values of bindings are facts too, so rules can match on them.
void Pass::addLiteralFact(BindingFact &B, int64_t First, int64_t Last) {
  if (First < 0 || Last < First || size_t(Last) >= CodeToks.size())
    return;
  bool Neg = Last == First + 1 && isPunct(First, "-");
  if (Last != First && !Neg)
    return;
  ValueKind K = ValueKind::Other;
  if (CodeToks[Last].is(TokenKind::Number))
    K = ValueKind::Number;
  else if (!Neg && CodeToks[Last].is(TokenKind::Identifier))
    K = literalKind(text(Last));
  if (K == ValueKind::Other)
    return;
  StringFact S;
  S.Kind = K;
  S.Range = Span{CodeToks[First].Begin, CodeToks[Last].End};
  S.Value = Buf.slice(S.Range.Begin, S.Range.End).str();
  S.Name = B.Name;
  S.Path = B.Path;
  S.Bind = B.Bind;
  S.Call = B.Call;
  S.ArgIndex = B.ArgIndex;
  S.Scope = B.Scope;
  B.String = int32_t(Result.Strings.size());
  Result.Strings.push_back(std::move(S));
}
