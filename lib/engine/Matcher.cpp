//===- Matcher.cpp - Patterns against facts -------------------------------===//
#include "engine/Matcher.h"
#include "engine/FlowMatch.h"
#include "engine/RouteMatch.h"
#include "rules/Validators.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

re2::StringPiece piece(StringRef S) { return {S.data(), S.size()}; }
StringRef ref(re2::StringPiece S) { return {S.data(), S.size()}; }

bool partial(const RegexPtr &Re, StringRef S) {
  return RE2::PartialMatch(piece(S), *Re);
}

/// Searches Re in Text from Pos; on a hit sets Whole and Part (the `secret`
/// group when the regex has one and it took part, else the whole match).
/// HasGroup tells which of the two Part is.
bool search(const RE2 &Re, StringRef Text, size_t Pos, StringRef &Whole,
            StringRef &Part, bool *HasGroup = nullptr) {
  int N = Re.NumberOfCapturingGroups() + 1;
  llvm::SmallVector<re2::StringPiece, 8> Groups(N);
  if (!Re.Match(piece(Text), Pos, Text.size(), RE2::UNANCHORED, Groups.data(),
                N))
    return false;
  Whole = ref(Groups[0]);
  Part = Whole;
  const auto &Names = Re.NamedCapturingGroups();
  auto It = Names.find("secret");
  bool Group = It != Names.end() && Groups[It->second].data();
  if (Group)
    Part = ref(Groups[It->second]);
  if (HasGroup)
    *HasGroup = Group;
  return true;
}

uint8_t charsetOf(StringRef S) {
  uint8_t Set = 0;
  for (char C : S)
    Set |= llvm::isLower(C)   ? charset::Lower
           : llvm::isUpper(C) ? charset::Upper
           : llvm::isDigit(C) ? charset::Digit
                              : charset::Symbol;
  return Set;
}

/// A match with what combinators need to relate it to others.
struct Hit {
  Match M;
  PatternOn Kind = PatternOn::String; // the fact kind it came from
  int32_t Fact = -1;                  // index in its fact vector
  int32_t Call = -1; // the call itself, or the call it is an argument of
  BindKind Bind = BindKind::None;
};

class RuleMatcher {
public:
  RuleMatcher(const Rule &R, const MatchInput &In, std::vector<Match> &Out)
      : R(R), In(In), F(In.Facts), Out(Out), Flow(R, In) {}

  void run();

private:
  const Rule &R;
  const MatchInput &In;
  const FileFacts &F;
  std::vector<Match> &Out;
  FlowMatcher Flow; // value-flow keys of call patterns
  /// Matches of condition patterns, computed once per pattern.
  llvm::DenseMap<const Pattern *, std::vector<Hit>> Cache;

  bool applies(const Pattern &P) const {
    return (P.Languages.empty() || llvm::is_contained(P.Languages, F.Lang)) &&
           P.Paths.matches(In.Path);
  }
  /// Length, entropy, validator and placeholder checks on the reported part.
  bool partOk(const Pattern &P, StringRef Part) const {
    if (P.MinLength && Part.size() < P.MinLength)
      return false;
    if (P.MaxLength && Part.size() > P.MaxLength)
      return false;
    if (P.Entropy > 0 && shannonEntropy(Part) < P.Entropy)
      return false;
    if (P.Charset && (charsetOf(Part) & P.Charset) != P.Charset)
      return false;
    if (!runValidator(P.Validate, Part))
      return false;
    return !(R.Secret && In.Holders.isPlaceholder(Part));
  }
  bool contextOk(const Pattern &P, BindKind Bind, StringRef Name,
                 StringRef QPath, int32_t Call, int32_t Arg) const {
    if (!P.Binds.empty() && !llvm::is_contained(P.Binds, Bind))
      return false;
    if (P.Name && !partial(P.Name, Name))
      return false;
    if (P.NotName && !Name.empty() && partial(P.NotName, Name))
      return false;
    if (P.QualifiedPath && !partial(P.QualifiedPath, QPath))
      return false;
    if (P.CallRe && (Call < 0 || !partial(P.CallRe, F.Calls[Call].Callee)))
      return false;
    if (P.Arg >= 0 && Arg != P.Arg)
      return false;
    return true;
  }
  /// Where Part sits in the source within Within (exact bytes), if findable.
  Span locate(StringRef Part, Span Within) const {
    if (Part.empty() || Within.End > In.Buf.size())
      return Within;
    StringRef Src = In.Buf.slice(Within.Begin, Within.End);
    size_t Pos = Src.find(Part);
    if (Pos == StringRef::npos)
      return Within;
    return Span{uint32_t(Within.Begin + Pos),
                uint32_t(Within.Begin + Pos + Part.size())};
  }
  Hit make(const Pattern &P, PatternOn Kind, int32_t Fact, Span Range,
           Span Secret, StringRef Part, StringRef Name, StringRef QPath,
           StringRef Callee, int32_t Scope) const {
    Hit H;
    H.Kind = Kind;
    H.Fact = Fact;
    Match &M = H.M;
    M.P = &P;
    M.Range = Range;
    if (R.Secret)
      M.Secret = Secret;
    M.Part = Part.str();
    M.Name = Name.str();
    M.QualifiedPath = QPath.str();
    M.Callee = Callee.str();
    M.Scope = Scope;
    return H;
  }

