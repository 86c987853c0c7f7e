//===- Shard.cpp - One of N parts of a tree scan
//---------------------------===//
#include "scan/Shard.h"
#include "workspace/Walker.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"
#include <numeric>
#include <queue>

using namespace rtclint;

static uint64_t hashOf(llvm::StringRef Key) {
  return llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Key));
}

bool rtclint::parseShard(llvm::StringRef Text, ShardSpec &Out,
                         std::string &Error) {
  auto [K, N] = Text.split('/');
  unsigned Index = 0, Count = 0;
  if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
      Index == 0 || Index > Count || Count > 4096) {
    Error = "--shard takes K/N with 1 <= K <= N <= 4096, e.g. 2/4; got '" +
            Text.str() + "'";
    return false;
  }
  Out = {Index, Count};
  return true;
}

std::vector<unsigned>
rtclint::assignShards(const std::vector<std::string> &Keys,
                      const std::vector<uint64_t> &Sizes, unsigned Count) {
  std::vector<uint64_t> Hashes(Keys.size());
  for (size_t I = 0; I < Keys.size(); ++I)
    Hashes[I] = hashOf(Keys[I]);
  std::vector<size_t> Order(Keys.size());
  std::iota(Order.begin(), Order.end(), 0);
  // Equal hashes need equal keys too, or the order would depend on the
  // walk; keys are unique within a scan.
  llvm::sort(Order, [&](size_t A, size_t B) {
    return std::tie(Sizes[B], Hashes[A], Keys[A]) <
           std::tie(Sizes[A], Hashes[B], Keys[B]);
  });
  // (bytes so far, shard): the least loaded, lowest-numbered shard on top.
  using Load = std::pair<uint64_t, unsigned>;
  std::priority_queue<Load, std::vector<Load>, std::greater<Load>> Shards;
  for (unsigned S = 0; S < Count; ++S)
    Shards.push({0, S});
  std::vector<unsigned> Out(Keys.size());
  for (size_t I : Order) {
    Load L = Shards.top();
    Shards.pop();
    Out[I] = L.second;
    // An empty file still costs an open and a read.
    Shards.push({L.first + std::max<uint64_t>(Sizes[I], 1), L.second});
  }
  return Out;
}

std::vector<bool> rtclint::selectShard(WalkResult &W,
                                       const std::vector<std::string> &Keys,
                                       ShardSpec S) {
  std::vector<bool> Mine(W.Files.size(), true);
  if (!S.active())
    return Mine;
  std::vector<uint64_t> Sizes;
  for (const FileEntry &F : W.Files)
    Sizes.push_back(F.Size);
  std::vector<unsigned> Of = assignShards(Keys, Sizes, S.Count);
  for (size_t I = 0; I < W.Files.size(); ++I)
    Mine[I] = Of[I] + 1 == S.Index;
  llvm::erase_if(W.Skipped, [&](const SkippedFile &F) {
    return hashOf(F.Path) % S.Count + 1 != S.Index;
  });
  if (S.Index != 1)
    W.IgnoredCount = 0;
  return Mine;
}
