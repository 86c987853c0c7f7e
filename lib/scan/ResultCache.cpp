//===- ResultCache.cpp - Per-file results kept between runs ---------------===//
#include "scan/ResultCache.h"
#include "engine/ProjectRoutes.h"
#include "scan/ResultCodec.h"
#include "support/SafeRead.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <tuple>

using namespace rtclint;
using llvm::StringRef;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// Far above any real entry: a bound for a hostile cache directory.
static constexpr uint64_t MaxEntryBytes = 64 << 20;

namespace {
/// Feeds length-prefixed fields to BLAKE3, so no two field lists collide.
struct KeyHasher {
  llvm::BLAKE3 H;
  void add(StringRef S) {
    uint64_t N = S.size();
    H.update(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(&N),
                                     sizeof(N)));
    H.update(S);
  }
  std::string hex() { return llvm::toHex(H.final(), /*LowerCase=*/true); }
};
} // namespace

/// Everything in the engine a result depends on; empty when a frontend
/// reads more than the file (the clang frontend reads headers and the
/// compilation database).
static std::string engineDigest(const Engine &E, StringRef Version) {
  const EngineOptions &O = E.options();
  if (!O.Frontends.empty())
    return {};
  KeyHasher K;
  K.add(Version);
  K.add(E.rules().digest());
  K.add(O.Redact ? "redact" : "clear");
  K.add(O.IncludeTests ? "tests" : "no-tests");
  K.add(std::to_string(O.FileBudgetMs));
  for (const auto *Set : {&O.Enable, &O.Disable}) {
    std::vector<StringRef> Names;
    for (const auto &N : *Set)
      Names.push_back(N.getKey());
    llvm::sort(Names);
    K.add(std::to_string(Names.size()));
    for (StringRef N : Names)
      K.add(N);
  }
  K.add(std::to_string(O.SeverityOverrides.size()));
  for (const auto &[Id, S] : O.SeverityOverrides) {
    K.add(Id);
    K.add(std::to_string(unsigned(S)));
  }
  K.add(std::to_string(O.RuleOptions.size()));
  for (const auto &[Id, Opts] : O.RuleOptions) {
    K.add(Id);
    K.add(std::to_string(Opts.size()));
    for (const auto &[Name, Values] : Opts) {
      K.add(Name);
      K.add(std::to_string(Values.size()));
      for (const std::string &V : Values)
        K.add(V);
    }
  }
  return K.hex();
}

ResultCache::ResultCache(CacheOptions O, const Engine &E)
    : Opts(std::move(O)), E(E), EngineDigest(engineDigest(E, RTCLINT_VERSION)) {
  if (std::error_code EC = fs::create_directories(Opts.Dir)) {
    warn("cannot use cache directory " + Opts.Dir + ": " + EC.message());
    return;
  }
  Usable = true;
}

std::string ResultCache::defaultDir() {
  llvm::SmallString<256> Dir;
  if (std::optional<std::string> X =
          llvm::sys::Process::GetEnv("XDG_CACHE_HOME");
      X && path::is_absolute(*X))
    Dir = *X;
  else if (!path::cache_directory(Dir))
    return {};
  path::append(Dir, "rtclint");
  return std::string(Dir);
}

void ResultCache::warn(std::string W) const {
  std::lock_guard<std::mutex> L(M);
  Warnings.push_back(std::move(W));
}

std::vector<std::string> ResultCache::takeWarnings() const {
  std::lock_guard<std::mutex> L(M);
  llvm::sort(Warnings); // threads add them in any order
  return std::exchange(Warnings, {});
}

/// A key files' result depends on its siblings (Vonage configuration next
/// to a private key, facts/KeyFileContext.h): never cached.
static bool readsSiblings(StringRef Path) {
  StringRef Ext = path::extension(Path);
  return Ext == ".key" || Ext == ".pem" || Ext == ".p8";
}

