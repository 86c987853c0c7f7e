//===- GithubReporter.cpp - GitHub Actions workflow annotations -----------===//
#include "report/Escape.h"
#include "report/Reporter.h"

using namespace rtclint;

namespace {

/// Workflow commands are read line by line: %, CR and LF must be escaped
/// everywhere (and `,` `:` in properties) so no value can end the command
/// or start another. Other controls are made visible too.
std::string ghEscape(llvm::StringRef S, bool Property) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else if (Property && C == ':')
      Out += "%3A";
    else if (Property && C == ',')
      Out += "%2C";
    else
      Out.push_back(C);
  }
  return printable(Out);
}

class GithubReporter final : public Reporter {
public:
  void write(llvm::raw_ostream &OS, const ScanRun &Run) const override {
    for (const Finding &F : Run.Result->Findings) {
      if (F.Suppressed)
        continue;
      const char *Level = F.Sev == Severity::Error     ? "error"
                          : F.Sev == Severity::Warning ? "warning"
                                                       : "notice";
      OS << "::" << Level << " file=" << ghEscape(F.Path, true)
         << ",line=" << F.Line << ",col=" << F.Column
         << ",endLine=" << F.EndLine << ",endColumn=" << F.EndColumn
         << ",title=" << ghEscape("rtclint " + F.RuleId, true)
         << "::" << ghEscape(F.Message, false) << '\n';
    }
  }
};

} // namespace

std::unique_ptr<Reporter> rtclint::makeGithubReporter(const ReportOptions &) {
  return std::make_unique<GithubReporter>();
}
