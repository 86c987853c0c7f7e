//===- FlowMatchTest.cpp - Value-flow keys of call patterns, end to end ---===//
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

const char *const LongSign = R"(options:
  max:
    type: int
    default: 3600
    description: longest lifetime
patterns:
  - on: call
    callee: 'sign$'
    value-of: {option: [expires]}
    longer-than: $max
)";

} // namespace

TEST_CASE("longer-than reads its threshold from the rule's option",
          "[engine][flow]") {
  auto S = load({rule("long-sign", LongSign)});
  const char *Src = "sign(b, { expires: Date.now() / 1000 + 7200 });\n"
                    "sign(b, { expires: Date.now() / 1000 + 600 });\n";
  CHECK(lines(scan(S, "a.js", Src)) == std::vector<unsigned>{1});
  // .rtclint.yaml: {rules: {long-sign: {max: 10000}}}
  EngineOptions O;
  O.RuleOptions["long-sign"]["max"] = {"10000"};
  CHECK(scan(S, "a.js", Src, O).empty());
  O.RuleOptions["long-sign"]["max"] = {"60"};
  CHECK(lines(scan(S, "a.js", Src, O)) == std::vector<unsigned>{1, 2});
}

TEST_CASE("from reports the source and the path it took", "[engine][flow]") {
  auto S = load({rule("contact", R"(message: '{name} via {path}'
options:
  fields:
    type: list
    default: [email]
    description: contact fields
patterns:
  - on: call
    callee: 'sign$'
    value-of: {option: [claims]}
    from: $fields
)")});
  const char *Src = "function f(c) {\n"
                    "  const claims = { id: c.id, mail: c.email };\n"
                    "  sign(b, { claims });\n"
                    "  sign(b, { claims: c.id });\n"
                    "}\n";
  std::vector<Finding> Fs = scan(S, "a.js", Src);
  REQUIRE(lines(Fs) == std::vector<unsigned>{3});
  CHECK(Fs[0].Message == "c.email via claims \u2190 c.email");
  EngineOptions O;
  O.RuleOptions["contact"]["fields"] = {"mail"};
  std::vector<Finding> Mail = scan(S, "a.js", Src, O);
  REQUIRE(Mail.size() == 1);
  CHECK(Mail[0].Message == "mail via claims \u2190 mail");
}

TEST_CASE("lifetime, runs-in, resolves-to and conditional", "[engine][flow]") {
  auto S = load({rule("shared", R"(patterns:
  - on: call
    callee: 'mint$'
    runs-in: [request, function]
    value-of: {arg: 0}
    lifetime: [module, config, app]
)"),
                 rule("admin-all", R"(patterns:
  - on: call
    callee: 'mint$'
    value-of: {option: [role]}
    resolves-to: '(?i)^admin$'
    conditional: false
)")});
  const char *Src = R"(const SID = process.env.SID;
const rooms = {};
mint(SID);
function h(req, user) {
  mint(SID);
  mint(rooms[req.params.id]);
  mint(req.body.sid, { role: 'admin' });
  if (user.isAdmin) {
    mint(req.body.sid, { role: 'admin' });
  }
  mint(req.body.sid, { role: user.isAdmin ? 'admin' : 'user' });
}
)";
  std::vector<Finding> Fs = scan(S, "a.js", Src);
  std::vector<std::pair<unsigned, std::string>> Got;
  for (const Finding &F : Fs)
    Got.emplace_back(F.Line, F.RuleId);
  CHECK(Got == std::vector<std::pair<unsigned, std::string>>{{5, "shared"},
                                                             {7, "admin-all"}});
}

TEST_CASE("value-flow keys are checked at load time", "[engine][flow]") {
  auto Errors = [](StringRef Text) {
    RuleSet S;
    Diagnostics D;
    S.loadText("r.yaml", Text, false, D);
    std::string All;
    for (const Diagnostic &X : D)
      All += X.str() + "\n";
    return All;
  };
  CHECK_THAT(Errors(rule("x", R"(patterns:
  - on: call
    callee: 'f'
    from: [email]
)")),
             Catch::Contains("add 'value-of'"));
  CHECK_THAT(Errors(rule("x", R"(patterns:
  - on: call
    callee: 'f'
    value-of: {option: $nope}
)")),
             Catch::Contains("'$nope' names no option"));
  CHECK_THAT(Errors(rule("x", R"(options:
  words:
    type: list
    default: [a]
    description: d
patterns:
  - on: call
    callee: 'f'
    value-of: {arg: 0}
    longer-than: $words
)")),
             Catch::Contains("option 'words' is a list"));
  CHECK_THAT(Errors(rule("x", R"(patterns:
  - on: call
    callee: 'f'
    value-of: {arg: 0}
    lifetime: [forever]
)")),
             Catch::Contains("unknown lifetime 'forever'"));
}
