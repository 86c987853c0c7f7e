//===- MergeCommand.cpp - rtclint merge: join sharded reports -------------===//
#include "Commands.h"
#include "config/Config.h"
#include "report/Merge.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>

using namespace rtclint;

namespace rtclint::cli {

namespace {
struct MergeArgs {
  std::string Out;
  std::vector<std::string> Inputs;
};
} // namespace

Command addMergeCommand(CLI::App &Root) {
  auto A = std::make_shared<MergeArgs>();
  CLI::App *S = Root.add_subcommand(
      "merge", "Join the JSON or SARIF reports of 'scan --shard K/N' runs "
               "into the report of one scan");
  S->add_option("out", A->Out, "The merged report ('-': standard output)")
      ->required()
      ->type_name("OUT");
  S->add_option("inputs", A->Inputs, "The shards' reports")
      ->required()
      ->type_name("IN...");
  return {S, [A] {
            std::vector<ReportInput> Inputs;
            for (const std::string &P : A->Inputs) {
              ReportInput In{P, ""};
              std::string Err;
              // Reports can be large (every finding of a shard).
              if (!readRegularFile(P, uint64_t(1) << 32, In.Text, Err)) {
                llvm::errs() << "rtclint: error: cannot read " << shown(P)
                             << ": " << shown(Err) << "\n";
                return int(ExitUsage);
              }
              Inputs.push_back(std::move(In));
            }
            std::string Out, Err;
            if (!mergeReports(Inputs, Out, Err)) {
              llvm::errs() << "rtclint: error: " << shown(Err) << "\n";
              return int(ExitUsage);
            }
            return writeReport(A->Out == "-" ? "" : A->Out, Out)
                       ? int(ExitClean)
                       : int(ExitInternal);
          }};
}

} // namespace rtclint::cli
