//===- Provenance.cpp - What a value is built from ------------------------===//
//
// A value's sources are the names, fields and literal keys in its text, plus
// (recursively, a few levels deep) the sources of the variables it names as
// they were assigned earlier in a visible scope. Object literals, JSON and
// format calls, concatenation and interpolation need no special case: they
// all leave the names they combine in the text.
//
//===----------------------------------------------------------------------===//
#include "facts/Flow.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

static constexpr unsigned MaxDepth = 4;
static constexpr size_t MaxDefinitions = 8;

static bool definesValue(BindKind K) {
  return K == BindKind::Variable || K == BindKind::Assignment ||
         K == BindKind::Field || K == BindKind::Define;
}

static std::vector<Span> scopeRanges(const FileFacts &F) {
  std::vector<Span> Out;
  Out.reserve(F.Scopes.size());
  for (const ScopeFact &S : F.Scopes)
    Out.push_back(S.Range);
  return Out;
}

FlowIndex::FlowIndex(const FileFacts &Facts, StringRef B)
    : F(Facts), Buf(B),
      Code(Facts.CodeView.size() == B.size() ? StringRef(Facts.CodeView) : B),
      Calls(Facts), Scopes(scopeRanges(Facts)) {
  for (size_t I = 0; I < F.Bindings.size(); ++I)
    if (definesValue(F.Bindings[I].Bind) && !F.Bindings[I].Name.empty())
      ByName[F.Bindings[I].Name].push_back(int32_t(I));
  for (size_t I = 0; I < F.Bindings.size(); ++I)
    if (definesValue(F.Bindings[I].Bind)) {
      StringRef Path = F.Bindings[I].Path;
      size_t Cut = Path.find_first_of(".[");
      if (Cut != StringRef::npos && Cut > 0)
        ByPathRoot[Path.take_front(Cut)].push_back(int32_t(I));
    }
  for (size_t I = 0; I < F.Bindings.size(); ++I)
    if (F.Bindings[I].Bind == BindKind::ObjectKey ||
        F.Bindings[I].Bind == BindKind::Keyword)
      KeysByBegin.push_back(int32_t(I));
  llvm::stable_sort(KeysByBegin, [&](int32_t A, int32_t B) {
    return F.Bindings[A].NameRange.Begin < F.Bindings[B].NameRange.Begin;
  });
}

std::vector<int32_t> FlowIndex::callsWithin(Span W) const {
  std::vector<int32_t> Out = Calls.startingIn(W);
  llvm::erase_if(Out, [&](int32_t I) { return F.Calls[I].Range.End > W.End; });
  return Out;
}

std::vector<int32_t> FlowIndex::keysWithin(Span W) const {
  auto It = llvm::partition_point(KeysByBegin, [&](int32_t I) {
    return F.Bindings[I].NameRange.Begin < W.Begin;
  });
  std::vector<int32_t> Out;
  for (; It != KeysByBegin.end() && F.Bindings[*It].NameRange.Begin < W.End;
       ++It)
    if (F.Bindings[*It].NameRange.End <= W.End)
      Out.push_back(*It);
  llvm::sort(Out);
  return Out;
}

int32_t FlowIndex::unitScope(int32_t S) const {
  while (S > 0 && size_t(S) < F.Scopes.size() &&
         F.Scopes[S].Kind == ScopeKind::Block)
    S = F.Scopes[S].Parent;
  return S < 0 ? 0 : S;
}

bool FlowIndex::visible(int32_t Decl, int32_t Use) const {
  int32_t D = unitScope(Decl);
  if (companionScope(D))
    D = F.Scopes[D].Parent; // its class sees a companion's members

  for (int32_t S = unitScope(Use); S >= 0 && size_t(S) < F.Scopes.size();
       S = F.Scopes[S].Parent)
    if (S == D)
      return true;
  return D == 0;
}

