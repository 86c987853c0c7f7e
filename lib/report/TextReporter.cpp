//===- TextReporter.cpp - clang-style diagnostics -------------------------===//
#include "report/Escape.h"
#include "report/Reporter.h"

using namespace rtclint;
using llvm::raw_ostream;
using llvm::StringRef;

namespace {

raw_ostream::Colors severityColor(Severity S) {
  switch (S) {
  case Severity::Error:
    return raw_ostream::RED;
  case Severity::Warning:
    return raw_ostream::MAGENTA;
  default:
    return raw_ostream::CYAN;
  }
}

bool isCont(char C) { return (uint8_t(C) & 0xC0) == 0x80; }

/// `path:line:col: error: message [rule-id]`, the source line and a caret
/// underline; notes follow as `path:line:col: note: ...`.
class TextReporter final : public Reporter {
public:
  explicit TextReporter(const ReportOptions &O) : O(O) {}

  void write(raw_ostream &OS, const ScanRun &Run) const override {
    for (const Finding &F : Run.Result->Findings)
      if (!F.Suppressed)
        writeOne(OS, F);
  }

private:
  ReportOptions O;

  void color(raw_ostream &OS, raw_ostream::Colors C, bool Bold) const {
    if (O.Color)
      OS.changeColor(C, Bold);
  }
  void reset(raw_ostream &OS) const {
    if (O.Color)
      OS.resetColor();
  }

  void writeOne(raw_ostream &OS, const Finding &F) const {
    color(OS, raw_ostream::SAVEDCOLOR, true);
    OS << printable(F.Path) << ':' << F.Line << ':' << F.Column << ": ";
    color(OS, severityColor(F.Sev), true);
    OS << severityName(F.Sev) << ": ";
    color(OS, raw_ostream::SAVEDCOLOR, true);
    OS << printable(F.Message);
    reset(OS);
    OS << " [" << printable(F.RuleId) << "]\n";
    // The snippet is escaped piecewise so the caret still lines up: an
    // escaped byte takes as many columns as its escape.
    StringRef Line = F.Snippet;
    std::string Shown, Caret;
    size_t B = std::min<size_t>(F.SnippetBegin, Line.size());
    size_t E =
        std::min<size_t>(std::max<unsigned>(F.SnippetEnd, B), Line.size());
    for (size_t I = 0; I < Line.size();) {
      size_t N = 1;
      while (I + N < Line.size() && isCont(Line[I + N]))
        ++N;
      std::string Piece = printable(Line.substr(I, N), /*KeepTabs=*/true);
      Shown += Piece;
      bool Tab = Piece == "\t";
      unsigned Width = Piece.size() == N ? 1 : unsigned(Piece.size());
      if (I < B)
        Caret.append(Tab ? 1 : Width, Tab ? '\t' : ' ');
      else if (I == B)
        Caret += '^', Caret.append(Width - 1, '~');
      else if (I < E)
        Caret.append(Width, '~');
      I += N;
    }
    if (B >= Line.size())
      Caret += '^';
    if (Caret.size() > 400)
      Caret.resize(400);
    OS << Shown << '\n';
    color(OS, raw_ostream::GREEN, true);
    OS << Caret;
    reset(OS);
    OS << '\n';
    for (const Note &N : F.Notes)
      OS << printable(N.Loc.Path) << ':' << N.Loc.Line << ':' << N.Loc.Column
         << ": note: " << printable(N.Message) << '\n';
  }
};

} // namespace

std::unique_ptr<Reporter> rtclint::makeTextReporter(const ReportOptions &O) {
  return std::make_unique<TextReporter>(O);
}
