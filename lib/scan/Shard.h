//===- Shard.h - One of N parts of a tree scan ------------------*- C++ -*-===//
//
// `--shard K/N` splits one repository's scan over N CI machines. Every shard
// walks the whole tree and computes the same partition from what the tree
// holds (project-relative paths and sizes), so the shards need not talk to
// each other; `rtclint merge` joins their reports.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_SHARD_H
#define RTCLINT_SCAN_SHARD_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace rtclint {

struct WalkResult;

struct ShardSpec {
  unsigned Index = 1; // 1-based
  unsigned Count = 1;
  bool active() const { return Count > 1; }
};

/// Parses "K/N" with 1 <= K <= N.
bool parseShard(llvm::StringRef Text, ShardSpec &Out, std::string &Error);

/// The shard (0-based) of every file: largest files first, each to the
/// shard with the fewest bytes so far (ties: the path's hash, then the
/// lowest shard), so the parts take about as long as each other.
std::vector<unsigned> assignShards(const std::vector<std::string> &Keys,
                                   const std::vector<uint64_t> &Sizes,
                                   unsigned Count);

/// Marks in W what shard S reports: Mine[I] for W.Files[I] (every file
/// stays in W, for the route join), the skipped entries whose path hashes
/// to it, and the walk's ignored count on shard 1. Keys[I] is the stable
/// key (project-relative path) of W.Files[I].
std::vector<bool>
selectShard(WalkResult &W, const std::vector<std::string> &Keys, ShardSpec S);

} // namespace rtclint

#endif