std::vector<int32_t> FlowIndex::definitions(StringRef Chain,
                                            uint32_t Offset) const {
  std::vector<std::string> Segs = chainSegments(Chain);
  std::vector<int32_t> Out;
  if (Segs.empty())
    return Out;
  bool Member = Segs.size() == 2 &&
                (Segs[0] == "this" || Segs[0] == "self" || Chain[0] == '@');
  bool Ivar = Segs.size() == 1 && Chain.starts_with("@");
  StringRef Name = Member ? StringRef(Segs[1]) : StringRef(Segs[0]);
  if (Segs.size() > 1 && !Member)
    Name = Segs.back(); // obj.field = v: bound with Path "obj.field"
  auto It = ByName.find(Name);
  if (It == ByName.end())
    return Out;
  int32_t Use = innermostScopeAt(Offset);
  std::string Dotted = llvm::join(Segs, ".");
  // Built once: a common name has a binding in every function of the file.
  std::string DotDotted = "." + Dotted, This = "this." + Name.str(),
              Self = "self." + Name.str(), At = "@" + Name.str();
  // `Config.kSessionId`: a static member read through its type's name.
  StringRef Owner =
      Segs.size() >= 2 && !Member ? StringRef(Segs[Segs.size() - 2]) : "";
  for (int32_t I : It->second) {
    const BindingFact &B = F.Bindings[I];
    bool Field = B.Bind == BindKind::Field;
    // Fields are visible in the whole class; other bindings before the use.
    if (!Field && B.NameRange.Begin >= Offset)
      continue;
    StringRef Path = B.Path;
    if (!Owner.empty() && Field && Path == Name &&
        ownerClass(B.Scope) == Owner) {
      Out.push_back(I);
      continue;
    }
    bool PathMatch =
        Path == Dotted || Path.ends_with(DotDotted) ||
        (Member && (Path == This || Path == Self || Path == At || Field)) ||
        (Ivar && Path == At);
    if (Segs.size() == 1 && !Ivar)
      PathMatch = Path == Name || Path.empty() || Field;
    if (!PathMatch)
      continue;
    // A field only from inside its class: another class's field of the
    // same name is another variable.
    if ((Field || !Member) && !visible(B.Scope, Use))
      continue;
    // A declaration without a value (`let sid;`) still says where the
    // variable lives.
    if (B.ValueRange.empty() && B.Bind == BindKind::Assignment)
      continue;
    Out.push_back(I);
  }
  // Declarations first, then assignments nearest to the use.
  llvm::stable_sort(Out, [&](int32_t A, int32_t B) {
    bool DA = F.Bindings[A].Bind != BindKind::Assignment;
    bool DB = F.Bindings[B].Bind != BindKind::Assignment;
    if (DA != DB)
      return DA;
    return F.Bindings[A].NameRange.Begin > F.Bindings[B].NameRange.Begin;
  });
  if (Out.size() > MaxDefinitions)
    Out.resize(MaxDefinitions);
  return Out;
}

/// The name of the class-like scope (class, struct, enum, object) that
/// declares what is bound in scope S, or empty.
StringRef FlowIndex::ownerClass(int32_t S) const {
  S = unitScope(S);
  if (S <= 0 || size_t(S) >= F.Scopes.size() ||
      F.Scopes[S].Kind != ScopeKind::Class)
    return {};
  // A Kotlin companion's members are read through the outer class's name.
  if (companionScope(S) && F.Scopes[S].Name.empty())
    S = F.Scopes[S].Parent;
  return F.Scopes[S].Name;
}

/// Keys written inside a string literal: `name=Jo&email=..`, `{"name": ..}`,
/// or the whole literal when it is one word (a subscript key).
static void literalKeys(StringRef Text, uint32_t Begin,
                        std::vector<FlowSource> &Out) {
  auto Word = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  if (!Text.empty() && Text.size() <= 64 && llvm::all_of(Text, Word)) {
    FlowSource S;
    S.Text = Text.str();
    S.Segments = {Text.str()};
    S.Range = Span{Begin, uint32_t(Begin + Text.size() + 2)};
    S.Key = true;
    Out.push_back(std::move(S));
    return;
  }
  for (size_t I = 0; I < Text.size();) {
    if (!Word(Text[I]) || (I > 0 && Word(Text[I - 1]))) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && Word(Text[J]))
      ++J;
    size_t K = J;
    if (K < Text.size() && Text[K] == '\\')
      ++K;
    if (K < Text.size() && (Text[K] == '"' || Text[K] == '\''))
      ++K;
    while (K < Text.size() && Text[K] == ' ')
      ++K;
    if (K < Text.size() && (Text[K] == '=' || Text[K] == ':') &&
        !(Text[K] == ':' && Text.substr(K).starts_with("://"))) {
      FlowSource S;
      S.Text = Text.slice(I, J).str();
      S.Segments = {S.Text};
      S.Range = Span{uint32_t(Begin + 1 + I), uint32_t(Begin + 1 + J)};
      S.Key = true;
      Out.push_back(std::move(S));
    }
    I = J;
  }
}

