//===- Conditions.cpp - Which condition a value or call depends on -------===//
//
// Conditional regions are read from the code view once per file, on demand:
// the body of if / elif / elsif / else / unless / switch / when / match
// (braces, Python and Ruby indentation, or one statement), and the rest of a
// function after an early-exit guard (`if (!user.isHost) return ...;`,
// `guard ... else { return }`). A value also depends on a condition when it
// is a ternary or conditional expression, or when a variable it names was
// assigned under one.
//
//===----------------------------------------------------------------------===//
#include "facts/Flow.h"
#include "facts/TextUtil.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

bool wordChar(char C) {
  return llvm::isAlnum(C) || C == '_' || C == '$' || C == '@';
}

size_t skipString(StringRef S, size_t I) {
  char Q = S[I];
  bool Triple = S.substr(I).starts_with(std::string(3, Q));
  size_t J = I + (Triple ? 3 : 1);
  while (J < S.size()) {
    if (S[J] == '\\') {
      J += 2;
      continue;
    }
    if (S[J] == Q && (!Triple || S.substr(J).starts_with(std::string(3, Q))))
      return J + (Triple ? 3 : 1);
    if (S[J] == '\n' && Q != '`' && !Triple)
      return J;
    ++J;
  }
  return S.size();
}

/// The bracket closing the one at I (strings skipped), or npos.
size_t matching(StringRef S, size_t I) {
  int Depth = 0;
  for (size_t J = I; J < S.size(); ++J) {
    char C = S[J];
    if (C == '"' || C == '\'' || C == '`') {
      J = skipString(S, J) - 1;
      continue;
    }
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && --Depth == 0)
      return J;
  }
  return StringRef::npos;
}

size_t lineStart(StringRef S, size_t I) {
  size_t P = S.rfind('\n', I);
  return P == StringRef::npos ? 0 : P + 1;
}

unsigned indentOf(StringRef S, size_t LineBegin) {
  unsigned N = 0;
  while (LineBegin + N < S.size() &&
         (S[LineBegin + N] == ' ' || S[LineBegin + N] == '\t'))
    ++N;
  return N;
}

/// The end of the block indented deeper than the line holding I.
size_t indentedBlockEnd(StringRef S, size_t I) {
  unsigned Head = indentOf(S, lineStart(S, I));
  size_t P = S.find('\n', I);
  size_t End = P == StringRef::npos ? S.size() : P;
  while (P != StringRef::npos && P + 1 < S.size()) {
    size_t L = P + 1;
    size_t Next = S.find('\n', L);
    StringRef Line = S.slice(L, Next == StringRef::npos ? S.size() : Next);
    if (!Line.trim().empty()) {
      if (indentOf(S, L) <= Head)
        break;
      End = L + Line.size();
    }
    P = Next;
  }
  return End;
}

bool exits(StringRef Body) {
  Body = Body.ltrim(" \t\r\n{:");
  for (StringRef W : {"return", "throw", "raise", "abort", "halt", "exit",
                      "die", "continue", "break", "redirect", "next"})
    if (Body.starts_with(W) &&
        (Body.size() == W.size() || !wordChar(Body[W.size()])))
      return true;
  return false;
}

} // namespace