  // Leaves: every match of one pattern, in fact order.
  void strings(const Pattern &P, std::vector<Hit> &Hs);
  void bindings(const Pattern &P, std::vector<Hit> &Hs);
  void calls(const Pattern &P, std::vector<Hit> &Hs);
  void regexes(const Pattern &P, StringRef Text, std::vector<Hit> &Hs);
  void files(const Pattern &P, std::vector<Hit> &Hs);
  void scopes(const Pattern &P, std::vector<Hit> &Hs);
  void routes(const Pattern &P, std::vector<Hit> &Hs);
  void asts(const Pattern &P, std::vector<Hit> &Hs);

  /// The matches P reports (leaves, all, any).
  void eval(const Pattern &P, std::vector<Hit> &Hs);
  const std::vector<Hit> &cached(const Pattern &P);
  /// Whether condition C (positive, not or inside) holds for subject S.
  bool holds(const Pattern &C, const Hit &S);
  bool related(uint8_t Where, const Hit &S, const Hit &C) const;
  int32_t unitScope(int32_t Scope) const;
  bool visibleFrom(int32_t Outer, int32_t Inner) const;
  bool flows(const Hit &Bound, const Hit &Into) const;
};

void RuleMatcher::strings(const Pattern &P, std::vector<Hit> &Hs) {
  for (size_t I = 0; I < F.Strings.size(); ++I) {
    const StringFact &S = F.Strings[I];
    if ((S.InComment && !P.Comments) || !llvm::is_contained(P.Kinds, S.Kind))
      continue;
    if (!contextOk(P, S.Bind, S.Name, S.Path, S.Call, S.ArgIndex))
      continue;
    StringRef Whole, Part;
    if (!search(*P.Value, S.Value, 0, Whole, Part))
      continue;
    if (P.NotValue && partial(P.NotValue, S.Value))
      continue;
    if (!partOk(P, Part))
      continue;
    Span Loc = locate(Part, S.Range);
    Hs.push_back(
        make(P, PatternOn::String, int32_t(I), Loc, Loc, Part, S.Name, S.Path,
             S.Call >= 0 ? StringRef(F.Calls[S.Call].Callee) : StringRef(),
             S.Scope));
    Hs.back().Call = S.Call;
    Hs.back().Bind = S.Bind;
  }
}

void RuleMatcher::bindings(const Pattern &P, std::vector<Hit> &Hs) {
  for (size_t I = 0; I < F.Bindings.size(); ++I) {
    const BindingFact &B = F.Bindings[I];
    if (!contextOk(P, B.Bind, B.Name, B.Path, B.Call, B.ArgIndex))
      continue;
    StringRef Whole, Part = B.ValueText;
    if (P.Value && !search(*P.Value, B.ValueText, 0, Whole, Part))
      continue;
    if (P.NotValue && partial(P.NotValue, B.ValueText))
      continue;
    if (!partOk(P, Part))
      continue;
    Span Range{std::min(B.NameRange.Begin, B.ValueRange.Begin),
               std::max(B.NameRange.End, B.ValueRange.End)};
    Hs.push_back(
        make(P, PatternOn::Binding, int32_t(I), Range,
             locate(Part, B.ValueRange), Part, B.Name, B.Path,
             B.Call >= 0 ? StringRef(F.Calls[B.Call].Callee) : StringRef(),
             B.Scope));
    Hs.back().Call = B.Call;
    Hs.back().Bind = B.Bind;
  }
}

