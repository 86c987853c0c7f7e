//===- ScanCommand.cpp - rtclint scan
//---------------------------------------===//
#include "Commands.h"
#include "report/Reporter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <fmt/format.h>

using namespace rtclint;
namespace cl = llvm::cl;
using llvm::StringRef;

namespace rtclint::cli {

static cl::OptionCategory ScanCat("scan options");
static cl::list<std::string> Paths(cl::Positional, cl::desc("[PATH...]"),
                                   cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<std::string>
    Format("format", cl::desc("Output format: text, json, github"),
           cl::init("text"), cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<std::string> OutFile("o", cl::desc("Write the report to FILE"),
                                    cl::value_desc("FILE"), cl::Prefix,
                                    cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::list<std::string> RuleDirs("rules",
                                      cl::desc("Extra rule directory "
                                               "(repeatable)"),
                                      cl::value_desc("DIR"), cl::sub(scanCmd()),
                                      cl::cat(ScanCat));
static cl::list<std::string> Enable("enable",
                                    cl::desc("Only run these rule ids or "
                                             "categories (comma-separated)"),
                                    cl::CommaSeparated, cl::sub(scanCmd()),
                                    cl::cat(ScanCat));
static cl::list<std::string> Disable("disable",
                                     cl::desc("Do not run these rule ids or "
                                              "categories (comma-separated)"),
                                     cl::CommaSeparated, cl::sub(scanCmd()),
                                     cl::cat(ScanCat));
static cl::opt<std::string> FailOn("fail-on",
                                   cl::desc("Exit 1 when a finding is at or "
                                            "above: error, warning, note, "
                                            "never (default warning)"),
                                   cl::init("warning"), cl::sub(scanCmd()),
                                   cl::cat(ScanCat));
static cl::list<std::string>
    Excludes("exclude",
             cl::desc("Skip paths matching GLOB "
                      "(gitignore syntax, repeatable)"),
             cl::value_desc("GLOB"), cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<unsigned> Jobs("j", cl::desc("Threads (default: all cores)"),
                              cl::init(0), cl::Prefix, cl::sub(scanCmd()),
                              cl::cat(ScanCat));
static cl::opt<uint64_t> MaxFileSize("max-file-size",
                                     cl::desc("Skip files larger than BYTES "
                                              "(default 8 MiB)"),
                                     cl::init(8ull << 20), cl::sub(scanCmd()),
                                     cl::cat(ScanCat));
static cl::opt<bool> NoIgnore("no-ignore",
                              cl::desc("Do not honour .gitignore and "
                                       ".rtclintignore"),
                              cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<bool> NoRedact("no-redact",
                              cl::desc("Show secrets in full in the output"),
                              cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<bool> Stats("stats", cl::desc("Print scan statistics to stderr"),
                           cl::sub(scanCmd()), cl::cat(ScanCat));
static cl::opt<std::string> ColorOpt("color",
                                     cl::desc("Colour: auto, always, never"),
                                     cl::init("auto"), cl::sub(scanCmd()),
                                     cl::cat(ScanCat));

int runScan() {
  std::optional<OutputFormat> Fmt = parseOutputFormat(Format);
  if (!Fmt) {
    llvm::errs() << "rtclint: error: unknown --format '" << Format
                 << "' (expected text, json or github)\n";
    return ExitUsage;
  }
  std::optional<Severity> Gate;
  if (FailOn != "never") {
    Gate = parseSeverity(FailOn);
    if (!Gate || *Gate == Severity::Off) {
      llvm::errs() << "rtclint: error: unknown --fail-on '" << FailOn
                   << "' (expected error, warning, note or never)\n";
      return ExitUsage;
    }
  }
  if (ColorOpt != "auto" && ColorOpt != "always" && ColorOpt != "never") {
    llvm::errs() << "rtclint: error: unknown --color '" << ColorOpt << "'\n";
    return ExitUsage;
  }

  std::shared_ptr<const RuleSet> Rules = loadRules(RuleDirs);
  if (!Rules)
    return ExitUsage;

  EngineOptions EO;
  EO.Redact = !NoRedact;
  for (const std::string &Id : Enable)
    EO.Enable.insert(Id);
  for (const std::string &Id : Disable)
    EO.Disable.insert(Id);
  for (const auto *Set : {&EO.Enable, &EO.Disable})
    for (const auto &E : *Set) {
      StringRef Id = E.getKey();
      bool Known =
          Rules->find(Id) || llvm::any_of(Rules->rules(), [&](const Rule &R) {
            return R.Category == Id;
          });
      if (!Known) {
        llvm::errs() << "rtclint: error: unknown rule or category '" << Id
                     << "' (see 'rtclint rules list')\n";
        return ExitUsage;
      }
    }

  WalkOptions WO;
  WO.Excludes = Excludes;
  WO.MaxFileSize = MaxFileSize;
  WO.UseIgnoreFiles = !NoIgnore;
  WO.Jobs = Jobs;
  std::vector<std::string> Roots(Paths.begin(), Paths.end());
  if (Roots.empty())
    Roots.push_back(".");

  Engine E(Rules, std::move(EO));
  ScanResult R = E.scanPaths(Roots, WO);
  for (const std::string &Err : R.Errors)
    llvm::errs() << "rtclint: error: " << Err << "\n";
  if (!R.Errors.empty() && R.Stats.FilesScanned == 0 && R.Skipped.empty())
    return ExitUsage;
  // An unreadable file is never a silent skip.
  for (const SkippedFile &S : R.Skipped)
    if (S.Reason == SkipReason::Unreadable)
      llvm::errs() << "rtclint: warning: cannot read " << S.Path << ": "
                   << S.Detail << "\n";

  ReportOptions RO;
  RO.ToolVersion = RTCLINT_VERSION;
  std::error_code EC;
  std::unique_ptr<llvm::raw_fd_ostream> File;
  llvm::raw_ostream *OS = &llvm::outs();
  if (!OutFile.empty()) {
    File = std::make_unique<llvm::raw_fd_ostream>(OutFile, EC,
                                                  llvm::sys::fs::OF_Text);
    if (EC) {
      llvm::errs() << "rtclint: error: cannot write " << OutFile << ": "
                   << EC.message() << "\n";
      return ExitUsage;
    }
    OS = File.get();
  }
  RO.Color = ColorOpt == "always" ||
             (ColorOpt == "auto" && !File && llvm::outs().is_displayed() &&
              !llvm::sys::Process::GetEnv("NO_COLOR"));
  switch (*Fmt) {
  case OutputFormat::Text:
    writeText(*OS, R, RO);
    OS->flush(); // the summary on stderr comes after the findings
    llvm::errs() << "rtclint: " << summaryLine(R) << "\n";
    break;
  case OutputFormat::Json:
    writeJson(*OS, R, RO);
    break;
  case OutputFormat::Github:
    writeGithub(*OS, R, RO);
    break;
  }
  OS->flush();
  if (Stats)
    writeStats(llvm::errs(), R);
  if (File && File->has_error()) {
    llvm::errs() << "rtclint: error: cannot write " << OutFile << "\n";
    File->clear_error();
    return ExitInternal;
  }
  if (Gate && llvm::any_of(R.Findings,
                           [&](const Finding &F) { return F.Sev >= *Gate; }))
    return ExitFindings;
  return ExitClean;
}

} // namespace rtclint::cli
