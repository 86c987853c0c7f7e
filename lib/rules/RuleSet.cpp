//===- RuleSet.cpp - Rule collection and its keyword prefilter ------------===//
#include "rules/RuleSet.h"
#include "rules/BuiltinRules.h"
#include "support/SafeRead.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <fmt/format.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

using namespace rtclint;
using llvm::StringRef;

llvm::Expected<Glob> Glob::create(StringRef Text) {
  llvm::Expected<PathGlob> P = PathGlob::create(Text);
  if (!P)
    return P.takeError();
  return Glob(std::move(*P));
}

bool Glob::match(StringRef Path) const { return Pat.matchWithParents(Path); }

static bool globMatches(const Glob &G, StringRef Path) { return G.match(Path); }

bool PathFilter::matches(StringRef Path) const {
  if (!Include.empty() && llvm::none_of(Include, [&](const auto &G) {
        return globMatches(G, Path);
      }))
    return false;
  return llvm::none_of(Exclude,
                       [&](const auto &G) { return globMatches(G, Path); });
}

void rtclint::reportingLeaves(const Pattern &P,
                              std::vector<const Pattern *> &Out) {
  if (P.On == PatternOn::Any)
    for (const Pattern &C : P.Children)
      reportingLeaves(C, Out);
  else if (P.On == PatternOn::All)
    reportingLeaves(P.Children.front(), Out);
  else if (!P.isCombinator())
    Out.push_back(&P);
}

bool Rule::appliesTo(Language L) const {
  return Languages.empty() || llvm::is_contained(Languages, L);
}

/// Keyword prefilter: one RE2::Set over every keyword and every literal atom
/// FilteredRE2 derives from the patterns' regexes, run once per file over its
/// lower-cased content.
struct RuleSet::Prefilter {
  std::unique_ptr<RE2::Set> Atoms; // index = atom id
  size_t NumKeywords = 0;          // atoms [0, NumKeywords) are keywords
  std::vector<std::vector<unsigned>> KeywordRules; // keyword atom -> rules
  re2::FilteredRE2 Filter{3};
  std::vector<unsigned> FilterRule; // FilteredRE2 regex id -> rule
  std::vector<int> FilterAtomBase;  // FilteredRE2 atom id -> atom id
  llvm::BitVector AlwaysOn;         // rules no literal can rule out
  llvm::BitVector DecodedOnly;      // see RuleSet::decodedOnly()
  bool HasFilter = false;
};

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet &&) noexcept = default;
RuleSet &RuleSet::operator=(RuleSet &&) noexcept = default;

bool RuleSet::loadBuiltin(Diagnostics &Diags) {
  bool Ok = true;
  for (const EmbeddedFile &F : builtinRuleFiles())
    Ok &= loadText((StringRef("<builtin>/rules/") + F.Path).str(), F.Text,
                   /*Builtin=*/true, Diags);
  return Ok;
}

/// Far above any real rule file; a bound for hostile ones.
static constexpr uint64_t MaxRuleFileBytes = 4 << 20;

bool RuleSet::loadDirectory(StringRef Dir, Diagnostics &Diags) {
  std::error_code EC;
  if (!llvm::sys::fs::is_directory(Dir)) {
    Diags.push_back({Dir.str(), 0, 0, "rule directory does not exist"});
    return false;
  }
  std::vector<std::string> Files;
  llvm::SmallString<256> RealDir;
  if (llvm::sys::fs::real_path(Dir, RealDir))
    RealDir = "/";
  // Linked directories are not entered (a loop would never end); linked
  // files are read when they stay inside the directory.
  for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC, false), End;
       It != End && !EC; It.increment(EC)) {
    StringRef P = It->path();
    StringRef Name = llvm::sys::path::filename(P);
    if (It->type() == llvm::sys::fs::file_type::directory_file) {
      if (Name == "tests" || Name.starts_with("."))
        It.no_push();
      continue;
    }
    if (Name.ends_with(".yaml") || Name.ends_with(".yml"))
      Files.push_back(P.str());
  }
  if (EC) {
    Diags.push_back({Dir.str(), 0, 0, EC.message()});
    return false;
  }
  llvm::sort(Files);
  bool Ok = true;
  for (const std::string &F : Files) {
    // A rule directory may come from an untrusted tree: a FIFO or a link to
    // /dev/zero must not hang or exhaust the loader.
    ReadResult Buf = readRegularFile(F, MaxRuleFileBytes, RealDir);
    if (!Buf) {
      Diags.push_back({F, 0, 0, "cannot read rule file: " + Buf.Detail});
      Ok = false;
      continue;
    }
    Ok &= loadText(F, Buf.Content, /*Builtin=*/false, Diags);
  }
  return Ok;
}

const Rule *RuleSet::find(StringRef Id) const {
  auto It = llvm::lower_bound(
      Rules, Id, [](const Rule &R, StringRef I) { return R.Id < I; });
  return It != Rules.end() && It->Id == Id ? &*It : nullptr;
}

