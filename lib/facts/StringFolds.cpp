//===- StringFolds.cpp - Values built from several literals ---------------===//
//
// A value may be assembled from literals in ways the `+` folding of the
// structural pass does not see, which would let a split credential (a PEM
// block, a token) pass every rule:
//   - joins of an array of literals: `['a', 'b'].join('\n')` (JS, Ruby),
//     `'\n'.join(['a', 'b'])` (Python), `implode("\n", ['a', 'b'])` (PHP);
//   - accumulation into one name: `k = 'a'` then `k += 'b'` (`.=` in PHP,
//     `<<` in Ruby), one literal per statement.
// Each becomes one more StringFact with the assembled value, spanning the
// literals it came from and named like the binding that holds it. The
// pieces keep their own facts; a secret found verbatim in a piece is
// located there, so the two reports coincide.
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

class Folder {
public:
  Folder(Language L, StringRef Buf, const std::vector<Token> &Toks,
         FileFacts &F)
      : L(L), Buf(Buf), F(F) {
    // Past a budget cut there are no facts to fold.
    for (const Token &Tk : Toks)
      if (!Tk.is(TokenKind::Comment) && Tk.Begin < F.BudgetCut)
        T.push_back(&Tk);
    for (size_t I = 0; I < F.Strings.size(); ++I) {
      const StringFact &S = F.Strings[I];
      if (!S.InComment && S.Kind == ValueKind::String)
        FactAt.try_emplace(S.Range.Begin, int32_t(I));
    }
  }

  void joins();
  void accumulations();

private:
  Language L;
  StringRef Buf;
  FileFacts &F;
  std::vector<const Token *> T; // code tokens
  llvm::DenseMap<uint32_t, int32_t> FactAt;
  std::vector<StringFact> New;

  StringRef text(size_t I) const { return I < T.size() ? T[I]->text(Buf) : ""; }
  bool isPunct(size_t I, StringRef P) const {
    return I < T.size() && T[I]->is(TokenKind::Punct) && text(I) == P;
  }
  bool isIdent(size_t I, StringRef W) const {
    return I < T.size() && T[I]->is(TokenKind::Identifier) && text(I) == W;
  }
  /// The whole-literal fact starting at token I and the token index past
  /// it, or -1.
  int32_t factAt(size_t I, size_t &Next) const;
  /// Literals `a, b, c` up to Closer from I (just past the opener); returns
  /// the index past Closer, or 0 when anything else is in the list.
  size_t literalList(size_t I, StringRef Closer,
                     std::vector<int32_t> &Items) const;
  void addFold(std::string Value, Span Range, int32_t Seed, bool FromBinding);
  std::vector<uint32_t> ByValue; // binding indices by value start
  bool statementEndsAt(size_t I) const {
    return I >= T.size() || isPunct(I, ";") || isPunct(I, "}") ||
           T[I]->has(tokflags::NewlineBefore);
  }
  bool statementStartsAt(size_t I) const {
    return I == 0 || T[I]->has(tokflags::NewlineBefore) ||
           T[I - 1]->is(TokenKind::Markup) || // <?php
           isPunct(I - 1, ";") || isPunct(I - 1, "{") || isPunct(I - 1, "}") ||
           isIdent(I - 1, "let") || isIdent(I - 1, "var") ||
           isIdent(I - 1, "const") || isIdent(I - 1, "my");
  }

public:
  void commit() {
    llvm::sort(New, [](const StringFact &A, const StringFact &B) {
      return A.Range.Begin < B.Range.Begin;
    });
    for (StringFact &S : New)
      F.Strings.push_back(std::move(S));
  }
};

int32_t Folder::factAt(size_t I, size_t &Next) const {
  if (I >= T.size() || !T[I]->is(TokenKind::String))
    return -1;
  auto It = FactAt.find(T[I]->Begin);
  if (It == FactAt.end())
    return -1;
  const StringFact &S = F.Strings[It->second];
  if (S.Interpolated)
    return -1;
  Next = I + 1;
  while (Next < T.size() && T[Next]->Begin < S.Range.End)
    ++Next;
  return It->second;
}

