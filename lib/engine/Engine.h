//===- Engine.h - Join facts and rules into findings
//-----------------------===//
//
// The engine is a reentrant library: scanBuffer() is what the LSP server and
// the clang-tidy module call for one in-memory buffer; scanPaths() is the CLI's
// whole-tree scan (walk, load, scan in parallel, deterministic order).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_ENGINE_H
#define RTCLINT_ENGINE_ENGINE_H

#include "engine/Finding.h"
#include "rules/RuleSet.h"
#include "workspace/Walker.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <memory>

namespace rtclint {

struct EngineOptions {
  bool Redact = true;
  llvm::StringSet<> Enable; // if non-empty: only these rule ids (or categories)
  llvm::StringSet<> Disable; // rule ids or categories
  std::map<std::string, Severity> SeverityOverrides;
};

struct ScanStats {
  uint64_t FilesScanned = 0;
  uint64_t BytesScanned = 0;
  uint64_t FilesSkipped = 0; // binary, too large, unreadable, symlinks
  uint64_t FilesIgnored = 0; // ignore files and excludes
  std::map<std::string, uint64_t> SkippedByReason;
  uint64_t CFamilyTokenFrontend = 0; // C-family files without a compile DB
  uint64_t RulesLoaded = 0;
  uint64_t RuleFileChecks = 0;  // (rule, file) pairs that ran matchers
  uint64_t RulePrefiltered = 0; // (rule, file) pairs the prefilter skipped
  uint64_t DurationMs = 0;
  unsigned Jobs = 1;
};

struct FileInfo {
  Language Lang = Language::Unknown;
  Role FileRole = Role::Unknown;
};

struct ScanResult {
  std::vector<Finding> Findings; // sorted
  std::vector<SkippedFile> Skipped;
  std::vector<std::string> Errors;       // roots that could not be walked
  std::map<std::string, FileInfo> Files; // files that have findings
  ScanStats Stats;
};

class Engine {
public:
  Engine(std::shared_ptr<const RuleSet> Rules, EngineOptions Opts);

  /// Scans one buffer. Path is the display path (used for path filters,
  /// fingerprints and output); Lang defaults to detection from Path.
  std::vector<Finding> scanBuffer(llvm::StringRef Path, llvm::StringRef Content,
                                  std::optional<Language> Lang = std::nullopt,
                                  ScanStats *Stats = nullptr) const;

  /// Walks Roots and scans every file with Walk.Jobs threads.
  ScanResult scanPaths(const std::vector<std::string> &Roots,
                       const WalkOptions &Walk) const;

  /// Whether a rule is on after --enable/--disable and severity overrides.
  Severity effectiveSeverity(const Rule &R) const;
  const RuleSet &rules() const { return *Rules; }

private:
  std::shared_ptr<const RuleSet> Rules;
  EngineOptions Opts;
};

} // namespace rtclint

#endif
