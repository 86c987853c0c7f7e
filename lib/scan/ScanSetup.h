//===- ScanSetup.h - From config and flags to engine options ----*- C++ -*-===//
//
// What every front end (the CLI, an editor) does before scanning: find and
// check the config, map it onto engine and walk options, and build the
// filter chain (suppressions, baseline, changed lines).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_SCANSETUP_H
#define RTCLINT_SCAN_SCANSETUP_H

#include "config/Config.h"
#include "engine/Baseline.h"
#include "engine/ChangedLines.h"
#include "engine/Engine.h"
#include "workspace/GitSources.h"

namespace rtclint {

/// The config for a scan: Explicit when given, else the nearest one above
/// the roots (all roots must agree). Returns a default Config (File empty)
/// when there is none; nullopt with diagnostics on errors.
std::optional<Config> resolveConfig(llvm::StringRef Explicit,
                                    const std::vector<std::string> &Roots,
                                    Diagnostics &Diags);

/// Applies rule settings, enable/disable lists and policies to EO. Command-
/// line settings already in EO win: they are applied after.
void applyConfig(const Config &C, const RuleSet &Rules, EngineOptions &EO);

/// The config's excludes, rebased from the config's directory onto the
/// current directory (how the walker reads --exclude).
std::vector<std::string> configExcludes(const Config &C);

/// Drops git sources matching Excludes (gitignore syntax, relative to the
/// current directory) from C, counting them in Ignored.
void dropExcluded(GitChanges &C, const std::vector<std::string> &Excludes,
                  uint64_t &Ignored);

struct FilterSetup {
  const Engine *Probe = nullptr;                   // answers which rules run
  std::shared_ptr<const Baseline> Base;            // --baseline
  std::optional<llvm::StringMap<LineSet>> Changed; // --staged, --diff
};

/// The filter chain in its order: suppressions, baseline, changed lines.
FilterChain makeFilterChain(const FilterSetup &S);

} // namespace rtclint

#endif
