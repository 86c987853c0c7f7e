//===- RuleTester.cpp -----------------------------------------------------===//
#include "engine/RuleTester.h"
#include "engine/ProjectRoutes.h"
#include "engine/Suppressions.h"
#include "facts/Extract.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <climits>

using namespace rtclint;
using llvm::StringRef;

namespace {

struct Annotation {
  bool Expect; // ruleid: (true) or ok: (false)
  std::string RuleId;
  unsigned Line; // the code line it is about
  unsigned AtLine;
};

unsigned lineOf(StringRef Buf, uint32_t Off) {
  return unsigned(Buf.take_front(Off).count('\n')) + 1;
}

/// The line an annotation comment is about: its own line when code precedes
/// the comment there, else the next line with code.
unsigned targetLine(const FileFacts &F, StringRef Buf, Span C) {
  StringRef Code = F.CodeView;
  if (F.Lang == Language::Unknown)
    Code = Buf;
  size_t LineStart = Code.rfind('\n', C.Begin);
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  if (!Code.slice(LineStart, C.Begin).trim().empty())
    return lineOf(Buf, C.Begin);
  size_t Pos = Code.find('\n', C.End > 0 ? C.End - 1 : 0);
  while (Pos != StringRef::npos && Pos + 1 < Code.size()) {
    size_t Next = Code.find('\n', Pos + 1);
    StringRef Line =
        Code.slice(Pos + 1, Next == StringRef::npos ? Code.size() : Next);
    if (!Line.trim().empty())
      return lineOf(Buf, uint32_t(Pos + 1));
    Pos = Next;
  }
  return 0;
}

/// Plain-text fixtures (PEM files, key files) have no comment syntax of their
/// own; there, lines starting with '#' or '//' carry the annotations (PEM
/// allows explanatory text around its blocks).
std::vector<CommentFact> textComments(StringRef Buf) {
  std::vector<CommentFact> Out;
  size_t Pos = 0;
  while (Pos < Buf.size()) {
    size_t End = Buf.find('\n', Pos);
    if (End == StringRef::npos)
      End = Buf.size();
    StringRef Line = Buf.slice(Pos, End);
    StringRef T = Line.ltrim();
    if (T.starts_with("#") || T.starts_with("//"))
      Out.push_back({Span{uint32_t(Pos), uint32_t(End)}, T.ltrim("#/").str()});
    Pos = End + 1;
  }
  return Out;
}

std::vector<Annotation> annotations(const FileFacts &F, StringRef Buf) {
  std::vector<Annotation> Out;
  std::vector<CommentFact> Plain;
  // CSV has no comments either: its fixtures annotate the same way.
  bool PlainText = F.Lang == Language::Unknown || F.Lang == Language::CSV;
  if (PlainText)
    Plain = textComments(Buf);
  for (const CommentFact &C : PlainText ? Plain : F.Comments) {
    StringRef Text = C.Text;
    for (StringRef Key : {"ruleid:", "ok:"}) {
      size_t Pos = 0;
      while ((Pos = Text.find(Key, Pos)) != StringRef::npos) {
        // Only whole words: "tok:" must not match "ok:".
        if (Pos > 0 && (llvm::isAlnum(Text[Pos - 1]) || Text[Pos - 1] == '-' ||
                        Text[Pos - 1] == '_')) {
          Pos += Key.size();
          continue;
        }
        StringRef Ids = Text.substr(Pos + Key.size()).ltrim();
        Ids = Ids.take_while([](char Ch) {
          return llvm::isAlnum(Ch) || Ch == '-' || Ch == ',' || Ch == ' ';
        });
        llvm::SmallVector<StringRef, 4> Parts;
        Ids.split(Parts, ',');
        unsigned Target = targetLine(F, Buf, C.Range);
        for (StringRef Id : Parts) {
          Id = Id.trim();
          Id = Id.take_until([](char Ch) { return Ch == ' '; });
          if (!Id.empty())
            Out.push_back({Key == "ruleid:", Id.str(), Target,
                           lineOf(Buf, C.Range.Begin)});
        }
        Pos += Key.size();
      }
    }
  }
  return Out;
}

bool reports(const Engine &E, const Rule &R, StringRef Text, Language L) {
  StringRef Path =
      R.ExamplePath.empty() ? StringRef("example") : StringRef(R.ExamplePath);
  return llvm::any_of(E.scanBuffer(Path, Text, L),
                      [&](const Finding &F) { return F.RuleId == R.Id; });
}

/// examples.bad must be reported by R and examples.good must not, both in
/// the example's language: `examples.language`, else the first language of
/// the rule (every language if it names none) that reports the bad one.
void checkExamples(const Engine &E, const Rule &R, RuleTestResult &Res) {
  if (R.BadExample.empty() && R.GoodExample.empty())
    return;
  std::vector<Language> Langs;
  if (R.ExampleLanguage)
    Langs.push_back(*R.ExampleLanguage);
  else if (!R.Languages.empty())
    Langs = R.Languages;
  else
    for (unsigned I = 0; I <= unsigned(Language::HCL); ++I)
      Langs.push_back(Language(I));
  std::optional<Language> In;
  if (!R.BadExample.empty()) {
    for (Language L : Langs)
      if (reports(E, R, R.BadExample, L)) {
        In = L;
        break;
      }
    if (In)
      ++Res.Passed;
    else
      Res.Failures.push_back({R.File, R.ExamplesLine, R.Id,
                              "examples.bad is not reported by the rule"});
  }
  if (R.GoodExample.empty())
    return;
  Language L = In ? *In : Langs.front();
  if (!reports(E, R, R.GoodExample, L))
    ++Res.Passed;
  else
    Res.Failures.push_back({R.File, R.ExamplesLine, R.Id,
                            "examples.good is reported by the rule (as " +
                                languageName(L).str() + ")"});
}

/// Checks one fixture file's annotations against its findings.
void checkFile(const Rule &R, const RuleSet &Rules, const std::string &File,
               StringRef Content, Language L, const std::vector<Finding> &Found,
               RuleTestResult &Res) {
  FileFacts Facts = extractFacts(L, Content);
  std::vector<Annotation> Anns = annotations(Facts, Content);
  ++Res.Files;
  // A `ruleid:` covers the findings of its rule from its target line up
  // to the next annotation comment, so a secret inside a multi-line
  // literal (heredoc, PEM block) counts for the statement that opens it.
  std::vector<unsigned> CommentLines;
  for (const Annotation &A : Anns)
    CommentLines.push_back(A.AtLine);
  llvm::sort(CommentLines);
  auto WindowEnd = [&](unsigned Target) {
    auto It = llvm::upper_bound(CommentLines, Target);
    return It == CommentLines.end() ? UINT_MAX : *It;
  };
  std::vector<bool> Covered(Found.size());
  for (const Annotation &A : Anns) {
    if (!Rules.find(A.RuleId)) {
      Res.Failures.push_back(
          {File, A.AtLine, A.RuleId, "annotation names an unknown rule"});
      continue;
    }
    if (A.Line == 0) {
      Res.Failures.push_back(
          {File, A.AtLine, A.RuleId, "annotation is not followed by code"});
      continue;
    }
    unsigned End = A.Expect ? WindowEnd(A.Line) : A.Line + 1;
    bool Hit = false;
    for (size_t I = 0; I < Found.size(); ++I)
      if (Found[I].RuleId == A.RuleId && Found[I].Line >= A.Line &&
          Found[I].Line < End) {
        Hit = true;
        if (A.Expect)
          Covered[I] = true;
      }
    if (Hit == A.Expect)
      ++Res.Passed;
    else
      Res.Failures.push_back({File, A.Line, A.RuleId,
                              A.Expect ? "expected a finding, got none"
                                       : "ok: line was reported"});
  }
  // Precision: in its own folder a rule reports only annotated lines.
  for (size_t I = 0; I < Found.size(); ++I) {
    const Finding &F = Found[I];
    if (F.RuleId == R.Id && !Covered[I] &&
        llvm::none_of(Anns, [&](const Annotation &A) {
          return !A.Expect && A.RuleId == F.RuleId && A.Line == F.Line;
        }))
      Res.Failures.push_back(
          {File, F.Line, F.RuleId, "unexpected finding: " + F.Message});
  }
}

} // namespace