void FlowIndex::buildRegions() const {
  RegionsBuilt = true;
  StringRef S = Code;
  static const StringRef Keys[] = {"if",     "elif", "elsif", "unless", "else",
                                   "switch", "when", "guard", "match",  "case"};
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '"' || C == '\'' || C == '`') {
      I = skipString(S, I) - 1;
      continue;
    }
    if (!llvm::isAlpha(C) || (I > 0 && (wordChar(S[I - 1]) || S[I - 1] == '.')))
      continue;
    size_t WEnd = I;
    while (WEnd < S.size() && wordChar(S[WEnd]))
      ++WEnd;
    StringRef W = S.slice(I, WEnd);
    if (!llvm::is_contained(Keys, W)) {
      I = WEnd - 1;
      continue;
    }
    size_t J = WEnd;
    while (J < S.size() && (S[J] == ' ' || S[J] == '\t'))
      ++J;
    if (W == "else" && S.substr(J).starts_with("if") &&
        (J + 2 >= S.size() || !wordChar(S[J + 2]))) {
      I = J - 1; // `else if`: the `if` is read next
      continue;
    }
    // The condition: parenthesized, or up to `{`, `:` at line end, `then`,
    // or the end of the line.
    std::string Cond;
    size_t K = J;
    if (J < S.size() && S[J] == '(') {
      size_t Close = matching(S, J);
      if (Close == StringRef::npos)
        continue;
      Cond = facttext::collapse(S.slice(J + 1, Close));
      K = Close + 1;
    } else if (W != "else") {
      size_t E = J;
      while (E < S.size() && S[E] != '\n' && S[E] != '{' &&
             !(S[E] == ':' && (E + 1 >= S.size() || S[E + 1] == '\n' ||
                               S[E + 1] == ' ' || S[E + 1] == '\r')))
        ++E;
      StringRef Raw = S.slice(J, E);
      size_t Then = Raw.find(" then");
      if (Then != StringRef::npos)
        Raw = Raw.take_front(Then);
      if (W == "guard") {
        size_t Else = Raw.rfind(" else");
        if (Else != StringRef::npos)
          Raw = Raw.take_front(Else);
      }
      Cond = facttext::collapse(Raw);
      K = E;
    }
    while (K < S.size() && (S[K] == ' ' || S[K] == '\t' || S[K] == '\r'))
      ++K;
    Span Body;
    if (K < S.size() && S[K] == '{') {
      size_t Close = matching(S, K);
      Body = Span{uint32_t(K),
                  uint32_t(Close == StringRef::npos ? S.size() : Close + 1)};
    } else if (K < S.size() && (S[K] == ':' || S[K] == '\n')) {
      Body = Span{uint32_t(K), uint32_t(indentedBlockEnd(S, I))};
    } else {
      size_t E = K;
      while (E < S.size() && S[E] != ';' && S[E] != '\n')
        ++E;
      Body = Span{uint32_t(K), uint32_t(E)};
    }
    ConditionContext Ctx;
    Ctx.Keyword = W.str();
    Ctx.Text = Cond;
    Ctx.Range = Body;
    // An early exit guards the rest of the function too.
    if ((W == "if" || W == "unless" || W == "guard") &&
        exits(S.slice(Body.Begin, Body.End))) {
      const ScopeFact &Sc = F.Scopes[unitScope(innermostScopeAt(I))];
      ConditionContext Rest = Ctx;
      Rest.Keyword = W == "guard" ? "guard" : W.str() + "-return";
      Rest.Range = Span{Body.End, std::max(Body.End, Sc.Range.End)};
      Regions.push_back(std::move(Rest));
    }
    Regions.push_back(std::move(Ctx));
    I = WEnd - 1;
  }
}

/// A ternary or conditional expression at the top of E's text.
static std::optional<ConditionContext> inlineCondition(StringRef Code, Span E) {
  std::vector<ExprItem> Items;
  scanExpr(Code, E, Items);
  for (size_t I = 0; I < Items.size(); ++I) {
    const ExprItem &It = Items[I];
    bool Ternary =
        It.K == ExprItem::Punct && It.Text == "?" &&
        llvm::any_of(llvm::drop_begin(Items, I), [](const ExprItem &X) {
          return X.K == ExprItem::Punct && X.Text == ":";
        });
    bool Word = It.K == ExprItem::Chain &&
                (It.Text == "if" || It.Text == "when" || It.Text == "switch" ||
                 It.Text == "match" || It.Text == "unless");
    if (!Ternary && !Word)
      continue;
    ConditionContext C;
    C.Keyword = Ternary ? "?:" : It.Text.str();
    C.Text = facttext::collapse(Code.slice(
        Ternary ? E.Begin : It.End,
        Ternary ? It.Begin : (I + 1 < Items.size() ? E.End : E.End)));
    C.Range = E;
    return C;
  }
  return std::nullopt;
}

std::optional<ConditionContext> FlowIndex::conditionAt(Span E,
                                                       unsigned Depth) const {
  if (auto C = inlineCondition(Code, E))
    return C;
  if (!RegionsBuilt)
    buildRegions();
  // Regions inside the function the value is in (a module-level `if` around
  // route definitions is configuration, not a per-caller decision).
  int32_t Unit = unitScope(innermostScopeAt(E.Begin));
  const ConditionContext *Best = nullptr;
  for (const ConditionContext &R : Regions)
    if (R.Range.contains(E.Begin) &&
        (Unit == 0 || R.Range.Begin >= F.Scopes[Unit].Range.Begin) &&
        (!Best ||
         R.Range.End - R.Range.Begin < Best->Range.End - Best->Range.Begin))
      Best = &R;
  if (Best)
    return *Best;
  if (Depth >= 3)
    return std::nullopt;
  std::vector<ExprItem> Items;
  scanExpr(Code, E, Items);
  for (const ExprItem &It : Items) {
    if (It.K != ExprItem::Chain || It.Called)
      continue;
    for (int32_t D : definitions(It.Text, It.Begin)) {
      const BindingFact &B = F.Bindings[D];
      Span At{B.NameRange.Begin, std::max(B.NameRange.End, B.ValueRange.End)};
      if (auto C =
              conditionAt(B.ValueRange.empty() ? B.NameRange : At, Depth + 1))
        return C;
    }
  }
  return std::nullopt;
}

std::optional<ConditionContext> FlowIndex::condition(Span E) const {
  return conditionAt(E, 0);
}
