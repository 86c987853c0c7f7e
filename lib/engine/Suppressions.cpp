//===- Suppressions.cpp - Inline rtclint-ignore comments ------------------===//
#include "engine/Suppressions.h"
#include "engine/Pipeline.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

constexpr StringRef Marker = "rtclint-ignore";

/// Offsets of line starts, for offset -> 1-based line.
class Lines {
public:
  explicit Lines(StringRef Buf) : Buf(Buf) {
    Starts.push_back(0);
    for (size_t I = 0; I < Buf.size(); ++I)
      if (Buf[I] == '\n')
        Starts.push_back(uint32_t(I + 1));
  }
  unsigned lineOf(uint32_t Off) const {
    return unsigned(std::upper_bound(Starts.begin(), Starts.end(), Off) -
                    Starts.begin());
  }
  unsigned count() const { return unsigned(Starts.size()); }
  uint32_t start(unsigned Line) const { return Starts[Line - 1]; }
  StringRef text(StringRef Of, unsigned Line) const {
    uint32_t E = Line < Starts.size() ? Starts[Line] : uint32_t(Of.size());
    return Of.slice(Starts[Line - 1], E).rtrim("\r\n");
  }

private:
  StringRef Buf;
  std::vector<uint32_t> Starts;
};

bool isIdChar(char C) {
  return llvm::isAlnum(C) || C == '-' || C == '_' || C == '.';
}

/// Strips what closes a comment at the end of a line ("*/", "-->").
StringRef stripCloser(StringRef S) {
  S = S.rtrim();
  for (StringRef Closer : {"*/", "-->", "*)", "#}", "%>"})
    if (S.consume_back(Closer))
      return S.rtrim();
  return S;
}

/// Parses the directive starting at Raw[At] (At points at the marker).
/// Returns false when the text there is not a directive.
bool parseOne(StringRef Raw, size_t At, SuppressionDirective &D, size_t &End) {
  // Only the first word on its comment line: prose that mentions the
  // marker ("see rtclint-ignore comments") is not a directive.
  for (size_t I = At; I > 0 && Raw[I - 1] != '\n'; --I)
    if (llvm::isAlnum(Raw[I - 1]) || Raw[I - 1] == '_')
      return false;
  StringRef Rest = Raw.drop_front(At + Marker.size());
  if (Rest.consume_front("-next-line"))
    D.K = SuppressionDirective::NextLine;
  else if (Rest.consume_front("-begin"))
    D.K = SuppressionDirective::Begin;
  else if (Rest.consume_front("-end"))
    D.K = SuppressionDirective::End;
  else
    D.K = SuppressionDirective::SameLine;
  if (!Rest.empty() && (llvm::isAlnum(Rest[0]) || Rest[0] == '_' ||
                        (Rest[0] == '-' && !Rest.starts_with("--"))))
    return false; // rtclint-ignored, rtclint-ignore-foo: prose, not ours
  // The rest of the directive's line: nothing, `: ids`, `-- reason`, or
  // the comment's closer. Anything else is prose.
  StringRef Line = Rest.take_until([](char C) { return C == '\n'; });
  StringRef S = Line.ltrim(" \t");
  if (!S.empty() && !S.starts_with(":") && !S.starts_with("--") &&
      !stripCloser(S).empty())
    return false;
  if (S.consume_front(":")) {
    for (;;) {
      S = S.ltrim(" \t,");
      if (S.empty() || S.starts_with("--"))
        break;
      StringRef Id = S.take_while(isIdChar);
      if (Id.empty())
        break;
      D.Ids.push_back(Id.str());
      S = S.drop_front(Id.size());
    }
  }
  S = S.ltrim(" \t");
  if (S.consume_front("--"))
    D.Reason = stripCloser(S).trim().str();
  // The directive runs to its line's end, comment closers excluded.
  End = size_t(Line.data() - Raw.data()) + stripCloser(Line).size();
  return true;
}

bool blankCode(StringRef Code, const Lines &L, unsigned Line) {
  return L.text(Code, Line).trim().empty();
}

} // namespace

std::vector<SuppressionDirective>
rtclint::parseSuppressions(StringRef Content, const FileFacts &Facts) {
  std::vector<SuppressionDirective> Out;
  if (!Content.contains(Marker))
    return Out;
  Lines L(Content);
  StringRef Code = Facts.CodeView.size() == Content.size()
                       ? StringRef(Facts.CodeView)
                       : Content;
  for (const CommentFact &C : Facts.Comments) {
    if (C.Range.End > Content.size() || C.Range.empty())
      continue;
    StringRef Raw = Content.slice(C.Range.Begin, C.Range.End);
    size_t Pos = 0;
    while ((Pos = Raw.find(Marker, Pos)) != StringRef::npos) {
      SuppressionDirective D;
      size_t End = Pos + Marker.size();
      if (!parseOne(Raw, Pos, D, End)) {
        Pos += Marker.size();
        continue;
      }
      D.Range =
          Span{C.Range.Begin + uint32_t(Pos), C.Range.Begin + uint32_t(End)};
      D.Line = L.lineOf(D.Range.Begin);
      if (D.K == SuppressionDirective::SameLine) {
        D.First = D.Last = D.Line;
      } else if (D.K == SuppressionDirective::NextLine) {
        // The comment may span lines; the next code line follows its end.
        unsigned Next = L.lineOf(C.Range.End - 1) + 1;
        while (Next <= L.count() && blankCode(Code, L, Next))
          ++Next;
        if (Next <= L.count())
          D.First = D.Last = Next;
      }
      Out.push_back(std::move(D));
      Pos = std::max(End, Pos + Marker.size());
    }
  }
  llvm::sort(Out,
             [](const SuppressionDirective &A, const SuppressionDirective &B) {
               return A.Range.Begin < B.Range.Begin;
             });
  // Pair begin/end: an end closes the innermost open begin.
  std::vector<size_t> Open;
  for (size_t I = 0; I < Out.size(); ++I) {
    if (Out[I].K == SuppressionDirective::Begin) {
      Open.push_back(I);
    } else if (Out[I].K == SuppressionDirective::End && !Open.empty()) {
      SuppressionDirective &B = Out[Open.back()];
      Open.pop_back();
      B.First = B.Line;
      B.Last = Out[I].Line;
      Out[I].First = B.Line; // marks the end as paired
      Out[I].Last = Out[I].Line;
    }
  }
  return Out;
}

