//===- Engine.cpp - Facts x rules -> findings
//--------------------------------===//
#include "engine/Engine.h"
#include "engine/Matcher.h"
#include "facts/Extract.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/xxhash.h"
#include <chrono>
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

Engine::Engine(std::shared_ptr<const RuleSet> Rules, EngineOptions Opts)
    : Rules(std::move(Rules)), Opts(std::move(Opts)) {}

Severity Engine::effectiveSeverity(const Rule &R) const {
  auto Listed = [&](const llvm::StringSet<> &Set) {
    return Set.contains(R.Id) || Set.contains(R.Category);
  };
  if (Listed(Opts.Disable))
    return Severity::Off;
  if (!Opts.Enable.empty() && !Listed(Opts.Enable))
    return Severity::Off;
  auto It = Opts.SeverityOverrides.find(R.Id);
  if (It != Opts.SeverityOverrides.end())
    return It->second;
  // A policy rule that is off by default runs as a warning once enabled.
  if (R.Sev == Severity::Off && Listed(Opts.Enable))
    return Severity::Warning;
  return R.Sev;
}

namespace {

/// Line starts of a buffer, for offset -> 1-based line:column.
class LineIndex {
public:
  explicit LineIndex(StringRef Buf) : Buf(Buf) {
    Starts.push_back(0);
    for (size_t I = 0; I < Buf.size(); ++I)
      if (Buf[I] == '\n')
        Starts.push_back(uint32_t(I + 1));
  }
  std::pair<unsigned, unsigned> at(uint32_t Off) const {
    auto It = std::upper_bound(Starts.begin(), Starts.end(), Off);
    unsigned Line = unsigned(It - Starts.begin());
    return {Line, Off - Starts[Line - 1] + 1};
  }
  StringRef line(unsigned Line) const {
    uint32_t B = Starts[Line - 1];
    uint32_t E = Line < Starts.size() ? Starts[Line] : uint32_t(Buf.size());
    return Buf.slice(B, E).rtrim("\r\n");
  }
  uint32_t lineStart(unsigned Line) const { return Starts[Line - 1]; }

private:
  StringRef Buf;
  std::vector<uint32_t> Starts;
};

std::string scopeName(const FileFacts &F, int32_t S) {
  std::string Name;
  while (S > 0 && size_t(S) < F.Scopes.size()) {
    if (!F.Scopes[S].Name.empty())
      Name = Name.empty() ? F.Scopes[S].Name : F.Scopes[S].Name + "." + Name;
    S = F.Scopes[S].Parent;
  }
  return Name;
}

std::string collapseSpace(StringRef S) {
  std::string Out;
  bool Space = false;
  for (char C : S) {
    if (llvm::isSpace(C)) {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out.push_back(' ');
    Space = false;
    Out.push_back(C);
  }
  return Out;
}

/// Replaces {name}, {path}, {value}, {match}, {callee}, {file} in a rule
/// message.
std::string formatMessage(StringRef Tmpl, const Match &M, StringRef File,
                          bool RedactPart) {
  std::string FileStr = File.str();
  std::string Value = RedactPart ? redact(M.Part) : M.Part;
  if (Value.size() > 80)
    Value = Value.substr(0, 77) + "...";
  std::string Out;
  while (!Tmpl.empty()) {
    size_t Open = Tmpl.find('{');
    Out += Tmpl.take_front(Open).str();
    if (Open == StringRef::npos)
      break;
    Tmpl = Tmpl.drop_front(Open);
    size_t Close = Tmpl.find('}');
    StringRef Key = Close == StringRef::npos ? "" : Tmpl.slice(1, Close);
    const std::string *Sub = Key == "name"     ? &M.Name
                             : Key == "path"   ? &M.QualifiedPath
                             : Key == "callee" ? &M.Callee
                             : (Key == "value" || Key == "match") ? &Value
                             : Key == "file"                      ? &FileStr
                                                                  : nullptr;
    if (!Sub) {
      Out.push_back('{');
      Tmpl = Tmpl.drop_front();
      continue;
    }
    Out += *Sub;
    Tmpl = Tmpl.drop_front(Close + 1);
  }
  return Out;
}

} // namespace

std::vector<Finding> Engine::scanBuffer(StringRef Path, StringRef Content,
                                        std::optional<Language> Lang,
                                        ScanStats *Stats) const {
  Language L = Lang ? *Lang : detectLanguage(Path, Content);
  const std::vector<Rule> &All = Rules->rules();
  llvm::BitVector Cand = Rules->candidates(Content);

  const llvm::BitVector &DecodedOnly = Rules->decodedOnly();
  std::vector<unsigned> Active, Decoded;
  for (unsigned I = 0; I < All.size(); ++I) {
    const Rule &R = All[I];
    if (effectiveSeverity(R) == Severity::Off || !R.appliesTo(L) ||
        !R.Paths.matches(Path))
      continue;
    if (Cand.test(I))
      Active.push_back(I);
    else if (I < DecodedOnly.size() && DecodedOnly.test(I))
      Decoded.push_back(I);
    else if (Stats)
      ++Stats->RulePrefiltered;
  }
  if (Active.empty() && Decoded.empty())
    return {};
  FileFacts Facts = extractFacts(L, Content);
  // Second prefilter stage: string-only rules against the decoded values.
  if (!Decoded.empty()) {
    std::string Values;
    for (const StringFact &S : Facts.Strings)
      (Values += S.Value) += '\n';
    llvm::BitVector DecodedCand = Rules->candidates(Values);
    for (unsigned I : Decoded) {
      if (DecodedCand.test(I))
        Active.push_back(I);
      else if (Stats)
        ++Stats->RulePrefiltered;
    }
    llvm::sort(Active);
  }
  if (Stats) {
    Stats->RuleFileChecks += Active.size();
    if (lexFamily(L) == LexFamily::CLike &&
        (L == Language::C || L == Language::Cpp || L == Language::ObjC ||
         L == Language::ObjCpp))
      ++Stats->CFamilyTokenFrontend;
  }
  if (Active.empty())
    return {};

  MatchInput In{Facts, Content, Path, Rules->placeholders()};
  LineIndex Lines(Content);

  struct Hit {
    const Rule *R;
    Match M;
    Severity Sev;
  };
  std::vector<Hit> Hits;
  for (unsigned I : Active) {
    const Rule &R = All[I];
    std::vector<Match> Ms;
    matchRule(R, In, Ms);
    Severity Base = effectiveSeverity(R);
    bool UserSev = Opts.SeverityOverrides.count(R.Id);
    for (Match &M : Ms) {
      Severity S =
          !UserSev && M.P->SeverityOverride ? *M.P->SeverityOverride : Base;
      if (S != Severity::Off)
        Hits.push_back({&R, std::move(M), S});
    }
  }

  // One finding per place and category: where two rules report the same
  // bytes, a specific rule beats a fallback one, then the more severe wins.
  std::stable_sort(Hits.begin(), Hits.end(), [](const Hit &A, const Hit &B) {
    return std::tie(A.M.Range.Begin, A.M.Range.End, A.R->Category) <
           std::tie(B.M.Range.Begin, B.M.Range.End, B.R->Category);
  });
  std::vector<Hit> Kept;
  for (Hit &H : Hits) {
    if (!Kept.empty()) {
      Hit &Prev = Kept.back();
      bool Same = Prev.M.Range.Begin == H.M.Range.Begin &&
                  Prev.M.Range.End == H.M.Range.End;
      if (Same && Prev.R == H.R)
        continue;
      if (Same && Prev.R->Category == H.R->Category) {
        if (std::make_pair(!H.R->Fallback, H.Sev) >
            std::make_pair(!Prev.R->Fallback, Prev.Sev))
          Prev = std::move(H);
        continue;
      }
    }
    Kept.push_back(std::move(H));
  }

  // A fallback rule also yields to any specific rule whose report overlaps
  // it (the secret part inside the value it flagged, a token literal).
  llvm::erase_if(Kept, [&](const Hit &H) {
    if (!H.R->Fallback)
      return false;
    return llvm::any_of(Kept, [&](const Hit &O) {
      return !O.R->Fallback && O.M.Range.Begin < H.M.Range.End &&
             H.M.Range.Begin < O.M.Range.End;
    });
  });

  std::vector<Finding> Out;
  llvm::StringMap<unsigned> Occurrences;
  for (Hit &H : Kept) {
    const Rule &R = *H.R;
    Finding F;
    F.RuleId = R.Id;
    F.Category = R.Category;
    F.Sev = H.Sev;
    F.Path = Path.str();
    F.Lang = L;
    F.Range = H.M.Range;
    F.Secret = R.Secret && !H.M.Secret.empty();
    std::tie(F.Line, F.Column) = Lines.at(H.M.Range.Begin);
    uint32_t EndOff = std::max(H.M.Range.End, H.M.Range.Begin + 1) - 1;
    std::tie(F.EndLine, F.EndColumn) = Lines.at(EndOff);
    ++F.EndColumn; // exclusive end column
    bool RedactPart = Opts.Redact && R.Secret;
    F.Message =
        formatMessage(H.M.P->Message.empty() ? StringRef(R.Message)
                                             : StringRef(H.M.P->Message),
                      H.M, Path, RedactPart);
    F.Scope = scopeName(Facts, H.M.Scope);

    // Snippet: the first line, with the secret's part on it masked.
    std::string Snip = Lines.line(F.Line).str();
    if (RedactPart && F.Secret) {
      uint32_t LS = Lines.lineStart(F.Line);
      uint32_t B = std::max(H.M.Secret.Begin, LS) - LS;
      uint32_t E = std::min<uint32_t>(H.M.Secret.End - LS, Snip.size());
      if (B < E)
        Snip = Snip.substr(0, B) +
               redact(Content.slice(H.M.Secret.Begin, H.M.Secret.End)) +
               Snip.substr(E);
    }
    if (Snip.size() > 400)
      Snip = Snip.substr(0, 400) + "...";
    F.Snippet = std::move(Snip);

    // Fingerprint: rule, path, matched content, scope, and the occurrence
    // number among identical ones; no line numbers, so it survives edits
    // elsewhere in the file.
    std::string Key =
        R.Id + '\0' + F.Path + '\0' +
        collapseSpace(Content.slice(H.M.Range.Begin, H.M.Range.End)) + '\0' +
        F.Scope;
    unsigned N = Occurrences[Key]++;
    Key += '\0' + std::to_string(N);
    F.Fingerprint = fmt::format(
        "{:016x}", llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Key)));
    Out.push_back(std::move(F));
  }
  llvm::sort(Out);
  return Out;
}

