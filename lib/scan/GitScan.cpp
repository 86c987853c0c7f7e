//===- GitScan.cpp - Scans of staged, changed and historical sources ------===//
#include "scan/GitScan.h"
#include "engine/ProjectRoutes.h"
#include "scan/ResultCache.h"
#include "scan/TreeScan.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <chrono>

using namespace rtclint;
using llvm::StringRef;

llvm::StringMap<LineSet> rtclint::changedLineMap(const GitChanges &C,
                                                 bool AllLines) {
  llvm::StringMap<LineSet> Map;
  for (const GitFile &F : C.Files) {
    LineSet &S = Map[F.Path];
    if (AllLines || F.NewFile)
      S.addAll();
    for (auto [First, Last] : F.Added)
      S.add(First, Last);
  }
  return Map;
}

namespace {

unsigned jobCount(unsigned Jobs) {
  return Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count();
}

/// Runs Work(I) for I in [0, N) on Jobs threads.
template <typename Fn> void parallelFor(size_t N, unsigned Jobs, Fn Work) {
  if (Jobs <= 1 || N <= 1) {
    for (size_t I = 0; I < N; ++I)
      Work(I);
    return;
  }
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
  for (size_t I = 0; I < N; ++I)
    Pool.async([&Work, I] { Work(I); });
  Pool.wait();
}

/// The project path of a git source is its path in the repository: the
/// work tree is the project root.
FileResult scanOne(const Engine &E, const ResultCache *Cache, const GitFile &F,
                   Language &Lang) {
  Lang = detectLanguage(F.Path, F.Content);
  SourceBuffer Src{F.Path, F.RepoPath, F.Content, Lang};
  return Cache ? Cache->scan(Src) : E.scan(Src);
}

uint64_t msSince(std::chrono::steady_clock::time_point Start) {
  return uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - Start)
                      .count());
}

/// Whitespace-insensitive matched text: the identity of a secret.
std::string secretKey(const Finding &F, StringRef Content) {
  std::string Key = F.RuleId + '\0';
  if (F.Range.End <= Content.size())
    for (char C : Content.slice(F.Range.Begin, F.Range.End))
      if (!llvm::isSpace(C))
        Key.push_back(C);
  return Key;
}

/// The added lines of F, one per line.
std::string addedText(const GitFile &F) {
  std::string Out;
  size_t Line = 1, Pos = 0;
  StringRef C = F.Content;
  for (auto [First, Last] : F.Added) {
    for (; Line < First && Pos < C.size(); ++Line)
      Pos = std::min(C.find('\n', Pos), C.size()) + 1;
    for (; Line <= Last && Pos < C.size(); ++Line) {
      size_t End = std::min(C.find('\n', Pos), C.size());
      (Out += C.slice(Pos, End)) += '\n';
      Pos = End + 1;
    }
  }
  return Out;
}

/// Could any running rule match in Text? (Rules whose literals only show in
/// decoded values are checked against the raw text too: a split literal is
/// rare in a patch and the full scan still decides.)
bool mayMatch(const llvm::BitVector &Active, const RuleSet &Rules,
              StringRef Text) {
  if (Text.empty())
    return false;
  llvm::BitVector Cand = Rules.candidates(Text);
  Cand &= Active;
  return Cand.any();
}

} // namespace

ScanResult rtclint::scanChanges(const Engine &E, GitChanges C, unsigned Jobs,
                                const ResultCache *Cache) {
  auto Start = std::chrono::steady_clock::now();
  ScanResult R;
  R.Stats.Jobs = jobCount(Jobs);
  std::vector<FileResult> Slots(C.Files.size());
  std::vector<Language> Langs(C.Files.size());
  parallelFor(C.Files.size(), R.Stats.Jobs, [&](size_t I) {
    Slots[I] = scanOne(E, Cache, C.Files[I], Langs[I]);
  });
  // The project phase over the files scanned: a staged route whose handler
  // or guard is in another staged file (files not in the change are not
  // read, so a route whose handler is only there is not reported).
  std::vector<FileResult *> Results;
  for (FileResult &S : Slots)
    Results.push_back(&S);
  joinRoutes(E, Results);
  for (size_t I = 0; I < Slots.size(); ++I)
    addFileResult(R, C.Files[I].Path, Langs[I], C.Files[I].Content.size(),
                  std::move(Slots[I]));
  for (SkippedFile &S : C.Skipped)
    R.Skipped.push_back(std::move(S));
  finishResult(R, E);
  R.Stats.DurationMs = msSince(Start);
  return R;
}

