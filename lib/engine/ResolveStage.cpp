//===- ResolveStage.cpp - Hits to findings --------------------------------===//
#include "engine/Pipeline.h"
#include "engine/Redactor.h"
#include "engine/RouteMatch.h"
#include "engine/RuleFixes.h"
#include "support/LineIndex.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/xxhash.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

std::string scopeName(const FileFacts &F, int32_t S) {
  std::string Name;
  while (S > 0 && size_t(S) < F.Scopes.size()) {
    if (!F.Scopes[S].Name.empty()) {
      if (!Name.empty())
        Name.insert(0, ".");
      Name.insert(0, F.Scopes[S].Name);
    }
    S = F.Scopes[S].Parent;
  }
  return Name;
}

std::string collapseSpace(StringRef S) {
  std::string Out;
  bool Space = false;
  for (char C : S) {
    if (llvm::isSpace(C)) {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out.push_back(' ');
    Space = false;
    Out.push_back(C);
  }
  return Out;
}

/// Replaces {name}, {path}, {value}, {match}, {callee}, {file} in a rule
/// message. Value is the matched part, already redacted when it must be.
std::string formatMessage(StringRef Tmpl, const Match &M, StringRef File,
                          std::string Value) {
  std::string FileStr = File.str();
  if (Value.size() > 80)
    Value = Value.substr(0, 77) + "...";
  std::string Out;
  while (!Tmpl.empty()) {
    size_t Open = Tmpl.find('{');
    Out += Tmpl.take_front(Open).str();
    if (Open == StringRef::npos)
      break;
    Tmpl = Tmpl.drop_front(Open);
    size_t Close = Tmpl.find('}');
    StringRef Key = Close == StringRef::npos ? "" : Tmpl.slice(1, Close);
    const std::string *Sub = Key == "name"     ? &M.Name
                             : Key == "path"   ? &M.QualifiedPath
                             : Key == "callee" ? &M.Callee
                             : (Key == "value" || Key == "match") ? &Value
                             : Key == "file"                      ? &FileStr
                                                                  : nullptr;
    if (!Sub) {
      Out.push_back('{');
      Tmpl = Tmpl.drop_front();
      continue;
    }
    Out += *Sub;
    Tmpl = Tmpl.drop_front(Close + 1);
  }
  return Out;
}

/// One finding per place and category: where two rules report the same
/// bytes, a specific rule beats a fallback one, then the more severe wins;
/// a fallback also yields to any specific rule whose report overlaps it.
void dropOverlaps(std::vector<Hit> &Hits) {
  std::stable_sort(Hits.begin(), Hits.end(), [](const Hit &A, const Hit &B) {
    return std::tie(A.M.Range.Begin, A.M.Range.End, A.R->Category) <
           std::tie(B.M.Range.Begin, B.M.Range.End, B.R->Category);
  });
  std::vector<Hit> Kept;
  for (Hit &H : Hits) {
    if (!Kept.empty()) {
      Hit &Prev = Kept.back();
      bool Same = Prev.M.Range.Begin == H.M.Range.Begin &&
                  Prev.M.Range.End == H.M.Range.End;
      if (Same && Prev.R == H.R)
        continue;
      // Routes whose handler is in another file: each rule keeps its
      // report until the join knows which one the handler satisfies (and
      // the suppressions see each under its own id).
      bool Deferred =
          Prev.M.Callee == DeferredCallee && H.M.Callee == DeferredCallee;
      if (Same && Prev.R->Category == H.R->Category && !Deferred) {
        if (std::make_pair(!H.R->Fallback, H.Sev) >
            std::make_pair(!Prev.R->Fallback, Prev.Sev))
          Prev = std::move(H);
        continue;
      }
    }
    Kept.push_back(std::move(H));
  }
  llvm::erase_if(Kept, [&](const Hit &H) {
    if (!H.R->Fallback)
      return false;
    return llvm::any_of(Kept, [&](const Hit &O) {
      return !O.R->Fallback && O.M.Range.Begin < H.M.Range.End &&
             H.M.Range.Begin < O.M.Range.End;
    });
  });
  Hits = std::move(Kept);
}

Severity lower(Severity S) {
  return S == Severity::Error ? Severity::Warning : Severity::Note;
}

/// Test code: a rule (or pattern) may report one severity lower, or not at
/// all (`tests: lower|off`); a credential is real wherever it is, so secret
/// rules say where they found it instead, and drop to a note only in a file
/// whose own path calls it fake (`fixtures/dummy_key.pem`).
void applyTestPolicy(std::vector<Hit> &Hits, bool FakeFile) {
  llvm::erase_if(Hits, [&](Hit &H) {
    TestPolicy T =
        std::max(H.R->Tests, H.M.P ? H.M.P->Tests : TestPolicy::Keep);
    if (T == TestPolicy::Off)
      return true;
    if (T == TestPolicy::Lower)
      H.Sev = lower(H.Sev);
    if (H.R->Secret) {
      H.InTestCode = true;
      if (FakeFile)
        H.Sev = Severity::Note;
    }
    return false;
  });
}

} // namespace

