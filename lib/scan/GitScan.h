//===- GitScan.h - Scans of staged, changed and historical sources -*- C++ -*-//
//
// The git modes on top of the engine: sources come from GitRepo (index
// blobs, work-tree files changed since a merge base, each commit's blobs)
// and go through Engine::scanBuffer like any buffer. Limiting findings to
// the changed lines is the ChangedLines filter's job; the caller puts it in
// the engine's filter chain, built from changedLineMap().
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_GITSCAN_H
#define RTCLINT_SCAN_GITSCAN_H

#include "engine/ChangedLines.h"
#include "engine/Engine.h"
#include "workspace/GitSources.h"

namespace rtclint {

class ResultCache;

/// Display path -> lines to report, for ChangedLinesFilter. AllLines keeps
/// whole files (`--staged --all-lines`).
llvm::StringMap<LineSet> changedLineMap(const GitChanges &C, bool AllLines);

/// Scans the contents of C (never re-reading the work tree) with Jobs
/// threads; findings sorted as in a tree scan.
/// Through Cache when given.
ScanResult scanChanges(const Engine &E, GitChanges C, unsigned Jobs,
                       const ResultCache *Cache = nullptr);

/// The categories `--history` runs: what leaks for good once committed.
inline constexpr const char *HistoryCategories[] = {"secrets", "sessions"};

struct HistoryOptions {
  std::string Range; // empty: every reachable commit
  uint64_t MaxFileSize = 8ull << 20;
  unsigned Jobs = 0;
};

struct HistoryResult {
  ScanResult Scan;                 // Findings in commit order, oldest first
  std::vector<CommitInfo> Commits; // every commit walked
  std::vector<size_t> CommitOf;    // per finding: index into Commits
};

/// Scans the lines each commit adds. A secret (same rule, same matched
/// text) is reported once, at the oldest commit that adds it.
bool scanHistory(const Engine &E, GitRepo &Repo, const HistoryOptions &O,
                 HistoryResult &Out, std::string &Error);

} // namespace rtclint

#endif
