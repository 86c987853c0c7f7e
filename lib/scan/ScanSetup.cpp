//===- ScanSetup.cpp - From config and flags to engine options ------------===//
#include "scan/ScanSetup.h"
#include "engine/Suppressions.h"
#include "workspace/Ignore.h"
#include "workspace/Walker.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace rtclint;
using llvm::StringRef;

/// The rule the `require-e2ee` policy turns on.
static constexpr const char *E2EERule = "routed-session-without-e2ee";

std::optional<Config>
rtclint::resolveConfig(StringRef Explicit,
                       const std::vector<std::string> &Roots,
                       Diagnostics &Diags) {
  std::string Path = Explicit.str();
  if (Path.empty()) {
    std::vector<std::string> Found;
    for (const std::string &R :
         Roots.empty() ? std::vector<std::string>{"."} : Roots)
      Found.push_back(findConfig(R));
    for (const std::string &F : Found)
      if (F != Found.front()) {
        Diags.push_back(
            {F.empty() ? Found.front() : F, 0, 0,
             "the scanned paths have different configs (" +
                 (Found.front().empty() ? std::string("none") : Found.front()) +
                 " and " + (F.empty() ? std::string("none") : F) +
                 "); scan them separately or pass --config"});
        return std::nullopt;
      }
    Path = Found.empty() ? "" : Found.front();
    if (Path.empty())
      return Config{};
    Path = displayPath(Path);
  }
  return loadConfig(Path, Diags);
}

void rtclint::applyConfig(const Config &C, const RuleSet &Rules,
                          EngineOptions &EO) {
  // Turning a rule on keeps its severity, or a warning for a rule that is
  // off by default (a policy rule).
  auto TurnOn = [&](const Rule &R) {
    if (!EO.SeverityOverrides.count(R.Id) && R.Sev == Severity::Off)
      EO.SeverityOverrides[R.Id] = Severity::Warning;
  };
  if (C.IncludeTests == true)
    EO.IncludeTests = true;
  for (const ConfigName &N : C.Enable)
    for (const Rule &R : Rules.rules())
      if (R.Id == N.Name || R.Category == N.Name)
        TurnOn(R);
  if (C.RequireE2EE)
    if (const Rule *R = Rules.find(E2EERule))
      TurnOn(*R);
  // Categories expand to their rules, so a rule enabled by name below can
  // leave its disabled category.
  for (const ConfigName &N : C.Disable) {
    EO.Disable.insert(N.Name);
    if (!Rules.find(N.Name)) {
      EO.Disable.erase(N.Name);
      for (const Rule &R : Rules.rules())
        if (R.Category == N.Name)
          EO.Disable.insert(R.Id);
    }
  }
  for (const auto &[Id, RC] : C.Rules) {
    const Rule *R = Rules.find(Id);
    if (!R)
      continue;
    if (RC.Enabled == false) {
      EO.Disable.insert(Id);
      continue;
    }
    for (const auto &[Name, V] : RC.Options)
      EO.RuleOptions[Id][Name] = V.Items;
    if (RC.Sev)
      EO.SeverityOverrides[Id] = *RC.Sev;
    else if (RC.Enabled == true)
      TurnOn(*R);
    if (RC.Enabled == true)
      EO.Disable.erase(Id); // a rule named on its own beats its category
  }
}

std::vector<std::string> rtclint::configExcludes(const Config &C) {
  std::vector<std::string> Out;
  llvm::SmallString<256> Cwd;
  if (C.Dir.empty() || llvm::sys::fs::current_path(Cwd))
    return C.Exclude;
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Cwd, Real))
    Cwd = Real;
  std::string Dir = C.Dir;
  if (!llvm::sys::fs::real_path(C.Dir, Real))
    Dir = std::string(Real);
  StringRef CwdS = Cwd;
  for (const std::string &P : C.Exclude) {
    bool Neg = StringRef(P).starts_with("!");
    StringRef Body = StringRef(P).drop_front(Neg ? 1 : 0);
    // Only anchored patterns (a '/' before the end) depend on the base.
    bool Anchored = Body.drop_back(Body.ends_with("/") ? 1 : 0).contains('/');
    if (!Anchored || Dir == CwdS) {
      Out.push_back(P);
      continue;
    }
    Body.consume_front("/");
    StringRef Rel = Dir;
    if (Rel.consume_front(CwdS) && Rel.consume_front("/")) {
      // The config sits below the current directory.
      Out.push_back((Neg ? "!" : "") + Rel.str() + "/" + Body.str());
      continue;
    }
    StringRef Below = CwdS;
    if (Below.consume_front(Dir) && Below.consume_front("/")) {
      // The current directory sits below the config: keep what still
      // applies under it.
      std::string Prefix = Below.str() + "/";
      if (Body.starts_with("**/"))
        Out.push_back(P);
      else if (Body.starts_with(Prefix))
        Out.push_back((Neg ? "!" : "") + Body.drop_front(Prefix.size()).str());
      continue;
    }
    Out.push_back(P); // unrelated directories: as written
  }
  return Out;
}

void rtclint::dropExcluded(GitChanges &C,
                           const std::vector<std::string> &Excludes,
                           uint64_t &Ignored) {
  if (Excludes.empty())
    return;
  IgnoreList L;
  for (const std::string &E : Excludes)
    L.addPattern(E);
  auto Excluded = [&](StringRef Path) {
    // A directory pattern excludes everything below the directory.
    for (size_t Slash = Path.find('/'); Slash != StringRef::npos;
         Slash = Path.find('/', Slash + 1))
      if (L.match(Path.take_front(Slash), true) == IgnoreMatch::Ignore)
        return true;
    return L.match(Path, false) == IgnoreMatch::Ignore;
  };
  size_t Before = C.Files.size();
  llvm::erase_if(C.Files, [&](const GitFile &F) { return Excluded(F.Path); });
  Ignored += Before - C.Files.size();
}

FilterChain rtclint::makeFilterChain(const FilterSetup &S) {
  FilterChain Chain;
  const Engine *E = S.Probe;
  const Rule *Unused = E ? E->rules().find(UnusedSuppressionId) : nullptr;
  Severity UnusedSev = Unused ? E->effectiveSeverity(*Unused) : Severity::Off;
  // Which ids and categories run, copied: the probe need not outlive the
  // chain.
  auto Active = std::make_shared<llvm::StringSet<>>();
  if (E)
    for (const Rule &R : E->rules().rules())
      if (E->effectiveSeverity(R) != Severity::Off) {
        Active->insert(R.Id);
        Active->insert(R.Category);
      }
  std::function<bool(StringRef)> IsActive;
  if (E)
    IsActive = [Active](StringRef Id) { return Active->contains(Id); };
  Chain.push_back(
      std::make_shared<SuppressionFilter>(Unused, UnusedSev, IsActive));
  if (S.Base)
    Chain.push_back(std::make_shared<BaselineFilter>(S.Base));
  if (S.Changed)
    Chain.push_back(std::make_shared<ChangedLinesFilter>(*S.Changed));
  return Chain;
}