std::optional<std::string> ResultCache::key(const SourceBuffer &Src) const {
  // A file that may hold routes or guards feeds the project phase, whose
  // RouteIndex an entry does not keep.
  if (!Usable || EngineDigest.empty() || readsSiblings(Src.Path) ||
      wantsRouteIndex(E.routeKeywords(), Src))
    return std::nullopt;
  KeyHasher K;
  K.add(EngineDigest);
  K.add(Src.Path);
  K.add(Src.ProjectPath);
  K.add(std::to_string(unsigned(Src.Lang)));
  for (const auto &F : E.options().Filters) {
    std::optional<std::string> FK = F->cacheKey(Src.Path);
    if (!FK)
      return std::nullopt;
    K.add(F->name());
    K.add(*FK);
  }
  K.add(Src.Content);
  return K.hex();
}

std::string ResultCache::entryPath(StringRef Key) const {
  // Two levels keep directories small in big trees.
  llvm::SmallString<256> P(Opts.Dir);
  path::append(P, Key.take_front(2), Key.drop_front(2));
  return std::string(P);
}

/// Marks an entry as just used: eviction goes by modification time.
static std::error_code touch(StringRef Path) {
  int FD;
  if (std::error_code EC =
          fs::openFileForWrite(Path, FD, fs::CD_OpenExisting, fs::OF_Append))
    return EC;
  std::error_code EC = fs::setLastAccessAndModificationTime(
      FD, std::chrono::system_clock::now());
  std::error_code Close = llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  return EC ? EC : Close;
}

FileResult ResultCache::scan(const SourceBuffer &Src) const {
  std::optional<std::string> Key = key(Src);
  if (!Key)
    return E.scan(Src);
  std::string Path = entryPath(*Key);
  ReadResult Entry = readRegularFile(Path, MaxEntryBytes, "");
  if (Entry) {
    if (std::optional<FileResult> R =
            decodeResult(*Key, Entry.Content, E.rules())) {
      ++Hits;
      // Best effort: an entry not touched only looks older to eviction.
      std::ignore = touch(Path);
      return std::move(*R);
    }
    warn("cache entry " + Path + " is corrupt; rebuilt");
  }
  ++Misses;
  FileResult R = E.scan(Src);
  if (R.Failure || R.Partial)
    return R; // a budget or an internal error may not recur
  std::string Text = encodeResult(*Key, R);
  llvm::SmallString<256> Dir(path::parent_path(Path));
  if (fs::create_directories(Dir))
    return R;
  // A unique temporary beside the entry, renamed into place: a reader sees
  // the old entry, the new one or none, never a partial one.
  llvm::SmallString<256> Tmp;
  int FD;
  llvm::SmallString<256> Model(Dir);
  path::append(Model, "tmp-%%%%%%%%%%%%");
  if (fs::createUniqueFile(Model, FD, Tmp))
    return R;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      std::ignore = fs::remove(Tmp); // a stray temporary is evicted later
      return R;
    }
  }
  if (fs::rename(Tmp, Path))
    std::ignore = fs::remove(Tmp);
  return R;
}

void ResultCache::evict() const {
  if (!Usable)
    return;
  struct Entry {
    llvm::sys::TimePoint<> Used;
    uint64_t Size;
    std::string Path;
  };
  std::vector<Entry> Entries;
  uint64_t Total = 0;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Opts.Dir, EC, false), End;
       It != End && !EC; It.increment(EC)) {
    fs::file_status St;
    if (It->type() != fs::file_type::regular_file || fs::status(It->path(), St))
      continue;
    Entries.push_back({St.getLastModificationTime(), St.getSize(), It->path()});
    Total += St.getSize();
  }
  if (Total <= Opts.MaxBytes)
    return;
  // Oldest first; ties by path, so concurrent evictions agree.
  llvm::sort(Entries, [](const Entry &A, const Entry &B) {
    return std::tie(A.Used, A.Path) < std::tie(B.Used, B.Path);
  });
  uint64_t Goal = Opts.MaxBytes / 10 * 9;
  for (const Entry &En : Entries) {
    if (Total <= Goal)
      break;
    if (!fs::remove(En.Path))
      Total -= En.Size;
  }
}