std::string rtclint::fingerprint(StringRef RuleId, StringRef ProjectPath,
                                 StringRef Matched, unsigned Occurrence) {
  std::string Key = RuleId.str() + '\0' + ProjectPath.str() + '\0' +
                    collapseSpace(Matched) + '\0' + std::to_string(Occurrence);
  return fmt::format("{:016x}",
                     llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Key)));
}

std::vector<Finding> rtclint::resolveHits(std::vector<Hit> Hits,
                                          const SourceBuffer &Src,
                                          const FileFacts &Facts, Role FileRole,
                                          const ResolveOptions &O) {
  StringRef Content = Src.Content;
  // Every secret any rule found in the file is masked wherever an output
  // shows it, whichever finding's line or message it appears in.
  Redactor Red;
  if (O.Redact)
    for (const Hit &H : Hits)
      if (H.R->Secret && !H.M.Secret.empty())
        Red.addSecret(Content.slice(H.M.Secret.Begin, H.M.Secret.End));
  if (FileRole == Role::Test && !O.IncludeTests)
    applyTestPolicy(Hits, O.FakeFile);
  dropOverlaps(Hits);

  LineIndex Lines(Content);
  std::vector<Finding> Out;
  llvm::StringMap<unsigned> Occurrences;
  for (Hit &H : Hits) {
    const Rule &R = *H.R;
    Finding F;
    F.R = &R;
    F.RuleId = R.Id;
    F.Category = R.Category;
    F.Sev = H.Sev;
    F.Path = Src.Path.str();
    F.ProjectPath = Src.ProjectPath.str();
    F.Lang = Src.Lang;
    F.Range = H.M.Range;
    F.Secret = R.Secret && !H.M.Secret.empty();
    F.Line = Lines.line(H.M.Range.Begin);
    F.Column = Lines.column(H.M.Range.Begin);
    F.Column16 = Lines.utf16Column(H.M.Range.Begin);
    uint32_t EndOff = std::max(H.M.Range.End, H.M.Range.Begin + 1) - 1;
    F.EndLine = Lines.line(EndOff);
    F.EndColumn = Lines.column(EndOff) + 1; // exclusive end column
    // The exclusive end is one past the last byte of its character.
    size_t After = EndOff + 1;
    while (After < Content.size() && (uint8_t(Content[After]) & 0xC0) == 0x80)
      ++After;
    F.EndColumn16 = Lines.line(After) == F.EndLine
                        ? Lines.utf16Column(After)
                        : Lines.utf16Column(EndOff) + 1;
    std::string Value = !O.Redact  ? H.M.Part
                        : R.Secret ? redact(H.M.Part)
                                   : Red.apply(H.M.Part);
    std::string Msg =
        formatMessage(H.M.P->Message.empty() ? StringRef(R.Message)
                                             : StringRef(H.M.P->Message),
                      H.M, Src.Path, std::move(Value));
    if (H.InTestCode)
      Msg += O.FakeFile ? " (in a test file named as fake)" : " (in test code)";
    F.Message = O.Redact ? Red.apply(Msg) : Msg;
    F.Scope = scopeName(Facts, H.M.Scope);

    // Snippet: the first line, every secret-looking span on it masked.
    StringRef Line = Lines.lineText(F.Line);
    size_t B = std::min<size_t>(F.Column - 1, Line.size());
    size_t E = F.EndLine == F.Line
                   ? std::min<size_t>(F.EndColumn - 1, Line.size())
                   : Line.size();
    if (O.Redact) {
      std::vector<size_t> Map;
      F.Snippet = Red.apply(Line, &Map);
      B = Map[B];
      E = Map[E];
    } else {
      F.Snippet = Line.str();
    }
    if (F.Snippet.size() > 400) {
      F.Snippet.resize(400);
      F.Snippet += "...";
    }
    F.SnippetBegin = unsigned(std::min(B, F.Snippet.size()));
    F.SnippetEnd = unsigned(std::clamp(E, B, F.Snippet.size()));

    for (const RelatedFact &Rel : Facts.Related)
      if (Rel.At.Begin < F.Range.End && F.Range.Begin < Rel.At.End) {
        Note N;
        N.Loc.Path = Rel.Path.empty() ? F.Path : Rel.Path;
        N.Loc.Line = N.Loc.EndLine = Rel.Line;
        N.Loc.Column = N.Loc.EndColumn = Rel.Column;
        if (Rel.Path.empty() && Rel.Line && Rel.Column)
          N.Loc.Column16 = N.Loc.EndColumn16 =
              Lines.utf16Column(Lines.lineStart(Rel.Line) + Rel.Column - 1);
        N.Message = O.Redact ? Red.apply(Rel.Message) : Rel.Message;
        F.Notes.push_back(std::move(N));
      }

    if (std::optional<Fix> X = ruleFix(R, Content, F.Range, Lines, F.Path,
                                       O.Redact ? &Red : nullptr))
      F.Fixes.push_back(std::move(*X));

    StringRef Matched = Content.slice(H.M.Range.Begin, H.M.Range.End);
    std::string Key = R.Id + '\0' + collapseSpace(Matched);
    F.Fingerprint =
        fingerprint(R.Id, Src.ProjectPath, Matched, Occurrences[Key]++);
    Out.push_back(std::move(F));
  }
  return Out;
}
