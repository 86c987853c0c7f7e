//===- Analyzer.h - Open documents, scanned off the main thread -*- C++ -*-===//
//
// Holds the text of every open document and scans it on a worker thread with
// the engine of its project (EngineCache). Edits are debounced: a document is
// scanned once it has been quiet for the debounce delay, and a result whose
// version was superseded while it was computed is dropped, so a burst of
// keystrokes costs one scan and never publishes stale positions.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_ANALYZER_H
#define RTCLINT_LSP_ANALYZER_H

#include "engine/Finding.h"
#include "lsp/EngineCache.h"
#include "lsp/Position.h"
#include <chrono>
#include <condition_variable>
#include <map>
#include <optional>
#include <thread>

namespace rtclint::lsp {

/// One scan of one document version.
struct Analysis {
  std::string Uri;
  int64_t Version = 0;
  Language Lang = Language::Unknown;
  std::string Text;              // the scanned text
  std::vector<Finding> Findings; // not suppressed; sorted
};

/// One content change of didChange: a range replaced, or (no range) the
/// whole text.
struct TextChange {
  std::optional<Position> Start, End;
  std::string Text;
};

/// Called on the worker thread (or the caller's, for close) with the
/// document's current diagnostics; empty findings clear them.
using PublishFn = std::function<void(const Analysis &)>;

class Analyzer {
public:
  /// Threaded: scans run on a worker after the debounce delay. Otherwise
  /// nothing runs until runPending() (fuzzing, deterministic tests).
  Analyzer(RuleLoader Load, PublishFn Publish,
           std::chrono::milliseconds Debounce, bool Threaded = true);
  ~Analyzer();
  Analyzer(const Analyzer &) = delete;
  Analyzer &operator=(const Analyzer &) = delete;

  void open(const std::string &Uri, llvm::StringRef LanguageId, int64_t Version,
            std::string Text);
  /// Applies changes in order; false (with Error) when the document is not
  /// open. Positions are in encoding E.
  bool change(const std::string &Uri, int64_t Version,
              std::vector<TextChange> Changes, Encoding E, std::string &Error);
  /// A saved .rtclint.yaml reloads every engine; other saves rescan (the
  /// text may have been replaced when the client sends it).
  void save(const std::string &Uri, std::optional<std::string> Text);
  void close(const std::string &Uri);
  /// Configs changed on disk: rebuild engines, rescan every document.
  void reloadConfigs();

  /// Scans every document that is due, now, on the caller's thread.
  void runPending();

  /// The last published analysis of a document, if it is of the current
  /// text.
  std::optional<Analysis> latest(const std::string &Uri) const;

private:
  struct Doc {
    std::string Path; // absolute; empty for non-file URIs
    std::string ProjectPath;
    Language Lang = Language::Unknown;
    int64_t Version = 0;
    std::string Text;
    std::optional<Analysis> Published;
  };
  EngineCache Engines;
  PublishFn Publish;
  std::chrono::milliseconds Debounce;

  mutable std::mutex M;
  std::condition_variable CV;
  std::map<std::string, Doc> Docs;
  /// Documents to scan, with the time each becomes due.
  std::map<std::string, std::chrono::steady_clock::time_point> Due;
  bool Stop = false;
  std::thread Worker;

  void schedule(const std::string &Uri, bool Now = false);
  void run();
  /// Scans the document of Due entry It and publishes the result unless it
  /// was superseded meanwhile; L is held on entry and on return.
  void scanDue(std::unique_lock<std::mutex> &L,
               std::map<std::string,
                        std::chrono::steady_clock::time_point>::iterator It);
  Analysis scan(const std::string &Uri, const Doc &D);
};

/// Whether Path names a project config (.rtclint.yaml).
bool isConfigFile(llvm::StringRef Path);

} // namespace rtclint::lsp

#endif
