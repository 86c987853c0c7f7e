//===- main.cpp - rtclint command line ------------------------------------===//
//
// A thin tool over the library: parse the command line (CLI11), dispatch to
// one subcommand, map the outcome to the documented exit codes.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "report/Escape.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>
#include <csignal>
#include <exception>

using namespace rtclint;

std::string cli::shown(llvm::StringRef S) { return printable(S); }

namespace {

/// The closest of Names to Word, if it is close enough to be a typo.
std::string suggest(llvm::StringRef Word,
                    const std::vector<std::string> &Names) {
  std::string Best;
  unsigned BestDist = 3;
  for (const std::string &N : Names) {
    unsigned D = llvm::StringRef(N).edit_distance(Word, true, BestDist);
    if (D < BestDist && D <= std::max<size_t>(1, N.size() / 2)) {
      BestDist = D;
      Best = N;
    }
  }
  return Best;
}

/// Long option names of A (with dashes), for suggestions.
std::vector<std::string> optionNames(const CLI::App *A) {
  std::vector<std::string> Out;
  for (const CLI::Option *O : A->get_options())
    for (const std::string &L : O->get_lnames())
      Out.push_back("--" + L);
  return Out;
}

/// The innermost command given on the command line, and the words before it
/// ("rtclint rules" for `rules list`), for its usage line and hints.
const CLI::App *innermostCommand(const CLI::App &Root, std::string &Parents) {
  const CLI::App *Cur = &Root;
  Parents.clear();
  for (bool Deeper = true; Deeper;) {
    Deeper = false;
    for (const CLI::App *Sub : Cur->get_subcommands())
      if (Sub->parsed()) {
        Parents += (Parents.empty() ? "" : " ") + Cur->get_name();
        Cur = Sub;
        Deeper = true;
        break;
      }
  }
  return Cur;
}

/// CLI11 reports unknown arguments as "extras"; say which and suggest.
int usageError(const CLI::App &Root, const CLI::ParseError &E,
               const std::vector<cli::Command> &Cmds,
               const std::vector<std::string> &Args) {
  std::string Parents;
  const CLI::App *Used = innermostCommand(Root, Parents);
  std::string Msg = E.what();
  if (dynamic_cast<const CLI::ExtrasError *>(&E)) {
    // The message lists the extras (in reverse); take the first in argv.
    llvm::SmallVector<llvm::StringRef, 8> Extras;
    llvm::StringRef(Msg).split(": ").second.split(Extras, ' ', -1, false);
    std::string Bad;
    for (const std::string &A : Args)
      if (llvm::is_contained(Extras, A)) {
        Bad = A;
        break;
      }
    if (Used == &Root && !Bad.empty() && Bad[0] != '-') {
      std::vector<std::string> Names;
      for (const cli::Command &C : Cmds)
        Names.push_back(C.App->get_name());
      Msg = "unknown command '" + Bad + "'";
      if (std::string S = suggest(Bad, Names); !S.empty())
        Msg += "; did you mean '" + S + "'?";
    } else if (!Bad.empty()) {
      llvm::StringRef Name = llvm::StringRef(Bad).split('=').first;
      Msg = (Bad[0] == '-' ? "unknown option '" : "unexpected argument '") +
            Name.str() + "'";
      if (Name.starts_with("--"))
        if (std::string S = suggest(Name, optionNames(Used)); !S.empty())
          Msg += "; did you mean '" + S + "'?";
    }
  }
  llvm::errs() << "rtclint: error: " << printable(Msg) << "\n";
  std::string Help = Used == &Root
                         ? "rtclint --help"
                         : Parents + " " + Used->get_name() + " --help";
  llvm::errs() << "Run '" << Help << "' for usage.\n";
  return cli::ExitUsage;
}

/// A repeated single-valued option takes its last value, as in other tools
/// (`--format json ... --format text`); list options keep accumulating.
void lastValueWins(CLI::App &A) {
  for (CLI::Option *O : A.get_options())
    if (O->get_items_expected_max() <= 1)
      O->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  for (CLI::App *Sub : A.get_subcommands({}))
    lastValueWins(*Sub);
}

} // namespace

int main(int Argc, char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  // A closed pipe is a write error we report (exit 3), not a silent kill.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App Root{"rtclint: security linter for apps built on real-time video "
                "APIs (Vonage Video / OpenTok)",
                "rtclint"};
  Root.set_version_flag("--version", "rtclint " RTCLINT_VERSION);
  Root.require_subcommand(0, 1);
  Root.footer("Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, "
              "config or rule errors, 3 internal or output errors.\n"
              "Run 'rtclint COMMAND --help' for a command's options.");
  std::vector<cli::Command> Cmds = {
      cli::addScanCommand(Root),        cli::addRulesCommand(Root),
      cli::addExplainCommand(Root),     cli::addInitCommand(Root),
      cli::addInstallHookCommand(Root), cli::addMergeCommand(Root),
      cli::addLanguagesCommand(Root),   cli::addLspCommand(Root),
      cli::addClangdCommand(Root)};
  lastValueWins(Root);
  std::vector<std::string> Args(Argv + 1, Argv + Argc);
  try {
    Root.parse(Argc, Argv);
  } catch (const CLI::CallForHelp &) {
    std::string Parents;
    const CLI::App *Used = innermostCommand(Root, Parents);
    llvm::outs() << Used->help(Parents);
    return cli::ExitClean;
  } catch (const CLI::CallForAllHelp &) {
    llvm::outs() << Root.help("", CLI::AppFormatMode::All);
    return cli::ExitClean;
  } catch (const CLI::CallForVersion &E) {
    llvm::outs() << E.what() << "\n";
    return cli::ExitClean;
  } catch (const CLI::ParseError &E) {
    return usageError(Root, E, Cmds, Args);
  }
  // yaml-cpp and the standard library throw; nothing may escape as a crash.
  try {
    for (const cli::Command &C : Cmds)
      if (C.App->parsed())
        return C.Run();
  } catch (const std::exception &E) {
    llvm::errs() << "rtclint: internal error: " << printable(E.what()) << "\n";
    return cli::ExitInternal;
  }
  llvm::errs() << "rtclint: no command given; try 'rtclint scan .' or "
                  "'rtclint --help'\n";
  return cli::ExitUsage;
}
