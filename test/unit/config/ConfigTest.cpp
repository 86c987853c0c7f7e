//===- ConfigTest.cpp - .rtclint.yaml loading and validation --------------===//
#include "config/Config.h"
#include "RuleTestUtil.h"
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::shared_ptr<const RuleSet> rules() { return keyAndUrlRules(); }

std::string first(const Diagnostics &D) {
  return D.empty() ? std::string("(none)") : D.front().str();
}

} // namespace

TEST_CASE("a full config loads", "[config]") {
  Diagnostics D;
  auto C = parseConfig("/proj/.rtclint.yaml",
                       "rules:\n"
                       "  t-key:\n"
                       "    severity: error\n"
                       "  t-url: off\n"
                       "  other:\n"
                       "    enabled: false\n"
                       "enable: [transport]\n"
                       "disable: t-key\n"
                       "exclude: ['vendor/', '*.min.js']\n"
                       "rule-dirs: [my-rules, /abs/rules]\n"
                       "policy:\n  require-e2ee: true\n"
                       "include-tests: false\n",
                       D);
  INFO(first(D));
  REQUIRE(C);
  CHECK(C->Dir == "/proj");
  CHECK(C->Rules.at("t-key").Sev == Severity::Error);
  CHECK(C->Rules.at("t-url").Sev == Severity::Off);
  CHECK(C->Rules.at("other").Enabled == false);
  CHECK(C->Rules.at("other").Pos.Line == 5);
  REQUIRE(C->Enable.size() == 1);
  CHECK(C->Enable[0].Name == "transport");
  CHECK(C->Disable[0].Name == "t-key");
  CHECK(C->Exclude == std::vector<std::string>{"vendor/", "*.min.js"});
  CHECK(C->RuleDirs ==
        std::vector<std::string>{"/proj/my-rules", "/abs/rules"});
  CHECK(C->RequireE2EE);
  CHECK(C->IncludeTests == false);
}

TEST_CASE("empty configs are the default config", "[config]") {
  Diagnostics D;
  auto C = parseConfig("c.yaml", "# nothing yet\n", D);
  REQUIRE(C);
  CHECK(C->Rules.empty());
  CHECK_FALSE(C->IncludeTests);
}

TEST_CASE("unknown keys and wrong types have positions", "[config]") {
  struct Case {
    const char *Text;
    unsigned Line, Column;
    const char *Message;
  } Cases[] = {
      {"rules: {}\nexlude: [a]\n", 2, 1, "unknown key 'exlude' in the config"},
      {"rules:\n  t-key:\n    severty: error\n", 3, 5,
       "unknown key 'severty' in rule 't-key'"},
      {"rules:\n  t-key:\n    severity: loud\n", 3, 15,
       "unknown severity 'loud'"},
      {"include-tests: maybe\n", 1, 16,
       "'include-tests' must be true or false"},
      {"rules: [a]\n", 1, 8, "'rules' must be a mapping"},
      {"enable: {a: b}\n", 1, 9, "'enable' must be a list"},
      {"policy:\n  require-e2ee: 1\n", 2, 17,
       "'require-e2ee' must be true or false"},
      {"policy:\n  require-mfa: true\n", 2, 3, "unknown key 'require-mfa'"},
      {"rules:\n  t-key:\n    options: {a: {b: c}}\n", 3, 18,
       "option 'a' must be a value or a list"},
      {"rules: {a: off, a: error}\n", 1, 17, "rule 'a' is configured twice"},
      {"a: [\n", 2, 1, ""},
  };
  for (const Case &K : Cases) {
    INFO(K.Text);
    Diagnostics D;
    CHECK_FALSE(parseConfig("c.yaml", K.Text, D));
    REQUIRE(!D.empty());
    INFO(first(D));
    CHECK(D[0].File == "c.yaml");
    CHECK(D[0].Line == K.Line);
    CHECK(D[0].Column == K.Column);
    CHECK(StringRef(D[0].Message).contains(K.Message));
  }
}

TEST_CASE("rule ids and categories are checked against the rules", "[config]") {
  Diagnostics D;
  auto C = parseConfig("c.yaml",
                       "rules:\n  t-key: error\n  t-kee: error\n"
                       "  t-url:\n    options: {max-seconds: 60}\n"
                       "disable: [transport, nope]\n",
                       D);
  REQUIRE(C);
  CHECK_FALSE(validateConfig(*C, *rules(), D));
  REQUIRE(D.size() == 3);
  CHECK(D[0].str() ==
        "c.yaml:3:3: error: unknown rule 't-kee' (see 'rtclint rules list')");
  CHECK(D[1].str() == "c.yaml:5:28: error: rule 't-url' has no option "
                      "'max-seconds'");
  CHECK(D[2].str() == "c.yaml:6:22: error: unknown rule or category 'nope' "
                      "(see 'rtclint rules list')");

  D.clear();
  auto Good =
      parseConfig("c.yaml", "rules: {t-key: off}\nenable: [t-url]\n", D);
  REQUIRE(Good);
  CHECK(validateConfig(*Good, *rules(), D));
  CHECK(D.empty());
}

