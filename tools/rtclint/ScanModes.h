//===- ScanModes.h - Config, baseline and git modes of `scan` ---*- C++ -*-===//
//
// The parts of `rtclint scan` that decide what is scanned and how findings
// are filtered: --config, --staged [--all-lines], --diff REV, --history
// [RANGE], --baseline, --write-baseline. ScanCommand.cpp calls these around
// its report step.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_TOOLS_SCANMODES_H
#define RTCLINT_TOOLS_SCANMODES_H

#include "config/Config.h"
#include "engine/Baseline.h"
#include "engine/Engine.h"
#include "scan/ResultCache.h"
#include "workspace/GitSources.h"
#include "workspace/Walker.h"
#include <memory>
#include <optional>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace rtclint::cli {

struct ScanModeArgs {
  std::string Config;
  bool Staged = false, AllLines = false;
  std::string Diff;
  std::string HistoryRange;
  CLI::Option *History = nullptr; // given when its count is non-zero
  std::string Baseline, WriteBaseline;
  std::string Shard; // K/N
  // --cache DIR, --no-cache, --cache-max-size SIZE
  std::string CacheDir;
  bool NoCache = false;
  std::string CacheMaxSize = "256M";
  bool history() const;
};

void addScanModeOptions(CLI::App &Scan, ScanModeArgs &M);

/// The run's config (explicit, discovered, or the default one); prints
/// diagnostics and returns nullopt on errors.
std::optional<Config> loadScanConfig(const ScanModeArgs &M,
                                     const std::vector<std::string> &Roots);
/// Rule ids and options of the config against the loaded rules.
bool checkScanConfig(const Config &C, const RuleSet &Rules);

struct ModeScan {
  int Exit = -1; // >= 0: stop with this exit code
  std::unique_ptr<Engine> E;
  ScanResult R;
  std::string ProjectRoot;
  std::shared_ptr<const Baseline> Base;
  std::vector<CommitInfo> Commits;    // --history
  std::vector<size_t> CommitOf;       // per finding of R
  std::unique_ptr<ResultCache> Cache; // when the run used one
};

/// Builds the filter chain and the engine, then scans the tree or the git
/// sources the mode names.
ModeScan runModeScan(const ScanModeArgs &M,
                     const std::shared_ptr<const RuleSet> &Rules,
                     EngineOptions EO, const std::vector<std::string> &Roots,
                     const WalkOptions &WO);

/// Adds what only a mode knows to a finished report (the commit of each
/// --history finding in JSON).
void decorateReport(const ScanModeArgs &M, const ModeScan &S,
                    llvm::StringRef Format, std::string &Report);

/// After the report: writes --write-baseline and the baseline's counts for
/// --stats. Returns an exit code that ends the run, or -1.
int finishModes(const ScanModeArgs &M, const ModeScan &S, bool Stats);

} // namespace rtclint::cli

#endif
