//===- SuppressionsTest.cpp - rtclint-ignore comments ---------------------===//
#include "engine/Suppressions.h"
#include "RuleTestUtil.h"
#include "facts/Extract.h"
#include "workspace/Source.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::shared_ptr<const RuleSet> rules() { return keyAndUrlRules(); }

Rule unusedRule() {
  Rule U;
  U.Id = UnusedSuppressionId;
  U.Category = "meta";
  return U;
}

/// Scans Buf and runs the suppression filter over the findings.
std::vector<Finding> filtered(StringRef Path, StringRef Buf,
                              std::function<bool(StringRef)> Active = nullptr) {
  static const Rule U = unusedRule();
  std::vector<Finding> Fs = scan(rules(), Path, Buf);
  FileFacts Facts = extractFacts(detectLanguage(Path, Buf), Buf);
  SuppressionFilter Filter(&U, Severity::Warning, std::move(Active));
  Filter.apply(FilterInput{Path, Buf, Facts}, Fs);
  return Fs;
}

/// "rule@line" for every finding, with "(s)" when suppressed.
std::vector<std::string> summary(const std::vector<Finding> &Fs) {
  std::vector<std::string> Out;
  for (const Finding &F : Fs)
    Out.push_back(F.RuleId + "@" + std::to_string(F.Line) +
                  (F.Suppressed ? "(s)" : ""));
  return Out;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("same-line suppression in C-like, Python and shell comments",
          "[engine][suppress]") {
  CHECK(summary(filtered("a.js", "a = 'KEY1234'; // rtclint-ignore\n"
                                 "b = 'KEY5678';\n")) ==
        V{"t-key@1(s)", "t-key@2"});
  CHECK(summary(filtered("a.py", "a = 'KEY1234'  # rtclint-ignore: t-key\n")) ==
        V{"t-key@1(s)"});
  CHECK(summary(filtered("a.sh", "A='KEY1234' # rtclint-ignore\n")) ==
        V{"t-key@1(s)"});
  CHECK(summary(
            filtered("a.c", "char *a = \"KEY1234\"; /* rtclint-ignore */\n")) ==
        V{"t-key@1(s)"});
}

TEST_CASE("next-line suppression skips blank and comment lines",
          "[engine][suppress]") {
  std::string Py = "# rtclint-ignore-next-line -- test fixture\n"
                   "\n"
                   "# another comment\n"
                   "a = 'KEY1234'\n"
                   "b = 'KEY5678'\n";
  auto Fs = filtered("a.py", Py);
  CHECK(summary(Fs) == V{"t-key@4(s)", "t-key@5"});
  REQUIRE(Fs[0].Suppressed);
  CHECK(Fs[0].Suppressed->How == Suppression::InSource);
  CHECK(Fs[0].Suppressed->Reason == "test fixture");
}

TEST_CASE("begin/end blocks, in markup and YAML comments",
          "[engine][suppress]") {
  std::string Html = "<a href=\"http://x\">1</a>\n"
                     "<!-- rtclint-ignore-begin: t-url -- legacy pages -->\n"
                     "<a href=\"http://x\">2</a>\n"
                     "<a href=\"http://x\">3</a>\n"
                     "<!-- rtclint-ignore-end -->\n"
                     "<a href=\"http://x\">4</a>\n";
  CHECK(summary(filtered("p.html", Html)) ==
        V{"t-url@1", "t-url@3(s)", "t-url@4(s)", "t-url@6"});
  std::string Yaml = "# rtclint-ignore-begin\n"
                     "a: KEY1234\n"
                     "# rtclint-ignore-end\n"
                     "b: KEY5678\n";
  CHECK(summary(filtered("c.yaml", Yaml)) == V{"t-key@2(s)", "t-key@4"});
}

TEST_CASE("id lists name rules or categories", "[engine][suppress]") {
  std::string Js = "a = ['KEY1234', 'http://x']; // rtclint-ignore: t-url\n";
  CHECK(summary(filtered("a.js", Js)) == V{"t-key@1", "t-url@1(s)"});
  Js = "a = ['KEY1234', 'http://x']; // rtclint-ignore: transport, t-key\n";
  CHECK(summary(filtered("a.js", Js)) == V{"t-key@1(s)", "t-url@1(s)"});
  Js = "a = ['KEY1234', 'http://x']; // rtclint-ignore: t-key t-url\n";
  CHECK(summary(filtered("a.js", Js)) == V{"t-key@1(s)", "t-url@1(s)"});
}

TEST_CASE("unused and unpaired directives are reported", "[engine][suppress]") {
  std::string Js = "// rtclint-ignore-next-line: t-url\n"
                   "a = 'KEY1234';\n"
                   "b = 1; // rtclint-ignore\n"
                   "/* rtclint-ignore-end */\n"
                   "// rtclint-ignore-begin\n"
                   "c = 'KEY5678';\n";
  auto Fs = filtered("a.js", Js);
  CHECK(summary(Fs) == V{"unused-suppression@1", "t-key@2",
                         "unused-suppression@3", "unused-suppression@4",
                         "unused-suppression@5", "t-key@6"});
  CHECK(Fs[0].Message == "unused suppression: no finding of t-url on line 2");
  CHECK(Fs[0].Column == 4);
  CHECK(Fs[0].Sev == Severity::Warning);
  CHECK(StringRef(Fs[3].Message).contains("no matching rtclint-ignore-begin"));
  CHECK(StringRef(Fs[4].Message).contains("no matching rtclint-ignore-end"));
  CHECK(Fs[0].Fingerprint != Fs[2].Fingerprint);
}

TEST_CASE("directives naming rules that did not run are not unused",
          "[engine][suppress]") {
  std::string Js = "a = 1; // rtclint-ignore: t-url\n";
  auto Off = [](StringRef Id) { return Id != "t-url"; };
  CHECK(filtered("a.js", Js, Off).empty());
  CHECK(summary(filtered("a.js", Js)) == V{"unused-suppression@1"});
}

TEST_CASE("look-alikes are not directives", "[engine][suppress]") {
  // In a string, not a comment; prose that merely starts with the marker.
  std::string Js = "a = 'KEY1234 rtclint-ignore';\n"
                   "b = 'KEY5678'; // rtclint-ignored on purpose\n"
                   "c = 'KEY9012'; // no-rtclint-ignore\n"
                   "d = 'KEY3456'; // see rtclint-ignore comments\n"
                   "e = 'KEY7890'; // rtclint-ignore[: ids]\n";
  CHECK(summary(filtered("a.js", Js)) ==
        V{"t-key@1", "t-key@2", "t-key@3", "t-key@4", "t-key@5"});
}

TEST_CASE("directive parsing", "[engine][suppress]") {
  std::string Js = "/* rtclint-ignore-begin: a-b, c -- why not */\n"
                   "x;\n"
                   "/* rtclint-ignore-end */\n";
  FileFacts F = extractFacts(Language::JavaScript, Js);
  auto Ds = parseSuppressions(Js, F);
  REQUIRE(Ds.size() == 2);
  CHECK(Ds[0].K == SuppressionDirective::Begin);
  CHECK(Ds[0].Ids == V{"a-b", "c"});
  CHECK(Ds[0].Reason == "why not");
  CHECK(Ds[0].First == 1);
  CHECK(Ds[0].Last == 3);
  CHECK(Js.substr(Ds[0].Range.Begin, Ds[0].Range.End - Ds[0].Range.Begin) ==
        "rtclint-ignore-begin: a-b, c -- why not");
  CHECK(Ds[1].K == SuppressionDirective::End);
}
