//===- LoaderSchemaTest.cpp - tests, options, source, cwe, combinators ----===//
//
// The schema additions and their loader errors, each at its file:line:col.
//
//===----------------------------------------------------------------------===//
#include "rules/KeywordSelectivity.h"
#include "rules/RuleSet.h"
#include "rules/RuleTables.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using llvm::StringRef;

namespace {

// Lines 1..5; tests append from line 6.
const char *const Head = "id: demo-rule\n"
                         "title: Demo rule\n"
                         "category: secrets\n"
                         "severity: warning\n"
                         "message: found\n";
const char *const OnePattern = "patterns:\n"
                               "  - on: string\n"
                               "    value: 'abc'\n";

struct LoadResult {
  bool Ok = false;
  Diagnostics Diags;
  RuleSet Set;
};

LoadResult load(StringRef Rest) {
  LoadResult R;
  R.Ok = R.Set.loadText("rules/demo.yaml", Head + Rest.str(), false, R.Diags);
  if (R.Ok)
    R.Ok = R.Set.finalize(R.Diags);
  return R;
}

std::string allDiags(const LoadResult &R) {
  std::string All;
  for (const Diagnostic &D : R.Diags)
    All += "\n  " + D.str();
  return All;
}

void requireOneError(const LoadResult &R, unsigned Line, unsigned Col,
                     StringRef Needle) {
  INFO("diagnostics:" << allDiags(R));
  CHECK_FALSE(R.Ok);
  REQUIRE(R.Diags.size() == 1);
  const Diagnostic &D = R.Diags.front();
  CHECK_FALSE(D.Warning);
  CHECK(D.File == "rules/demo.yaml");
  CHECK(D.Line == Line);
  CHECK(D.Column == Col);
  CHECK_THAT(D.Message, Catch::Contains(Needle.str()));
}

const Rule &only(const LoadResult &R) {
  INFO("diagnostics:" << allDiags(R));
  REQUIRE(R.Ok);
  REQUIRE(R.Diags.empty());
  REQUIRE(R.Set.rules().size() == 1);
  return R.Set.rules().front();
}

} // namespace

TEST_CASE("tests: policy at rule and pattern level", "[loader][schema]") {
  LoadResult L1 = load(OnePattern);
  const Rule &Default = only(L1);
  CHECK(Default.Tests == TestPolicy::Keep);
  CHECK(Default.Patterns[0].Tests == TestPolicy::Keep);

  LoadResult R =
      load(std::string("tests: lower\n") + OnePattern + "    tests: off\n");
  const Rule &Rl = only(R);
  CHECK(Rl.Tests == TestPolicy::Lower);
  CHECK(Rl.Patterns[0].Tests == TestPolicy::Off);

  requireOneError(load(std::string("tests: skip\n") + OnePattern), 6, 8,
                  "unknown test policy 'skip' (expected keep, lower or off)");
  requireOneError(load(std::string(OnePattern) + "    tests: never\n"), 9, 12,
                  "unknown test policy 'never'");
}

TEST_CASE("options: typed declarations with defaults", "[loader][schema]") {
  LoadResult L2 =
      load(std::string(OnePattern) + "options:\n"
                                     "  max-age:\n"
                                     "    type: int\n"
                                     "    default: 30\n"
                                     "    description: days\n"
                                     "  hosts:\n"
                                     "    type: list\n"
                                     "    default: [a.example, b.example]\n"
                                     "    description: allowed hosts\n"
                                     "  strict:\n"
                                     "    type: bool\n"
                                     "    default: true\n"
                                     "    description: be strict\n"
                                     "  prefix:\n"
                                     "    type: string\n"
                                     "    default: ot_\n"
                                     "    description: a prefix\n");
  const Rule &Rl = only(L2);
  REQUIRE(Rl.Options.size() == 4);
  const RuleOption *Age = Rl.option("max-age");
  REQUIRE(Age);
  CHECK(Age->Ty == RuleOption::Type::Int);
  CHECK(Age->IntDefault == 30);
  CHECK(Age->Description == "days");
  CHECK(Rl.option("hosts")->ListDefault ==
        std::vector<std::string>{"a.example", "b.example"});
  CHECK(Rl.option("strict")->BoolDefault);
  CHECK(Rl.option("prefix")->StringDefault == "ot_");
  CHECK_FALSE(Rl.option("nope"));

  std::string Opt = std::string(OnePattern) + "options:\n  n:\n";
  requireOneError(load(Opt + "    type: int\n    default: many\n"
                             "    description: d\n"),
                  12, 14, "default of option 'n' must be an integer");
  requireOneError(load(Opt + "    type: bool\n    default: yes\n"
                             "    description: d\n"),
                  12, 14, "must be true or false");
  requireOneError(load(Opt + "    type: list\n    default: a\n"
                             "    description: d\n"),
                  12, 14, "must be a list of strings");
  requireOneError(load(Opt + "    type: float\n    default: 1\n"
                             "    description: d\n"),
                  11, 11,
                  "unknown option type 'float' (expected int, string, bool "
                  "or list)");
  requireOneError(load(Opt + "    type: int\n    description: d\n"), 11, 5,
                  "missing required key 'default'");
  requireOneError(load(Opt + "    type: int\n    default: 1\n"), 11, 5,
                  "missing required key 'description'");
  requireOneError(load(std::string(OnePattern) +
                       "options:\n  Bad_Name:\n    type: int\n"
                       "    default: 1\n    description: d\n"),
                  10, 3, "option name 'Bad_Name'");
}

