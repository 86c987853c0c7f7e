//===- EngineCache.cpp - One engine per .rtclint.yaml ---------------------===//
#include "lsp/EngineCache.h"
#include "scan/ScanSetup.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace rtclint;
using namespace rtclint::lsp;
using llvm::StringRef;

bool ProjectEngine::excluded(StringRef AbsPath) const {
  if (Excludes.empty() || Cfg.Dir.empty())
    return false;
  StringRef Rel = AbsPath;
  if (!Rel.consume_front(Cfg.Dir) || !Rel.consume_front("/"))
    return false;
  // A directory pattern excludes everything below the directory.
  for (size_t Slash = Rel.find('/'); Slash != StringRef::npos;
       Slash = Rel.find('/', Slash + 1))
    if (Excludes.match(Rel.take_front(Slash), true) == IgnoreMatch::Ignore)
      return true;
  return Excludes.match(Rel, false) == IgnoreMatch::Ignore;
}

static void logDiags(const Diagnostics &D) {
  for (const Diagnostic &X : D)
    llvm::errs() << "rtclint lsp: " << X.str() << "\n";
}

std::shared_ptr<const ProjectEngine>
EngineCache::build(const std::string &ConfigPath) {
  auto P = std::make_shared<ProjectEngine>();
  if (!ConfigPath.empty()) {
    Diagnostics D;
    std::optional<Config> C = loadConfig(ConfigPath, D);
    logDiags(D);
    // A broken config must not silence the editor: scan with the defaults
    // until it is fixed (the error is in the log).
    if (C)
      P->Cfg = std::move(*C);
  }
  std::shared_ptr<const RuleSet> Rules = Load(P->Cfg.RuleDirs);
  if (!Rules && !P->Cfg.RuleDirs.empty()) {
    llvm::errs() << "rtclint lsp: the rule directories of " << ConfigPath
                 << " do not load; using the built-in rules\n";
    P->Cfg.RuleDirs.clear();
    Rules = Load({});
  }
  if (!Rules)
    return nullptr;
  Diagnostics D;
  validateConfig(P->Cfg, *Rules, D);
  logDiags(D);
  EngineOptions EO;
  applyConfig(P->Cfg, *Rules, EO);
  EO.Redact = true; // diagnostics never show a secret in full
  FilterSetup FS;
  Engine Probe(Rules, EO);
  FS.Probe = &Probe;
  EO.Filters = makeFilterChain(FS);
  P->E = std::make_unique<Engine>(Rules, std::move(EO));
  if (std::string Dir = ResultCache::defaultDir();
      !Dir.empty() && !llvm::sys::Process::GetEnv("RTCLINT_NO_CACHE")) {
    P->Cache = std::make_unique<ResultCache>(CacheOptions{Dir}, *P->E);
    if (P->Cache->ok())
      P->Cache->evict();
    else
      P->Cache.reset();
  }
  for (const std::string &X : P->Cfg.Exclude)
    P->Excludes.addPattern(X);
  return P;
}

std::shared_ptr<const ProjectEngine> EngineCache::forFile(StringRef AbsPath) {
  std::string ConfigPath;
  if (!AbsPath.empty())
    ConfigPath = findConfig(llvm::sys::path::parent_path(AbsPath));
  std::lock_guard<std::mutex> L(M);
  auto It = ByConfig.find(ConfigPath);
  if (It != ByConfig.end())
    return It->second;
  std::shared_ptr<const ProjectEngine> P = build(ConfigPath);
  if (P)
    ByConfig[ConfigPath] = P;
  return P;
}

void EngineCache::clear() {
  std::lock_guard<std::mutex> L(M);
  ByConfig.clear();
}
