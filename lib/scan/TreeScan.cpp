//===- TreeScan.cpp - Scan files and directories --------------------------===//
#include "scan/TreeScan.h"
#include "engine/ProjectRoutes.h"
#include "scan/ProjectRoot.h"
#include "scan/ResultCache.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <chrono>

using namespace rtclint;

static bool isCFamily(Language L) {
  return L == Language::C || L == Language::Cpp || L == Language::ObjC ||
         L == Language::ObjCpp;
}

void rtclint::addFileResult(ScanResult &Res, llvm::StringRef Path, Language L,
                            uint64_t Bytes, FileResult &&FR) {
  if (FR.Failure) {
    Res.Skipped.push_back(std::move(*FR.Failure));
    return;
  }
  ++Res.Stats.FilesScanned;
  Res.Stats.BytesScanned += Bytes;
  if (FR.Partial)
    Res.Partial.push_back(std::move(*FR.Partial));
  Res.Stats.add(FR.Stats);
  if (!FR.Frontend.empty()) {
    ++Res.Stats.FilesByFrontend[FR.Frontend];
    if (FR.Frontend == "token" && isCFamily(L))
      ++Res.Stats.CFamilyTokenFrontend;
  }
  if (!FR.Findings.empty())
    Res.Files[Path.str()] = FileInfo{L, FR.FileRole};
  for (Finding &F : FR.Findings) {
    if (F.Suppressed)
      ++Res.Stats.Suppressed;
    Res.Findings.push_back(std::move(F));
  }
}

void rtclint::finishResult(ScanResult &Res, const Engine &E) {
  llvm::sort(Res.Skipped, [](const SkippedFile &A, const SkippedFile &B) {
    return A.Path < B.Path;
  });
  Res.Stats.SkippedByReason.clear();
  for (const SkippedFile &S : Res.Skipped)
    ++Res.Stats.SkippedByReason[skipReasonName(S.Reason).str()];
  Res.Stats.FilesSkipped = Res.Skipped.size();
  llvm::sort(Res.Partial, [](const SkippedFile &A, const SkippedFile &B) {
    return A.Path < B.Path;
  });
  Res.Stats.FilesPartial = Res.Partial.size();
  Res.Stats.RulesLoaded = E.rules().rules().size();
  llvm::sort(Res.Findings);
}

ScanResult rtclint::scanTree(const Engine &E,
                             const std::vector<std::string> &Roots,
                             const WalkOptions &Walk, ShardSpec Shard,
                             const ResultCache *Cache) {
  auto Start = std::chrono::steady_clock::now();
  ScanResult Res;
  WalkResult W = walk(Roots, Walk);
  ProjectPaths Project(Roots);
  std::vector<std::string> Keys;
  if (Shard.active())
    for (const FileEntry &FE : W.Files)
      Keys.push_back(Project.relative(FE.AbsPath));
  // Files of other shards are scanned only when they may hold routes or
  // guards: the join must see the whole project for every shard to report
  // what the unsharded scan does.
  std::vector<bool> Mine = selectShard(W, Keys, Shard);
  Res.Errors = std::move(W.Errors);
  Res.Skipped = std::move(W.Skipped);
  Res.Stats.FilesIgnored = W.IgnoredCount;

  struct Slot {
    std::optional<SkippedFile> Skip;
    FileResult R;
    Language Lang = Language::Unknown;
    uint64_t Bytes = 0;
  };
  std::vector<Slot> Slots(W.Files.size());
  unsigned Jobs = Walk.Jobs
                      ? Walk.Jobs
                      : llvm::hardware_concurrency().compute_thread_count();
  Res.Stats.Jobs = Jobs;
  auto Work = [&](size_t I) {
    const FileEntry &FE = W.Files[I];
    Slot &S = Slots[I];
    LoadedFile LF = loadFile(FE, Walk.MaxFileSize);
    if (LF.Skip) {
      S.Skip = std::move(LF.Skip);
      return;
    }
    S.Bytes = LF.Content.size();
    S.Lang = detectLanguage(FE.Path, LF.Content);
    std::string ProjectPath = Project.relative(FE.AbsPath);
    SourceBuffer Src{FE.Path, ProjectPath, LF.Content, S.Lang};
    if (!Mine[I]) {
      if (wantsRouteIndex(E.routeKeywords(), Src))
        S.R.Routes = E.scan(Src).Routes;
      return;
    }
    S.R = Cache ? Cache->scan(Src) : E.scan(Src);
  };
  if (Jobs <= 1) {
    for (size_t I = 0; I < Slots.size(); ++I)
      Work(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Slots.size(); ++I)
      Pool.async([&, I] { Work(I); });
    Pool.wait();
  }
  // The project phase: routes whose handler or guard is in another file.
  std::vector<FileResult *> Results;
  for (Slot &S : Slots)
    if (!S.Skip)
      Results.push_back(&S.R);
  joinRoutes(E, Results);

  for (size_t I = 0; I < Slots.size(); ++I) {
    Slot &S = Slots[I];
    if (!Mine[I])
      continue;
    if (S.Skip) {
      Res.Skipped.push_back(std::move(*S.Skip));
      continue;
    }
    addFileResult(Res, W.Files[I].Path, S.Lang, S.Bytes, std::move(S.R));
  }
  finishResult(Res, E);
  Res.Stats.DurationMs =
      uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - Start)
                   .count());
  return Res;
}
