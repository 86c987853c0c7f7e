//===- Reporter.h - Findings to text, JSON, GitHub annotations
//-------------===//
//
// Reporters only format: they never walk files or run rules (ripgrep's
// printer layer). Every output is a pure function of the ScanResult, so it is
// byte-identical whatever the number of threads.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_REPORT_REPORTER_H
#define RTCLINT_REPORT_REPORTER_H

#include "engine/Engine.h"
#include "llvm/Support/raw_ostream.h"

namespace rtclint {

enum class OutputFormat { Text, Json, Github };
std::optional<OutputFormat> parseOutputFormat(llvm::StringRef S);

struct ReportOptions {
  bool Color = false;
  std::string ToolVersion;
};

/// clang-style diagnostics: `path:line:col: error: message [rule-id]`, the
/// source line and a caret underline.
void writeText(llvm::raw_ostream &OS, const ScanResult &R,
               const ReportOptions &O);
/// The versioned JSON contract of DESIGN.md §4.
void writeJson(llvm::raw_ostream &OS, const ScanResult &R,
               const ReportOptions &O);
/// GitHub Actions workflow commands (::error file=...).
void writeGithub(llvm::raw_ostream &OS, const ScanResult &R,
                 const ReportOptions &O);

/// One-line summary ("3 errors, 1 warning in 12 files (40.1 KB), 15 ms").
std::string summaryLine(const ScanResult &R);
/// The --stats block.
void writeStats(llvm::raw_ostream &OS, const ScanResult &R);

} // namespace rtclint

#endif