TEST_CASE("the starter config is valid and never overwrites", "[config]") {
  Diagnostics D;
  auto C = parseConfig(".rtclint.yaml", starterConfig(), D);
  INFO(first(D));
  REQUIRE(C);
  auto Builtin = std::make_shared<RuleSet>();
  REQUIRE(Builtin->loadBuiltin(D));
  REQUIRE(Builtin->finalize(D));
  CHECK(validateConfig(*C, *Builtin, D));
  CHECK(D.empty());

  TempDir T;
  std::string P = T.Root + "/.rtclint.yaml";
  std::string Err;
  REQUIRE(writeStarterConfig(P, Err));
  std::string Back;
  REQUIRE(readRegularFile(P, MaxConfigSize, Back, Err));
  CHECK(Back == starterConfig());
  T.write(".rtclint.yaml", "rules: {}\n");
  CHECK_FALSE(writeStarterConfig(P, Err));
  CHECK(Err == "already exists");
  REQUIRE(readRegularFile(P, MaxConfigSize, Back, Err));
  CHECK(Back == "rules: {}\n");
}

TEST_CASE("configs are found upwards and read safely", "[config]") {
  TempDir T;
  T.write("a/.rtclint.yaml", "rules: {}\n");
  T.write("a/b/c/x.js", "x\n");
  llvm::SmallString<256> Real;
  REQUIRE(!llvm::sys::fs::real_path(T.Root, Real));
  std::string Root = std::string(Real);
  CHECK(findConfig(Root + "/a/b/c/x.js") == Root + "/a/.rtclint.yaml");
  CHECK(findConfig(Root + "/a/b") == Root + "/a/.rtclint.yaml");
  CHECK(findConfig(Root + "/a") == Root + "/a/.rtclint.yaml");
  // Above it: none in the temp dir (a stray config in /tmp would be odd).
  CHECK(findConfig(Root) != Root + "/a/.rtclint.yaml");

  std::string Out, Err;
  // A FIFO neither blocks nor reads.
  std::string Fifo = Root + "/fifo.yaml";
  REQUIRE(::mkfifo(Fifo.c_str(), 0600) == 0);
  CHECK_FALSE(readRegularFile(Fifo, MaxConfigSize, Out, Err));
  CHECK(Err == "not a regular file");
  CHECK_FALSE(readRegularFile(Root + "/a", MaxConfigSize, Out, Err));
  T.write("big.yaml", std::string(2000, '#'));
  CHECK_FALSE(readRegularFile(Root + "/big.yaml", 1000, Out, Err));
  CHECK(StringRef(Err).starts_with("file too large"));
  Diagnostics D;
  CHECK_FALSE(loadConfig(Fifo, D));
  REQUIRE(D.size() == 1);
  CHECK(D[0].str() == Fifo + ": error: cannot read config: not a regular file");
}

TEST_CASE("rule options are checked against their declarations", "[config]") {
  auto S = load({rule("t-exp",
                      "options:\n"
                      "  max-seconds: {type: int, default: 86400, "
                      "description: d}\n"
                      "  names: {type: list, default: [a], description: d}\n"
                      "  strict: {type: bool, default: false, description: "
                      "d}\n"
                      "patterns:\n  - on: string\n    value: 'KEY[0-9]{4}'\n",
                      "sessions")});
  Diagnostics D;
  auto Good = parseConfig("c.yaml",
                          "rules:\n  t-exp:\n    options:\n"
                          "      max-seconds: 3600\n      names: [x, y]\n"
                          "      strict: true\n",
                          D);
  REQUIRE(Good);
  CHECK(validateConfig(*Good, *S, D));
  INFO(first(D));
  CHECK(D.empty());

  auto Bad = parseConfig("c.yaml",
                         "rules:\n  t-exp:\n    options:\n"
                         "      max-seconds: soon\n      names: x\n"
                         "      strict: [true]\n      max: 1\n",
                         D);
  REQUIRE(Bad);
  CHECK_FALSE(validateConfig(*Bad, *S, D));
  REQUIRE(D.size() == 4);
  // Options are kept sorted by name.
  CHECK(D[0].str() == "c.yaml:7:12: error: rule 't-exp' has no option 'max' "
                      "(it has: max-seconds, names, strict)");
  CHECK(D[1].str() == "c.yaml:4:20: error: option 'max-seconds' of rule "
                      "'t-exp' must be an integer");
  CHECK(D[2].str() ==
        "c.yaml:5:14: error: option 'names' of rule 't-exp' must be a list");
  CHECK(D[3].str() == "c.yaml:6:15: error: option 'strict' of rule 't-exp' "
                      "must be a single bool");
}