ScanResult Engine::scanPaths(const std::vector<std::string> &Roots,
                             const WalkOptions &Walk) const {
  auto Start = std::chrono::steady_clock::now();
  ScanResult Res;
  WalkResult W = walk(Roots, Walk);
  Res.Errors = std::move(W.Errors);
  Res.Skipped = std::move(W.Skipped);
  Res.Stats.FilesIgnored = W.IgnoredCount;

  struct Slot {
    std::vector<Finding> Findings;
    std::optional<SkippedFile> Skip;
    ScanStats Stats;
    FileInfo Info;
    uint64_t Bytes = 0;
  };
  std::vector<Slot> Slots(W.Files.size());
  unsigned Jobs = Walk.Jobs
                      ? Walk.Jobs
                      : llvm::hardware_concurrency().compute_thread_count();
  Res.Stats.Jobs = Jobs;
  auto Work = [&](size_t I) {
    const FileEntry &FE = W.Files[I];
    Slot &S = Slots[I];
    LoadedFile LF = loadFile(FE, Walk.MaxFileSize);
    if (LF.Skip) {
      S.Skip = std::move(LF.Skip);
      return;
    }
    S.Bytes = LF.Content.size();
    S.Info.Lang = detectLanguage(FE.Path, LF.Content);
    S.Findings = scanBuffer(FE.Path, LF.Content, S.Info.Lang, &S.Stats);
    // Roles are reported for files with findings only; no rule reads them yet.
    if (!S.Findings.empty())
      S.Info.FileRole = detectRole(FE.Path, S.Info.Lang, LF.Content);
  };
  if (Jobs <= 1) {
    for (size_t I = 0; I < Slots.size(); ++I)
      Work(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Slots.size(); ++I)
      Pool.async([&, I] { Work(I); });
    Pool.wait();
  }

  for (size_t I = 0; I < Slots.size(); ++I) {
    Slot &S = Slots[I];
    if (S.Skip) {
      Res.Skipped.push_back(std::move(*S.Skip));
      continue;
    }
    ++Res.Stats.FilesScanned;
    Res.Stats.BytesScanned += S.Bytes;
    Res.Stats.RuleFileChecks += S.Stats.RuleFileChecks;
    Res.Stats.RulePrefiltered += S.Stats.RulePrefiltered;
    Res.Stats.CFamilyTokenFrontend += S.Stats.CFamilyTokenFrontend;
    if (!S.Findings.empty())
      Res.Files[W.Files[I].Path] = S.Info;
    for (Finding &F : S.Findings)
      Res.Findings.push_back(std::move(F));
  }
  llvm::sort(Res.Skipped, [](const SkippedFile &A, const SkippedFile &B) {
    return A.Path < B.Path;
  });
  for (const SkippedFile &S : Res.Skipped)
    ++Res.Stats.SkippedByReason[skipReasonName(S.Reason).str()];
  Res.Stats.FilesSkipped = Res.Skipped.size();
  Res.Stats.RulesLoaded = Rules->rules().size();
  llvm::sort(Res.Findings);
  Res.Stats.DurationMs =
      uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - Start)
                   .count());
  return Res;
}
