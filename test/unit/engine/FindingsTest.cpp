//===- FindingsTest.cpp - Redaction, placeholders, severity, dedupe -------===//
#include "RuleTestUtil.h"
#include "rules/BuiltinRules.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::vector<std::string> ids(const std::vector<Finding> &Fs) {
  std::vector<std::string> Out;
  for (const Finding &F : Fs)
    Out.push_back(F.RuleId);
  return Out;
}

const char *const Secret = "Zq8rT3vX9kLm2Nw7Pb4Yc6Hd";

} // namespace

TEST_CASE("redact keeps four characters", "[engine][redact]") {
  CHECK(redact("abcdefghij") == "abcd…");
  CHECK(redact(Secret) == "Zq8r…");
  // Short values are masked whole: four of eight characters is half a secret.
  CHECK(redact("abcdefgh") == "…");
  CHECK(redact("abc") == "…");
  CHECK(redact("") == "…");
  // Characters, not bytes: a multi-byte character is never cut.
  CHECK(redact("ééééééééé") == "éééé…");
}

TEST_CASE("the secret group decides the range and what is masked",
          "[engine][redact]") {
  std::string Rest = "message: 'leaked {value} in {name}'\n"
                     "patterns:\n  - on: string\n"
                     "    value: 'secret=(?P<secret>[A-Za-z0-9]{24})'\n";
  auto S = load({rule("t-sec", "secret: true\n" + Rest),
                 rule("t-plain", Rest, "transport")});
  std::string Line =
      "const conn = 'host=db;secret=" + std::string(Secret) + ";x=1';";
  std::string Buf = "// config\n" + Line + "\n";
  unsigned Col = unsigned(Line.find(Secret)) + 1;

  auto Fs = scan(S, "db.js", Buf);
  REQUIRE(ids(Fs) == std::vector<std::string>{"t-plain", "t-sec"});
  for (const Finding &F : Fs) {
    INFO(F.RuleId);
    CHECK(F.Line == 2);
    CHECK(F.Column == Col);
    CHECK(F.EndLine == 2);
    CHECK(F.EndColumn == Col + 24);
    CHECK(Buf.substr(F.Range.Begin, F.Range.End - F.Range.Begin) == Secret);
  }
  const Finding &Sec = Fs[1], &Plain = Fs[0];
  CHECK(Sec.Secret);
  CHECK(Sec.Message == "leaked Zq8r… in conn");
  CHECK(Sec.Snippet == "const conn = 'host=db;secret=Zq8r…;x=1';");
  // Another rule's finding on the same line never shows the secret.
  CHECK_FALSE(Plain.Secret);
  CHECK(Plain.Message == "leaked Zq8r… in conn");
  CHECK(Plain.Snippet == Sec.Snippet);

  SECTION("Redact=false shows the secret") {
    EngineOptions O;
    O.Redact = false;
    auto Shown = scan(S, "db.js", Buf, O);
    REQUIRE(Shown.size() == 2);
    CHECK(Shown[1].RuleId == "t-sec");
    CHECK(Shown[1].Secret);
    CHECK(Shown[1].Message == "leaked " + std::string(Secret) + " in conn");
    CHECK(Shown[1].Snippet == Line);
  }
}

