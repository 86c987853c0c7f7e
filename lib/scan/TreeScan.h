//===- TreeScan.h - Scan files and directories ------------------*- C++ -*-===//
//
// The layer above the engine: walk the roots (lib/workspace), load each file,
// hand it to Engine::scan in parallel, and gather one deterministic result.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_TREESCAN_H
#define RTCLINT_SCAN_TREESCAN_H

#include "engine/Engine.h"
#include "scan/Shard.h"
#include "workspace/Walker.h"

namespace rtclint {

class ResultCache;

/// Walks Roots and scans every file (only shard Shard's files when given)
/// with Walk.Jobs threads, through Cache when given. Files whose scan failed
/// are listed in Skipped (reason `failed` or `budget`).
ScanResult scanTree(const Engine &E, const std::vector<std::string> &Roots,
                    const WalkOptions &Walk, ShardSpec Shard = {},
                    const ResultCache *Cache = nullptr);

/// Adds one file's outcome to a result (shared by the tree and git scans).
void addFileResult(ScanResult &Res, llvm::StringRef Path, Language L,
                   uint64_t Bytes, FileResult &&FR);

/// Sorts findings and skipped files and fills the derived stats.
void finishResult(ScanResult &Res, const Engine &E);

} // namespace rtclint

#endif
