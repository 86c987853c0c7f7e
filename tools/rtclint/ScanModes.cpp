//===- ScanModes.cpp - Config, baseline and git modes of `scan` -----------===//
#include "ScanModes.h"
#include "Commands.h"
#include "SizeArg.h"
#include "scan/GitScan.h"
#include "scan/ProjectRoot.h"
#include "scan/ScanSetup.h"
#include "scan/TreeScan.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace rtclint::cli {

bool ScanModeArgs::history() const { return History && History->count() > 0; }

void addScanModeOptions(CLI::App &S, ScanModeArgs &M) {
  S.add_option("--config", M.Config,
               "Config file (default: the nearest .rtclint.yaml above the "
               "scanned paths)")
      ->type_name("FILE");
  S.add_flag("--staged", M.Staged,
             "Scan the staged blobs of the git index; report findings on "
             "added or changed lines");
  S.add_flag("--all-lines", M.AllLines,
             "With --staged: report findings anywhere in the staged files");
  S.add_option("--diff", M.Diff,
               "Report findings on lines changed since the merge base with "
               "REV (work tree included)")
      ->type_name("REV");
  M.History =
      S.add_option("--history", M.HistoryRange,
                   "Scan the lines each commit added (secrets and sessions "
                   "rules); RANGE as A..B, default every reachable commit")
          ->expected(0, 1)
          ->type_name("[RANGE]");
  S.add_option("--baseline", M.Baseline,
               "Findings listed in FILE are suppressed; only new ones fail")
      ->type_name("FILE");
  S.add_option("--write-baseline", M.WriteBaseline,
               "Write the findings to FILE as a baseline (exit 0)")
      ->type_name("FILE");
  S.add_option("--shard", M.Shard,
               "Scan only part K of N of the tree (balanced by size; the "
               "same on every machine); join the reports with 'rtclint "
               "merge'")
      ->type_name("K/N");
  S.add_option("--cache", M.CacheDir,
               "Keep per-file results in DIR and reuse them for unchanged "
               "files (default with --staged outside CI: the user cache "
               "directory)")
      ->type_name("DIR");
  S.add_flag("--no-cache", M.NoCache, "Use no result cache");
  S.add_option("--cache-max-size", M.CacheMaxSize,
               "Evict the least recently used cache entries above SIZE")
      ->type_name("SIZE")
      ->capture_default_str();
}

static void printDiags(const Diagnostics &D) {
  for (const Diagnostic &Di : D)
    llvm::errs() << shown(Di.str()) << "\n";
}

std::optional<Config> loadScanConfig(const ScanModeArgs &M,
                                     const std::vector<std::string> &Roots) {
  Diagnostics D;
  // Git modes read the repository, not the paths: its config is the one
  // above the current directory (or the repository path given).
  std::optional<Config> C = resolveConfig(M.Config, Roots, D);
  printDiags(D);
  return C;
}

bool checkScanConfig(const Config &C, const RuleSet &Rules) {
  Diagnostics D;
  bool Ok = validateConfig(C, Rules, D);
  printDiags(D);
  return Ok;
}

/// "2024-01-01T10:00:00Z abc123def456 by Ada <ada@x>: subject".
static std::string commitNote(const CommitInfo &C) {
  return fmt::format("introduced in commit {} by {} <{}> on {}: {}",
                     C.Id.substr(0, 12), C.Author, C.Email, C.Date, C.Summary);
}

static int modeError(const std::string &Msg) {
  llvm::errs() << "rtclint: error: " << shown(Msg) << "\n";
  return ExitUsage;
}

/// The cache directory of this run, or empty: --cache when given; with
/// --staged (a pre-commit hook) the user cache, except in CI, where every
/// run starts cold and a cache is asked for explicitly.
static std::string cacheDirFor(const ScanModeArgs &M) {
  if (M.NoCache)
    return {};
  if (!M.CacheDir.empty())
    return M.CacheDir;
  if (M.Staged && !llvm::sys::Process::GetEnv("CI"))
    return ResultCache::defaultDir();
  return {};
}

