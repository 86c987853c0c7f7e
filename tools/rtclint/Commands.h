//===- Commands.h - The rtclint subcommands
//--------------------------------===//
#ifndef RTCLINT_TOOLS_COMMANDS_H
#define RTCLINT_TOOLS_COMMANDS_H

#include "rules/RuleSet.h"
#include "llvm/Support/CommandLine.h"
#include <memory>

namespace rtclint::cli {

/// Exit codes of DESIGN.md §4.
enum ExitCode : int {
  ExitClean = 0,    // no finding at or above --fail-on
  ExitFindings = 1, // findings at or above --fail-on
  ExitUsage = 2,    // usage, config or rule errors
  ExitInternal = 3, // internal error
};

/// Built-in rules plus every --rules directory; prints diagnostics and
/// returns null on any rule error.
std::shared_ptr<const RuleSet> loadRules(const std::vector<std::string> &Dirs,
                                         bool Builtin = true);

llvm::cl::SubCommand &scanCmd();
llvm::cl::SubCommand &rulesCmd();
llvm::cl::SubCommand &explainCmd();

int runScan();
int runRules();
int runExplain();

} // namespace rtclint::cli

#endif