void RuleMatcher::calls(const Pattern &P, std::vector<Hit> &Hs) {
  auto ArgText = [&](const ArgFact &A) -> StringRef {
    return A.String >= 0 ? StringRef(F.Strings[A.String].Value)
                         : StringRef(A.Text);
  };
  // A file calls the same few functions many times: match each callee once.
  llvm::StringMap<bool> CalleeMatches;
  for (size_t I = 0; I < F.Calls.size(); ++I) {
    const CallFact &C = F.Calls[I];
    auto [Known, New] = CalleeMatches.try_emplace(C.Callee, false);
    if (New)
      Known->second = partial(P.Callee, C.Callee);
    if (!Known->second)
      continue;
    bool Ok = true;
    StringRef Part;
    bool HavePart = false;
    Span SecretSpan;
    for (const auto &[Idx, Re] : P.Args) {
      StringRef Whole, Sub;
      bool Group = false;
      if (Idx >= C.Args.size() ||
          !search(*Re, ArgText(C.Args[Idx]), 0, Whole, Sub, &Group)) {
        Ok = false;
        break;
      }
      if (!HavePart && Group) {
        HavePart = true;
        Part = Sub;
        SecretSpan = locate(Sub, C.Args[Idx].Range);
      }
    }
    for (const auto &[Kw, Re] : P.Keywords) {
      if (!Ok)
        break;
      auto It = llvm::find_if(
          C.Args, [&](const ArgFact &A) { return A.Keyword == Kw; });
      if (It == C.Args.end() || !partial(Re, ArgText(*It)))
        Ok = false;
    }
    if (!Ok || (HavePart && !partOk(P, Part)))
      continue;
    if (P.Flow) {
      std::optional<FlowHit> FH = Flow.match(*P.Flow, C);
      if (!FH)
        continue;
      Hs.push_back(make(P, PatternOn::Call, int32_t(I), FH->Range, Span(),
                        FH->Part, FH->Name, FH->Path, C.Callee, C.Scope));
      Hs.back().Call = int32_t(I);
      continue;
    }
    Hs.push_back(make(P, PatternOn::Call, int32_t(I), C.Range, SecretSpan,
                      HavePart ? Part : StringRef(C.Callee), C.Name, C.Callee,
                      C.Callee, C.Scope));
    Hs.back().Call = int32_t(I);
  }
}

void RuleMatcher::regexes(const Pattern &P, StringRef Text,
                          std::vector<Hit> &Hs) {
  size_t Pos = 0;
  StringRef Whole, Part;
  while (Pos <= Text.size() && search(*P.Regex, Text, Pos, Whole, Part)) {
    size_t Begin = Whole.data() - Text.data();
    Pos = Begin + std::max<size_t>(Whole.size(), 1);
    Span Range{uint32_t(Begin), uint32_t(Begin + Whole.size())};
    uint32_t PB = uint32_t(Part.data() - Text.data());
    Span Secret{PB, uint32_t(PB + Part.size())};
    // Text patterns see comments; skip hits inside them unless asked.
    if (P.On == PatternOn::Text && !P.Comments &&
        llvm::any_of(F.Comments, [&](const CommentFact &C) {
          return C.Range.contains(Range.Begin);
        }))
      continue;
    if (!partOk(P, In.Buf.slice(Secret.Begin, Secret.End)))
      continue;
    // The `secret` group, when present, is what is reported.
    Hs.push_back(make(P, P.On, -1, Secret, Secret,
                      In.Buf.slice(Secret.Begin, Secret.End), "", "", "",
                      scopeAt(F, Range.Begin)));
  }
}

void RuleMatcher::files(const Pattern &P, std::vector<Hit> &Hs) {
  StringRef Name =
      llvm::sys::path::filename(In.Path, llvm::sys::path::Style::posix);
  if (llvm::none_of(P.FileGlobs,
                    [&](const Glob &G) { return G.match(In.Path); }))
    return;
  Span Range{0, uint32_t(In.Buf.find('\n'))};
  if (Range.End > In.Buf.size())
    Range.End = uint32_t(In.Buf.size());
  Span Secret;
  if (P.Regex) {
    StringRef Whole, Part;
    if (!search(*P.Regex, In.Buf, 0, Whole, Part))
      return;
    uint32_t B = uint32_t(Whole.data() - In.Buf.data());
    Range = Span{B, uint32_t(B + Whole.size())};
    uint32_t PB = uint32_t(Part.data() - In.Buf.data());
    Secret = Span{PB, uint32_t(PB + Part.size())};
  }
  Hs.push_back(make(P, PatternOn::File, 0, Range, Secret, In.Path, Name,
                    In.Path, "", 0));
}

void RuleMatcher::scopes(const Pattern &P, std::vector<Hit> &Hs) {
  for (size_t I = 0; I < F.Scopes.size(); ++I) {
    const ScopeFact &S = F.Scopes[I];
    if (!P.ScopeKinds.empty() && !llvm::is_contained(P.ScopeKinds, S.Kind))
      continue;
    if (P.Name && !partial(P.Name, S.Name))
      continue;
    Hs.push_back(make(P, PatternOn::Scope, int32_t(I), S.Range, Span(), S.Name,
                      S.Name, S.Name, "", int32_t(I)));
  }
}