SuppressionFilter::SuppressionFilter(const Rule *UnusedRule, Severity UnusedSev,
                                     std::function<bool(StringRef)> IsActive)
    : UnusedRule(UnusedRule), UnusedSev(UnusedSev),
      IsActive(std::move(IsActive)) {}

static bool names(const SuppressionDirective &D, const Finding &F) {
  if (D.Ids.empty())
    return true;
  return llvm::any_of(D.Ids, [&](const std::string &Id) {
    return Id == F.RuleId || Id == F.Category;
  });
}

bool SuppressionFilter::mayAddFindings(StringRef Content) const {
  return UnusedRule && UnusedSev != Severity::Off && Content.contains(Marker);
}

std::optional<std::string>
SuppressionFilter::cacheKey(StringRef /*Path*/) const {
  return (UnusedRule ? UnusedRule->Id : std::string("-")) + ":" +
         std::to_string(unsigned(UnusedSev));
}

void SuppressionFilter::apply(const FilterInput &In,
                              std::vector<Finding> &Findings) const {
  std::vector<SuppressionDirective> Ds =
      parseSuppressions(In.Content, In.Facts);
  if (Ds.empty())
    return;
  std::vector<bool> Used(Ds.size(), false);
  for (Finding &F : Findings) {
    if (F.Suppressed || F.RuleId == UnusedSuppressionId)
      continue;
    for (size_t I = 0; I < Ds.size(); ++I) {
      const SuppressionDirective &D = Ds[I];
      if (D.K == SuppressionDirective::End || D.First == 0 || F.Line > D.Last ||
          std::max(F.EndLine, F.Line) < D.First || !names(D, F))
        continue;
      if (!F.Suppressed)
        F.Suppressed = Suppression{Suppression::InSource, D.Reason};
      Used[I] = true; // every directive that covers it did its job
    }
  }
  if (!UnusedRule || UnusedSev == Severity::Off)
    return;

  Lines L(In.Content);
  llvm::StringMap<unsigned> Occurrences;
  for (size_t I = 0; I < Ds.size(); ++I) {
    const SuppressionDirective &D = Ds[I];
    std::string Msg;
    bool Unpaired = D.First == 0 && (D.K == SuppressionDirective::Begin ||
                                     D.K == SuppressionDirective::End);
    if (Unpaired) {
      Msg = D.K == SuppressionDirective::Begin
                ? "rtclint-ignore-begin has no matching rtclint-ignore-end; "
                  "it suppresses nothing"
                : "rtclint-ignore-end has no matching rtclint-ignore-begin";
    } else if (D.K == SuppressionDirective::End || Used[I]) {
      continue;
    } else {
      // A directive naming only rules that did not run is not stale.
      if (!D.Ids.empty() && IsActive &&
          llvm::none_of(D.Ids,
                        [&](const std::string &Id) { return IsActive(Id); }))
        continue;
      std::string What = D.Ids.empty() ? std::string("no finding")
                                       : fmt::format("no finding of {}",
                                                     llvm::join(D.Ids, ", "));
      if (D.First == 0)
        Msg = fmt::format("unused suppression: no code line follows it");
      else if (D.First == D.Last)
        Msg = fmt::format("unused suppression: {} on line {}", What, D.First);
      else
        Msg = fmt::format("unused suppression: {} on lines {}-{}", What,
                          D.First, D.Last);
    }
    Finding F;
    F.R = UnusedRule;
    F.RuleId = UnusedRule->Id;
    F.Category = UnusedRule->Category;
    F.Sev = UnusedSev;
    F.Path = In.Path.str();
    F.Lang = In.Facts.Lang;
    F.Range = D.Range;
    F.Line = F.EndLine = D.Line;
    F.Column = D.Range.Begin - L.start(D.Line) + 1;
    F.EndColumn = D.Range.End - L.start(D.Line) + 1;
    F.Message = std::move(Msg);
    F.Snippet = L.text(In.Content, D.Line).str();
    F.SnippetBegin = F.Column - 1;
    F.SnippetEnd = std::min<unsigned>(F.EndColumn - 1, F.Snippet.size());
    F.ProjectPath = In.ProjectPath.empty() ? F.Path : In.ProjectPath.str();
    StringRef Text = In.Content.slice(D.Range.Begin, D.Range.End);
    std::string Key = F.ProjectPath + '\0' + Text.str();
    F.Fingerprint =
        fingerprint(F.RuleId, F.ProjectPath, Text, Occurrences[Key]++);
    Findings.push_back(std::move(F));
  }
  llvm::sort(Findings);
}
