//===- Formats.cpp - The table of output formats --------------------------===//
#include "report/Reporter.h"

using namespace rtclint;

Reporter::~Reporter() = default;

llvm::ArrayRef<FormatInfo> rtclint::outputFormats() {
  static const FormatInfo Formats[] = {
      {"text", "clang-style diagnostics with the source line (default)",
       makeTextReporter},
      {"json", "the versioned JSON report (docs/architecture.md)",
       makeJsonReporter},
      {"sarif", "SARIF 2.1.0, for code scanning", makeSarifReporter},
      {"github", "GitHub Actions workflow annotations", makeGithubReporter},
  };
  return Formats;
}

const FormatInfo *rtclint::findFormat(llvm::StringRef Name) {
  for (const FormatInfo &F : outputFormats())
    if (F.Name == Name)
      return &F;
  return nullptr;
}

// Where the project's documentation is published; rule pages live under
// docs/rules/ in the repository.
static constexpr llvm::StringLiteral Homepage =
    "https://github.com/rtclint/rtclint";

std::string rtclint::ruleDocsPath(llvm::StringRef RuleId) {
  return ("docs/rules/" + RuleId + ".md").str();
}

std::string rtclint::ruleHelpUri(llvm::StringRef RuleId) {
  if (RuleId.empty())
    return Homepage.str();
  return (Homepage + "/blob/main/" + ruleDocsPath(RuleId)).str();
}
