//===- RulesCommand.cpp - rtclint rules list|show|test, rtclint explain ---===//
#include "Commands.h"
#include "engine/RuleTester.h"
#include "rules/BuiltinRules.h"
#include "clang/AstQueries.h"
#include "clang/ClangFrontend.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace rtclint::cli {

std::shared_ptr<const RuleSet> loadRules(const std::vector<std::string> &Dirs,
                                         bool Builtin) {
  auto Rules = std::make_shared<RuleSet>();
  Diagnostics Diags;
  bool Ok = true;
  if (Builtin)
    Ok &= Rules->loadBuiltin(Diags);
  for (const std::string &D : Dirs)
    Ok &= Rules->loadDirectory(D, Diags);
  if (!Builtin && Rules->placeholders().empty()) {
    // A user's rule directory still gets the shared placeholder vocabulary.
    for (const EmbeddedFile &F : builtinRuleFiles())
      if (StringRef(F.Path) == "placeholders.yaml")
        Ok &= Rules->loadText(std::string("<builtin>/rules/") + F.Path, F.Text,
                              true, Diags);
  }
  Ok &= Rules->finalize(Diags);
  if (Ok)
    Ok &= checkAstPatterns(*Rules, Diags);
  for (const Diagnostic &D : Diags)
    llvm::errs() << D.str() << "\n";
  if (!Ok) {
    llvm::errs() << "rtclint: " << Diags.size() << " error"
                 << (Diags.size() == 1 ? "" : "s") << " in rule files\n";
    return nullptr;
  }
  return Rules;
}

static int listRules(const RuleSet &Rules) {
  size_t W = 4;
  for (const Rule &R : Rules.rules())
    W = std::max(W, R.Id.size());
  llvm::outs() << fmt::format("{:<{}}  {:<8}  {:<14}  {}\n", "ID", W,
                              "SEVERITY", "CATEGORY", "TITLE");
  for (const Rule &R : Rules.rules())
    llvm::outs() << fmt::format("{:<{}}  {:<8}  {:<14}  {}\n", R.Id, W,
                                severityName(R.Sev).str(), R.Category, R.Title);
  return ExitClean;
}

static const Rule *findOrComplain(const RuleSet &Rules, StringRef Id) {
  if (const Rule *R = Rules.find(Id))
    return R;
  llvm::errs() << "rtclint: error: unknown rule '" << shown(Id)
               << "' (see 'rtclint rules list')\n";
  return nullptr;
}

static void printBlock(llvm::raw_ostream &OS, StringRef Title, StringRef Body,
                       bool Indent) {
  if (Body.trim().empty())
    return;
  OS << Title << ":\n";
  llvm::SmallVector<StringRef, 16> Lines;
  Body.rtrim().split(Lines, '\n');
  for (StringRef L : Lines)
    OS << (Indent ? "    " : "  ") << L << "\n";
  OS << "\n";
}

static int showRule(const Rule &R) {
  llvm::raw_ostream &OS = llvm::outs();
  OS << R.Id << ": " << R.Title << "\n"
     << "  category:  " << R.Category << "\n"
     << "  severity:  " << severityName(R.Sev) << "\n"
     << "  secret:    " << (R.Secret ? "yes (redacted in output)" : "no")
     << "\n";
  std::string Langs;
  for (Language L : R.Languages)
    Langs += (Langs.empty() ? "" : ", ") + languageName(L).str();
  OS << "  languages: " << (Langs.empty() ? "all" : Langs) << "\n";
  if (!R.Keywords.empty())
    OS << "  keywords:  " << llvm::join(R.Keywords, ", ") << "\n";
  OS << "  source:    " << R.File << "\n";
  OS << "  message:   " << R.Message << "\n";
  OS << "  patterns:\n";
  for (const Pattern &P : R.Patterns) {
    OS << "    - on: " << patternOnName(P.On);
    if (P.SeverityOverride)
      OS << " (severity " << severityName(*P.SeverityOverride) << ")";
    OS << "\n";
  }
  OS << "\n";
  printBlock(OS, "Guide practice", R.Guide, false);
  return ExitClean;
}

static int explainRule(const Rule &R) {
  llvm::raw_ostream &OS = llvm::outs();
  OS << R.Id << " [" << severityName(R.Sev) << ", " << R.Category
     << "]: " << R.Title << "\n\n";
  printBlock(OS, "Security-guide practice", R.Guide, false);
  printBlock(OS, "Why it matters", R.Description, false);
  printBlock(OS, "Bad", R.BadExample, true);
  printBlock(OS, "Good", R.GoodExample, true);
  printBlock(OS, "Fix", R.Fix, false);
  std::string Opts;
  for (const RuleOption &O : R.Options)
    Opts +=
        fmt::format("{} ({}, default {}): {}\n", O.Name, optionTypeName(O.Ty),
                    optionDefaultText(O), O.Description);
  printBlock(OS, "Options", Opts, false);
  std::string Refs;
  if (!R.Cwe.empty())
    Refs += fmt::format("{}: https://cwe.mitre.org/data/definitions/{}.html\n",
                        R.Cwe, StringRef(R.Cwe).drop_front(4));
  for (const std::string &U : R.References)
    Refs += U + "\n";
  printBlock(OS, "References", Refs, false);
  return ExitClean;
}

