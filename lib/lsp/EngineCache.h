//===- EngineCache.h - One engine per .rtclint.yaml -------------*- C++ -*-===//
//
// An editor's documents may belong to different projects. Each document is
// scanned by the engine of its nearest .rtclint.yaml (or the default one),
// set up exactly as `rtclint scan` does it (lib/scan/ScanSetup): so the
// editor and the CLI agree on every finding and suppression.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_ENGINECACHE_H
#define RTCLINT_LSP_ENGINECACHE_H

#include "config/Config.h"
#include "engine/Engine.h"
#include "scan/ResultCache.h"
#include "workspace/Ignore.h"
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace rtclint::lsp {

/// Built-in rules plus the config's rule directories; null on rule errors
/// (which the loader reports).
using RuleLoader = std::function<std::shared_ptr<const RuleSet>(
    const std::vector<std::string> &Dirs)>;

/// A project's engine and what else its config says about files.
struct ProjectEngine {
  std::unique_ptr<Engine> E;
  Config Cfg;
  IgnoreList Excludes; // relative to Cfg.Dir
  /// Results of unchanged buffers (the user's cache directory; none when
  /// RTCLINT_NO_CACHE is set).
  std::unique_ptr<ResultCache> Cache;

  /// Whether the config's `exclude:` patterns cover AbsPath.
  bool excluded(llvm::StringRef AbsPath) const;
};

class EngineCache {
public:
  explicit EngineCache(RuleLoader Load) : Load(std::move(Load)) {}

  /// The engine for a file (empty path: an unsaved buffer, the default
  /// config). Null only when the rules themselves cannot be loaded.
  std::shared_ptr<const ProjectEngine> forFile(llvm::StringRef AbsPath);
  /// Drops every engine: configs are read again on next use.
  void clear();

private:
  RuleLoader Load;
  std::mutex M;
  std::map<std::string, std::shared_ptr<const ProjectEngine>> ByConfig;
  std::shared_ptr<const ProjectEngine> build(const std::string &ConfigPath);
};

} // namespace rtclint::lsp

#endif
