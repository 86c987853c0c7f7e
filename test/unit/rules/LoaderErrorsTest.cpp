//===- LoaderErrorsTest.cpp - Rule files the loader must reject -----------===//
//
// Every error names its file:line:col (1-based) and the problem, so a rule
// author can jump straight to it.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>
#include <regex>

using namespace rtclint;
using llvm::StringRef;

namespace {

// Line 1..8; each test edits one line so the expected positions are obvious.
const char *const ValidRule = "id: demo-rule\n"
                              "title: Demo rule\n"
                              "category: secrets\n"
                              "severity: warning\n"
                              "message: found {value}\n"
                              "patterns:\n"
                              "  - on: string\n"
                              "    value: 'abc'\n";

struct LoadResult {
  bool Ok = false;
  Diagnostics Diags;
  RuleSet Set;
};

LoadResult load(StringRef Text, StringRef File = "rules/demo.yaml") {
  LoadResult R;
  R.Ok = R.Set.loadText(File, Text, /*Builtin=*/false, R.Diags);
  return R;
}

/// ValidRule with line LineNo (1-based) replaced by Replacement (which may
/// hold several lines, or be empty to drop the line).
std::string withLine(unsigned LineNo, StringRef Replacement) {
  llvm::SmallVector<StringRef, 8> Lines;
  StringRef(ValidRule).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  std::string Out;
  for (unsigned I = 0; I < Lines.size(); ++I) {
    if (I + 1 == LineNo) {
      if (!Replacement.empty())
        Out += Replacement.str() + "\n";
      continue;
    }
    Out += Lines[I].str() + "\n";
  }
  return Out;
}

std::string withExtra(StringRef More) { return ValidRule + More.str(); }

/// The one diagnostic of a failed load, checked for position and wording.
void requireOneError(const LoadResult &R, unsigned Line, unsigned Col,
                     StringRef Needle) {
  std::string All;
  for (const Diagnostic &D : R.Diags)
    All += "\n  " + D.str();
  INFO("diagnostics:" << All);
  CHECK_FALSE(R.Ok);
  REQUIRE(R.Diags.size() == 1);
  const Diagnostic &D = R.Diags.front();
  CHECK(D.File == "rules/demo.yaml");
  CHECK(D.Line == Line);
  CHECK(D.Column == Col);
  CHECK_THAT(D.Message, Catch::Contains(Needle.str()));
}

} // namespace

TEST_CASE("the reference rule loads cleanly", "[loader]") {
  LoadResult R = load(ValidRule);
  REQUIRE(R.Ok);
  CHECK(R.Diags.empty());
  REQUIRE(R.Set.finalize(R.Diags));
  REQUIRE(R.Set.rules().size() == 1);
  const Rule &Rl = R.Set.rules().front();
  CHECK(Rl.Id == "demo-rule");
  CHECK(Rl.Title == "Demo rule");
  CHECK(Rl.Category == "secrets");
  CHECK(Rl.Sev == Severity::Warning);
  CHECK(Rl.Message == "found {value}");
  CHECK(Rl.File == "rules/demo.yaml");
  CHECK_FALSE(Rl.Builtin);
  REQUIRE(Rl.Patterns.size() == 1);
  CHECK(Rl.Patterns[0].On == PatternOn::String);
  CHECK(Rl.Patterns[0].Value);
}

TEST_CASE("YAML syntax errors point at the offending token", "[loader]") {
  // A mapping value where none may start: the ':' of the stray key.
  requireOneError(load(withLine(2, "title: Demo\n  bad: x")), 3, 6,
                  "illegal map value");
  // A tab used for indentation.
  requireOneError(load(withLine(2, "title: Demo\n\tbad: x")), 3, 1,
                  "illegal tab");
  // An unterminated flow sequence is noticed where the next key starts.
  LoadResult R = load(withLine(2, "title: [Demo, rule"));
  requireOneError(R, 3, 9, "end of sequence flow not found");
  CHECK(R.Set.rules().empty());
}

TEST_CASE("a stray ',' or closer at document level is an error, not a hang",
          "[loader]") {
  // yaml-cpp alone loops forever on these (a fuzzer found the second).
  requireOneError(load(","), 1, 1, "',' outside a flow collection");
  requireOneError(load("  - 'a'\n  - 'b'\n,  # note\n  - 'c'\n"), 3, 1,
                  "',' outside a flow collection");
  // Several documents, each with its marker, still load.
  LoadResult R = load(std::string("---\n") + ValidRule + "---\n" +
                      withLine(1, "id: other-rule"));
  CHECK(R.Ok);
  CHECK(R.Diags.empty());
}

