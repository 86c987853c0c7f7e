//===- Reporter.h - The report stage: a scan run to an output ---*- C++ -*-===//
//
// Reporters only format: they never walk files or run rules (ripgrep's
// printer layer). A reporter receives the whole run - the enabled rules with
// their metadata, findings, skipped files and stats - so SARIF can describe
// its rules and an editor can link their docs. Every output is a pure
// function of the run, byte-identical whatever the number of threads.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_REPORT_REPORTER_H
#define RTCLINT_REPORT_REPORTER_H

#include "engine/ScanResult.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace rtclint {

/// A rule as the run used it.
struct RuleInfo {
  const Rule *R = nullptr;
  Severity Effective = Severity::Warning;
};

struct ScanRun {
  std::vector<RuleInfo> Rules; // enabled rules, sorted by id
  const ScanResult *Result = nullptr;
  std::string ToolVersion;
  /// Absolute project root; outputs with a base URI (SARIF) use it.
  std::string ProjectRoot;
};

struct ReportOptions {
  bool Color = false;
};

class Reporter {
public:
  virtual ~Reporter();
  virtual void write(llvm::raw_ostream &OS, const ScanRun &Run) const = 0;
};

/// One output format. The table of formats is the only list of them.
struct FormatInfo {
  llvm::StringRef Name;
  llvm::StringRef Description;
  std::unique_ptr<Reporter> (*Create)(const ReportOptions &);
};
llvm::ArrayRef<FormatInfo> outputFormats();
const FormatInfo *findFormat(llvm::StringRef Name);

/// Each format's factory (defined beside its reporter).
std::unique_ptr<Reporter> makeTextReporter(const ReportOptions &O);
std::unique_ptr<Reporter> makeJsonReporter(const ReportOptions &O);
std::unique_ptr<Reporter> makeGithubReporter(const ReportOptions &O);
std::unique_ptr<Reporter> makeSarifReporter(const ReportOptions &O);

/// Documentation page of a rule, relative to the repository (docs/rules/).
std::string ruleDocsPath(llvm::StringRef RuleId);
/// The same as a URL users can open.
std::string ruleHelpUri(llvm::StringRef RuleId);

/// One-line summary ("3 errors, 1 warning in 12 files (40.1 KB)").
std::string summaryLine(const ScanResult &R);
/// The --stats block.
void writeStats(llvm::raw_ostream &OS, const ScanResult &R);

} // namespace rtclint

#endif