void RuleMatcher::routes(const Pattern &P, std::vector<Hit> &Hs) {
  bool Asks = P.HandlerCalls || P.Guarded || P.RoleGuarded;
  std::optional<RouteEvidence> Own;
  if (Asks && !In.Evidence)
    Own = compileRouteEvidence(R, {});
  RouteMatcher RM(P, F, F.CodeView.empty() ? In.Buf : StringRef(F.CodeView),
                  Own ? *Own : In.Evidence->of(R));
  for (size_t I = 0; I < F.Routes.size(); ++I) {
    const RouteFact &Rt = F.Routes[I];
    if (P.QualifiedPath && !partial(P.QualifiedPath, Rt.Path))
      continue;
    if (P.Method && !partial(P.Method, Rt.Method))
      continue;
    std::string Callee;
    if (Asks && !RM.matches(Rt, Callee))
      continue;
    Span Range{Rt.Range.Begin, std::max(Rt.Range.End, Rt.Body.End)};
    // A finding about the route points at its registration's first line.
    if (Asks)
      Range.End = std::min<uint32_t>(
          Rt.Range.End,
          uint32_t(std::min(In.Buf.find('\n', Rt.Range.Begin), In.Buf.size())));
    std::string Route = (Rt.Method == "*" ? "" : Rt.Method + " ") + Rt.Path;
    Hs.push_back(make(P, PatternOn::Route, int32_t(I), Range, Span(), Route,
                      Rt.Path, Route, Callee,
                      Rt.Scope >= 0 ? Rt.Scope : scopeAt(F, Range.Begin)));
  }
}

void RuleMatcher::asts(const Pattern &P, std::vector<Hit> &Hs) {
  std::string Key = astQueryKey(P.Ast, P.AstBind);
  for (size_t I = 0; I < F.AstMatches.size(); ++I) {
    const AstMatchFact &A = F.AstMatches[I];
    if (A.Query == Key)
      Hs.push_back(make(P, PatternOn::Ast, int32_t(I), A.Range, Span(), A.Text,
                        A.Text, A.Text, "", A.Scope));
  }
}

void RuleMatcher::eval(const Pattern &P, std::vector<Hit> &Hs) {
  if (P.On == PatternOn::Any) {
    for (const Pattern &C : P.Children)
      eval(C, Hs);
    return;
  }
  if (P.On == PatternOn::All) {
    std::vector<Hit> Subjects;
    eval(P.Children.front(), Subjects);
    for (Hit &S : Subjects)
      if (llvm::all_of(llvm::drop_begin(P.Children),
                       [&](const Pattern &C) { return holds(C, S); }))
        Hs.push_back(std::move(S));
    return;
  }
  if (!applies(P))
    return;
  switch (P.On) {
  case PatternOn::String:
    return strings(P, Hs);
  case PatternOn::Binding:
    return bindings(P, Hs);
  case PatternOn::Call:
    return calls(P, Hs);
  case PatternOn::Code:
    return regexes(P, F.CodeView, Hs);
  case PatternOn::Text:
    return regexes(P, In.Buf, Hs);
  case PatternOn::File:
    return files(P, Hs);
  case PatternOn::Scope:
    return scopes(P, Hs);
  case PatternOn::Route:
    return routes(P, Hs);
  case PatternOn::Ast:
    return asts(P, Hs);
  default:
    return; // not / inside are conditions, evaluated by holds()
  }
}

const std::vector<Hit> &RuleMatcher::cached(const Pattern &P) {
  auto It = Cache.find(&P);
  if (It != Cache.end())
    return It->second;
  std::vector<Hit> Hs;
  eval(P, Hs);
  return Cache.try_emplace(&P, std::move(Hs)).first->second;
}

bool RuleMatcher::holds(const Pattern &C, const Hit &S) {
  if (C.On == PatternOn::Not) {
    const Pattern &X = C.Children.front();
    if (X.On == PatternOn::Inside)
      return !holds(X, S);
    // `where` may sit on the not or on its operand; both constrain.
    uint8_t W = C.Where | X.Where;
    return llvm::none_of(cached(X),
                         [&](const Hit &H) { return related(W, S, H); });
  }
  if (C.On == PatternOn::Inside)
    return llvm::any_of(cached(C.Children.front()), [&](const Hit &H) {
      return H.M.Range.Begin <= S.M.Range.Begin &&
             S.M.Range.End <= H.M.Range.End &&
             !(H.Kind == S.Kind && H.Fact == S.Fact && H.Fact >= 0);
    });
  return llvm::any_of(cached(C),
                      [&](const Hit &H) { return related(C.Where, S, H); });
}

