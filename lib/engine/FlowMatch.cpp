//===- FlowMatch.cpp - Value-flow keys of call patterns -------------------===//
//
// A call that passed callee/args/keywords is checked value by value: each
// value `value-of` selects must pass every flow key given; the first that
// does is reported, with what made it match in {name} and {path}.
//
//===----------------------------------------------------------------------===//
#include "engine/FlowMatch.h"
#include "facts/TextUtil.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <cmath>
#include <ctime>
#include <fmt/format.h>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

const FlowIndex &FlowMatcher::index() {
  if (!Index)
    Index = std::make_unique<FlowIndex>(In.Facts, In.Buf);
  return *Index;
}

/// The option's value: the user's, else the rule's default.
static const std::vector<std::string> *
userValue(const RuleOptionValues *Vs, StringRef Rule, StringRef Name) {
  if (!Vs)
    return nullptr;
  auto R = Vs->find(Rule.str());
  if (R == Vs->end())
    return nullptr;
  auto O = R->second.find(Name.str());
  return O == R->second.end() ? nullptr : &O->second;
}

std::vector<std::string> FlowMatcher::words(const WordsRef &W) const {
  if (W.Option.empty())
    return W.Words;
  if (const auto *V = userValue(In.Options, R.Id, W.Option))
    return *V;
  const RuleOption *O = R.option(W.Option);
  if (!O)
    return {};
  if (O->Ty == RuleOption::Type::List)
    return O->ListDefault;
  llvm::SmallVector<StringRef, 8> Parts;
  StringRef(O->StringDefault).split(Parts, ',', -1, false);
  std::vector<std::string> Out;
  for (StringRef P : Parts)
    Out.push_back(P.trim().str());
  return Out;
}

long long FlowMatcher::number(const IntRef &I) const {
  if (I.Option.empty())
    return I.Value;
  if (const auto *V = userValue(In.Options, R.Id, I.Option))
    if (!V->empty()) {
      long long N;
      if (!StringRef(V->front()).getAsInteger(10, N))
        return N;
    }
  const RuleOption *O = R.option(I.Option);
  return O ? O->IntDefault : 0;
}

/// Whether the source at Src is read through a masking derivation: a member
/// after the credential's segment (`token.length`, `key.substring(0, 4)`),
/// a call around it (`mask(token)`, `len(secret)`), or a Python slice
/// (`token[:6]`).
static bool masked(const FlowSource &Src, size_t Seg, const Vocabulary &By,
                   StringRef Code) {
  for (size_t I = Seg + 1; I < Src.Segments.size(); ++I)
    if (By.equals(Src.Segments[I]))
      return true;
  if (Src.Range.End > Code.size())
    return false;
  StringRef Before = Code.take_front(Src.Range.Begin).rtrim();
  if (Before.consume_back("(")) {
    Before = Before.rtrim();
    size_t B = Before.size();
    while (B > 0 && (llvm::isAlnum(Before[B - 1]) || Before[B - 1] == '_'))
      --B;
    if (B < Before.size() && By.equals(Before.substr(B)))
      return true;
  }
  StringRef After = Code.substr(Src.Range.End).ltrim();
  if (After.consume_front("[")) {
    After = After.ltrim();
    After =
        After.drop_while([](char C) { return llvm::isDigit(C) || C == '-'; });
    return After.ltrim().starts_with(":") || After.starts_with("..");
  }
  return false;
}

static std::string duration(double Secs) {
  long long S = std::llround(Secs);
  if (S >= 86400 && S % 3600 == 0)
    return fmt::format("{:g} days ({} s)", double(S) / 86400, S);
  if (S >= 3600)
    return fmt::format("{:g} hours ({} s)", double(S) / 3600, S);
  return fmt::format("{} s", S);
}

/// `2030-01-01`, or `2030-01-01 12:30 UTC` when not at midnight.
static std::string utcDate(double Epoch) {
  std::time_t T = std::time_t(std::llround(Epoch));
  std::tm Tm{};
  gmtime_r(&T, &Tm);
  if (Tm.tm_hour == 0 && Tm.tm_min == 0)
    return fmt::format("{:04}-{:02}-{:02}", Tm.tm_year + 1900, Tm.tm_mon + 1,
                       Tm.tm_mday);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02} UTC", Tm.tm_year + 1900,
                     Tm.tm_mon + 1, Tm.tm_mday, Tm.tm_hour, Tm.tm_min);
}

/// An upper-case name: an enum member or a named constant (`IMPORT`, `EOF`).
static bool constantName(StringRef W) {
  return W.size() >= 2 && llvm::any_of(W, llvm::isAlpha) &&
         llvm::all_of(W, [](char C) {
           return llvm::isUpper(C) || llvm::isDigit(C) || C == '_';
         });
}

/// Whether the call sits where `from-other-sense` words take their other
/// meaning: the file's name, a function or class around the call, or a
/// name the value is built from holds a context word (`token` in
/// tokenize.py, in `class Lexer`, or next to `tok_name[...]`).
bool FlowMatcher::otherSense(const Vocabulary &Context, const CallFact &C,
                             llvm::ArrayRef<FlowSource> Sources) const {
  StringRef Stem = llvm::sys::path::stem(In.Path);
  if (!Context.match(Stem).empty())
    return true;
  for (const ScopeFact &Sc : In.Facts.Scopes)
    if (Sc.Kind != ScopeKind::Block && Sc.Range.contains(C.Range.Begin) &&
        !Context.match(Sc.Name).empty())
      return true;
  return llvm::any_of(Sources, [&](const FlowSource &Src) {
    return !Src.Key && llvm::any_of(Src.Segments, [&](const std::string &W) {
      return !Context.match(W).empty();
    });
  });
}

