//===- RuleTesterTest.cpp - `ruleid:` / `ok:` fixtures via runRuleTests ---===//
#include "engine/RuleTester.h"
#include "RuleTestUtil.h"

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

/// A rule directory with one rule and its tests/ folder, removed afterwards.
class RuleDir : public TempDir {
public:
  RuleDir() : TempDir("rtclint-ruletest") {
    write("secrets/demo-token.yaml",
          "id: demo-token\ntitle: Demo token\ncategory: secrets\n"
          "severity: error\nmessage: 'demo token {match}'\n"
          "patterns:\n  - on: code\n    regex: 'DEMO_[0-9]{4}'\n");
  }

  RuleTestResult run() {
    auto S = std::make_shared<RuleSet>();
    Diagnostics D;
    REQUIRE(S->loadDirectory(Root, D));
    REQUIRE(S->finalize(D));
    return runRuleTests(S, Root + "/tests");
  }
};

std::string describe(const RuleTestResult &R) {
  std::string Out;
  for (const FixtureFailure &F : R.Failures)
    Out += "\n  " + F.Path + ":" + std::to_string(F.Line) + " [" + F.RuleId +
           "] " + F.What;
  return Out;
}

} // namespace

TEST_CASE("passing fixtures", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ruleid: demo-token\n"
                                     "const a = 'DEMO_1234';\n"
                                     "// ok: demo-token\n"
                                     "const b = 'DEMO_XXXX';\n"
                                     "\n"
                                     "// ruleid: demo-token\n"
                                     "\n"
                                     "const c = 'DEMO_5678';\n");
  T.write("tests/demo-token/config.py", "# ok: demo-token\n"
                                        "TOKEN = 'DEMO_12'\n");
  RuleTestResult R = T.run();
  INFO(describe(R));
  CHECK(R.Failures.empty());
  CHECK(R.Files == 2);
  CHECK(R.Passed == 4);
  CHECK(R.RulesWithoutFixtures.empty());
}

TEST_CASE("a missed ruleid", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "const x = 1;\n"
                                     "// ruleid: demo-token\n"
                                     "const a = 'DEMO_12';\n");
  RuleTestResult R = T.run();
  REQUIRE(R.Failures.size() == 1);
  const FixtureFailure &F = R.Failures[0];
  CHECK(F.Path == T.Root + "/tests/demo-token/app.js");
  CHECK(F.Line == 3);
  CHECK(F.RuleId == "demo-token");
  CHECK_THAT(F.What, Catch::Contains("expected a finding"));
  CHECK(R.Passed == 0);
}

TEST_CASE("a violated ok", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ok: demo-token\n"
                                     "const a = 'DEMO_1234';\n");
  RuleTestResult R = T.run();
  REQUIRE(R.Failures.size() == 1);
  CHECK(R.Failures[0].Line == 2);
  CHECK(R.Failures[0].RuleId == "demo-token");
  CHECK_THAT(R.Failures[0].What, Catch::Contains("ok: line was reported"));
  CHECK(R.Passed == 0);
}

TEST_CASE("an unexpected finding", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ruleid: demo-token\n"
                                     "const a = 'DEMO_1234';\n"
                                     "const b = 'DEMO_9999';\n");
  RuleTestResult R = T.run();
  INFO(describe(R));
  // The ruleid covers line 2 up to the next annotation: line 3 is covered
  // too. An unannotated file is not.
  CHECK(R.Failures.empty());
  T.write("tests/demo-token/other.js",
          "const c = 1;\nconst d = 'DEMO_4321';\n");
  R = T.run();
  REQUIRE(R.Failures.size() == 1);
  CHECK(R.Failures[0].Path == T.Root + "/tests/demo-token/other.js");
  CHECK(R.Failures[0].Line == 2);
  CHECK_THAT(R.Failures[0].What, Catch::StartsWith("unexpected finding") &&
                                     Catch::Contains("DEMO_4321"));
}