bool rtclint::scanHistory(const Engine &E, GitRepo &Repo,
                          const HistoryOptions &O, HistoryResult &Out,
                          std::string &Error) {
  auto Start = std::chrono::steady_clock::now();
  if (!Repo.commits(O.Range, Out.Commits, Error))
    return false;
  ScanResult &R = Out.Scan;
  R.Stats.Jobs = jobCount(O.Jobs);
  llvm::StringSet<> Seen; // secrets already reported
  llvm::BitVector Active(E.rules().rules().size());
  for (size_t I = 0; I < E.rules().rules().size(); ++I)
    if (E.effectiveSeverity(E.rules().rules()[I]) != Severity::Off)
      Active.set(I);
  // Commits are read one batch at a time (libgit2 wants one thread per
  // repository handle) and each batch's files are scanned in parallel.
  constexpr uint64_t BatchBytes = 64ull << 20;
  size_t Next = 0;
  while (Next < Out.Commits.size()) {
    struct Item {
      size_t Commit;
      GitFile File;
    };
    std::vector<Item> Items;
    uint64_t Bytes = 0;
    size_t First = Next;
    for (; Next < Out.Commits.size() && (Bytes < BatchBytes || Next == First);
         ++Next) {
      GitChanges C;
      if (!Repo.commitChanges(Out.Commits[Next], O.MaxFileSize, C, Error))
        return false;
      for (GitFile &F : C.Files) {
        Bytes += F.Content.size();
        Items.push_back({Next, std::move(F)});
      }
      for (SkippedFile &S : C.Skipped)
        R.Skipped.push_back(std::move(S));
    }
    std::vector<FileResult> Slots(Items.size());
    std::vector<Language> Langs(Items.size());
    parallelFor(Items.size(), R.Stats.Jobs, [&](size_t I) {
      const GitFile &F = Items[I].File;
      // Most patches add nothing any running rule looks for: skip those
      // without lexing the whole blob. Files that pass are scanned whole,
      // so the rules see the same context as in a tree scan.
      if (!F.NewFile && !mayMatch(Active, E.rules(), addedText(F)))
        return;
      Slots[I] = scanOne(E, nullptr, F, Langs[I]);
      LineSet Lines;
      if (F.NewFile)
        Lines.addAll();
      for (auto [A, B] : F.Added)
        Lines.add(A, B);
      keepChangedLines(Lines, Slots[I].Findings);
    });
    // Items are in commit order, so the first sighting is the oldest.
    for (size_t I = 0; I < Items.size(); ++I) {
      const GitFile &F = Items[I].File;
      llvm::erase_if(Slots[I].Findings, [&](const Finding &Fd) {
        return !Seen.insert(secretKey(Fd, F.Content)).second;
      });
      addFileResult(R, F.Path, Langs[I], F.Content.size(), std::move(Slots[I]));
      Out.CommitOf.resize(R.Findings.size(), Items[I].Commit);
    }
  }
  // Findings stay in commit order (finishResult would sort them by path).
  llvm::sort(R.Skipped, [](const SkippedFile &A, const SkippedFile &B) {
    return A.Path < B.Path;
  });
  for (const SkippedFile &S : R.Skipped)
    ++R.Stats.SkippedByReason[skipReasonName(S.Reason).str()];
  R.Stats.FilesSkipped = R.Skipped.size();
  R.Stats.RulesLoaded = E.rules().rules().size();
  R.Stats.DurationMs = msSince(Start);
  return true;
}
