//===- Analyzer.cpp - Open documents, scanned off the main thread ---------===//
#include "lsp/Analyzer.h"
#include "lsp/Uri.h"
#include "scan/ProjectRoot.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace rtclint;
using namespace rtclint::lsp;
using Clock = std::chrono::steady_clock;

bool rtclint::lsp::isConfigFile(llvm::StringRef Path) {
  return llvm::sys::path::filename(Path) == ".rtclint.yaml";
}

/// Each scan builds and frees the same tens of megabytes of facts and
/// diagnostics. glibc would hand the freed top of the heap back to the
/// kernel after every edit and fault it in again on the next (a third of
/// the time of a large file); a long-lived server keeps it instead.
static void keepHeapBetweenScans() {
#if defined(__GLIBC__)
  static const bool Once = [] {
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    return true;
  }();
  (void)Once;
#endif
}

Analyzer::Analyzer(RuleLoader Load, PublishFn Publish,
                   std::chrono::milliseconds Debounce, bool Threaded)
    : Engines(std::move(Load)), Publish(std::move(Publish)),
      Debounce(Debounce) {
  keepHeapBetweenScans();
  if (Threaded)
    Worker = std::thread([this] { run(); });
}

Analyzer::~Analyzer() {
  {
    std::lock_guard<std::mutex> L(M);
    Stop = true;
  }
  CV.notify_all();
  if (Worker.joinable())
    Worker.join();
}

void Analyzer::schedule(const std::string &Uri, bool Now) {
  Due[Uri] = Clock::now() + (Now ? std::chrono::milliseconds(0) : Debounce);
  CV.notify_all();
}

void Analyzer::open(const std::string &Uri, llvm::StringRef LanguageId,
                    int64_t Version, std::string Text) {
  Doc D;
  D.Path = uriToPath(Uri).value_or("");
  D.Lang = detectLanguage(D.Path.empty() ? Uri : D.Path, Text);
  if (D.Lang == Language::Unknown)
    D.Lang = parseLanguage(LanguageId).value_or(Language::Unknown);
  D.ProjectPath = D.Path.empty() ? Uri : D.Path;
  if (!D.Path.empty()) {
    // Fingerprints and rule path filters see the path the CLI would.
    std::string Root = projectRootOf(D.Path);
    llvm::StringRef Rel = D.Path;
    if (!Root.empty() && Rel.consume_front(Root) && Rel.consume_front("/"))
      D.ProjectPath = Rel.str();
  }
  D.Version = Version;
  D.Text = std::move(Text);
  std::lock_guard<std::mutex> L(M);
  Docs[Uri] = std::move(D);
  schedule(Uri, /*Now=*/true);
}

bool Analyzer::change(const std::string &Uri, int64_t Version,
                      std::vector<TextChange> Changes, Encoding E,
                      std::string &Error) {
  std::lock_guard<std::mutex> L(M);
  auto It = Docs.find(Uri);
  if (It == Docs.end()) {
    Error = "didChange for a document that is not open: " + Uri;
    return false;
  }
  Doc &D = It->second;
  for (TextChange &C : Changes) {
    if (!C.Start || !C.End) {
      D.Text = std::move(C.Text);
      continue;
    }
    // Each change's positions refer to the text after the previous one.
    PositionMap Map(D.Text, E);
    size_t B = Map.offset(*C.Start), End = Map.offset(*C.End);
    if (End < B)
      std::swap(B, End);
    D.Text.replace(B, End - B, C.Text);
  }
  D.Version = Version;
  schedule(Uri);
  return true;
}

void Analyzer::save(const std::string &Uri, std::optional<std::string> Text) {
  std::optional<std::string> Path = uriToPath(Uri);
  if (Path && isConfigFile(*Path)) {
    reloadConfigs();
    return;
  }
  std::lock_guard<std::mutex> L(M);
  auto It = Docs.find(Uri);
  if (It == Docs.end())
    return;
  if (Text)
    It->second.Text = std::move(*Text);
  schedule(Uri, /*Now=*/true);
}

