//===- CombinatorsTest.cpp - all / any / not / inside / where matching ----===//
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

using Lines = std::vector<unsigned>;

} // namespace

TEST_CASE("any: every operand reports, first wins per fact",
          "[engine][combinators]") {
  auto S = load({rule("t-any", "message: found\n"
                               "patterns:\n"
                               "  - any:\n"
                               "      - on: string\n"
                               "        value: '^aaa'\n"
                               "        message: first\n"
                               "      - on: string\n"
                               "        value: 'bbb$'\n"
                               "        message: second\n")});
  auto Fs =
      scan(S, "a.js", "x = 'aaa1';\ny = 'bbb';\nz = 'aaabbb';\nw = 'ccc';\n");
  REQUIRE(lines(Fs) == Lines{1, 2, 3});
  CHECK(Fs[0].Message == "first");
  CHECK(Fs[1].Message == "second");
  CHECK(Fs[2].Message == "first"); // one report per fact
}

TEST_CASE("all: the first operand reports when the others hold",
          "[engine][combinators]") {
  // A positive condition without `where`: anywhere in the same file.
  auto S = load({rule("t-all", "patterns:\n"
                               "  - all:\n"
                               "      - on: string\n"
                               "        value: '^tok-'\n"
                               "      - on: call\n"
                               "        callee: 'OpenTok$'\n")});
  CHECK(lines(scan(S, "a.js", "const t = 'tok-1';\nnew OpenTok(k, s);\n")) ==
        Lines{1});
  CHECK(scan(S, "b.js", "const t = 'tok-1';\nnew Other(k, s);\n").empty());
}

TEST_CASE("not: drops subjects a related match exists for",
          "[engine][combinators]") {
  auto S = load({rule("t-not", "patterns:\n"
                               "  - all:\n"
                               "      - on: binding\n"
                               "        name: '^verify$'\n"
                               "        value: '^False$'\n"
                               "      - not:\n"
                               "          on: call\n"
                               "          callee: '^jwt\\.'\n"
                               "        where: same-call\n")});
  std::string Buf = "requests.get(url, verify=False)\n"
                    "jwt.decode(tok, verify=False)\n"
                    "session.get(url, verify=False)\n";
  CHECK(lines(scan(S, "a.py", Buf)) == Lines{1, 3});
  // Without `where`, a not is about the whole file.
  auto File = load({rule("t-not-file", "patterns:\n"
                                       "  - all:\n"
                                       "      - on: code\n"
                                       "        regex: 'http://\\w+'\n"
                                       "      - not:\n"
                                       "          on: code\n"
                                       "          regex: 'localOnly'\n")});
  CHECK(lines(scan(File, "a.js", "f('http://x');\n")) == Lines{1});
  CHECK(scan(File, "a.js", "f('http://x');\nlocalOnly();\n").empty());
}

TEST_CASE("inside: a containing call or scope", "[engine][combinators]") {
  auto S = load({rule("t-inside", "patterns:\n"
                                  "  - all:\n"
                                  "      - on: binding\n"
                                  "        name: '^verify$'\n"
                                  "        value: '^False$'\n"
                                  "      - not:\n"
                                  "          inside:\n"
                                  "            on: call\n"
                                  "            callee: '^jwt\\.'\n")});
  std::string Buf = "requests.get(url, verify=False)\n"
                    "jwt.decode(tok, options=dict(verify=False))\n";
  // The binding sits in dict(...) (its own call) inside jwt.decode(...):
  // same-call would miss it, containment does not.
  CHECK(lines(scan(S, "a.py", Buf)) == Lines{1});

  auto Scope = load({rule("t-scope", "patterns:\n"
                                     "  - all:\n"
                                     "      - on: code\n"
                                     "        regex: 'debugger'\n"
                                     "      - inside:\n"
                                     "          on: scope\n"
                                     "          kind: function\n"
                                     "          name: '^handler$'\n")});
  std::string Js = "function handler() {\n  debugger;\n}\n"
                   "function other() {\n  debugger;\n}\ndebugger;\n";
  CHECK(lines(scan(Scope, "a.js", Js)) == Lines{2});
}

TEST_CASE("where: same-scope", "[engine][combinators]") {
  auto S = load({rule("t-scope", "patterns:\n"
                                 "  - all:\n"
                                 "      - on: call\n"
                                 "        callee: 'generateToken$'\n"
                                 "      - on: call\n"
                                 "        callee: 'createSession$'\n"
                                 "        where: same-scope\n")});
  std::string Js = "function a() {\n"
                   "  ot.createSession();\n"
                   "  if (x) {\n"
                   "    ot.generateToken(id);\n" // a block of a(): same unit
                   "  }\n"
                   "}\n"
                   "function b() {\n"
                   "  ot.generateToken(id);\n"
                   "}\n";
  CHECK(lines(scan(S, "a.js", Js)) == Lines{4});
}

TEST_CASE("where: flows-into and flows-from", "[engine][combinators]") {
  auto Into = load({rule("t-into", "patterns:\n"
                                   "  - all:\n"
                                   "      - on: string\n"
                                   "        value: '^[0-9a-f]{8}$'\n"
                                   "      - on: call\n"
                                   "        callee: 'OpenTok$'\n"
                                   "        where: flows-into\n")});
  std::string Js = "const secret = 'deadbeef';\n"
                   "const unused = 'cafebabe';\n"
                   "function f() {\n"
                   "  return new OpenTok(key, secret);\n"
                   "}\n";
  CHECK(lines(scan(Into, "a.js", Js)) == Lines{1});
  // The call must come after the binding.
  CHECK(scan(Into, "b.js",
             "new OpenTok(key, secret);\nconst secret = 'deadbeef';\n")
            .empty());

  auto From = load({rule("t-from", "patterns:\n"
                                   "  - all:\n"
                                   "      - on: call\n"
                                   "        callee: 'OpenTok$'\n"
                                   "      - on: string\n"
                                   "        value: '^[0-9a-f]{8}$'\n"
                                   "        where: flows-from\n")});
  CHECK(lines(scan(From, "a.js", Js)) == Lines{4});
  CHECK(scan(From, "c.js", "const secret = load();\nnew OpenTok(k, secret);\n")
            .empty());
}

TEST_CASE("nested combinators and prefilter atoms", "[engine][combinators]") {
  // The rule has no keywords: the prefilter needs an atom of the reporting
  // operand only (`needle`), not of the condition.
  auto S = load({rule("t-nest", "patterns:\n"
                                "  - any:\n"
                                "      - all:\n"
                                "          - on: code\n"
                                "            regex: 'needle\\d'\n"
                                "          - not:\n"
                                "              on: code\n"
                                "              regex: 'haystack'\n"
                                "      - on: code\n"
                                "        regex: 'pin\\d'\n")});
  CHECK(lines(scan(S, "a.js", "needle1;\npin2;\n")) == Lines{1, 2});
  CHECK(lines(scan(S, "a.js", "needle1;\nhaystack;\npin2;\n")) == Lines{3});
  CHECK(S->candidates("nothing here").none());
  CHECK(S->candidates("a needle7").any());
}

TEST_CASE("source: engine rules never match", "[engine][combinators]") {
  auto S = load({rule("t-engine", "source: engine\n")});
  CHECK(scan(S, "a.js", "anything at all;\n").empty());
  CHECK(S->candidates("anything").none());
  CHECK(S->decodedOnly().none());
}
