//===- TextReporter.cpp - clang-style diagnostics
//--------------------------===//
#include "report/Reporter.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::raw_ostream;
using llvm::StringRef;

std::optional<OutputFormat> rtclint::parseOutputFormat(llvm::StringRef S) {
  if (S == "text")
    return OutputFormat::Text;
  if (S == "json")
    return OutputFormat::Json;
  if (S == "github")
    return OutputFormat::Github;
  return std::nullopt;
}

static raw_ostream::Colors severityColor(Severity S) {
  switch (S) {
  case Severity::Error:
    return raw_ostream::RED;
  case Severity::Warning:
    return raw_ostream::MAGENTA;
  default:
    return raw_ostream::CYAN;
  }
}

void rtclint::writeText(raw_ostream &OS, const ScanResult &R,
                        const ReportOptions &O) {
  auto Color = [&](raw_ostream::Colors C, bool Bold) {
    if (O.Color)
      OS.changeColor(C, Bold);
  };
  auto Reset = [&] {
    if (O.Color)
      OS.resetColor();
  };
  for (const Finding &F : R.Findings) {
    Color(raw_ostream::SAVEDCOLOR, true);
    OS << F.Path << ':' << F.Line << ':' << F.Column << ": ";
    Color(severityColor(F.Sev), true);
    OS << severityName(F.Sev) << ": ";
    Color(raw_ostream::SAVEDCOLOR, true);
    OS << F.Message;
    Reset();
    OS << " [" << F.RuleId << "]\n";
    // Source line and caret; tabs are kept so the caret lines up.
    OS << F.Snippet << '\n';
    // Columns count characters, not UTF-8 continuation bytes.
    StringRef Line = F.Snippet;
    auto IsCont = [](char C) { return (uint8_t(C) & 0xC0) == 0x80; };
    size_t B = std::min<size_t>(F.Column - 1, Line.size());
    std::string Caret;
    for (size_t I = 0; I < B; ++I)
      if (!IsCont(Line[I]))
        Caret.push_back(Line[I] == '\t' ? '\t' : ' ');
    Caret.push_back('^');
    // The underline covers the reported text on this line, or the mask
    // ("abcd…") that replaced a redacted secret in the snippet.
    size_t E = F.EndLine == F.Line ? F.EndColumn - 1 : Line.size();
    size_t Dots = F.Secret ? Line.find("…", B) : StringRef::npos;
    if (Dots != StringRef::npos && Dots <= B + 16)
      E = Dots + StringRef("…").size();
    E = std::min(E, Line.size());
    unsigned Chars = 0;
    for (size_t I = B; I < E; ++I)
      Chars += !IsCont(Line[I]);
    if (Chars > 1)
      Caret.append(std::min(Chars - 1, 200u), '~');
    Color(raw_ostream::GREEN, true);
    OS << Caret;
    Reset();
    OS << '\n';
  }
}

static std::string humanBytes(uint64_t B) {
  if (B < 1024)
    return fmt::format("{} B", B);
  if (B < 1024 * 1024)
    return fmt::format("{:.1f} KB", B / 1024.0);
  return fmt::format("{:.1f} MB", B / (1024.0 * 1024.0));
}

std::string rtclint::summaryLine(const ScanResult &R) {
  unsigned Counts[4] = {};
  for (const Finding &F : R.Findings)
    ++Counts[unsigned(F.Sev)];
  auto Plural = [](unsigned N, const char *W) {
    return fmt::format("{} {}{}", N, W, N == 1 ? "" : "s");
  };
  std::string S;
  if (R.Findings.empty())
    S = "no findings";
  else
    S = fmt::format("{}, {}, {}", Plural(Counts[3], "error"),
                    Plural(Counts[2], "warning"), Plural(Counts[1], "note"));
  S +=
      fmt::format(" in {} ({})", Plural(unsigned(R.Stats.FilesScanned), "file"),
                  humanBytes(R.Stats.BytesScanned));
  if (R.Stats.FilesSkipped)
    S += fmt::format(", {} skipped", R.Stats.FilesSkipped);
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
    OS << fmt::format("  skipped {} ({}{}{})\n", F.Path,
                      skipReasonName(F.Reason), F.Detail.empty() ? "" : ": ",
                      F.Detail);
  OS << fmt::format("files ignored:      {}\n", S.FilesIgnored)
     << fmt::format("rules loaded:       {}\n", S.RulesLoaded)
     << fmt::format("rule x file checks: {} ({} skipped by the prefilter)\n",
                    S.RuleFileChecks, S.RulePrefiltered);
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