/// The argument lists of the calls in Items whose result does not carry
/// their arguments: every call not named in Through.
static std::vector<Span> opaqueCalls(llvm::ArrayRef<ExprItem> Items,
                                     const Vocabulary &Through) {
  std::vector<Span> Out;
  std::vector<std::pair<uint32_t, bool>> Open; // '(' offset, opaque
  for (size_t I = 0; I < Items.size(); ++I) {
    const ExprItem &It = Items[I];
    if (It.K != ExprItem::Punct)
      continue;
    if (It.Text == "(") {
      const ExprItem *Prev = I > 0 ? &Items[I - 1] : nullptr;
      bool Call = Prev && Prev->K == ExprItem::Chain && Prev->Called;
      std::vector<std::string> Segs =
          Call ? chainSegments(Prev->Text) : std::vector<std::string>{};
      Open.emplace_back(It.Begin,
                        Call && !Segs.empty() && !Through.equals(Segs.back()));
    } else if (It.Text == ")" && !Open.empty()) {
      if (Open.back().second)
        Out.push_back(Span{Open.back().first, It.End});
      Open.pop_back();
    }
  }
  return Out;
}

void FlowIndex::sourcesInto(Span E, const std::string &Via, unsigned Depth,
                            const Vocabulary *Through,
                            std::vector<int32_t> &Seen,
                            std::vector<FlowSource> &Out) const {
  std::vector<ExprItem> Items;
  scanExpr(Code, E, Items);
  std::vector<Span> Opaque;
  if (Through)
    Opaque = opaqueCalls(Items, *Through);
  auto Hidden = [&](uint32_t Offset) {
    return llvm::any_of(Opaque, [&](Span S) { return S.contains(Offset); });
  };
  // Object/dict keys written in the expression: {email: ...}.
  for (const BindingFact &B : F.Bindings)
    if ((B.Bind == BindKind::ObjectKey || B.Bind == BindKind::Keyword) &&
        B.NameRange.Begin >= E.Begin && B.NameRange.End <= E.End &&
        !Hidden(B.NameRange.Begin)) {
      FlowSource S;
      S.Text = B.Name;
      S.Segments = {B.Name};
      S.Range = B.NameRange;
      S.Via = Via;
      S.Key = true;
      Out.push_back(std::move(S));
    }
  for (const ExprItem &It : Items) {
    if (Hidden(It.Begin))
      continue;
    if (It.K == ExprItem::String) {
      size_t Before = Out.size();
      literalKeys(It.Text, It.Begin, Out);
      for (size_t I = Before; I < Out.size(); ++I)
        Out[I].Via = Via;
      continue;
    }
    if (It.K != ExprItem::Chain)
      continue;
    FlowSource S;
    S.Text = It.Text.str();
    S.Segments = chainSegments(It.Text);
    S.Range = Span{It.Begin, It.End};
    S.Via = Via;
    Out.push_back(S);
    if (It.Called || Depth >= MaxDepth)
      continue;
    std::vector<int32_t> Defs = definitions(It.Text, It.Begin);
    // `info.to_json`, `payload.toString`: the variable before a conversion.
    if (Defs.empty() && S.Segments.size() > 1 &&
        llvm::all_of(llvm::drop_begin(S.Segments), [](const std::string &M) {
          return llvm::is_contained({"to_json", "toJSON", "toJson", "toString",
                                     "to_s", "json", "encode", "build",
                                     "String", "serialize", "to_str"},
                                    M);
        }))
      Defs = definitions(S.Segments.front(), It.Begin);
    for (int32_t D : Defs) {
      if (llvm::is_contained(Seen, D))
        continue;
      Seen.push_back(D);
      const BindingFact &B = F.Bindings[D];
      if (B.ValueRange.empty())
        continue;
      std::string Next = Via.empty() ? S.Text : Via + " \u2190 " + S.Text;
      sourcesInto(B.ValueRange, Next, Depth + 1, Through, Seen, Out);
    }
  }
}

std::vector<FlowSource> FlowIndex::sources(Span E,
                                           const Vocabulary *Through) const {
  std::vector<FlowSource> Out;
  std::vector<int32_t> Seen;
  sourcesInto(E, "", 0, Through, Seen, Out);
  return Out;
}