TEST_CASE("unknown keys are rejected where they are", "[loader]") {
  requireOneError(load(withExtra("colour: red\n")), 9, 1,
                  "unknown key 'colour' in rule");
  // The message lists what would have been accepted.
  LoadResult R = load(withExtra("colour: red\n"));
  CHECK_THAT(R.Diags.front().Message, Catch::Contains("patterns"));

  requireOneError(load(withExtra("    vlaue: 'x'\n")), 9, 5,
                  "unknown key 'vlaue' in pattern");
  // A key valid for another pattern kind is unknown for this one.
  requireOneError(load(withExtra("    regex: 'x'\n")), 9, 5,
                  "unknown key 'regex' in pattern");
  requireOneError(load(withExtra("examples:\n  bda: x\n")), 10, 3,
                  "unknown key 'bda' in examples");
}

TEST_CASE("missing required keys are each reported", "[loader]") {
  struct Case {
    unsigned Line;
    const char *Key;
  } Cases[] = {{1, "id"},       {2, "title"},   {3, "category"},
               {4, "severity"}, {5, "message"}, {6, "patterns"}};
  for (const Case &C : Cases) {
    SECTION(C.Key) {
      // Dropping `patterns:` drops its list (lines 6-8) too.
      std::string Text = withLine(C.Line, "");
      if (C.Line == 6)
        Text = Text.substr(0, Text.find("  - on"));
      // The mapping starts at line 1 column 1 whichever key is gone.
      requireOneError(load(Text), 1, 1,
                      std::string("missing required key '") + C.Key + "'");
    }
  }
}

TEST_CASE("values of the wrong type", "[loader]") {
  SECTION("a string where a list is expected") {
    std::string Scalar = withLine(6, "patterns: abc");
    requireOneError(load(Scalar.substr(0, Scalar.find("  - on"))), 6, 11,
                    "'patterns' must be a non-empty list");
    requireOneError(load(withExtra("keywords: {a: b}\n")), 9, 11,
                    "'keywords' must be a list of strings");
    requireOneError(load(withExtra("    bind: {a: b}\n")), 9, 11,
                    "'bind' must be a list of strings");
  }
  SECTION("a list where a string is expected") {
    requireOneError(load(withLine(2, "title: [Demo, rule]")), 2, 8,
                    "'title' must be a string, found a list");
    requireOneError(load(withLine(5, "message:\n  - a\n  - b")), 6, 3,
                    "'message' must be a string, found a list");
    requireOneError(load(withExtra("    message: {a: b}\n")), 9, 14,
                    "'message' must be a string, found a mapping");
  }
  SECTION("a non-integer arg") {
    requireOneError(load(withExtra("    arg: first\n")), 9, 10,
                    "'arg' must be a non-negative integer");
    requireOneError(load(withExtra("    arg: 1.5\n")), 9, 10,
                    "'arg' must be a non-negative integer");
    requireOneError(load(withExtra("    arg: -1\n")), 9, 10,
                    "'arg' must be a non-negative integer");
  }
  SECTION("a non-bool secret") {
    requireOneError(load(withExtra("secret: 1\n")), 9, 9,
                    "'secret' must be true or false");
    requireOneError(load(withExtra("secret: [true]\n")), 9, 9,
                    "'secret' must be true or false");
    requireOneError(load(withExtra("    comments: maybe\n")), 9, 15,
                    "'comments' must be true or false");
  }
  SECTION("a non-number entropy") {
    requireOneError(load(withExtra("    entropy: high\n")), 9, 14,
                    "'entropy' must be a number");
  }
  SECTION("a pattern that is not a mapping") {
    requireOneError(load(withExtra("  - just-a-string\n")), 9, 5,
                    "a pattern must be a mapping");
  }
}

/// The diagnostic at Line:Col, if any.
const Diagnostic *at(const LoadResult &R, unsigned Line, unsigned Col) {
  for (const Diagnostic &D : R.Diags)
    if (D.Line == Line && D.Column == Col)
      return &D;
  return nullptr;
}

TEST_CASE("invalid RE2 regexes are reported at the regex", "[loader]") {
  struct Case {
    const char *Value, *Needle;
  } Cases[] = {
      {"'(?<=x)abc'", "invalid regex '(?<=x)abc'"}, // lookbehind
      {"'a(b'", "invalid regex 'a(b': missing )"},
      {"'(a)\\1'", "invalid regex '(a)\\1'"}, // backreference
  };
  for (const Case &C : Cases) {
    INFO(C.Value);
    LoadResult R = load(withLine(8, std::string("    value: ") + C.Value));
    CHECK_FALSE(R.Ok);
    // The quoted value starts at column 12.
    const Diagnostic *D = at(R, 8, 12);
    REQUIRE(D);
    CHECK_THAT(D->Message, Catch::Contains(C.Needle));
  }
  // The same in a binding pattern's name.
  LoadResult B = load(withLine(7, "  - on: binding\n    name: '*x'"));
  CHECK_FALSE(B.Ok);
  REQUIRE(at(B, 8, 11));
  CHECK_THAT(at(B, 8, 11)->Message, Catch::Contains("invalid regex '*x'"));
  // Regexes inside call-pattern maps.
  std::string Call = withLine(7, "  - on: call\n    callee: 'x'\n"
                                 "    args: {0: 'a)'}");
  Call = Call.substr(0, Call.find("    value:"));
  requireOneError(load(Call), 9, 15, "invalid regex 'a)'");
  std::string Kw = withLine(7, "  - on: call\n    callee: 'x'\n"
                               "    keywords: {role: '[z'}");
  Kw = Kw.substr(0, Kw.find("    value:"));
  requireOneError(load(Kw), 9, 22, "invalid regex '[z'");
  std::string Pos = withLine(7, "  - on: call\n    callee: 'x'\n"
                                "    args: {first: 'a'}");
  Pos = Pos.substr(0, Pos.find("    value:"));
  requireOneError(load(Pos), 9, 12, "argument positions are integers");
}

