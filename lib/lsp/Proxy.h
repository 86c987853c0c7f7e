//===- Proxy.h - rtclint's diagnostics inside clangd's ----------*- C++ -*-===//
//
// clangd cannot load plugins, so `rtclint clangd` sits between the editor
// and a real clangd. Every message passes through unchanged, with two
// additions: textDocument/publishDiagnostics carries rtclint's diagnostics
// after clangd's own (both kept up to date as either side re-publishes),
// and code action results gain rtclint's suppressions and fixes.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_PROXY_H
#define RTCLINT_LSP_PROXY_H

#include "lsp/Analyzer.h"
#include "lsp/Framing.h"
#include "lsp/Transport.h"
#include "llvm/Support/JSON.h"
#include <atomic>

namespace rtclint::lsp {

struct ProxyOptions {
  RuleLoader LoadRules;
  std::chrono::milliseconds Debounce{25};
};

class Proxy {
public:
  Proxy(const ProxyOptions &Opts, FrameWriter &ToEditor, FrameWriter &ToServer);

  /// A frame from the editor; true once it was `exit`.
  bool fromEditor(const Frame &F);
  /// A frame from clangd.
  void fromServer(const Frame &F);
  /// Whether the editor's `exit` was passed on (clangd may end now).
  bool exitSent() const { return ExitSent; }

private:
  FrameWriter &ToEditor, &ToServer;
  std::atomic<Encoding> Enc{Encoding::UTF16};
  std::atomic<bool> ExitSent{false};
  std::mutex M; // guards the maps below and orders merged publications
  std::optional<std::string> InitializeId;
  /// codeAction requests in flight: id -> (uri, range).
  std::map<std::string, std::tuple<std::string, Position, Position>> Actions;
  std::map<std::string, llvm::json::Array> ServerDiags, OwnDiags;
  Analyzer A;

  void publishMerged(const std::string &Uri, std::optional<int64_t> Version);
};

/// Runs clangd as Argv with the editor on InFd/OutFd; clangd's exit code,
/// or 1 when the editor left without `exit`.
int runProxy(int InFd, int OutFd, const std::vector<std::string> &Argv,
             const ProxyOptions &Opts);

} // namespace rtclint::lsp

#endif
