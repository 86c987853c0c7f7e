//===- ScanCommand.cpp - rtclint scan -------------------------------------===//
#include "Commands.h"
#include "ScanModes.h"
#include "SizeArg.h"
#include "report/Reporter.h"
#include "scan/ProjectRoot.h"
#include "scan/ScanSetup.h"
#include "scan/TreeScan.h"
#include "clang/AstQueries.h"
#include "clang/ClangFrontend.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace rtclint::cli {
namespace {

struct ScanArgs {
  std::vector<std::string> Paths;
  std::string Format = "text";
  std::string OutFile;
  std::vector<std::string> RuleDirs;
  std::vector<std::string> Enable, Disable;
  std::string FailOn = "warning";
  std::vector<std::string> Excludes;
  std::string MaxFileSize = "8M";
  bool NoIgnore = false;
  bool NoDefaultExcludes = false;
  bool IncludeTests = false;
  unsigned Jobs = 0;
  bool NoRedact = false;
  bool Stats = false;
  bool Quiet = false;
  std::string Color = "auto";
  std::string BuildDir; // -p: compilation database for the clang frontend
  ScanModeArgs Modes;   // config, baseline, git modes (ScanModes.h)
};

/// Rule ids and categories named by --enable/--disable must exist.
bool checkRuleNames(const RuleSet &Rules, const EngineOptions &EO) {
  for (const auto *Set : {&EO.Enable, &EO.Disable})
    for (const auto &E : *Set) {
      StringRef Id = E.getKey();
      bool Known =
          Rules.find(Id) || llvm::any_of(Rules.rules(), [&](const Rule &R) {
            return R.Category == Id;
          });
      if (!Known) {
        llvm::errs() << "rtclint: error: unknown rule or category '"
                     << shown(Id) << "' (see 'rtclint rules list')\n";
        return false;
      }
    }
  return true;
}

/// Refuses an -o that would overwrite a source file under a scanned root;
/// an earlier report there is fine (and is not scanned).
bool outputIsSafe(StringRef Out, const std::vector<std::string> &Roots,
                  WalkOptions &WO) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Out, Real))
    return true; // does not exist yet
  for (const std::string &Root : Roots) {
    llvm::SmallString<256> RootReal;
    if (llvm::sys::fs::real_path(Root, RootReal))
      continue;
    StringRef R = RootReal, P = Real;
    if (P != R &&
        !(P.starts_with(R) && P.size() > R.size() && P[R.size()] == '/'))
      continue;
    Language L = detectLanguage(P, "");
    if (L != Language::Unknown && L != Language::JSON) {
      llvm::errs() << "rtclint: error: -o " << shown(Out)
                   << " would overwrite a file being scanned\n";
      return false;
    }
    if (P != R)
      WO.Excludes.push_back("/" + P.drop_front(R.size() + 1).str());
  }
  return true;
}

int runScan(const ScanArgs &A) {
  const FormatInfo *Fmt = findFormat(A.Format);
  std::optional<Severity> Gate;
  if (A.FailOn != "never")
    Gate = parseSeverity(A.FailOn);
  std::optional<uint64_t> MaxSize = parseSize(A.MaxFileSize);
  if (!MaxSize) {
    llvm::errs() << "rtclint: error: --max-file-size: '" << shown(A.MaxFileSize)
                 << "' is not a size (e.g. 512K, 8M, 1G)\n";
    return ExitUsage;
  }

  std::vector<std::string> Roots = A.Paths;
  if (Roots.empty())
    Roots.push_back(".");
  std::optional<Config> Cfg = loadScanConfig(A.Modes, Roots);
  if (!Cfg)
    return ExitUsage;
  std::vector<std::string> RuleDirs = Cfg->RuleDirs;
  RuleDirs.insert(RuleDirs.end(), A.RuleDirs.begin(), A.RuleDirs.end());
  std::shared_ptr<const RuleSet> Rules = loadRules(RuleDirs);
  if (!Rules || !checkScanConfig(*Cfg, *Rules))
    return ExitUsage;
  EngineOptions EO;
  EO.Redact = !A.NoRedact;
  EO.IncludeTests = A.IncludeTests;
  applyConfig(*Cfg, *Rules, EO);
  for (const std::string &Id : A.Enable)
    EO.Enable.insert(Id);
  for (const std::string &Id : A.Disable)
    EO.Disable.insert(Id);
  if (!checkRuleNames(*Rules, EO))
    return ExitUsage;
  if (!A.BuildDir.empty()) {
    ClangFrontendOptions CO;
    CO.BuildDir = A.BuildDir;
    if (!addClangFrontend(*Rules, CO, EO.Frontends))
      return ExitUsage;
  }

  WalkOptions WO;
  WO.Excludes = configExcludes(*Cfg);
  WO.Excludes.insert(WO.Excludes.end(), A.Excludes.begin(), A.Excludes.end());
  WO.MaxFileSize = *MaxSize;
  WO.UseIgnoreFiles = !A.NoIgnore;
  WO.DefaultExcludes = !A.NoDefaultExcludes;
  WO.Jobs = A.Jobs;
  if (!A.OutFile.empty() && !outputIsSafe(A.OutFile, Roots, WO))
    return ExitUsage;

  ModeScan MS = runModeScan(A.Modes, Rules, std::move(EO), Roots, WO);
  if (MS.Exit >= 0)
    return MS.Exit;
  const Engine &E = *MS.E;
  ScanResult &R = MS.R;
  for (const std::string &Err : R.Errors)
    llvm::errs() << "rtclint: error: " << shown(Err) << "\n";
  // Unreadable files are never a silent skip: one warning with the count.
  uint64_t Unreadable = R.Stats.SkippedByReason["unreadable"];
  uint64_t Failed =
      R.Stats.SkippedByReason["failed"] + R.Stats.SkippedByReason["budget"];
  if (Unreadable)
    llvm::errs() << "rtclint: warning: " << Unreadable << " file"
                 << (Unreadable == 1 ? "" : "s")
                 << " could not be read (see --stats or the JSON 'skipped' "
                    "list)\n";
  if (Failed)
    for (const SkippedFile &S : R.Skipped)
      if (S.Reason == SkipReason::Failed || S.Reason == SkipReason::Budget)
        llvm::errs() << "rtclint: warning: " << shown(S.Path)
                     << ": not scanned: " << shown(S.Detail) << "\n";

  ScanRun Run;
  Run.Result = &R;
  Run.ToolVersion = RTCLINT_VERSION;
  Run.ProjectRoot = MS.ProjectRoot;
  for (const Rule &Ru : Rules->rules())
    if (Severity S = E.effectiveSeverity(Ru); S != Severity::Off)
      Run.Rules.push_back({&Ru, S});

  // Colour only ever goes to a terminal, never into a file.
  ReportOptions RO;
  bool ToFile = !A.OutFile.empty();
  RO.Color = !ToFile && (A.Color == "always" ||
                         (A.Color == "auto" && llvm::outs().is_displayed() &&
                          !llvm::sys::Process::GetEnv("NO_COLOR")));
  std::string Report;
  llvm::raw_string_ostream ROS(Report);
  ROS.enable_colors(RO.Color);
  Fmt->Create(RO)->write(ROS, Run);
  ROS.flush();
  decorateReport(A.Modes, MS, A.Format, Report);
  if (!writeReport(ToFile ? A.OutFile : "", Report))
    return ExitInternal;
  if (!A.Quiet) {
    llvm::errs() << "rtclint: " << summaryLine(R) << "\n";
    if (R.Stats.FilesScanned == 0)
      llvm::errs() << fmt::format(
          "rtclint: nothing was scanned: {} files ignored, {} skipped{}\n",
          R.Stats.FilesIgnored, R.Stats.FilesSkipped,
          R.Errors.empty() ? "" : ", and some paths do not exist");
  }
  if (A.Stats)
    writeStats(llvm::errs(), R);
  if (int Exit = finishModes(A.Modes, MS, A.Stats); Exit >= 0)
    return Exit;
  if (!R.Errors.empty())
    return ExitUsage;
  if (Gate && llvm::any_of(R.Findings, [&](const Finding &F) {
        return !F.Suppressed && F.Sev >= *Gate;
      }))
    return ExitFindings;
  return ExitClean;
}

} // namespace

