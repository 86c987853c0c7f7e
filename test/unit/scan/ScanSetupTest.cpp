//===- ScanSetupTest.cpp - Config to options, excludes, filter chains -----===//
#include "scan/ScanSetup.h"
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::shared_ptr<const RuleSet> rules() {
  static auto S = load(
      {rule("t-key", "patterns:\n  - on: string\n    value: 'KEY[0-9]{4}'\n"),
       rule("t-policy", "patterns:\n  - on: string\n    value: 'P[0-9]{4}'\n",
            "media", "off"),
       rule("t-url", "patterns:\n  - on: string\n    value: 'http://x'\n",
            "transport")});
  return S;
}

Config parse(StringRef Text) {
  Diagnostics D;
  auto C = parseConfig("/proj/.rtclint.yaml", Text, D);
  REQUIRE(C);
  return *C;
}

Severity sev(const EngineOptions &EO, StringRef Id) {
  return Engine(rules(), EO).effectiveSeverity(*rules()->find(Id));
}

} // namespace

TEST_CASE("config settings map onto engine options", "[scan][setup]") {
  EngineOptions EO;
  applyConfig(parse("rules:\n  t-key: error\n  t-url:\n    enabled: false\n"
                    "enable: [media]\n"),
              *rules(), EO);
  CHECK(sev(EO, "t-key") == Severity::Error);
  CHECK(sev(EO, "t-url") == Severity::Off);
  CHECK(sev(EO, "t-policy") == Severity::Warning);

  EngineOptions EO2;
  applyConfig(parse("disable: [transport]\nrules:\n  t-url:\n"
                    "    enabled: true\n"),
              *rules(), EO2);
  CHECK(sev(EO2, "t-url") == Severity::Warning); // named beats category
  CHECK(sev(EO2, "t-key") == Severity::Warning);
  CHECK(sev(EO2, "t-policy") == Severity::Off);
}

TEST_CASE("git sources honour excludes", "[scan][setup]") {
  GitChanges C;
  for (const char *P :
       {"src/a.js", "vendor/lib/b.js", "web/app.min.js", "docs/c.md"})
    C.Files.push_back(GitFile{P, P, "", {}, true});
  uint64_t Ignored = 0;
  dropExcluded(C, {"vendor/", "*.min.js", "/docs/c.md"}, Ignored);
  REQUIRE(C.Files.size() == 1);
  CHECK(C.Files[0].Path == "src/a.js");
  CHECK(Ignored == 3);
}

TEST_CASE("the filter chain runs in its order", "[scan][setup]") {
  EngineOptions EO;
  Engine Probe(rules(), EO);
  FilterSetup S;
  S.Probe = &Probe;
  S.Base = std::make_shared<Baseline>();
  S.Changed = llvm::StringMap<LineSet>();
  FilterChain Chain = makeFilterChain(S);
  std::vector<std::string> Names;
  for (const auto &F : Chain)
    Names.push_back(F->name().str());
  CHECK(Names ==
        std::vector<std::string>{"suppressions", "baseline", "changed-lines"});
  CHECK(makeFilterChain(FilterSetup{}).size() == 1);
}

TEST_CASE("roots with different configs are an error", "[scan][setup]") {
  TempDir T;
  T.write("a/.rtclint.yaml", "rules: {}\n");
  T.write("a/x.js", "x\n");
  T.write("b/y.js", "y\n");
  Diagnostics D;
  CHECK_FALSE(resolveConfig("", {T.Root + "/a", T.Root + "/b"}, D));
  REQUIRE(D.size() == 1);
  CHECK(StringRef(D[0].Message).contains("different configs"));
  D.clear();
  auto C = resolveConfig("", {T.Root + "/a/x.js", T.Root + "/a"}, D);
  REQUIRE(C);
  CHECK(StringRef(C->File).ends_with("a/.rtclint.yaml"));
  auto None = resolveConfig("", {T.Root + "/b"}, D);
  REQUIRE(None);
  CHECK(None->File.empty());
}
