//===- JsonReporter.cpp - The versioned JSON contract
//----------------------===//
#include "report/Reporter.h"
#include "llvm/Support/JSON.h"

using namespace rtclint;
namespace json = llvm::json;

/// JSON strings must be valid UTF-8; source snippets may not be.
static std::string utf8(llvm::StringRef S) {
  return json::isUTF8(S) ? S.str() : json::fixUTF8(S);
}

void rtclint::writeJson(llvm::raw_ostream &OS, const ScanResult &R,
                        const ReportOptions &O) {
  json::Array Findings;
  for (const Finding &F : R.Findings)
    Findings.push_back(json::Object{
        {"rule", F.RuleId},
        {"category", F.Category},
        {"severity", severityName(F.Sev)},
        {"path", utf8(F.Path)},
        {"line", F.Line},
        {"column", F.Column},
        {"end_line", F.EndLine},
        {"end_column", F.EndColumn},
        {"message", utf8(F.Message)},
        {"snippet", utf8(F.Snippet)},
        {"fingerprint", F.Fingerprint},
    });
  json::Object Files;
  for (const auto &[Path, Info] : R.Files)
    Files[utf8(Path)] = json::Object{{"language", languageName(Info.Lang)},
                                     {"role", roleName(Info.FileRole)}};
  json::Array Skipped;
  for (const SkippedFile &S : R.Skipped)
    Skipped.push_back(json::Object{{"path", utf8(S.Path)},
                                   {"reason", skipReasonName(S.Reason)},
                                   {"detail", utf8(S.Detail)}});
  json::Object ByReason;
  for (const auto &[Reason, N] : R.Stats.SkippedByReason)
    ByReason[Reason] = int64_t(N);
  const ScanStats &S = R.Stats;
  json::Object Root{
      {"version", 1},
      {"tool", json::Object{{"name", "rtclint"}, {"version", O.ToolVersion}}},
      {"findings", std::move(Findings)},
      {"files", std::move(Files)},
      {"skipped", std::move(Skipped)},
      {"stats",
       json::Object{
           {"files_scanned", int64_t(S.FilesScanned)},
           {"bytes_scanned", int64_t(S.BytesScanned)},
           {"files_skipped", int64_t(S.FilesSkipped)},
           {"files_ignored", int64_t(S.FilesIgnored)},
           {"skipped_by_reason", std::move(ByReason)},
           {"rules_loaded", int64_t(S.RulesLoaded)},
           {"c_family_token_frontend", int64_t(S.CFamilyTokenFrontend)},
           {"duration_ms", int64_t(S.DurationMs)},
       }},
  };
  OS << llvm::formatv("{0:2}", json::Value(std::move(Root))) << '\n';
}

/// GitHub workflow commands need %, CR, LF (and in properties , :) escaped.
static std::string ghEscape(llvm::StringRef S, bool Property) {
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
  return Out;
}

void rtclint::writeGithub(llvm::raw_ostream &OS, const ScanResult &R,
                          const ReportOptions &O) {
  for (const Finding &F : R.Findings) {
    const char *Level = F.Sev == Severity::Error     ? "error"
                        : F.Sev == Severity::Warning ? "warning"
                                                     : "notice";
    OS << "::" << Level << " file=" << ghEscape(F.Path, true)
       << ",line=" << F.Line << ",col=" << F.Column << ",endLine=" << F.EndLine
       << ",endColumn=" << F.EndColumn
       << ",title=" << ghEscape("rtclint " + F.RuleId, true)
       << "::" << ghEscape(F.Message, false) << '\n';
  }
}