Command addScanCommand(CLI::App &Root) {
  auto A = std::make_shared<ScanArgs>();
  CLI::App *S = Root.add_subcommand("scan", "Scan files and directories");
  S->add_option("paths", A->Paths, "Files or directories (default: .)");
  std::vector<std::string> Formats;
  std::string FormatHelp = "Output format:";
  for (const FormatInfo &F : outputFormats()) {
    Formats.push_back(F.Name.str());
    FormatHelp += "\n  " + F.Name.str() + ": " + F.Description.str();
  }
  S->add_option("--format", A->Format, FormatHelp)
      ->check(CLI::IsMember(Formats))
      ->capture_default_str();
  S->add_option("-o,--output", A->OutFile, "Write the report to FILE")
      ->type_name("FILE");
  S->add_option("--rules", A->RuleDirs, "Extra rule directory (repeatable)")
      ->allow_extra_args(false)
      ->type_name("DIR");
  S->add_option("--enable", A->Enable,
                "Only run these rule ids or categories (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("IDS");
  S->add_option("--disable", A->Disable,
                "Do not run these rule ids or categories (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("IDS");
  S->add_option("--fail-on", A->FailOn,
                "Exit 1 when a finding is at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}))
      ->capture_default_str();
  S->add_option("--exclude", A->Excludes,
                "Skip paths matching GLOB (gitignore syntax, repeatable)")
      ->allow_extra_args(false)
      ->type_name("GLOB");
  S->add_option("--max-file-size", A->MaxFileSize,
                "Skip larger files (bytes, or with K, M, G)")
      ->type_name("SIZE")
      ->capture_default_str();
  S->add_flag("--no-ignore", A->NoIgnore,
              "Do not honour .gitignore and .rtclintignore");
  S->add_flag("--no-default-excludes", A->NoDefaultExcludes,
              "Also scan vendored and generated code (node_modules, vendor, "
              "Pods, virtualenvs, minified bundles, lock files)");
  S->add_flag("--include-tests", A->IncludeTests,
              "Report test code like other code (rules may lower or skip "
              "findings in tests)");
  S->add_option("-j,--jobs", A->Jobs, "Threads (default 0: all cores)")
      ->check(CLI::Range(0u, 1024u))
      ->type_name("N");
  S->add_option("-p,--build-dir", A->BuildDir,
                "Parse C, C++ and Objective-C files listed in "
                "DIR/compile_commands.json with Clang")
      ->type_name("DIR");
  S->add_flag("--no-redact", A->NoRedact, "Show secrets in full in the output");
  S->add_flag("--stats", A->Stats, "Print scan statistics to stderr");
  S->add_flag("-q,--quiet", A->Quiet, "No summary line on stderr");
  S->add_option("--color", A->Color, "Colour on a terminal")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  addScanModeOptions(*S, A->Modes);
  return {S, [A] { return runScan(*A); }};
}

} // namespace rtclint::cli
