//===- Summary.cpp - The summary line and the --stats block ---------------===//
#include "report/Escape.h"
#include "report/Reporter.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::raw_ostream;

static std::string humanBytes(uint64_t B) {
  if (B < 1024)
    return fmt::format("{} B", B);
  if (B < 1024 * 1024)
    return fmt::format("{:.1f} KB", B / 1024.0);
  return fmt::format("{:.1f} MB", B / (1024.0 * 1024.0));
}

std::string rtclint::summaryLine(const ScanResult &R) {
  unsigned Counts[4] = {};
  unsigned Shown = 0;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed) {
      ++Counts[unsigned(F.Sev)];
      ++Shown;
    }
  auto Plural = [](unsigned N, const char *W) {
    return fmt::format("{} {}{}", N, W, N == 1 ? "" : "s");
  };
  std::string S;
  if (!Shown)
    S = "no findings";
  else
    S = fmt::format("{}, {}, {}", Plural(Counts[3], "error"),
                    Plural(Counts[2], "warning"), Plural(Counts[1], "note"));
  S +=
      fmt::format(" in {} ({})", Plural(unsigned(R.Stats.FilesScanned), "file"),
                  humanBytes(R.Stats.BytesScanned));
  if (R.Stats.FilesSkipped)
    S += fmt::format(", {} skipped", R.Stats.FilesSkipped);
  if (R.Stats.FilesPartial)
    S += fmt::format(", {} analysed in part", R.Stats.FilesPartial);
  if (R.Stats.Suppressed)
    S += fmt::format(", {} suppressed", R.Stats.Suppressed);
  return S;
}

void rtclint::writeStats(raw_ostream &OS, const ScanResult &R) {
  const ScanStats &S = R.Stats;
  OS << fmt::format("files scanned:      {}\n", S.FilesScanned)
     << fmt::format("bytes scanned:      {} ({})\n", S.BytesScanned,
                    humanBytes(S.BytesScanned))
     << fmt::format("files skipped:      {}\n", S.FilesSkipped);
  for (const auto &[Reason, N] : S.SkippedByReason)
    OS << fmt::format("  {:<17} {}\n", Reason + ":", N);
  for (const SkippedFile &F : R.Skipped)
    OS << fmt::format("  skipped {} ({}{}{})\n", printable(F.Path),
                      skipReasonName(F.Reason), F.Detail.empty() ? "" : ": ",
                      printable(F.Detail));
  OS << fmt::format("files in part:      {}\n", S.FilesPartial);
  for (const SkippedFile &F : R.Partial)
    OS << fmt::format("  in part {} ({}: {})\n", printable(F.Path),
                      skipReasonName(F.Reason), printable(F.Detail));
  OS << fmt::format("files ignored:      {}\n", S.FilesIgnored)
     << fmt::format("rules loaded:       {}\n", S.RulesLoaded)
     << fmt::format("rule x file checks: {} ({} skipped by the prefilter)\n",
                    S.RuleFileChecks, S.RulePrefiltered);
  for (const auto &[Name, N] : S.FilesByFrontend)
    OS << fmt::format("  {:<17} {}\n", "frontend " + Name + ":", N);
  if (S.Suppressed)
    OS << fmt::format("findings suppressed: {}\n", S.Suppressed);
  if (S.CFamilyTokenFrontend)
    OS << fmt::format("C-family files read by the token frontend (no "
                      "compilation database): {}\n",
                      S.CFamilyTokenFrontend);
  double Secs = S.DurationMs / 1000.0;
  OS << fmt::format("duration:           {} ms ({} jobs", S.DurationMs, S.Jobs);
  if (Secs > 0)
    OS << fmt::format(", {:.1f} MB/s",
                      S.BytesScanned / (1024.0 * 1024.0) / Secs);
  OS << ")\n";
}