/// The rules folder `rules test` uses when none is given: ./rules, else the
/// source tree this binary was built from.
static std::string defaultRuleDir() {
  if (llvm::sys::fs::is_directory("rules/tests"))
    return "rules";
  return std::string(RTCLINT_SOURCE_DIR) + "/rules";
}

static int testRules(StringRef Dir, StringRef FrontendName) {
  std::shared_ptr<const RuleSet> Rules =
      loadRules({Dir.str()}, /*Builtin=*/false);
  if (!Rules)
    return ExitUsage;
  llvm::SmallString<256> Tests(Dir);
  llvm::sys::path::append(Tests, "tests");
  std::vector<std::shared_ptr<const Frontend>> Frontends;
  if (FrontendName == "clang") {
    // Forced mode: every C-family fixture is parsed with Clang (fixtures
    // that need missing SDK headers fall back to the token frontend).
    ClangFrontendOptions CO;
    CO.NoteFallbacks = false;
    if (!addClangFrontend(*Rules, CO, Frontends))
      return ExitUsage;
  }
  RuleTestResult Res = runRuleTests(Rules, Tests, std::move(Frontends));
  for (const std::string &File : Res.NeedingClang)
    llvm::outs() << File << ": SKIP clang-only fixture (--frontend clang)\n";
  for (const FixtureFailure &F : Res.Failures)
    llvm::outs() << F.Path << ":" << F.Line << ": FAIL [" << F.RuleId << "] "
                 << F.What << "\n";
  for (const std::string &Id : Res.RulesWithoutFixtures)
    llvm::outs() << Tests << "/" << Id << ": FAIL [" << Id
                 << "] rule has no fixtures\n";
  size_t Failed = Res.Failures.size() + Res.RulesWithoutFixtures.size();
  llvm::outs() << fmt::format("{} rules, {} fixture files: {} passed, {} "
                              "failed\n",
                              Rules->rules().size(), Res.Files, Res.Passed,
                              Failed);
  return Failed ? ExitFindings : ExitClean;
}

namespace {

struct RulesArgs {
  std::vector<std::string> ExtraDirs;
  std::string Id;
  std::string TestDir;
  std::string Frontend = "token";
};

} // namespace

Command addRulesCommand(CLI::App &Root) {
  auto A = std::make_shared<RulesArgs>();
  CLI::App *R = Root.add_subcommand("rules", "List, show or test rules");
  R->require_subcommand(1);
  CLI::App *List = R->add_subcommand("list", "List the rules");
  CLI::App *Show = R->add_subcommand("show", "Show one rule's definition");
  CLI::App *Test = R->add_subcommand(
      "test", "Run the ruleid:/ok: fixtures of a rule directory");
  for (CLI::App *Sub : {List, Show})
    Sub->add_option("--rules", A->ExtraDirs,
                    "Extra rule directory (repeatable)")
        ->allow_extra_args(false)
        ->type_name("DIR");
  Show->add_option("id", A->Id, "Rule id")->required();
  Test->add_option("dir", A->TestDir,
                   "Rule directory with a tests/ folder (default: rules)");
  Test->add_option("--frontend", A->Frontend,
                   "Frontend for C, C++ and Objective-C fixtures (clang: "
                   "parse them with Clang, as scan -p does)")
      ->check(CLI::IsMember({"token", "clang"}))
      ->capture_default_str();
  return {R, [=]() -> int {
            if (Test->parsed())
              return testRules(A->TestDir.empty() ? defaultRuleDir()
                                                  : A->TestDir,
                               A->Frontend);
            std::shared_ptr<const RuleSet> Rules = loadRules(A->ExtraDirs);
            if (!Rules)
              return ExitUsage;
            if (List->parsed())
              return listRules(*Rules);
            const Rule *Ru = findOrComplain(*Rules, A->Id);
            return Ru ? showRule(*Ru) : ExitUsage;
          }};
}

Command addExplainCommand(CLI::App &Root) {
  auto A = std::make_shared<RulesArgs>();
  CLI::App *E = Root.add_subcommand(
      "explain", "Explain a rule: the guide practice, why, examples, the fix");
  E->add_option("id", A->Id, "Rule id")->required();
  E->add_option("--rules", A->ExtraDirs, "Extra rule directory (repeatable)")
      ->allow_extra_args(false)
      ->type_name("DIR");
  return {E, [=]() -> int {
            std::shared_ptr<const RuleSet> Rules = loadRules(A->ExtraDirs);
            if (!Rules)
              return ExitUsage;
            const Rule *R = findOrComplain(*Rules, A->Id);
            return R ? explainRule(*R) : ExitUsage;
          }};
}

} // namespace rtclint::cli