TEST_CASE("secrets inside calls and text are masked too", "[engine][redact]") {
  auto S =
      load({rule("t-ctor", "secret: true\nmessage: 'secret {value}'\n"
                           "patterns:\n  - on: call\n    callee: 'OpenTok$'\n"
                           "    args: {1: '^(?P<secret>[0-9a-f]{40})$'}\n"),
            rule("t-pw",
                 "secret: true\nmessage: 'password {value}'\n"
                 "patterns:\n  - on: text\n"
                 "    regex: 'password\\s*=\\s*(?P<secret>\\w{12,})'\n",
                 "transport")});
  std::string Hex = "3f9a7c0e5b2d8146af9c3e7b0d5a2f6e8c1b4d7a";
  auto Fs = scan(S, "server.js",
                 "const ot = new OpenTok('45828062', '" + Hex + "');\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Secret);
  CHECK(Fs[0].Message == "secret 3f9a…");
  CHECK(Fs[0].Snippet == "const ot = new OpenTok('45828062', '3f9a…');");

  Fs = scan(S, "notes.txt", "db password = Xk29fLq8Zr4T\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Secret);
  CHECK(Fs[0].Message == "password Xk29…");
  CHECK(Fs[0].Snippet == "db password = Xk29…");
}

// The `secret` group is the part reported (docs/writing-rules.md), for text
// patterns as for string patterns: column 15, not `password` at column 4.
TEST_CASE("text patterns report the secret group's position",
          "[engine][redact]") {
  auto S = load({rule("t-pw", "secret: true\npatterns:\n  - on: text\n"
                              "    regex: 'password\\s*=\\s*"
                              "(?P<secret>\\w{12,})'\n")});
  auto Fs = scan(S, "notes.txt", "db password = Xk29fLq8Zr4T\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Column == 15);
  CHECK(Fs[0].EndColumn == 27);
}

TEST_CASE("placeholders silence secret rules only", "[engine][placeholders]") {
  std::string Rest = "patterns:\n  - on: string\n    name: '(?i)secret'\n"
                     "    value: '^(?P<secret>.+)$'\n";
  auto S = load({rule("t-secret", "secret: true\n" + Rest),
                 rule("t-other", Rest, "transport")},
                "exact: [changeme]\npatterns: ['^<#.*#>$']\n");
  std::string Buf = "const apiSecret = 'changeme';\n"
                    "const mySecret = '<#apikey#>';\n"
                    "const emptySecret = '';\n"
                    "const runSecret = 'xxxxxxxxxxxx';\n"
                    "const realSecret = '" +
                    std::string(Secret) + "';\n";
  std::vector<unsigned> SecretLines, OtherLines;
  for (const Finding &F : scan(S, "a.js", Buf))
    (F.RuleId == "t-secret" ? SecretLines : OtherLines).push_back(F.Line);
  CHECK(SecretLines == std::vector<unsigned>{5});
  // The empty value (line 3) matches neither: a reported regex cannot
  // match the empty string.
  CHECK(OtherLines == std::vector<unsigned>{1, 2, 4, 5});
}

TEST_CASE("pattern severities and user overrides", "[engine][severity]") {
  auto S = load({rule("t-sev", "patterns:\n"
                               "  - on: code\n    regex: 'AAA'\n"
                               "    severity: error\n"
                               "  - on: code\n    regex: 'BBB'\n"),
                 rule("t-off", "patterns:\n  - on: code\n    regex: 'CCC'\n",
                      "media", "off")});
  std::string Buf = "let AAA;\nlet BBB;\nlet CCC;\n";
  auto Sevs = [&](EngineOptions O) {
    std::vector<std::pair<unsigned, Severity>> Out;
    for (const Finding &F : scan(S, "a.js", Buf, O))
      Out.emplace_back(F.Line, F.Sev);
    return Out;
  };
  using V = std::vector<std::pair<unsigned, Severity>>;
  // The pattern's severity beats the rule's; an `off` rule is silent.
  CHECK(Sevs({}) == V{{1, Severity::Error}, {2, Severity::Warning}});

  // The user's override beats both.
  EngineOptions User;
  User.SeverityOverrides["t-sev"] = Severity::Note;
  CHECK(Sevs(User) == V{{1, Severity::Note}, {2, Severity::Note}});
  User.SeverityOverrides["t-sev"] = Severity::Off;
  CHECK(Sevs(User).empty());

  // An off-by-default (policy) rule runs as a warning once enabled, by id or
  // by category, or at the severity the user gives it.
  EngineOptions On;
  On.Enable.insert("t-off");
  CHECK(Sevs(On) == V{{3, Severity::Warning}});
  EngineOptions OnCat;
  OnCat.Enable.insert("media");
  CHECK(Sevs(OnCat) == V{{3, Severity::Warning}});
  EngineOptions OnErr;
  OnErr.SeverityOverrides["t-off"] = Severity::Error;
  CHECK(Sevs(OnErr) ==
        V{{1, Severity::Error}, {2, Severity::Warning}, {3, Severity::Error}});

  Engine E(S, User);
  CHECK(E.effectiveSeverity(*S->find("t-sev")) == Severity::Off);
  CHECK(E.effectiveSeverity(*S->find("t-off")) == Severity::Off);
}

TEST_CASE("enable and disable by id and by category", "[engine][options]") {
  std::string Body = "patterns:\n  - on: code\n    regex: 'XYZ'\n";
  auto S = load({rule("t-a", Body, "secrets"), rule("t-b", Body, "transport"),
                 rule("t-c", Body, "media")});
  std::string Buf = "let XYZ;\n";
  auto With = [&](std::initializer_list<const char *> En,
                  std::initializer_list<const char *> Dis) {
    EngineOptions O;
    for (const char *I : En)
      O.Enable.insert(I);
    for (const char *I : Dis)
      O.Disable.insert(I);
    return ids(scan(S, "a.js", Buf, O));
  };
  using V = std::vector<std::string>;
  CHECK(With({}, {}) == V{"t-a", "t-b", "t-c"});
  CHECK(With({}, {"t-a"}) == V{"t-b", "t-c"});
  CHECK(With({}, {"transport"}) == V{"t-a", "t-c"});
  CHECK(With({"secrets"}, {}) == V{"t-a"});
  CHECK(With({"t-b"}, {}) == V{"t-b"});
  CHECK(With({"transport", "media"}, {"t-c"}) == V{"t-b"});
  // Disable wins over enable.
  CHECK(With({"t-a"}, {"secrets"}).empty());
  CHECK(With({"no-such-rule"}, {}).empty());
}

TEST_CASE("one finding per place and category", "[engine][dedupe]") {
  std::string Body = "patterns:\n  - on: code\n    regex: 'TOKEN_[0-9]+'\n";
  SECTION("a specific rule beats a fallback one, whatever the severity") {
    auto S =
        load({rule("d-fallback", "fallback: true\n" + Body, "secrets", "error"),
              rule("d-specific", Body, "secrets", "note")});
    auto Fs = scan(S, "a.js", "let TOKEN_123;\n");
    REQUIRE(ids(Fs) == std::vector<std::string>{"d-specific"});
    CHECK(Fs[0].Sev == Severity::Note);
  }
  SECTION("then the more severe rule") {
    auto S = load({rule("d-error", Body, "secrets", "error"),
                   rule("d-note", Body, "secrets", "note"),
                   rule("d-warn", Body, "secrets", "warning")});
    auto Fs = scan(S, "a.js", "let TOKEN_123;\n");
    REQUIRE(ids(Fs) == std::vector<std::string>{"d-error"});
  }
  SECTION("other categories and other bytes are kept") {
    auto S =
        load({rule("d-one", Body, "secrets"), rule("d-two", Body, "transport"),
              rule("d-short",
                   "patterns:\n  - on: code\n"
                   "    regex: 'TOKEN_[0-9]'\n",
                   "secrets")});
    auto Fs = scan(S, "a.js", "let TOKEN_123;\n");
    CHECK(ids(Fs) == std::vector<std::string>{"d-one", "d-short", "d-two"});
  }
  SECTION("a fallback rule alone still reports") {
    auto S = load({rule("d-fallback", "fallback: true\n" + Body)});
    CHECK(scan(S, "a.js", "let TOKEN_123;\nlet TOKEN_4;\n").size() == 2);
  }
}

TEST_CASE("scan statistics count prefiltered rules", "[engine][stats]") {
  auto S =
      load({rule("s-kw", "keywords: [opentok]\npatterns:\n"
                         "  - on: code\n    regex: 'x'\n"),
            rule("s-any", "patterns:\n  - on: code\n    regex: '\\d+'\n")});
  Engine E(S, {});
  FileStats Stats;
  E.scanBuffer("a.js", "let a = 1;\n", std::nullopt, &Stats);
  CHECK(Stats.RulePrefiltered == 1);
  CHECK(Stats.RuleFileChecks == 1);
  E.scanBuffer("b.js", "new OpenTok(x);\n", std::nullopt, &Stats);
  CHECK(Stats.RulePrefiltered == 1);
  CHECK(Stats.RuleFileChecks == 3);
}

// Referencing builtinRuleFiles() here also pulls the embedded rules into the
// link: CMake lists rtclint_builtin_rules before rtclint_rules, which needs it.
TEST_CASE("the built-in rules through the engine", "[engine][builtin]") {
  REQUIRE_FALSE(builtinRuleFiles().empty());
  auto S = std::make_shared<RuleSet>();
  Diagnostics D;
  REQUIRE(S->loadBuiltin(D));
  REQUIRE(S->finalize(D));
  std::string Line = "const accessKey = 'AKIA2OGYBAH6QRTKWZ5M';";
  auto Fs = scan(S, "src/upload.js", "// storage\n" + Line + "\n");
  REQUIRE(ids(Fs) == std::vector<std::string>{"aws-access-key"});
  CHECK(Fs[0].Line == 2);
  CHECK(Fs[0].Column == unsigned(Line.find("AKIA")) + 1);
  CHECK(Fs[0].EndColumn == Fs[0].Column + 20);
  CHECK(Fs[0].Sev == Severity::Error);
  CHECK(Fs[0].Snippet == "const accessKey = 'AKIA…';");
  CHECK(Fs[0].Message.find("AKIA2OGY") == std::string::npos);
  // The AWS documentation example is a placeholder.
  CHECK(scan(S, "src/upload.js", "const accessKey = 'AKIAIOSFODNN7EXAMPLE';\n")
            .empty());
}

TEST_CASE("secrets in test code keep their severity unless named as fake",
          "[engine][tests]") {
  std::string Rest = "patterns:\n  - on: string\n    name: '(?i)secret'\n"
                     "    value: '^(?P<secret>.+)$'\n";
  auto S = load({rule("t-secret", "secret: true\n" + Rest, "secrets", "error")},
                "fake-files: ['(?i)(?:^|/)(?:dummy|fake)[_.-][^/]*$']\n");
  std::string Buf = "const apiSecret = '" + std::string(Secret) + "';\n";
  auto One = [&](StringRef Path) {
    auto Fs = scan(S, Path, Buf);
    REQUIRE(Fs.size() == 1);
    return std::make_pair(Fs[0].Sev, Fs[0].Message);
  };
  auto [AppSev, AppMsg] = One("src/app.js");
  CHECK(AppSev == Severity::Error);
  CHECK_FALSE(StringRef(AppMsg).contains("test"));
  auto [TestSev, TestMsg] = One("test/app.test.js");
  CHECK(TestSev == Severity::Error);
  CHECK(StringRef(TestMsg).ends_with("(in test code)"));
  auto [FakeSev, FakeMsg] = One("test/fake_keys.js");
  CHECK(FakeSev == Severity::Note);
  CHECK(StringRef(FakeMsg).ends_with("(in a test file named as fake)"));
  // A fake-sounding name outside test code is not enough.
  CHECK(One("src/fake_keys.js").first == Severity::Error);
}