TEST_CASE("a rule without fixtures", "[ruletester]") {
  RuleDir T;
  T.write("transport/lonely.yaml",
          "id: lonely-rule\ntitle: L\ncategory: transport\nseverity: note\n"
          "message: m\npatterns:\n  - on: code\n    regex: 'LONELY'\n");
  T.write("tests/demo-token/app.js", "// ruleid: demo-token\n"
                                     "const a = 'DEMO_1234';\n");
  // An empty folder is no fixture either.
  REQUIRE(!llvm::sys::fs::create_directories(T.Root + "/tests/lonely-rule"));
  RuleTestResult R = T.run();
  INFO(describe(R));
  CHECK(R.Failures.empty());
  CHECK(R.RulesWithoutFixtures == std::vector<std::string>{"lonely-rule"});
  CHECK(R.Passed == 1);
}

TEST_CASE("an annotation naming an unknown rule", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ruleid: demo-token, no-such-rule\n"
                                     "const a = 'DEMO_1234';\n");
  RuleTestResult R = T.run();
  REQUIRE(R.Failures.size() == 1);
  CHECK(R.Failures[0].RuleId == "no-such-rule");
  CHECK(R.Failures[0].Line == 1);
  CHECK_THAT(R.Failures[0].What, Catch::Contains("unknown rule"));
  // The known id in the same comment still counted.
  CHECK(R.Passed == 1);
}

TEST_CASE("an annotation with no code after it", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "const a = 1;\n// ruleid: demo-token\n");
  RuleTestResult R = T.run();
  REQUIRE(R.Failures.size() == 1);
  CHECK(R.Failures[0].Line == 2);
  CHECK_THAT(R.Failures[0].What, Catch::Contains("not followed by code"));
}

TEST_CASE("examples are checked against the rule", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ok: demo-token\nconst a = 1;\n");
  auto WithExamples = [&](StringRef Examples) {
    T.write("secrets/demo-token.yaml",
            "id: demo-token\ntitle: Demo token\ncategory: secrets\n"
            "severity: error\nmessage: 'demo token {match}'\n"
            "languages: [javascript, python]\n"
            "examples:\n" +
                Examples.str() +
                "patterns:\n  - on: code\n    regex: 'DEMO_[0-9]{4}'\n");
    return T.run();
  };
  SECTION("a reported bad and a silent good pass") {
    RuleTestResult R = WithExamples("  bad: x = 'DEMO_1234'\n"
                                    "  good: x = env.DEMO\n");
    INFO(describe(R));
    CHECK(R.Failures.empty());
    CHECK(R.Passed == 3); // two examples and the fixture's ok:
  }
  SECTION("a bad example the rule misses") {
    RuleTestResult R = WithExamples("  bad: x = 'DEMO_12'\n");
    REQUIRE(R.Failures.size() == 1);
    CHECK(R.Failures[0].Line == 7); // the examples: key
    CHECK(R.Failures[0].RuleId == "demo-token");
    CHECK_THAT(R.Failures[0].What, Catch::Contains("examples.bad is not"));
  }
  SECTION("a good example the rule reports") {
    RuleTestResult R = WithExamples("  bad: x = 'DEMO_1234'\n"
                                    "  good: y = 'DEMO_5678'\n");
    REQUIRE(R.Failures.size() == 1);
    CHECK_THAT(R.Failures[0].What,
               Catch::Contains("examples.good is reported by the rule (as "
                               "javascript)"));
  }
  SECTION("a pinned language is the only one tried") {
    // '#' starts a comment in Python but not in JavaScript.
    std::string Ex = "  bad: \"x = 1 # DEMO_1234\"\n";
    CHECK(WithExamples(Ex).Failures.empty());
    RuleTestResult R = WithExamples(Ex + "  language: python\n");
    REQUIRE(R.Failures.size() == 1);
    CHECK_THAT(R.Failures[0].What, Catch::Contains("examples.bad is not"));
  }
}

TEST_CASE("source: engine rules need no fixtures", "[ruletester]") {
  RuleDir T;
  T.write("tests/demo-token/app.js", "// ok: demo-token\nconst a = 1;\n");
  T.write("engine/unused-thing.yaml",
          "id: unused-thing\ntitle: Unused\ncategory: secrets\n"
          "severity: note\nmessage: unused\nsource: engine\n");
  RuleTestResult R = T.run();
  INFO(describe(R));
  CHECK(R.Failures.empty());
  CHECK(R.RulesWithoutFixtures.empty());
}
