//===- ResultCache.h - Per-file results kept between runs -------*- C++ -*-===//
//
// `--cache DIR`: one file per scanned file, named after a hash of everything
// its result depends on (its bytes, paths and language, the rules, the
// engine options, the filters, the rtclint version), so an unchanged file
// is not scanned again. Entries are written to a temporary file and renamed
// into place, so concurrent runs never see half an entry; an entry that
// does not decode is a warning and is rebuilt. The least recently used
// entries are evicted above a size bound.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_RESULTCACHE_H
#define RTCLINT_SCAN_RESULTCACHE_H

#include "engine/Engine.h"
#include <atomic>
#include <mutex>

namespace rtclint {

struct CacheOptions {
  std::string Dir;
  uint64_t MaxBytes = 256ull << 20; // eviction bound
};

class ResultCache {
public:
  /// Creates Dir if needed; check ok() before use.
  ResultCache(CacheOptions O, const Engine &E);

  bool ok() const { return Usable; }

  /// Scans Src through the cache: a stored result when there is one, else
  /// E.scan(Src), stored when it succeeded. Thread-safe.
  FileResult scan(const SourceBuffer &Src) const;

  /// Removes the least recently used entries until the cache is below
  /// MaxBytes (to 90% of it, so the next run does not evict again).
  void evict() const;

  /// Warnings so far (unusable directory, corrupt entries), then cleared.
  std::vector<std::string> takeWarnings() const;

  uint64_t hits() const { return Hits; }
  uint64_t misses() const { return Misses; }

  /// The default directory of a user's cache ($XDG_CACHE_HOME/rtclint or
  /// ~/.cache/rtclint); empty when neither is known.
  static std::string defaultDir();

private:
  std::optional<std::string> key(const SourceBuffer &Src) const;
  std::string entryPath(llvm::StringRef Key) const;
  void warn(std::string W) const;

  CacheOptions Opts;
  const Engine &E;
  std::string EngineDigest; // empty: the engine's results are not cacheable
  bool Usable = false;
  mutable std::atomic<uint64_t> Hits{0}, Misses{0};
  mutable std::mutex M;
  mutable std::vector<std::string> Warnings;
};

} // namespace rtclint

#endif