// One mistake, one error: a `value` regex that does not compile must not also
// report "a string pattern needs 'value'".
TEST_CASE("an invalid value regex is one error, not two", "[loader]") {
  requireOneError(load(withLine(8, "    value: 'a(b'")), 8, 12,
                  "invalid regex 'a(b'");
}

TEST_CASE("unknown enumeration values", "[loader]") {
  requireOneError(load(withLine(7, "  - on: strng")), 7, 9,
                  "unknown pattern kind 'strng'");
  requireOneError(load(withLine(4, "severity: critical")), 4, 11,
                  "unknown severity 'critical'");
  requireOneError(load(withExtra("    severity: fatal\n")), 9, 15,
                  "unknown severity 'fatal'");
  requireOneError(load(withLine(3, "category: secret")), 3, 11,
                  "unknown category 'secret'");
  requireOneError(load(withExtra("    validate: session\n")), 9, 15,
                  "unknown validator 'session'");
  requireOneError(load(withExtra("languages: [python, klingon]\n")), 9, 12,
                  "unknown language 'klingon'");
  requireOneError(load(withExtra("    bind: [variable, varable]\n")), 9, 11,
                  "unknown binding kind 'varable'");
  requireOneError(load(withExtra("    kinds: [string, float]\n")), 9, 12,
                  "unknown value kind 'float'");
}

TEST_CASE("rule ids are lower-case letters, digits and dashes", "[loader]") {
  requireOneError(load(withLine(1, "id: Demo_Rule")), 1, 5,
                  "rule id 'Demo_Rule' must be lower-case letters");
  requireOneError(load(withLine(1, "id: demo rule")), 1, 5,
                  "rule id 'demo rule'");
  LoadResult Ok = load(withLine(1, "id: demo-rule-2"));
  CHECK(Ok.Ok);
}

TEST_CASE("several errors in one file are all reported", "[loader]") {
  LoadResult R = load(withLine(4, "severity: critical\ncolour: red"));
  CHECK_FALSE(R.Ok);
  REQUIRE(R.Diags.size() == 2);
  std::vector<std::pair<unsigned, unsigned>> Pos;
  for (const Diagnostic &D : R.Diags)
    Pos.emplace_back(D.Line, D.Column);
  llvm::sort(Pos);
  CHECK(Pos[0] == std::make_pair(4u, 11u));
  CHECK(Pos[1] == std::make_pair(5u, 1u));
}

TEST_CASE("Diagnostic::str is the clang form", "[loader]") {
  LoadResult R = load(withLine(4, "severity: critical"));
  REQUIRE(R.Diags.size() == 1);
  std::string S = R.Diags[0].str();
  CHECK_THAT(S,
             Catch::StartsWith(
                 "rules/demo.yaml:4:11: error: unknown severity 'critical'"));
  CHECK(std::regex_match(S, std::regex(R"(^[^:]+:\d+:\d+: error: .+$)")));

  // Without a position there is no line:col pair.
  Diagnostic NoPos{"rules/x.yaml", 0, 0, "duplicate rule id"};
  CHECK(NoPos.str() == "rules/x.yaml: error: duplicate rule id");
  Diagnostic WithPos{"a.yaml", 12, 3, "boom"};
  CHECK(WithPos.str() == "a.yaml:12:3: error: boom");
}

TEST_CASE("each pattern kind names its required key", "[loader]") {
  // The pattern mapping starts at line 7, column 5.
  requireOneError(load(withLine(8, "")), 7, 5,
                  "a string pattern needs 'value'");
  requireOneError(
      load(withLine(7, "  - on: binding")
               .substr(0, withLine(7, "  - on: binding").find("    value"))),
      7, 5, "a binding pattern needs 'value', 'name' or 'path'");
  struct Case {
    const char *On, *Needle;
  } Cases[] = {{"call", "a call pattern needs 'callee'"},
               {"code", "a code pattern needs 'regex'"},
               {"text", "a text pattern needs 'regex'"},
               {"file", "a file pattern needs 'path'"}};
  for (const Case &C : Cases) {
    INFO(C.On);
    std::string Text = withLine(7, std::string("  - on: ") + C.On);
    requireOneError(load(Text.substr(0, Text.find("    value"))), 7, 5,
                    C.Needle);
  }
  requireOneError(load(withLine(7, "  - value: 'x'")), 7, 5,
                  "missing required key 'on'");
}
