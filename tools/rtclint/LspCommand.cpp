//===- LspCommand.cpp - rtclint lsp ---------------------------------------===//
//
// The language server over stdin/stdout. stdout carries only protocol
// frames; everything else goes to stderr, which editors show as the log.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "lsp/Server.h"
#include <CLI/CLI.hpp>
#include <unistd.h>

using namespace rtclint;

namespace rtclint::cli {
namespace {

struct LspArgs : EditorArgs {
  bool Stdio = false;
};

} // namespace

void addEditorOptions(CLI::App &S, EditorArgs &A) {
  S.add_option("--rules", A.RuleDirs, "Extra rule directory (repeatable)")
      ->allow_extra_args(false)
      ->type_name("DIR");
  S.add_option("--debounce-ms", A.DebounceMs,
               "Quiet time after an edit before it is scanned")
      ->check(CLI::Range(0u, 10000u))
      ->capture_default_str();
}

lsp::RuleLoader editorRuleLoader(const std::vector<std::string> &Extra) {
  return [Extra](const std::vector<std::string> &ConfigDirs) {
    std::vector<std::string> Dirs = ConfigDirs;
    Dirs.insert(Dirs.end(), Extra.begin(), Extra.end());
    return loadRules(Dirs);
  };
}

Command addLspCommand(CLI::App &Root) {
  auto A = std::make_shared<LspArgs>();
  CLI::App *S = Root.add_subcommand(
      "lsp", "Language server: findings as editor diagnostics (stdio)");
  addEditorOptions(*S, *A);
  // Generic clients (vscode-languageclient) name the transport.
  S->add_flag("--stdio", A->Stdio, "Talk over stdin/stdout (the default)");
  return {S, [A] {
            lsp::ServerOptions O;
            O.LoadRules = editorRuleLoader(A->RuleDirs);
            O.Debounce = std::chrono::milliseconds(A->DebounceMs);
            O.Version = RTCLINT_VERSION;
            return lsp::runServer(STDIN_FILENO, STDOUT_FILENO, std::move(O));
          }};
}

} // namespace rtclint::cli
