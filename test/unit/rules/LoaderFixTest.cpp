//===- LoaderFixTest.cpp - `fix:` as prose or as a quick fix --------------===//
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

// Lines 1-8 are a valid rule; `fix:` starts at line 9.
const char *const Head = "id: demo-rule\n"
                         "title: Demo rule\n"
                         "category: transport\n"
                         "severity: warning\n"
                         "message: found {value}\n"
                         "patterns:\n"
                         "  - on: string\n"
                         "    value: 'http://\\S+'\n";

struct Loaded {
  bool Ok = false;
  Diagnostics Diags;
  RuleSet Set;
};

std::unique_ptr<Loaded> load(StringRef Fix) {
  auto L = std::make_unique<Loaded>();
  L->Ok = L->Set.loadText("rules/demo.yaml", Head + Fix.str(), false, L->Diags);
  return L;
}

void requireError(StringRef Fix, unsigned Line, unsigned Col,
                  StringRef Needle) {
  auto L = load(Fix);
  std::string All;
  for (const Diagnostic &D : L->Diags)
    All += "\n  " + D.str();
  INFO("fix:\n" << Fix.str() << "diagnostics:" << All);
  CHECK_FALSE(L->Ok);
  REQUIRE(L->Diags.size() == 1);
  CHECK(L->Diags[0].File == "rules/demo.yaml");
  CHECK(L->Diags[0].Line == Line);
  CHECK(L->Diags[0].Column == Col);
  CHECK_THAT(L->Diags[0].Message, Catch::Contains(Needle.str()));
}

} // namespace

TEST_CASE("fix as prose keeps no quick fix", "[loader][fix]") {
  auto L = load("fix: Use https.\n");
  REQUIRE(L->Ok);
  const Rule &R = L->Set.rules().front();
  CHECK(R.Fix == "Use https.");
  CHECK_FALSE(R.Edit);
}

TEST_CASE("fix as a map: prose and quick fix", "[loader][fix]") {
  auto L = load("fix:\n"
                "  title: Use https://\n"
                "  replace: '(?i)\\bhttp:(//)'\n"
                "  with: 'https:\\1'\n"
                "  text: Change the scheme.\n");
  REQUIRE(L->Ok);
  const Rule &R = L->Set.rules().front();
  CHECK(R.Fix == "Change the scheme.");
  REQUIRE(R.Edit);
  CHECK(R.Edit->Title == "Use https://");
  CHECK(R.Edit->Replace->pattern() == "(?i)\\bhttp:(//)");
  CHECK(R.Edit->With == "https:\\1");
}

TEST_CASE("a bad quick fix is an error at its position", "[loader][fix]") {
  requireError("fix:\n  title: T\n  replace: 'http:'\n  with: 'https:'\n"
               "  bogus: 1\n",
               13, 3, "unknown key 'bogus'");
  requireError("fix:\n  replace: 'http:'\n  with: 'https:'\n", 10, 3,
               "missing required key 'title'");
  requireError("fix:\n  title: T\n  with: 'https:'\n", 10, 3,
               "missing required key 'replace'");
  requireError("fix:\n  title: T\n  replace: 'http:'\n", 10, 3,
               "missing required key 'with'");
  requireError("fix:\n  title: T\n  replace: 'http:('\n  with: x\n", 11, 12,
               "invalid regex");
  requireError("fix:\n  title: T\n  replace: 'x*'\n  with: y\n", 11, 12,
               "can match the empty string");
  // \2 names a group the regex does not have.
  requireError("fix:\n  title: T\n  replace: '(http):'\n  with: '\\2s:'\n", 12,
               9, "invalid rewrite");
  requireError("fix:\n  title: [T]\n  replace: 'http:'\n  with: 'https:'\n", 10,
               10, "'title' must be a string");
}
