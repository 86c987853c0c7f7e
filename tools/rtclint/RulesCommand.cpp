//===- RulesCommand.cpp - rtclint rules list|show|test, rtclint explain
//----===//
#include "Commands.h"
#include "engine/RuleTester.h"
#include "rules/BuiltinRules.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <fmt/format.h>

using namespace rtclint;
namespace cl = llvm::cl;
using llvm::StringRef;

namespace rtclint::cli {

static cl::OptionCategory RulesCat("rule options");
static cl::list<std::string> RulesArgs(cl::Positional,
                                       cl::desc("list | show ID | test [DIR]"),
                                       cl::sub(rulesCmd()), cl::cat(RulesCat));
static cl::list<std::string> RulesExtraDirs("rules",
                                            cl::desc("Extra rule directory "
                                                     "(repeatable)"),
                                            cl::value_desc("DIR"),
                                            cl::sub(rulesCmd()),
                                            cl::sub(explainCmd()),
                                            cl::cat(RulesCat));
static cl::list<std::string> ExplainArgs(cl::Positional, cl::desc("ID"),
                                         cl::sub(explainCmd()),
                                         cl::cat(RulesCat));

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
  llvm::errs() << "rtclint: error: unknown rule '" << Id
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

static int testRules(StringRef Dir) {
  std::shared_ptr<const RuleSet> Rules =
      loadRules({Dir.str()}, /*Builtin=*/false);
  if (!Rules)
    return ExitUsage;
  llvm::SmallString<256> Tests(Dir);
  llvm::sys::path::append(Tests, "tests");
  RuleTestResult Res = runRuleTests(Rules, Tests);
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

int runRules() {
  if (RulesArgs.empty()) {
    llvm::errs() << "rtclint: error: 'rules' needs a command: list, show ID "
                    "or test [DIR]\n";
    return ExitUsage;
  }
  StringRef Cmd = RulesArgs[0];
  if (Cmd == "test") {
    if (RulesArgs.size() > 2) {
      llvm::errs() << "rtclint: error: 'rules test' takes one directory\n";
      return ExitUsage;
    }
    return testRules(RulesArgs.size() == 2 ? StringRef(RulesArgs[1])
                                           : StringRef(defaultRuleDir()));
  }
  std::shared_ptr<const RuleSet> Rules = loadRules(RulesExtraDirs);
  if (!Rules)
    return ExitUsage;
  if (Cmd == "list" && RulesArgs.size() == 1)
    return listRules(*Rules);
  if (Cmd == "show" && RulesArgs.size() == 2) {
    const Rule *R = findOrComplain(*Rules, RulesArgs[1]);
    return R ? showRule(*R) : ExitUsage;
  }
  llvm::errs() << "rtclint: error: usage: rtclint rules list | show ID | "
                  "test [DIR]\n";
  return ExitUsage;
}

int runExplain() {
  if (ExplainArgs.size() != 1) {
    llvm::errs() << "rtclint: error: usage: rtclint explain ID\n";
    return ExitUsage;
  }
  std::shared_ptr<const RuleSet> Rules = loadRules(RulesExtraDirs);
  if (!Rules)
    return ExitUsage;
  const Rule *R = findOrComplain(*Rules, ExplainArgs[0]);
  return R ? explainRule(*R) : ExitUsage;
}

} // namespace rtclint::cli