void Analyzer::close(const std::string &Uri) {
  std::lock_guard<std::mutex> L(M);
  auto It = Docs.find(Uri);
  if (It == Docs.end())
    return;
  const std::optional<Analysis> &Last = It->second.Published;
  bool Had = Last.has_value() && !Last->Findings.empty();
  int64_t Version = It->second.Version;
  Docs.erase(It);
  Due.erase(Uri);
  // Under the lock: a scan finishing now cannot publish after the clear.
  if (Had)
    Publish(Analysis{Uri, Version, Language::Unknown, "", {}});
}

void Analyzer::reloadConfigs() {
  Engines.clear();
  std::lock_guard<std::mutex> L(M);
  for (const auto &[Uri, D] : Docs)
    schedule(Uri, /*Now=*/true);
}

std::optional<Analysis> Analyzer::latest(const std::string &Uri) const {
  std::lock_guard<std::mutex> L(M);
  auto It = Docs.find(Uri);
  // Positions of an older text would put edits in the wrong place.
  if (It == Docs.end())
    return std::nullopt;
  const std::optional<Analysis> &Last = It->second.Published;
  if (!Last.has_value() || Last->Text != It->second.Text)
    return std::nullopt;
  return Last;
}

Analysis Analyzer::scan(const std::string &Uri, const Doc &D) {
  Analysis A{Uri, D.Version, D.Lang, D.Text, {}};
  std::shared_ptr<const ProjectEngine> P = Engines.forFile(D.Path);
  if (!P || (!D.Path.empty() && P->excluded(D.Path)))
    return A;
  std::string Display = D.Path.empty() ? Uri : D.Path;
  SourceBuffer Src{Display, D.ProjectPath, A.Text, D.Lang};
  FileResult R = P->Cache ? P->Cache->scan(Src) : P->E->scan(Src);
  if (P->Cache)
    for (const std::string &W : P->Cache->takeWarnings())
      llvm::errs() << "rtclint lsp: " << W << "\n";
  if (R.Failure)
    llvm::errs() << "rtclint lsp: " << Display
                 << " not scanned: " << R.Failure->Detail << "\n";
  for (Finding &F : R.Findings)
    if (!F.Suppressed)
      A.Findings.push_back(std::move(F));
  return A;
}

void Analyzer::run() {
  std::unique_lock<std::mutex> L(M);
  while (true) {
    if (Stop)
      return;
    if (Due.empty()) {
      CV.wait(L);
      continue;
    }
    auto First = std::min_element(
        Due.begin(), Due.end(),
        [](const auto &A, const auto &B) { return A.second < B.second; });
    if (First->second > Clock::now()) {
      CV.wait_until(L, First->second);
      continue;
    }
    scanDue(L, First);
  }
}

void Analyzer::runPending() {
  std::unique_lock<std::mutex> L(M);
  while (!Due.empty())
    scanDue(L, std::min_element(Due.begin(), Due.end(),
                                [](const auto &A, const auto &B) {
                                  return A.second < B.second;
                                }));
}

void Analyzer::scanDue(
    std::unique_lock<std::mutex> &L,
    std::map<std::string, std::chrono::steady_clock::time_point>::iterator
        First) {
  std::string Uri = First->first;
  Due.erase(First);
  auto It = Docs.find(Uri);
  if (It == Docs.end())
    return;
  Doc Snapshot = It->second; // scanned without the lock
  Snapshot.Published.reset();
  L.unlock();
  Analysis A = scan(Uri, Snapshot);
  L.lock();
  It = Docs.find(Uri);
  // Superseded: closed, edited since, or due again.
  if (It == Docs.end() || It->second.Version != A.Version ||
      It->second.Text != A.Text || Due.count(Uri))
    return;
  It->second.Published = A;
  Publish(A);
}