TEST_CASE("source: engine rules have no patterns", "[loader][schema]") {
  LoadResult L3 = load("source: engine\n");
  const Rule &Rl = only(L3);
  CHECK(Rl.Source == RuleSource::Engine);
  CHECK(Rl.Patterns.empty());
  requireOneError(load(std::string("source: engine\n") + OnePattern), 7, 1,
                  "a 'source: engine' rule has no 'patterns'");
  requireOneError(load("source: magic\n"), 6, 9,
                  "unknown rule source 'magic' (expected patterns or engine)");
  // Without `source: engine`, patterns stay required.
  requireOneError(load(""), 1, 1, "missing required key 'patterns'");
}

TEST_CASE("cwe and references", "[loader][schema]") {
  LoadResult L4 =
      load(std::string(OnePattern) + "cwe: CWE-798\n"
                                     "references:\n"
                                     "  - https://example.com/guide#secrets\n"
                                     "  - https://example.com/vendor\n");
  const Rule &Rl = only(L4);
  CHECK(Rl.Cwe == "CWE-798");
  CHECK(Rl.References ==
        std::vector<std::string>{"https://example.com/guide#secrets",
                                 "https://example.com/vendor"});
  requireOneError(load(std::string(OnePattern) + "cwe: 798\n"), 9, 6,
                  "cwe '798' must be written CWE-<number>");
  requireOneError(load(std::string(OnePattern) +
                       "references:\n  - https://a.example\n  - see docs\n"),
                  11, 5, "reference 'see docs' must be an http(s) URL");
}

TEST_CASE("reported regexes that can match the empty string",
          "[loader][schema]") {
  struct Case {
    const char *Pattern;
    unsigned Line, Col;
  } Cases[] = {
      {"  - on: string\n    value: ''\n", 8, 12},
      {"  - on: string\n    value: '(?P<secret>[a-z]*)'\n", 8, 12},
      {"  - on: binding\n    value: 'x|'\n", 8, 12},
      {"  - on: code\n    regex: '\\b'\n", 8, 12},
      {"  - on: text\n    regex: '(?m)^$'\n", 8, 12},
      {"  - on: file\n    path: '*.pem'\n    regex: '(abc)?'\n", 9, 12},
  };
  for (const Case &C : Cases) {
    SECTION(C.Pattern) {
      requireOneError(load(std::string("patterns:\n") + C.Pattern), C.Line,
                      C.Col, "can match the empty string");
    }
  }
  // Conditions may match anything: `name: '.*'` is a plain "any name".
  only(load("patterns:\n  - on: string\n    name: '.*'\n    value: 'a+'\n"));
}

TEST_CASE("duplicate keys are errors at the second key", "[loader][schema]") {
  requireOneError(load(std::string(OnePattern) + "severity: error\n"), 9, 1,
                  "duplicate key 'severity' in rule (first at line 4)");
  requireOneError(load(std::string(OnePattern) + "    value: 'def'\n"), 9, 5,
                  "duplicate key 'value' in pattern (first at line 8)");
  requireOneError(load("patterns:\n  - on: call\n    callee: f\n"
                       "    args:\n      0: a\n      0: b\n"),
                  11, 7, "duplicate key '0' in args");
}

TEST_CASE("keywords most files contain are warnings", "[loader][schema]") {
  LoadResult R = load(std::string(OnePattern) + "keywords: [opentok, sk]\n");
  INFO("diagnostics:" << allDiags(R));
  REQUIRE(R.Ok); // a warning does not fail the load
  REQUIRE(R.Diags.size() == 1);
  const Diagnostic &D = R.Diags.front();
  CHECK(D.Warning);
  CHECK(D.Line == 9);
  CHECK(D.Column == 21);
  CHECK_THAT(D.Message, Catch::Contains("keyword 'sk' is not selective"));
  CHECK_THAT(D.str(), Catch::Contains("warning:"));
  KeywordFrequency F = keywordFrequency("sk");
  CHECK(F.FileShare >= CommonKeywordShare);
  CHECK_THAT(D.Message, Catch::Contains(std::to_string(F.Words) + " of " +
                                        std::to_string(F.Sample)));
  CHECK(keywordFrequency("opentok").FileShare < CommonKeywordShare);
  CHECK(keywordFrequency("x-tb-partner-auth").Words == 0);
  // A fallback rule is broad by design.
  only(load(std::string(OnePattern) + "fallback: true\nkeywords: [sk]\n"));
}

TEST_CASE("vocabulary errors name the table's entries", "[loader][schema]") {
  RuleSet Set;
  Diagnostics Diags;
  std::string Text = Head + std::string(OnePattern);
  Text.replace(Text.find("secrets"), 7, "nope");
  CHECK_FALSE(Set.loadText("rules/demo.yaml", Text, false, Diags));
  REQUIRE(Diags.size() == 1);
  CHECK(Diags[0].Line == 3);
  CHECK(Diags[0].Column == 11);
  for (StringRef C : ruleCategories())
    CHECK_THAT(Diags[0].Message, Catch::Contains(C.str()));
  CHECK(orList({"a", "b", "c"}) == "a, b or c");
  CHECK(parseSeverity("info") == Severity::Note); // alias
  CHECK(severityName(Severity::Note) == "note");
  CHECK(expectedNames(severityTable()) == "error, warning, note or off");
}