/// Opens the run's cache for S.E; false (after a message) on a bad size.
static bool openCache(const ScanModeArgs &M, ModeScan &S) {
  std::string Dir = cacheDirFor(M);
  if (Dir.empty())
    return true;
  std::optional<uint64_t> Max = parseSize(M.CacheMaxSize);
  if (!Max) {
    S.Exit = modeError("--cache-max-size: '" + M.CacheMaxSize +
                       "' is not a size (e.g. 64M, 1G)");
    return false;
  }
  CacheOptions CO;
  CO.Dir = Dir;
  CO.MaxBytes = *Max;
  S.Cache = std::make_unique<ResultCache>(CO, *S.E);
  return true;
}

/// After a scan through the cache: its warnings, then eviction.
static void closeCache(ModeScan &S) {
  if (!S.Cache)
    return;
  for (const std::string &W : S.Cache->takeWarnings())
    llvm::errs() << "rtclint: warning: " << shown(W) << "\n";
  S.Cache->evict();
}

ModeScan runModeScan(const ScanModeArgs &M,
                     const std::shared_ptr<const RuleSet> &Rules,
                     EngineOptions EO, const std::vector<std::string> &Roots,
                     const WalkOptions &WO) {
  ModeScan S;
  unsigned Modes =
      unsigned(M.Staged) + unsigned(!M.Diff.empty()) + unsigned(M.history());
  if (Modes > 1) {
    S.Exit = modeError("--staged, --diff and --history exclude each other");
    return S;
  }
  if (M.AllLines && !M.Staged) {
    S.Exit = modeError("--all-lines needs --staged");
    return S;
  }
  ShardSpec Shard;
  std::string ShardErr;
  if (!M.Shard.empty() && !parseShard(M.Shard, Shard, ShardErr)) {
    S.Exit = modeError(ShardErr);
    return S;
  }
  if (Modes && !M.Shard.empty()) {
    S.Exit = modeError("--shard splits a tree scan; git modes scan one "
                       "change");
    return S;
  }
  if (Modes && Roots.size() > 1) {
    S.Exit = modeError("git modes take at most one path (the repository)");
    return S;
  }
  if (!M.Baseline.empty()) {
    Diagnostics D;
    std::optional<Baseline> B = Baseline::load(M.Baseline, D);
    if (!B) {
      printDiags(D);
      S.Exit = ExitUsage;
      return S;
    }
    S.Base = std::make_shared<const Baseline>(std::move(*B));
  }
  if (M.history() && EO.Enable.empty())
    for (const char *C : HistoryCategories)
      EO.Enable.insert(C);

  FilterSetup FS;
  Engine Probe(Rules, EO);
  FS.Probe = &Probe;
  FS.Base = S.Base;

  if (!Modes) {
    EO.Filters = makeFilterChain(FS);
    S.E = std::make_unique<Engine>(Rules, std::move(EO));
    if (!openCache(M, S))
      return S;
    S.R = scanTree(*S.E, Roots, WO, Shard, S.Cache.get());
    closeCache(S);
    S.ProjectRoot = projectRootOf(Roots.front());
    return S;
  }

  std::string Err;
  std::unique_ptr<GitRepo> Repo = GitRepo::open(Roots.front(), Err);
  if (!Repo) {
    S.Exit = modeError(Err);
    return S;
  }
  S.ProjectRoot = Repo->workdir().str();
  if (M.history()) {
    EO.Filters = makeFilterChain(FS);
    S.E = std::make_unique<Engine>(Rules, std::move(EO));
    HistoryOptions HO;
    HO.Range = M.HistoryRange;
    HO.MaxFileSize = WO.MaxFileSize;
    HO.Jobs = WO.Jobs;
    HistoryResult H;
    if (!scanHistory(*S.E, *Repo, HO, H, Err)) {
      S.Exit = modeError(Err);
      return S;
    }
    for (size_t I = 0; I < H.Scan.Findings.size(); ++I) {
      Finding &F = H.Scan.Findings[I];
      F.Notes.push_back({F.location(), commitNote(H.Commits[H.CommitOf[I]])});
    }
    S.R = std::move(H.Scan);
    S.Commits = std::move(H.Commits);
    S.CommitOf = std::move(H.CommitOf);
    return S;
  }

  GitChanges C;
  bool Ok = M.Staged ? Repo->staged(WO.MaxFileSize, C, Err)
                     : Repo->changedSince(M.Diff, WO.MaxFileSize, C, Err);
  if (!Ok) {
    S.Exit = modeError(Err);
    return S;
  }
  uint64_t Ignored = 0;
  dropExcluded(C, WO.Excludes, Ignored);
  FS.Changed = changedLineMap(C, M.AllLines);
  EO.Filters = makeFilterChain(FS);
  S.E = std::make_unique<Engine>(Rules, std::move(EO));
  if (!openCache(M, S))
    return S;
  S.R = scanChanges(*S.E, std::move(C), WO.Jobs, S.Cache.get());
  closeCache(S);
  S.R.Stats.FilesIgnored += Ignored;
  return S;
}

