//===- LoaderCombinatorsTest.cpp - all / any / not / inside / where -------===//
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using llvm::StringRef;

namespace {

// Lines 1..6; the pattern list follows from line 7.
const char *const Head = "id: demo-rule\n"
                         "title: Demo rule\n"
                         "category: transport\n"
                         "severity: warning\n"
                         "message: found\n"
                         "patterns:\n";

struct LoadResult {
  bool Ok = false;
  Diagnostics Diags;
  RuleSet Set;
};

LoadResult load(StringRef Patterns) {
  LoadResult R;
  R.Ok =
      R.Set.loadText("rules/demo.yaml", Head + Patterns.str(), false, R.Diags);
  return R;
}

void requireOneError(const LoadResult &R, unsigned Line, unsigned Col,
                     StringRef Needle) {
  std::string All;
  for (const Diagnostic &D : R.Diags)
    All += "\n  " + D.str();
  INFO("diagnostics:" << All);
  CHECK_FALSE(R.Ok);
  REQUIRE(R.Diags.size() == 1);
  CHECK(R.Diags.front().Line == Line);
  CHECK(R.Diags.front().Column == Col);
  CHECK_THAT(R.Diags.front().Message, Catch::Contains(Needle.str()));
}

} // namespace

TEST_CASE("combinators load into a pattern tree", "[loader][combinators]") {
  LoadResult R = load("  - all:\n"
                      "      - on: binding\n"
                      "        name: '^verify$'\n"
                      "        value: '^False$'\n"
                      "      - not:\n"
                      "          inside:\n"
                      "            on: call\n"
                      "            callee: '^jwt\\.'\n"
                      "      - on: call\n"
                      "        callee: 'requests'\n"
                      "        where: [same-scope, same-call]\n"
                      "  - any:\n"
                      "      - on: code\n"
                      "        regex: 'a'\n"
                      "      - on: code\n"
                      "        regex: 'b'\n");
  INFO((R.Diags.empty() ? "" : R.Diags.front().str()));
  REQUIRE(R.Ok);
  const Rule &Rl = R.Set.rules().front();
  REQUIRE(Rl.Patterns.size() == 2);
  const Pattern &All = Rl.Patterns[0];
  CHECK(All.On == PatternOn::All);
  CHECK(All.Line == 7);
  REQUIRE(All.Children.size() == 3);
  CHECK(All.Children[0].On == PatternOn::Binding);
  CHECK(All.Children[1].On == PatternOn::Not);
  REQUIRE(All.Children[1].Children.size() == 1);
  CHECK(All.Children[1].Children[0].On == PatternOn::Inside);
  CHECK(All.Children[1].Children[0].Children[0].On == PatternOn::Call);
  CHECK(All.Children[2].Where == (where::SameScope | where::SameCall));
  CHECK(Rl.Patterns[1].On == PatternOn::Any);
  CHECK(Rl.Patterns[1].Children.size() == 2);
  std::vector<const Pattern *> Leaves;
  reportingLeaves(All, Leaves);
  reportingLeaves(Rl.Patterns[1], Leaves);
  REQUIRE(Leaves.size() == 3);
  CHECK(Leaves[0] == &All.Children[0]);
}

TEST_CASE("combinator errors", "[loader][combinators]") {
  SECTION("not / inside only as conditions") {
    requireOneError(load("  - not:\n      on: code\n      regex: a\n"), 7, 5,
                    "'not' is a condition");
    requireOneError(load("  - all:\n      - inside:\n          on: code\n"
                         "          regex: a\n"),
                    8, 9, "'inside' is a condition");
  }
  SECTION("operands") {
    requireOneError(load("  - all: []\n"), 7, 10,
                    "'all' must be a non-empty list of patterns");
    requireOneError(load("  - any: {on: code}\n"), 7, 10,
                    "'any' must be a non-empty list");
    requireOneError(
        load(
            "  - all:\n      - on: code\n        regex: a\n      - not: [x]\n"),
        10, 14, "'not' takes one pattern");
    requireOneError(load("  - all:\n      - on: code\n        regex: a\n"
                         "      - inside:\n          not:\n"
                         "            on: code\n            regex: b\n"),
                    11, 11, "write 'not: {inside: ...}'");
  }
  SECTION("one operator per mapping, not mixed with on:") {
    requireOneError(load("  - all: [{on: code, regex: a}]\n"
                         "    any: [{on: code, regex: b}]\n"),
                    8, 10, "'all' and 'any' in one mapping");
    requireOneError(load("  - on: code\n    all: [{on: code, regex: b}]\n"), 7,
                    9, "either 'on:' or a combinator");
  }
  SECTION("where") {
    // Only conditions relate to a subject.
    requireOneError(load("  - on: code\n    regex: a\n    where: same-scope\n"),
                    9, 5, "unknown key 'where' in pattern");
    requireOneError(load("  - all:\n      - on: code\n        regex: a\n"
                         "      - on: call\n        callee: f\n"
                         "        where: [same-file]\n"),
                    12, 16,
                    "unknown where constraint 'same-file' (expected "
                    "same-scope, same-call, flows-into or flows-from)");
    requireOneError(load("  - all:\n      - on: code\n        regex: a\n"
                         "      - inside:\n          on: call\n"
                         "          callee: f\n        where: same-call\n"),
                    13, 16, "'where' does not apply");
  }
  SECTION("unknown leaf kinds list the table") {
    requireOneError(load("  - on: strng\n    value: a\n"), 7, 9,
                    "unknown pattern kind 'strng' (expected string, binding, "
                    "call, code, text, file, scope, route or ast");
  }
  SECTION("scope kinds") {
    requireOneError(load("  - all:\n      - on: code\n        regex: a\n"
                         "      - inside:\n          on: scope\n"
                         "          kind: [method]\n"),
                    12, 17, "unknown scope kind 'method'");
  }
}
