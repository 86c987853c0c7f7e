//===- JsonReporter.cpp - The versioned JSON contract ---------------------===//
#include "report/Reporter.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace rtclint;
namespace json = llvm::json;

namespace {

/// JSON strings must be valid UTF-8; source snippets may not be.
std::string utf8(llvm::StringRef S) {
  return json::isUTF8(S) ? S.str() : json::fixUTF8(S);
}

/// docs/architecture.md, "JSON output": findings carry exactly the eleven
/// contract keys; suppressed findings are counted in the stats only.
class JsonReporter final : public Reporter {
public:
  void write(llvm::raw_ostream &OS, const ScanRun &Run) const override {
    const ScanResult &R = *Run.Result;
    json::Array Findings;
    Findings.reserve(R.Findings.size()); // growth would deep-copy
    for (const Finding &F : R.Findings) {
      if (F.Suppressed)
        continue;
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
    }
    json::Object Files;
    for (const auto &[Path, Info] : R.Files)
      Files[utf8(Path)] = json::Object{{"language", languageName(Info.Lang)},
                                       {"role", roleName(Info.FileRole)}};
    json::Array Skipped;
    for (const SkippedFile &S : R.Skipped)
      Skipped.push_back(json::Object{{"path", utf8(S.Path)},
                                     {"reason", skipReasonName(S.Reason)},
                                     {"detail", utf8(S.Detail)}});
    json::Array Partial;
    for (const SkippedFile &S : R.Partial)
      Partial.push_back(json::Object{{"path", utf8(S.Path)},
                                     {"reason", skipReasonName(S.Reason)},
                                     {"detail", utf8(S.Detail)}});
    json::Object ByReason, ByFrontend;
    for (const auto &[Reason, N] : R.Stats.SkippedByReason)
      ByReason[Reason] = int64_t(N);
    for (const auto &[Name, N] : R.Stats.FilesByFrontend)
      ByFrontend[Name] = int64_t(N);
    const ScanStats &S = R.Stats;
    json::Object Root{
        {"version", 1},
        {"tool",
         json::Object{{"name", "rtclint"}, {"version", Run.ToolVersion}}},
        {"findings", std::move(Findings)},
        {"files", std::move(Files)},
        {"skipped", std::move(Skipped)},
        {"partial", std::move(Partial)},
        {"stats",
         json::Object{
             {"files_scanned", int64_t(S.FilesScanned)},
             {"bytes_scanned", int64_t(S.BytesScanned)},
             {"files_skipped", int64_t(S.FilesSkipped)},
             {"files_ignored", int64_t(S.FilesIgnored)},
             {"files_partial", int64_t(S.FilesPartial)},
             {"skipped_by_reason", std::move(ByReason)},
             {"files_by_frontend", std::move(ByFrontend)},
             {"rules_loaded", int64_t(S.RulesLoaded)},
             {"c_family_token_frontend", int64_t(S.CFamilyTokenFrontend)},
             {"suppressed", int64_t(S.Suppressed)},
             {"duration_ms", int64_t(S.DurationMs)},
         }},
    };
    OS << llvm::formatv("{0:2}", json::Value(std::move(Root))) << '\n';
  }
};

} // namespace

std::unique_ptr<Reporter> rtclint::makeJsonReporter(const ReportOptions &) {
  return std::make_unique<JsonReporter>();
}
