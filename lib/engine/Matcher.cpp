//===- Matcher.cpp - Patterns against facts
//---------------------------------===//
#include "engine/Matcher.h"
#include "rules/Validators.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
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

class RuleMatcher {
public:
  RuleMatcher(const Rule &R, const MatchInput &In, std::vector<Match> &Out)
      : R(R), In(In), F(In.Facts), Out(Out) {}

  void run();

private:
  const Rule &R;
  const MatchInput &In;
  const FileFacts &F;
  std::vector<Match> &Out;

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
  void emit(const Pattern &P, Span Range, Span Secret, StringRef Part,
            StringRef Name, StringRef QPath, StringRef Callee, int32_t Scope) {
    Match M;
    M.P = &P;
    M.Range = Range;
    if (R.Secret)
      M.Secret = Secret;
    M.Part = Part.str();
    M.Name = Name.str();
    M.QualifiedPath = QPath.str();
    M.Callee = Callee.str();
    M.Scope = Scope;
    Out.push_back(std::move(M));
  }

  void strings();
  void bindings();
  void calls();
  void regexes(PatternOn On, StringRef Text);
  void files();
};

void RuleMatcher::strings() {
  for (const StringFact &S : F.Strings) {
    for (const Pattern &P : R.Patterns) {
      if (P.On != PatternOn::String || !applies(P))
        continue;
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
      emit(P, Loc, Loc, Part, S.Name, S.Path,
           S.Call >= 0 ? StringRef(F.Calls[S.Call].Callee) : StringRef(),
           S.Scope);
      break;
    }
  }
}

void RuleMatcher::bindings() {
  for (const BindingFact &B : F.Bindings) {
    for (const Pattern &P : R.Patterns) {
      if (P.On != PatternOn::Binding || !applies(P))
        continue;
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
      emit(P, Range, locate(Part, B.ValueRange), Part, B.Name, B.Path,
           B.Call >= 0 ? StringRef(F.Calls[B.Call].Callee) : StringRef(),
           B.Scope);
      break;
    }
  }
}

void RuleMatcher::calls() {
  for (const CallFact &C : F.Calls) {
    for (const Pattern &P : R.Patterns) {
      if (P.On != PatternOn::Call || !applies(P) ||
          !partial(P.Callee, C.Callee))
        continue;
      auto ArgText = [&](const ArgFact &A) -> StringRef {
        return A.String >= 0 ? StringRef(F.Strings[A.String].Value)
                             : StringRef(A.Text);
      };
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
      emit(P, C.Range, SecretSpan, HavePart ? Part : StringRef(C.Callee),
           C.Name, C.Callee, C.Callee, C.Scope);
      break;
    }
  }
}

void RuleMatcher::regexes(PatternOn On, StringRef Text) {
  for (const Pattern &P : R.Patterns) {
    if (P.On != On || !applies(P))
      continue;
    size_t Pos = 0;
    StringRef Whole, Part;
    while (Pos <= Text.size() && search(*P.Regex, Text, Pos, Whole, Part)) {
      size_t Begin = Whole.data() - Text.data();
      Pos = Begin + std::max<size_t>(Whole.size(), 1);
      Span Range{uint32_t(Begin), uint32_t(Begin + Whole.size())};
      uint32_t PB = uint32_t(Part.data() - Text.data());
      Span Secret{PB, uint32_t(PB + Part.size())};
      // Text patterns see comments; skip hits inside them unless asked.
      if (On == PatternOn::Text && !P.Comments &&
          llvm::any_of(F.Comments, [&](const CommentFact &C) {
            return C.Range.contains(Range.Begin);
          }))
        continue;
      if (!partOk(P, In.Buf.slice(Secret.Begin, Secret.End)))
        continue;
      // The `secret` group, when present, is what is reported.
      emit(P, Secret, Secret, In.Buf.slice(Secret.Begin, Secret.End), "", "",
           "", scopeAt(F, Range.Begin));
    }
  }
}

void RuleMatcher::files() {
  for (const Pattern &P : R.Patterns) {
    if (P.On != PatternOn::File || !applies(P))
      continue;
    StringRef Name =
        llvm::sys::path::filename(In.Path, llvm::sys::path::Style::posix);
    if (llvm::none_of(P.FileGlobs,
                      [&](const Glob &G) { return G.match(In.Path); }))
      continue;
    Span Range{0, uint32_t(In.Buf.find('\n'))};
    if (Range.End > In.Buf.size())
      Range.End = uint32_t(In.Buf.size());
    Span Secret;
    if (P.Regex) {
      StringRef Whole, Part;
      if (!search(*P.Regex, In.Buf, 0, Whole, Part))
        continue;
      uint32_t B = uint32_t(Whole.data() - In.Buf.data());
      Range = Span{B, uint32_t(B + Whole.size())};
      uint32_t PB = uint32_t(Part.data() - In.Buf.data());
      Secret = Span{PB, uint32_t(PB + Part.size())};
    }
    emit(P, Range, Secret, In.Path, Name, In.Path, "", 0);
    return;
  }
}

void RuleMatcher::run() {
  bool Has[6] = {};
  for (const Pattern &P : R.Patterns)
    Has[unsigned(P.On)] = true;
  if (Has[unsigned(PatternOn::String)])
    strings();
  if (Has[unsigned(PatternOn::Binding)])
    bindings();
  if (Has[unsigned(PatternOn::Call)])
    calls();
  if (Has[unsigned(PatternOn::Code)])
    regexes(PatternOn::Code, F.CodeView);
  if (Has[unsigned(PatternOn::Text)])
    regexes(PatternOn::Text, In.Buf);
  if (Has[unsigned(PatternOn::File)])
    files();
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