std::optional<FlowHit> FlowMatcher::match(const FlowSpec &S,
                                          const CallFact &C) {
  const FlowIndex &X = index();
  if (!S.RunsIn.empty() &&
      !llvm::is_contained(S.RunsIn, X.placeOf(C.Range.Begin)))
    return std::nullopt;
  if (!S.HasValueOf) {
    FlowHit H;
    H.Range = C.Range;
    H.Name = lifetimeName(X.placeOf(C.Range.Begin)).str();
    H.Part = C.Callee;
    return H;
  }
  Vocabulary Names(words(S.OptionNames));
  std::optional<Vocabulary> From;
  if (S.From)
    From.emplace(words(*S.From), S.FromExcept ? words(*S.FromExcept)
                                              : std::vector<std::string>{});
  Vocabulary MaskedBy;
  if (S.FromMaskedBy)
    MaskedBy = Vocabulary(words(*S.FromMaskedBy));
  std::optional<Vocabulary> Through;
  if (S.FromThrough)
    Through.emplace(words(*S.FromThrough));
  Vocabulary OtherWords, OtherContext;
  if (S.OtherSenseWords) {
    OtherWords = Vocabulary(words(*S.OtherSenseWords));
    OtherContext = Vocabulary(words(*S.OtherSenseContext));
  }
  for (Span V : X.optionValues(C, Names, S.Positions)) {
    FlowHit H;
    H.Range = V;
    H.Part = facttext::collapse(X.code().slice(V.Begin, V.End));
    if (S.ResolvesTo) {
      std::vector<std::string> Cs = X.constants(V);
      auto It = llvm::find_if(Cs, [&](const std::string &K) {
        return RE2::PartialMatch(K, *S.ResolvesTo);
      });
      if (It == Cs.end())
        continue;
      H.Name = *It;
    }
    if (!S.Lifetimes.empty()) {
      std::string Trail;
      Lifetime L = X.lifetime(V, &Trail);
      if (!llvm::is_contained(S.Lifetimes, L))
        continue;
      H.Name = lifetimeName(L).str();
      H.Path = Trail.empty() ? H.Part : Trail;
    }
    if (S.LongerThan) {
      std::optional<FoldedLifetime> L = X.expiry(V);
      if (!L || L->Seconds <= double(number(*S.LongerThan)))
        continue;
      H.Name = duration(L->Seconds);
      if (L->Until)
        H.Name += fmt::format(" (until {}, an absolute time; now is {})",
                              utcDate(*L->Until), utcDate(L->Now));
    }
    if (S.Conditional) {
      std::optional<ConditionContext> Cond = X.condition(V);
      if (!Cond)
        Cond = X.condition(C.Range);
      if (bool(Cond) != *S.Conditional)
        continue;
      if (Cond)
        H.Path = Cond->Keyword + " (" + Cond->Text + ")";
    }
    if (From) {
      bool Found = false;
      // Prefixes of Via that lead through a masked source: what a masked
      // variable was assigned does not reach the value either.
      std::vector<std::string> MaskedVia;
      std::vector<FlowSource> Sources =
          X.sources(V, Through ? &*Through : nullptr);
      std::optional<bool> OtherSense; // computed on first need
      for (const FlowSource &Src : Sources) {
        if (llvm::any_of(MaskedVia, [&](const std::string &P) {
              return Src.Via == P ||
                     StringRef(Src.Via).starts_with(P + " \u2190");
            }))
          continue;
        // The last name that matches: `credentials.secret` is the secret.
        auto Seg = Src.Segments.end();
        for (auto It = Src.Segments.begin(); It != Src.Segments.end(); ++It)
          if (!From->match(*It).empty())
            Seg = It;
        // A constant read through a type or package named like a credential
        // (`token.IMPORT`, `Token.EOF`) is that constant.
        if (Seg != Src.Segments.end() && Seg + 1 != Src.Segments.end() &&
            constantName(*(Seg + 1)))
          continue;
        if (!MaskedBy.empty() &&
            masked(Src,
                   Seg == Src.Segments.end()
                       ? 0
                       : size_t(Seg - Src.Segments.begin()),
                   MaskedBy, X.code())) {
          MaskedVia.push_back(
              Src.Via.empty() ? Src.Text : Src.Via + " \u2190 " + Src.Text);
          continue;
        }
        if (Seg == Src.Segments.end() || (Src.Key && S.FromKeys == false))
          continue;
        if (!OtherWords.empty() && OtherWords.equals(From->match(*Seg))) {
          if (!OtherSense)
            OtherSense = otherSense(OtherContext, C, Sources);
          if (*OtherSense)
            continue;
        }
        H.Name = Src.Text;
        H.Path = Src.Via.empty() ? Src.Text : Src.Via + " \u2190 " + Src.Text;
        Found = true;
        break;
      }
      if (!Found)
        continue;
    }
    return H;
  }
  return std::nullopt;
}