size_t Folder::literalList(size_t I, StringRef Closer,
                           std::vector<int32_t> &Items) const {
  while (I < T.size()) {
    if (isPunct(I, Closer))
      return I + 1;
    size_t Next;
    int32_t S = factAt(I, Next);
    if (S < 0)
      return 0;
    Items.push_back(S);
    I = Next;
    if (isPunct(I, ","))
      ++I;
    else if (!isPunct(I, Closer))
      return 0;
  }
  return 0;
}

void Folder::addFold(std::string Value, Span Range, int32_t Seed,
                     bool FromBinding) {
  StringFact S;
  S.Value = std::move(Value);
  S.Range = Range;
  const StringFact &Sd = F.Strings[Seed];
  S.Scope = Sd.Scope;
  S.Name = Sd.Name;
  S.Path = Sd.Path;
  S.Bind = Sd.Bind;
  S.Call = Sd.Call;
  S.ArgIndex = Sd.ArgIndex;
  if (!FromBinding) {
    New.push_back(std::move(S));
    return;
  }
  // A join is named like the innermost binding whose value holds it: the
  // nearest few bindings starting at or before it (bounded, so a file of
  // many joins stays linear).
  if (ByValue.empty() && !F.Bindings.empty()) {
    for (size_t I = 0; I < F.Bindings.size(); ++I)
      ByValue.push_back(uint32_t(I));
    llvm::stable_sort(ByValue, [&](uint32_t A, uint32_t B) {
      return F.Bindings[A].ValueRange.Begin < F.Bindings[B].ValueRange.Begin;
    });
  }
  auto It = llvm::partition_point(ByValue, [&](uint32_t I) {
    return F.Bindings[I].ValueRange.Begin <= Range.Begin;
  });
  const BindingFact *Best = nullptr;
  for (unsigned N = 0; It != ByValue.begin() && N < 64; ++N) {
    const BindingFact &B = F.Bindings[*--It];
    if (Range.End <= B.ValueRange.End &&
        (!Best || B.ValueRange.End - B.ValueRange.Begin <
                      Best->ValueRange.End - Best->ValueRange.Begin))
      Best = &B;
  }
  if (Best) {
    S.Name = Best->Name;
    S.Path = Best->Path;
    S.Bind = Best->Bind;
    S.Call = Best->Call;
    S.ArgIndex = Best->ArgIndex;
  }
  New.push_back(std::move(S));
}

static std::string joined(const FileFacts &F, llvm::ArrayRef<int32_t> Items,
                          StringRef Sep) {
  std::string V;
  for (size_t I = 0; I < Items.size(); ++I) {
    if (I)
      V += Sep;
    V += F.Strings[Items[I]].Value;
  }
  return V;
}

void Folder::joins() {
  bool JSLike = L == Language::JavaScript || L == Language::TypeScript;
  for (size_t I = 0; I < T.size(); ++I) {
    std::vector<int32_t> Items;
    size_t Next;
    // [a, b].join(sep)
    if ((JSLike || L == Language::Ruby) && isPunct(I, "[")) {
      size_t E = literalList(I + 1, "]", Items);
      if (!E || Items.size() < 2 || !isPunct(E, ".") || !isIdent(E + 1, "join"))
        continue;
      std::string Sep = L == Language::Ruby ? "" : ",";
      size_t Close = E + 2;
      if (isPunct(Close, "(")) {
        int32_t S = factAt(Close + 1, Next);
        if (S >= 0 && isPunct(Next, ")")) {
          Sep = F.Strings[S].Value;
          Close = Next;
        } else if (isPunct(Close + 1, ")")) {
          Close = Close + 1;
        } else {
          continue;
        }
      } else {
        Close = E + 1; // Ruby `join` without parentheses
      }
      addFold(joined(F, Items, Sep), Span{T[I]->Begin, T[Close]->End}, Items[0],
              true);
      continue;
    }
    // sep.join([a, b]) / sep.join((a, b))
    if (L == Language::Python) {
      int32_t S = factAt(I, Next);
      if (S < 0 || !isPunct(Next, ".") || !isIdent(Next + 1, "join") ||
          !isPunct(Next + 2, "("))
        continue;
      StringRef Open = text(Next + 3);
      if (Open != "[" && Open != "(")
        continue;
      size_t E = literalList(Next + 4, Open == "[" ? "]" : ")", Items);
      if (!E || Items.size() < 2 || !isPunct(E, ")"))
        continue;
      addFold(joined(F, Items, F.Strings[S].Value),
              Span{T[I]->Begin, T[E]->End}, Items[0], true);
      continue;
    }
    // implode(sep, [a, b]) / join(sep, array(a, b))
    if (L == Language::PHP && (isIdent(I, "implode") || isIdent(I, "join")) &&
        isPunct(I + 1, "(")) {
      int32_t S = factAt(I + 2, Next);
      if (S < 0 || !isPunct(Next, ","))
        continue;
      size_t E = 0;
      if (isPunct(Next + 1, "["))
        E = literalList(Next + 2, "]", Items);
      else if (isIdent(Next + 1, "array") && isPunct(Next + 2, "("))
        E = literalList(Next + 3, ")", Items);
      if (!E || Items.size() < 2 || !isPunct(E, ")"))
        continue;
      addFold(joined(F, Items, F.Strings[S].Value),
              Span{T[I]->Begin, T[E]->End}, Items[0], true);
    }
  }
}