void FlowIndex::optionIn(Span W, const Vocabulary &Names, unsigned Depth,
                         std::vector<Span> &Out) const {
  for (int32_t I : keysWithin(W)) {
    const BindingFact &B = F.Bindings[I];
    if (Names.equals(B.Name) && !B.ValueRange.empty())
      Out.push_back(B.ValueRange);
  }
  for (int32_t I : callsWithin(W)) {
    const CallFact &C = F.Calls[I];
    // Builder methods: .data(x), ->role(x), .expiryLength(d).
    if (Names.equals(C.Name) && !C.Args.empty() && C.Args[0].Keyword.empty())
      Out.push_back(C.Args[0].Range);
    // dict(data=...), TokenOptions(connection_data=...).
    for (const ArgFact &A : C.Args)
      if (!A.Keyword.empty() && Names.equals(A.Keyword))
        Out.push_back(A.Range);
  }
  std::vector<ExprItem> Items;
  scanExpr(Code, W, Items);
  // Shorthand properties: { data } and { data, role }.
  for (size_t I = 1; I + 1 < Items.size(); ++I)
    if (Items[I].K == ExprItem::Chain && !Items[I].Called &&
        Names.equals(Items[I].Text) &&
        (Items[I - 1].Text == "{" || Items[I - 1].Text == ",") &&
        (Items[I + 1].Text == "}" || Items[I + 1].Text == ","))
      Out.push_back(Span{Items[I].Begin, Items[I].End});
  if (Depth >= 2)
    return;
  // A variable holding the options: follow it once more.
  if (Items.size() == 1 && Items[0].K == ExprItem::Chain && !Items[0].Called) {
    StringRef Chain = Items[0].Text;
    for (int32_t D : definitions(Chain, Items[0].Begin))
      optionIn(F.Bindings[D].ValueRange, Names, Depth + 1, Out);
    // opts.data = x; opts['data'] = x after the declaration.
    // Only where the use can see them: another function's `opts` is
    // another variable.
    std::vector<std::string> Segs = chainSegments(Chain);
    std::string Root = llvm::join(Segs, ".");
    std::string Dot = Root + ".", Bracket = Root + "[";
    int32_t Use = innermostScopeAt(Items[0].Begin);
    auto Candidates =
        Segs.empty() ? ByPathRoot.end() : ByPathRoot.find(Segs.front());
    if (Candidates != ByPathRoot.end())
      for (int32_t I : Candidates->second) {
        const BindingFact &B = F.Bindings[I];
        if (B.NameRange.Begin < Items[0].Begin &&
            (StringRef(B.Path).starts_with(Dot) ||
             StringRef(B.Path).starts_with(Bracket)) &&
            Names.equals(B.Name) && visible(B.Scope, Use))
          Out.push_back(B.ValueRange);
      }
  }
}

std::vector<Span>
FlowIndex::optionValues(const CallFact &C, const Vocabulary &Names,
                        llvm::ArrayRef<unsigned> Positions) const {
  std::vector<Span> Out;
  for (size_t I = 0; I < C.Args.size(); ++I) {
    const ArgFact &A = C.Args[I];
    if (!A.Keyword.empty()) {
      if (Names.equals(A.Keyword))
        Out.push_back(A.Range);
      continue;
    }
    if (llvm::is_contained(Positions, unsigned(I)))
      Out.push_back(A.Range);
    if (!Names.empty())
      optionIn(A.Range, Names, 0, Out);
  }
  llvm::sort(Out, [](Span A, Span B) {
    return std::make_pair(A.Begin, A.End) < std::make_pair(B.Begin, B.End);
  });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](Span A, Span B) {
                          return A.Begin == B.Begin && A.End == B.End;
                        }),
            Out.end());
  return Out;
}

void FlowIndex::constantsInto(Span E, unsigned Depth,
                              std::vector<std::string> &Out) const {
  std::vector<ExprItem> Items;
  scanExpr(Code, E, Items);
  for (const ExprItem &It : Items) {
    if (It.K == ExprItem::String || It.K == ExprItem::Number) {
      Out.push_back(It.Text.str());
      continue;
    }
    if (It.K != ExprItem::Chain)
      continue;
    // Enum members and symbols are constants too: Role.MODERATOR, :moderator.
    Out.push_back(It.Text.str());
    if (It.Called || Depth >= MaxDepth)
      continue;
    for (int32_t D : definitions(It.Text, It.Begin))
      constantsInto(F.Bindings[D].ValueRange, Depth + 1, Out);
  }
}

std::vector<std::string> FlowIndex::constants(Span E) const {
  std::vector<std::string> Out;
  constantsInto(E, 0, Out);
  return Out;
}