void decorateReport(const ScanModeArgs &M, const ModeScan &S, StringRef Format,
                    std::string &Report) {
  if (!M.history() || Format != "json")
    return;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Report);
  if (!V) {
    llvm::consumeError(V.takeError());
    return;
  }
  llvm::json::Object *Root = V->getAsObject();
  llvm::json::Array *Fs = Root ? Root->getArray("findings") : nullptr;
  if (!Fs)
    return;
  // The JSON lists the unsuppressed findings in result order.
  size_t J = 0;
  for (size_t I = 0; I < S.R.Findings.size() && J < Fs->size(); ++I) {
    if (S.R.Findings[I].Suppressed)
      continue;
    const CommitInfo &C = S.Commits[S.CommitOf[I]];
    if (llvm::json::Object *O = (*Fs)[J++].getAsObject())
      (*O)["commit"] = llvm::json::Object{{"id", C.Id},
                                          {"author", C.Author},
                                          {"email", C.Email},
                                          {"date", C.Date},
                                          {"summary", C.Summary}};
  }
  if (llvm::json::Object *St = Root->getObject("stats"))
    (*St)["commits_scanned"] = int64_t(S.Commits.size());
  Report.clear();
  llvm::raw_string_ostream OS(Report);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(*V))) << '\n';
}

int finishModes(const ScanModeArgs &M, const ModeScan &S, bool Stats) {
  if (Stats && S.Base) {
    size_t Matched = 0, New = 0;
    for (const Finding &F : S.R.Findings) {
      if (!F.Suppressed)
        ++New;
      else if (F.Suppressed->How == Suppression::Baseline)
        ++Matched;
    }
    llvm::errs() << fmt::format("baseline: {} findings matched ({} "
                                "entries), {} new\n",
                                Matched, S.Base->size(), New);
  }
  if (Stats && M.history())
    llvm::errs() << fmt::format("commits scanned: {}\n", S.Commits.size());
  if (Stats && S.Cache)
    llvm::errs() << fmt::format("cache:              {} hits, {} misses\n",
                                S.Cache->hits(), S.Cache->misses());
  if (M.WriteBaseline.empty())
    return -1;
  Baseline B = makeBaseline(S.R.Findings, S.Base.get());
  std::error_code EC;
  llvm::raw_fd_ostream OS(M.WriteBaseline, EC, llvm::sys::fs::OF_Text);
  if (!EC) {
    B.write(OS);
    OS.close();
    EC = OS.error();
    OS.clear_error();
  }
  if (EC) {
    llvm::errs() << "rtclint: error: cannot write " << shown(M.WriteBaseline)
                 << ": " << EC.message() << "\n";
    return ExitInternal;
  }
  llvm::errs() << fmt::format("rtclint: wrote {} baseline entr{} to {}\n",
                              B.size(), B.size() == 1 ? "y" : "ies",
                              shown(M.WriteBaseline));
  return ExitClean;
}

} // namespace rtclint::cli