int32_t RuleMatcher::unitScope(int32_t Scope) const {
  while (Scope > 0 && size_t(Scope) < F.Scopes.size() &&
         F.Scopes[Scope].Kind == ScopeKind::Block)
    Scope = F.Scopes[Scope].Parent;
  return Scope < 0 ? 0 : Scope;
}

bool RuleMatcher::visibleFrom(int32_t Outer, int32_t Inner) const {
  for (int32_t S = Inner; S >= 0 && size_t(S) < F.Scopes.size();
       S = F.Scopes[S].Parent)
    if (S == Outer)
      return true;
  return false;
}

/// Bound's name is passed, as a whole argument, to the call of Into, after
/// it in a scope that sees it.
bool RuleMatcher::flows(const Hit &Bound, const Hit &Into) const {
  if (Into.Kind != PatternOn::Call || Into.Call < 0 ||
      (Bound.Kind != PatternOn::String && Bound.Kind != PatternOn::Binding))
    return false;
  switch (Bound.Bind) {
  case BindKind::Variable:
  case BindKind::Assignment:
  case BindKind::Field:
  case BindKind::Define:
    break;
  default:
    return false;
  }
  if (Bound.M.Name.empty() || Into.M.Range.Begin < Bound.M.Range.End ||
      !visibleFrom(Bound.M.Scope, Into.M.Scope))
    return false;
  const CallFact &C = F.Calls[Into.Call];
  return llvm::any_of(C.Args, [&](const ArgFact &A) {
    return A.String < 0 &&
           (A.Text == Bound.M.Name || (!Bound.M.QualifiedPath.empty() &&
                                       A.Text == Bound.M.QualifiedPath));
  });
}

bool RuleMatcher::related(uint8_t Where, const Hit &S, const Hit &C) const {
  if ((Where & where::SameScope) &&
      unitScope(S.M.Scope) != unitScope(C.M.Scope))
    return false;
  if ((Where & where::SameCall) && (S.Call < 0 || S.Call != C.Call))
    return false;
  if ((Where & where::FlowsInto) && !flows(S, C))
    return false;
  if ((Where & where::FlowsFrom) && !flows(C, S))
    return false;
  return true;
}

void RuleMatcher::run() {
  if (R.Source != RuleSource::Patterns)
    return;
  // At most one report per string, binding, call, scope or route fact: the
  // first pattern that matches it. Regex hits are positions, not facts: each
  // pattern reports all of its own. Output order: by fact kind, then fact.
  std::vector<Hit> All;
  for (const Pattern &P : R.Patterns)
    eval(P, All);
  llvm::DenseSet<std::pair<unsigned, int32_t>> Taken;
  std::vector<const Hit *> Kept;
  bool FileTaken = false;
  for (const Hit &H : All) {
    if (H.Kind == PatternOn::File) {
      if (FileTaken)
        continue;
      FileTaken = true;
    } else if (H.Fact >= 0 &&
               !Taken.insert({unsigned(H.Kind), H.Fact}).second) {
      continue;
    }
    Kept.push_back(&H);
  }
  auto Rank = [](const Hit *H) {
    static const unsigned Order[] = {
        /*String*/ 0, /*Binding*/ 1, /*Call*/ 2,  /*Code*/ 3,
        /*Text*/ 4,   /*File*/ 5,    /*Scope*/ 6, /*Route*/ 7,
        /*Ast*/ 8};
    bool Fact = H->Kind != PatternOn::Code && H->Kind != PatternOn::Text;
    return std::make_pair(Order[unsigned(H->Kind)], Fact ? H->Fact : 0);
  };
  std::stable_sort(Kept.begin(), Kept.end(), [&](const Hit *A, const Hit *B) {
    return Rank(A) < Rank(B);
  });
  for (const Hit *H : Kept)
    Out.push_back(H->M);
}

} // namespace

int32_t rtclint::scopeAt(const FileFacts &Facts, uint32_t Offset) {
  int32_t Best = 0;
  uint32_t BestSize = UINT32_MAX;
  for (size_t I = 0; I < Facts.Scopes.size(); ++I) {
    const Span &R = Facts.Scopes[I].Range;
    if (R.contains(Offset) && R.End - R.Begin < BestSize) {
      Best = int32_t(I);
      BestSize = R.End - R.Begin;
    }
  }
  return Best;
}

void rtclint::matchRule(const Rule &R, const MatchInput &In,
                        std::vector<Match> &Out) {
  RuleMatcher(R, In, Out).run();
}
