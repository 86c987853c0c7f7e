//===- SetupCommands.cpp - rtclint init, rtclint install-hook -------------===//
#include "Commands.h"
#include "config/Config.h"
#include "scan/InstallHook.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>

using namespace rtclint;

namespace rtclint::cli {

Command addInitCommand(CLI::App &Root) {
  CLI::App *S = Root.add_subcommand(
      "init", "Write a commented starter .rtclint.yaml in the current "
              "directory (never overwrites one)");
  return {S, [] {
            std::string Err;
            if (!writeStarterConfig(ConfigFileName, Err)) {
              llvm::errs() << "rtclint: error: cannot write " << ConfigFileName
                           << ": " << shown(Err) << "\n";
              return int(ExitUsage);
            }
            llvm::errs() << "rtclint: wrote " << ConfigFileName << "\n";
            return int(ExitClean);
          }};
}

/// The running binary, so the hook calls this rtclint even off PATH.
static std::string selfPath() {
  static int Anchor;
  std::string P = llvm::sys::fs::getMainExecutable("rtclint", &Anchor);
  return P.empty() ? std::string("rtclint") : P;
}

Command addInstallHookCommand(CLI::App &Root) {
  auto Force = std::make_shared<bool>(false);
  CLI::App *S = Root.add_subcommand(
      "install-hook", "Write a git pre-commit hook running 'rtclint scan "
                      "--staged' (for repositories without the pre-commit "
                      "framework)");
  S->add_flag("--force", *Force,
              "Replace a pre-commit hook rtclint did not "
              "write");
  return {S, [Force] {
            std::string Written, Err;
            if (!installHook(".", selfPath(), *Force, Written, Err)) {
              llvm::errs() << "rtclint: error: " << shown(Err) << "\n";
              return int(ExitUsage);
            }
            llvm::errs() << "rtclint: installed " << shown(Written) << "\n";
            return int(ExitClean);
          }};
}

} // namespace rtclint::cli
