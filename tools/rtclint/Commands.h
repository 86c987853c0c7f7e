//===- Commands.h - The rtclint subcommands ---------------------*- C++ -*-===//
//
// Each subcommand adds itself to the CLI11 application with its options bound
// to a struct it owns, and returns the function that runs it.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_TOOLS_COMMANDS_H
#define RTCLINT_TOOLS_COMMANDS_H

#include "rules/RuleSet.h"
#include "clang/ClangFrontend.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace rtclint::cli {

/// Exit codes (docs/architecture.md).
enum ExitCode : int {
  ExitClean = 0,    // no finding at or above --fail-on
  ExitFindings = 1, // findings at or above --fail-on
  ExitUsage = 2,    // usage, config or rule errors
  ExitInternal = 3, // internal error, output that cannot be written
};

using RunFn = std::function<int()>;

/// A subcommand: where it was added, and how to run it once parsed.
struct Command {
  CLI::App *App = nullptr;
  RunFn Run;
};

Command addScanCommand(CLI::App &Root);
Command addRulesCommand(CLI::App &Root);
Command addExplainCommand(CLI::App &Root);
Command addInitCommand(CLI::App &Root);
Command addInstallHookCommand(CLI::App &Root);
Command addMergeCommand(CLI::App &Root);
Command addLanguagesCommand(CLI::App &Root);
Command addLspCommand(CLI::App &Root);
Command addClangdCommand(CLI::App &Root);

/// Built-in rules plus every extra directory; prints diagnostics and returns
/// null on any rule error.
std::shared_ptr<const RuleSet> loadRules(const std::vector<std::string> &Dirs,
                                         bool Builtin = true);

/// Rules for an editor session: the built-in ones, a project config's rule
/// directories, then Extra (--rules).
std::function<std::shared_ptr<const RuleSet>(const std::vector<std::string> &)>
editorRuleLoader(const std::vector<std::string> &Extra);

/// Adds the clang frontend with the rules' `ast:` matchers to Out; false,
/// with the error on stderr, when it cannot be set up (exit 2).
bool addClangFrontend(const RuleSet &Rules, ClangFrontendOptions CO,
                      std::vector<std::shared_ptr<const Frontend>> &Out);

/// What `rtclint lsp` and `rtclint clangd` both take.
struct EditorArgs {
  std::vector<std::string> RuleDirs;
  unsigned DebounceMs = 25;
};
void addEditorOptions(CLI::App &S, EditorArgs &A);

/// Text from the repository (paths, details) made safe for the terminal.
std::string shown(llvm::StringRef S);

/// Writes Report to File (standard output when empty); false, with the
/// error on stderr, when it cannot be written (exit 3).
bool writeReport(llvm::StringRef File, llvm::StringRef Report);

} // namespace rtclint::cli

#endif