bool RuleSet::finalize(Diagnostics &Diags) {
  // Later directories override earlier ones: a user's rule with a built-in
  // id replaces it. Stable sort keeps load order among equal ids.
  std::stable_sort(Rules.begin(), Rules.end(),
                   [](const Rule &A, const Rule &B) { return A.Id < B.Id; });
  bool Ok = true;
  std::vector<Rule> Unique;
  for (size_t I = 0; I < Rules.size(); ++I) {
    if (I + 1 < Rules.size() && Rules[I + 1].Id == Rules[I].Id) {
      if (Rules[I].Builtin != Rules[I + 1].Builtin)
        continue; // overridden by a user rule
      Diags.push_back({Rules[I + 1].File, Rules[I + 1].IdLine,
                       Rules[I + 1].IdColumn,
                       fmt::format("duplicate rule id '{}' (also in {})",
                                   Rules[I].Id, Rules[I].File)});
      Ok = false;
      continue;
    }
    Unique.push_back(std::move(Rules[I]));
  }
  Rules = std::move(Unique);

  PF = std::make_unique<Prefilter>();
  PF->AlwaysOn.resize(Rules.size());
  PF->DecodedOnly.resize(Rules.size());
  std::vector<std::vector<const Pattern *>> Leaves(Rules.size());
  for (unsigned RI = 0; RI < Rules.size(); ++RI) {
    for (const Pattern &P : Rules[RI].Patterns)
      reportingLeaves(P, Leaves[RI]);
    if (Rules[RI].Source == RuleSource::Patterns &&
        llvm::any_of(Leaves[RI], [](const Pattern *P) {
          return P->On == PatternOn::String;
        }))
      PF->DecodedOnly.set(RI);
  }
  RE2::Options Opts;
  Opts.set_log_errors(false);
  Opts.set_max_mem(256 << 20);
  PF->Atoms = std::make_unique<RE2::Set>(Opts, RE2::UNANCHORED);
  std::vector<std::string> Keywords;
  llvm::StringMap<unsigned> KeywordIds;
  for (unsigned RI = 0; RI < Rules.size(); ++RI)
    for (const std::string &K : Rules[RI].Keywords) {
      auto [It, New] = KeywordIds.try_emplace(K, Keywords.size());
      if (New) {
        Keywords.push_back(K);
        PF->KeywordRules.emplace_back();
      }
      PF->KeywordRules[It->second].push_back(RI);
    }
  PF->NumKeywords = Keywords.size();
  for (const std::string &K : Keywords)
    PF->Atoms->Add(RE2::QuoteMeta(K), nullptr);

  // Regex atoms: a pattern whose regex yields atoms can only match when one
  // of them occurs. A rule with keywords relies on them for every pattern;
  // a rule without keywords is always on if any pattern yields no atom.
  for (unsigned RI = 0; RI < Rules.size(); ++RI) {
    const Rule &R = Rules[RI];
    if (!R.Keywords.empty())
      continue;
    // Only the patterns that report need to occur: a condition of `all`
    // narrows what its first pattern found, so it adds no requirement.
    for (const Pattern *PP : Leaves[RI]) {
      const Pattern &P = *PP;
      const RegexPtr &Re =
          P.On == PatternOn::String || P.On == PatternOn::Binding ? P.Value
          : P.On == PatternOn::Code || P.On == PatternOn::Text    ? P.Regex
                                                                  : nullptr;
      // Binding values are source text, not decoded: still literal in the
      // file. File patterns match paths, never content.
      if (!Re || P.On == PatternOn::File) {
        PF->AlwaysOn.set(RI);
        break;
      }
      int Id;
      if (PF->Filter.Add(Re->pattern(), Re->options(), &Id) != RE2::NoError) {
        PF->AlwaysOn.set(RI);
        break;
      }
      PF->FilterRule.push_back(RI);
      PF->HasFilter = true;
    }
  }
  if (PF->HasFilter) {
    std::vector<std::string> RegexAtoms;
    PF->Filter.Compile(&RegexAtoms);
    for (const std::string &A : RegexAtoms) {
      PF->FilterAtomBase.push_back(
          int(PF->NumKeywords + PF->FilterAtomBase.size()));
      PF->Atoms->Add(RE2::QuoteMeta(A), nullptr);
    }
  }
  if (PF->NumKeywords + PF->FilterAtomBase.size() > 0 &&
      !PF->Atoms->Compile()) {
    Diags.push_back({"<rules>", 0, 0,
                     "could not compile the keyword "
                     "prefilter (too many keywords)"});
    return false;
  }
  return Ok;
}

const llvm::BitVector &RuleSet::decodedOnly() const {
  static const llvm::BitVector None;
  return PF ? PF->DecodedOnly : None;
}

llvm::BitVector RuleSet::candidates(StringRef Content) const {
  llvm::BitVector On(Rules.size());
  if (!PF)
    return On.set();
  On |= PF->AlwaysOn;
  std::vector<int> Hits;
  if (PF->NumKeywords + PF->FilterAtomBase.size() > 0) {
    std::string Lower = Content.lower();
    PF->Atoms->Match(Lower, &Hits);
  }
  std::vector<int> RegexAtomHits;
  for (int H : Hits) {
    if (size_t(H) < PF->NumKeywords)
      for (unsigned RI : PF->KeywordRules[H])
        On.set(RI);
    else
      RegexAtomHits.push_back(H - int(PF->NumKeywords));
  }
  if (PF->HasFilter) {
    std::vector<int> Potential;
    llvm::sort(RegexAtomHits);
    PF->Filter.AllPotentials(RegexAtomHits, &Potential);
    for (int Id : Potential)
      On.set(PF->FilterRule[Id]);
  }
  return On;
}