RuleTestResult
rtclint::runRuleTests(const std::shared_ptr<const RuleSet> &Rules,
                      StringRef TestsDir,
                      std::vector<std::shared_ptr<const Frontend>> Frontends) {
  RuleTestResult Res;
  EngineOptions Opts;
  bool Clang = !Frontends.empty();
  Opts.Frontends = std::move(Frontends);
  for (const Rule &R : Rules->rules())
    Opts.Enable.insert(R.Id); // policy rules too
  Opts.Redact = false;
  // Suppression comments work in fixtures too: unused-suppression has some.
  if (const Rule *U = Rules->find(UnusedSuppressionId))
    Opts.Filters.push_back(
        std::make_shared<SuppressionFilter>(U, Severity::Warning, nullptr));
  Engine E(Rules, Opts);

  for (const Rule &R : Rules->rules()) {
    checkExamples(E, R, Res);
    llvm::SmallString<256> Dir(TestsDir);
    llvm::sys::path::append(Dir, R.Id);
    std::vector<std::string> Files;
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC), End;
         It != End && !EC; It.increment(EC))
      if (It->type() == llvm::sys::fs::file_type::regular_file)
        Files.push_back(It->path());
    llvm::sort(Files);
    if (Files.empty()) {
      // An engine component reports it: there is nothing to match.
      if (R.Source != RuleSource::Engine)
        Res.RulesWithoutFixtures.push_back(R.Id);
      continue;
    }
    // A folder named `*.app` is one project: its files are scanned, then
    // joined by the project phase (a route here, its handler or guard
    // there), and each file's annotations are checked against the result.
    std::vector<std::pair<std::string, std::vector<std::string>>> Units;
    for (const std::string &File : Files) {
      StringRef Rel = StringRef(File).drop_front(Dir.size()).ltrim('/');
      size_t App = Rel.find(".app/");
      std::string Root = App == StringRef::npos
                             ? std::string()
                             : (Dir + "/" + Rel.take_front(App + 4)).str();
      if (Root.empty() || Units.empty() || Units.back().first != Root)
        Units.push_back({Root, {}});
      Units.back().second.push_back(File);
    }
    for (auto &[Root, UnitFiles] : Units) {
      struct Loaded {
        std::string File, Rel;
        std::unique_ptr<llvm::MemoryBuffer> Buf;
        Language L = Language::Unknown;
        FileResult Res;
      };
      std::vector<Loaded> Unit;
      for (const std::string &File : UnitFiles) {
        auto Buf = llvm::MemoryBuffer::getFile(File);
        if (!Buf) {
          Res.Failures.push_back(
              {File, 0, R.Id, "cannot read: " + Buf.getError().message()});
          continue;
        }
        StringRef Content = (*Buf)->getBuffer();
        // Cases only the AST gets right (ast: patterns, macros, constants).
        if (!Clang && Content.contains("rtclint-fixture: clang-only")) {
          Res.NeedingClang.push_back(File);
          continue;
        }
        // Paths (for roles and path filters) are relative to the rule's
        // fixture folder (or the app's), as in a project: `spec/x.test.js`
        // is test code.
        StringRef Base = Root.empty() ? StringRef(Dir) : StringRef(Root);
        std::string Rel = StringRef(File).drop_front(Base.size()).str();
        while (!Rel.empty() && Rel[0] == '/')
          Rel.erase(0, 1);
        Unit.push_back({File, Rel, std::move(*Buf), Language::Unknown, {}});
      }
      std::vector<FileResult *> Results;
      for (Loaded &U : Unit) {
        StringRef Content = U.Buf->getBuffer();
        U.L = detectLanguage(U.File, Content);
        U.Res = E.scan({U.File, U.Rel, Content, U.L});
        Results.push_back(&U.Res);
      }
      joinRoutes(E, Results);
      for (Loaded &U : Unit)
        checkFile(R, *Rules, U.File, U.Buf->getBuffer(), U.L, U.Res.Findings,
                  Res);
    }
  }
  return Res;
}