void Folder::accumulations() {
  // Pieces are fact indices; the value is built only for a grown name.
  struct Acc {
    Span Range;
    int32_t Seed;
    std::vector<int32_t> More;
  };
  llvm::StringMap<Acc> Open;
  auto Flush = [&](llvm::StringMap<Acc>::iterator It) {
    const Acc &A = It->second;
    if (!A.More.empty()) {
      std::string V = F.Strings[A.Seed].Value;
      for (int32_t P : A.More)
        V += F.Strings[P].Value;
      addFold(std::move(V), A.Range, A.Seed, false);
    }
    Open.erase(It);
  };
  StringRef AppendOp = L == Language::PHP ? ".=" : "+=";
  for (size_t I = 0; I < T.size(); ++I) {
    if (!T[I]->is(TokenKind::Identifier) || !statementStartsAt(I))
      continue;
    // NAME, this.NAME, self.NAME, $obj->NAME
    size_t J = I;
    std::string Name = text(J).str();
    while (J + 2 < T.size() && (isPunct(J + 1, ".") || isPunct(J + 1, "->")) &&
           T[J + 2]->is(TokenKind::Identifier)) {
      Name += ".";
      Name += text(J + 2).str();
      J += 2;
    }
    size_t Op = J + 1;
    bool Assign = isPunct(Op, "=");
    bool Append =
        isPunct(Op, AppendOp) || (L == Language::Ruby && isPunct(Op, "<<"));
    if (!Assign && !Append)
      continue;
    size_t Next;
    int32_t S = factAt(Op + 1, Next);
    bool Literal = S >= 0 && statementEndsAt(Next);
    auto It = Open.find(Name);
    if (Assign) {
      if (It != Open.end())
        Flush(It);
      if (Literal)
        Open[Name] = Acc{F.Strings[S].Range, S, {}};
    } else if (It != Open.end()) {
      if (!Literal) {
        Open.erase(It);
        continue;
      }
      It->second.More.push_back(S);
      It->second.Range.End = F.Strings[S].Range.End;
    }
    I = Op;
  }
  while (!Open.empty())
    Flush(Open.begin());
}

} // namespace

void builders::foldStrings(Language L, StringRef Buf,
                           const std::vector<Token> &Toks, FileFacts &F) {
  // Most files have neither: no index is built for them.
  bool Any = llvm::any_of(Toks, [&](const Token &Tk) {
    StringRef S = Tk.text(Buf);
    return (Tk.is(TokenKind::Punct) && (S == "+=" || S == ".=" || S == "<<")) ||
           (Tk.is(TokenKind::Identifier) && (S == "join" || S == "implode"));
  });
  if (!Any)
    return;
  Folder Fo(L, Buf, Toks, F);
  Fo.joins();
  Fo.accumulations();
  Fo.commit();
}
