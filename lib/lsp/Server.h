//===- Server.h - rtclint as a language server ------------------*- C++ -*-===//
//
// The JSON-RPC side of `rtclint lsp`: lifecycle (initialize, shutdown,
// exit), document sync (full and incremental), code actions, and config
// reloads. Malformed input is logged to stderr and answered with the error
// the specification names; nothing a client sends ends the server but
// `exit`.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_SERVER_H
#define RTCLINT_LSP_SERVER_H

#include "lsp/Analyzer.h"
#include "lsp/Framing.h"
#include "llvm/Support/JSON.h"
#include <atomic>
#include <variant>

namespace rtclint::lsp {

/// JSON-RPC and LSP error codes.
enum ErrorCode : int {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  ServerNotInitialized = -32002,
};

struct ServerOptions {
  RuleLoader LoadRules;
  std::chrono::milliseconds Debounce{25};
  std::string Version; // serverInfo.version
  /// False: no worker thread; each message's scans run before handle()
  /// returns (the fuzz target, deterministic tests).
  bool Threaded = true;
};

/// Sends one message to the client; must be thread-safe.
using SendFn = std::function<void(llvm::json::Value)>;

/// The positionEncoding to use given the client's capabilities: UTF-8 when
/// offered (general.positionEncodings, or clangd's offsetEncoding), else
/// UTF-16 as the specification requires.
Encoding negotiateEncoding(const llvm::json::Object &Capabilities);

class Server {
public:
  Server(ServerOptions Opts, SendFn Send);

  /// Handles one frame; returns the process exit code after `exit`.
  std::optional<int> handle(const Frame &F);
  std::optional<int> handle(const llvm::json::Value &Message);

private:
  ServerOptions Opts;
  SendFn Send;
  std::atomic<Encoding> Enc{Encoding::UTF16};
  bool Initialized = false, ShutDown = false;
  bool WatchRegistration = false;
  Analyzer A;

  std::optional<int> dispatch(const llvm::json::Value &Message);
  void reply(const llvm::json::Value &Id, llvm::json::Value Result);
  void replyError(const llvm::json::Value &Id, int Code,
                  const std::string &Message);
  void notify(llvm::StringRef Method, llvm::json::Value Params);

  /// A request's result, or an error (code, message).
  using Result = std::variant<llvm::json::Value, std::pair<int, std::string>>;
  Result request(llvm::StringRef Method, const llvm::json::Object *Params);
  void notification(llvm::StringRef Method, const llvm::json::Object *Params);
  Result initialize(const llvm::json::Object &Params);
  Result codeAction(const llvm::json::Object &Params);
};

/// Document-sync notifications shared by the server and the clangd proxy:
/// didOpen, didChange, didSave, didClose, didChangeWatchedFiles. Returns
/// false when the method is none of them; logs malformed params.
bool syncNotification(Analyzer &A, llvm::StringRef Method,
                      const llvm::json::Object *Params, Encoding E);

/// Reads frames from InFd until `exit` or end of input; the exit code.
int runServer(int InFd, int OutFd, ServerOptions Opts);

} // namespace rtclint::lsp

#endif
