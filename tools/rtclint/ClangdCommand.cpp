//===- ClangdCommand.cpp - rtclint clangd ---------------------------------===//
//
// A drop-in for clangd: editors point their clangd path here and get
// rtclint's findings beside clangd's diagnostics (lib/lsp/Proxy.h).
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "lsp/Proxy.h"
#include <CLI/CLI.hpp>
#include <unistd.h>

using namespace rtclint;

namespace rtclint::cli {
namespace {

struct ClangdArgs : EditorArgs {
  std::string Clangd = "clangd-19";
  std::vector<std::string> Rest; // after --: clangd's own arguments
};

} // namespace

Command addClangdCommand(CLI::App &Root) {
  auto A = std::make_shared<ClangdArgs>();
  CLI::App *S = Root.add_subcommand(
      "clangd", "Run clangd with rtclint's findings added to its diagnostics");
  S->add_option("--clangd", A->Clangd, "The clangd to run")
      ->type_name("PATH")
      ->capture_default_str();
  addEditorOptions(*S, *A);
  S->add_option("clangd-args", A->Rest, "Arguments for clangd (after --)");
  // Editors pass clangd flags (--background-index) straight through.
  S->allow_extras();
  return {S, [A, S] {
            std::vector<std::string> Argv{A->Clangd};
            Argv.insert(Argv.end(), A->Rest.begin(), A->Rest.end());
            for (const std::string &X : S->remaining())
              Argv.push_back(X);
            lsp::ProxyOptions O;
            O.LoadRules = editorRuleLoader(A->RuleDirs);
            O.Debounce = std::chrono::milliseconds(A->DebounceMs);
            return lsp::runProxy(STDIN_FILENO, STDOUT_FILENO, Argv, O);
          }};
}

} // namespace rtclint::cli
