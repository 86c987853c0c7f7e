//===- ScanResult.h - What a scan hands to the reporters --------*- C++ -*-===//
#ifndef RTCLINT_ENGINE_SCANRESULT_H
#define RTCLINT_ENGINE_SCANRESULT_H

#include "engine/Finding.h"
#include "source/Source.h"
#include <map>
#include <string>
#include <vector>

namespace rtclint {

/// Counters of one file's scan; a tree scan adds them up.
struct FileStats {
  uint64_t RuleFileChecks = 0;  // (rule, file) pairs that ran matchers
  uint64_t RulePrefiltered = 0; // (rule, file) pairs the prefilter skipped
};

struct ScanStats {
  uint64_t FilesScanned = 0;
  uint64_t BytesScanned = 0;
  uint64_t FilesSkipped = 0; // binary, too large, unreadable, symlinks
  uint64_t FilesIgnored = 0; // ignore files and excludes
  uint64_t FilesPartial = 0; // scanned in part: the fact budget
  std::map<std::string, uint64_t> SkippedByReason;
  /// Files per frontend ("token", "clang"), from FileFacts::Frontend.
  std::map<std::string, uint64_t> FilesByFrontend;
  uint64_t CFamilyTokenFrontend = 0; // C-family files without a compile DB
  uint64_t RulesLoaded = 0;
  uint64_t RuleFileChecks = 0;
  uint64_t RulePrefiltered = 0;
  uint64_t Suppressed = 0; // findings marked by a filter (inline, baseline)
  uint64_t DurationMs = 0;
  unsigned Jobs = 1;

  void add(const FileStats &F) {
    RuleFileChecks += F.RuleFileChecks;
    RulePrefiltered += F.RulePrefiltered;
  }
};

struct FileInfo {
  Language Lang = Language::Unknown;
  Role FileRole = Role::Unknown;
};

struct ScanResult {
  std::vector<Finding> Findings; // sorted; suppressed ones included
  std::vector<SkippedFile> Skipped;
  /// Files scanned in part (reason `budget`): their findings are listed,
  /// the detail says what was not analysed.
  std::vector<SkippedFile> Partial;
  std::vector<std::string> Errors;       // roots that could not be walked
  std::map<std::string, FileInfo> Files; // files that have findings
  ScanStats Stats;
};

} // namespace rtclint

#endif
