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

/// Walks Roots and scans every file with Walk.Jobs threads. Files whose scan
/// failed are listed in Skipped (reason `failed` or `budget`).
/// Walks Roots and scans every file (only shard Shard's files when given).
ScanResult scanTree(const Engine &E, const std::vector<std::string> &Roots,
                    const WalkOptions &Walk, ShardSpec Shard = {});

/// Adds one file's outcome to a result (shared by the tree and git scans).
void addFileResult(ScanResult &Res, llvm::StringRef Path, Language L,
                   uint64_t Bytes, FileResult &&FR);

/// Sorts findings and skipped files and fills the derived stats.
void finishResult(ScanResult &Res, const Engine &E);

} // namespace rtclint

#endif
