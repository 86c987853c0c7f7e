//===- main.cpp - rtclint command line
//--------------------------------------===//
//
// A thin tool over the library: parse the command line, dispatch to one
// subcommand, map the outcome to the exit codes of DESIGN.md §4.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <exception>

using namespace rtclint;

// Subcommands are function-local statics: options in other translation units
// register against them during static initialisation, in any order.
llvm::cl::SubCommand &cli::scanCmd() {
  static llvm::cl::SubCommand S("scan", "Scan files and directories");
  return S;
}
llvm::cl::SubCommand &cli::rulesCmd() {
  static llvm::cl::SubCommand S("rules", "List, show or test rules (rules "
                                         "list | show ID | test [DIR])");
  return S;
}
llvm::cl::SubCommand &cli::explainCmd() {
  static llvm::cl::SubCommand S("explain", "Explain a rule: the guide "
                                           "practice, why, examples, the fix");
  return S;
}

static void printVersion(llvm::raw_ostream &OS) {
  OS << "rtclint " << RTCLINT_VERSION << "\n";
}

int main(int Argc, char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  llvm::cl::SetVersionPrinter(printVersion);
  llvm::cl::HideUnrelatedOptions({});
  std::string Errors;
  llvm::raw_string_ostream ErrOS(Errors);
  if (!llvm::cl::ParseCommandLineOptions(
          Argc, Argv,
          "rtclint: security linter for apps built on real-time video APIs\n\n"
          "  rtclint scan [PATH...]      scan (default: .)\n"
          "  rtclint rules list          list the rules\n"
          "  rtclint rules show ID       show one rule\n"
          "  rtclint rules test [DIR]    run rule fixtures\n"
          "  rtclint explain ID          explain a rule\n",
          &ErrOS)) {
    llvm::errs() << ErrOS.str();
    llvm::errs() << "Run 'rtclint --help' for usage.\n";
    return cli::ExitUsage;
  }
  // yaml-cpp and the standard library throw; nothing may escape as a crash.
  try {
    if (cli::scanCmd())
      return cli::runScan();
    if (cli::rulesCmd())
      return cli::runRules();
    if (cli::explainCmd())
      return cli::runExplain();
  } catch (const std::exception &E) {
    llvm::errs() << "rtclint: internal error: " << E.what() << "\n";
    return cli::ExitInternal;
  }
  llvm::errs() << "rtclint: no command given; try 'rtclint scan .' or "
                  "'rtclint --help'\n";
  return cli::ExitUsage;
}
