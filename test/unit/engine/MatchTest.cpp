//===- MatchTest.cpp - Each pattern kind through Engine::scanBuffer -------===//
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

const char *const Hex = "3f9a7c0e5b2d8146af9c3e7b0d5a2f6e8c1b4d7a";

std::string subst(StringRef Tmpl) {
  std::string Out = Tmpl.str();
  for (size_t P; (P = Out.find("<H>")) != std::string::npos;)
    Out.replace(P, 3, Hex);
  return Out;
}

} // namespace

TEST_CASE("string patterns: name and not-name", "[engine][string]") {
  auto S = load({rule("t-name", "message: 'secret {name} {path}'\n"
                                "patterns:\n  - on: string\n"
                                "    name: '(?i)secret'\n"
                                "    not-name: '(?i)test'\n"
                                "    value: '^[0-9a-f]{40}$'\n")});
  std::string Buf = subst("const apiSecret = '<H>';\n"
                          "const apiKey = '<H>';\n"
                          "const testSecret = '<H>';\n"
                          "config.opentok.secret = '<H>';\n"
                          "const otherSecret = 'not hex at all';\n");
  auto Fs = scan(S, "server.js", Buf);
  REQUIRE(lines(Fs) == std::vector<unsigned>{1, 4});
  CHECK(Fs[0].RuleId == "t-name");
  CHECK(Fs[0].Category == "secrets");
  CHECK(Fs[0].Sev == Severity::Warning);
  CHECK(Fs[0].Path == "server.js");
  CHECK(Fs[0].Message == "secret apiSecret apiSecret");
  CHECK(Fs[1].Message == "secret secret config.opentok.secret");
}

TEST_CASE("string patterns: call and argument position", "[engine][string]") {
  auto S = load({rule("t-call", "message: 'passed to {callee}'\n"
                                "patterns:\n  - on: string\n"
                                "    call: 'OpenTok$'\n    arg: 1\n"
                                "    value: '^[0-9a-f]{40}$'\n")});
  std::string Buf = subst("const ot = new OpenTok('45828062', '<H>');\n"
                          "const x = other('45828062', '<H>');\n"
                          "const y = new OpenTok('<H>', 'k');\n");
  auto Fs = scan(S, "server.js", Buf);
  REQUIRE(lines(Fs) == std::vector<unsigned>{1});
  CHECK(Fs[0].Message == "passed to new OpenTok");
}

TEST_CASE("string patterns: bind kinds and value kinds", "[engine][string]") {
  auto S = load({rule("t-bind", "patterns:\n  - on: string\n"
                                "    bind: [object-key]\n"
                                "    value: '^[0-9a-f]{40}$'\n"),
                 rule("t-kind", "patterns:\n  - on: string\n"
                                "    kinds: [number]\n"
                                "    value: '^45828062$'\n")});
  std::string Buf = subst("const cfg = { apiSecret: '<H>' };\n"
                          "const apiSecret = '<H>';\n"
                          "const apiKey = 45828062;\n"
                          "const apiKey2 = '45828062';\n");
  auto Fs = scan(S, "server.js", Buf);
  REQUIRE(Fs.size() == 2);
  CHECK(Fs[0].RuleId == "t-bind");
  CHECK(Fs[0].Line == 1);
  CHECK(Fs[1].RuleId == "t-kind");
  CHECK(Fs[1].Line == 3);
}

TEST_CASE("binding patterns match the expression's text", "[engine][binding]") {
  auto S = load({rule("t-tls",
                      "message: '{name} turned off'\n"
                      "patterns:\n  - on: binding\n"
                      "    name: '^rejectUnauthorized$'\n"
                      "    value: '^false$'\n",
                      "transport", "error")});
  std::string Buf = "const agent = new https.Agent({ rejectUnauthorized: false "
                    "});\n"
                    "const ok = { rejectUnauthorized: true };\n"
                    "let rejectUnauthorized = false;\n";
  auto Fs = scan(S, "client.js", Buf);
  REQUIRE(lines(Fs) == std::vector<unsigned>{1, 3});
  CHECK(Fs[0].Message == "rejectUnauthorized turned off");
  CHECK(Fs[0].Sev == Severity::Error);
  // The range runs from the name through the value.
  CHECK(Fs[0].Column == 33);
  CHECK(Fs[0].EndLine == 1);
  CHECK(Fs[0].EndColumn == 58);
  CHECK_FALSE(Fs[0].Secret);
}

TEST_CASE("call patterns: callee, args and keywords", "[engine][call]") {
  auto S = load({rule("t-mod",
                      "message: '{callee} mints moderators'\n"
                      "patterns:\n  - on: call\n"
                      "    callee: 'generate_token$'\n"
                      "    args: {0: '^session_id$'}\n"
                      "    keywords: {role: 'moderator'}\n",
                      "access-control")});
  std::string Buf =
      "token = opentok.generate_token(session_id, role=Roles.moderator)\n"
      "token = opentok.generate_token(session_id, role=Roles.publisher)\n"
      "token = opentok.generate_token(other_id, role=Roles.moderator)\n"
      "token = opentok.generate_token(session_id)\n"
      "token = opentok.create_session(session_id, role=Roles.moderator)\n";
  auto Fs = scan(S, "app.py", Buf);
  REQUIRE(lines(Fs) == std::vector<unsigned>{1});
  CHECK(Fs[0].Message == "opentok.generate_token mints moderators");
  // The call's range: callee through the closing parenthesis.
  CHECK(Fs[0].Column == 9);
  CHECK(Fs[0].EndLine == 1);
  CHECK(Fs[0].EndColumn == 65);
}

TEST_CASE("code patterns never see comments", "[engine][code]") {
  std::string Body = "patterns:\n  - on: code\n    regex: 'DEBUG_TOKEN'\n";
  // Two categories, so dedupe keeps both rules' findings on the same bytes.
  auto S = load({rule("t-code", Body),
                 rule("t-code-c", Body + "    comments: true\n", "media")});
  std::string Buf = "// DEBUG_TOKEN stays here\n"
                    "const t = DEBUG_TOKEN;\n"
                    "/* DEBUG_TOKEN */ let u;\n";
  for (const Finding &F : scan(S, "a.js", Buf)) {
    INFO(F.RuleId);
    CHECK(F.Line == 2);
    CHECK(F.Column == 11);
    CHECK(F.EndColumn == 22);
  }
  CHECK(scan(S, "a.js", Buf).size() == 2);
}

TEST_CASE("text patterns see comments only when asked", "[engine][text]") {
  std::string Body = "patterns:\n  - on: text\n    regex: 'DEBUG_TOKEN'\n";
  auto S = load({rule("t-text", Body),
                 rule("t-text-c", Body + "    comments: true\n", "media")});
  std::string Buf = "// DEBUG_TOKEN stays here\n"
                    "const t = DEBUG_TOKEN;\n"
                    "/* DEBUG_TOKEN */ let u;\n";
  std::vector<unsigned> Plain, WithComments;
  for (const Finding &F : scan(S, "a.js", Buf))
    (F.RuleId == "t-text" ? Plain : WithComments).push_back(F.Line);
  CHECK(Plain == std::vector<unsigned>{2});
  CHECK(WithComments == std::vector<unsigned>{1, 2, 3});
}

TEST_CASE("string facts in comments need `comments: true`",
          "[engine][string]") {
  std::string Body = "patterns:\n  - on: string\n    value: '^https?://'\n";
  auto S = load({rule("t-url", Body),
                 rule("t-url-c", Body + "    comments: true\n", "media")});
  std::string Buf = "// see http://api.example.com/v2\n"
                    "const u = 'https://x.example.com';\n";
  std::vector<unsigned> Plain, WithComments;
  for (const Finding &F : scan(S, "a.js", Buf))
    (F.RuleId == "t-url" ? Plain : WithComments).push_back(F.Line);
  CHECK(Plain == std::vector<unsigned>{2});
  CHECK(WithComments == std::vector<unsigned>{1, 2});
}

TEST_CASE("file patterns match the path", "[engine][file]") {
  auto S = load({rule("t-file", "message: 'key file {file}'\n"
                                "patterns:\n  - on: file\n"
                                "    path: ['*.pem', 'secrets/**']\n"),
                 rule("t-file-re", "patterns:\n  - on: file\n"
                                   "    path: ['*.key']\n"
                                   "    regex: 'PRIVATE'\n")});
  auto Fs = scan(S, "deploy/keys/server.pem", "first line\nsecond\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].RuleId == "t-file");
  CHECK(Fs[0].Message == "key file deploy/keys/server.pem");
  // Reported on the whole first line.
  CHECK(Fs[0].Line == 1);
  CHECK(Fs[0].Column == 1);
  CHECK(Fs[0].EndLine == 1);
  CHECK(Fs[0].EndColumn == 11);

  CHECK(scan(S, "secrets/prod/app.txt", "x").size() == 1);
  CHECK(scan(S, "src/app.js", "const a = 1;\n").empty());
  CHECK(scan(S, "src/server.pem.bak", "x\n").empty());

  // With a regex: only files whose content matches, reported at the match.
  Fs = scan(S, "id.key", "a\nb PRIVATE\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].RuleId == "t-file-re");
  CHECK(Fs[0].Line == 2);
  CHECK(Fs[0].Column == 3);
  CHECK(Fs[0].EndColumn == 10);
  CHECK(scan(S, "id.key", "a\nb PUBLIC\n").empty());
}

TEST_CASE("rule and pattern path filters", "[engine][paths]") {
  auto S = load({rule("t-paths", "paths: ['src/**']\n"
                                 "exclude-paths: ['**/vendor/**']\n"
                                 "patterns:\n  - on: code\n    regex: 'XYZ'\n"),
                 rule("t-ppaths",
                      "patterns:\n  - on: code\n    regex: 'XYZ'\n"
                      "    exclude-paths: ['*.test.js']\n",
                      "media")});
  auto Ids = [&](StringRef Path) {
    std::vector<std::string> Out;
    for (const Finding &F : scan(S, Path, "let XYZ;\n"))
      Out.push_back(F.RuleId);
    return Out;
  };
  CHECK(Ids("src/a.js") == std::vector<std::string>{"t-paths", "t-ppaths"});
  CHECK(Ids("lib/a.js") == std::vector<std::string>{"t-ppaths"});
  CHECK(Ids("src/vendor/a.js") == std::vector<std::string>{"t-ppaths"});
  CHECK(Ids("src/a.test.js") == std::vector<std::string>{"t-paths"});
}

TEST_CASE("entropy, length and validator conditions", "[engine][string]") {
  auto S = load({rule("t-ent", "patterns:\n  - on: string\n"
                               "    value: '^[0-9a-z]+$'\n"
                               "    entropy: 3.5\n    min-length: 20\n"
                               "    max-length: 40\n")});
  std::string Buf = subst("a = '<H>';\n"                      // kept
                          "b = 'abababababababababababab';\n" // low entropy
                          "c = '3f9a7c0e5b';\n"               // too short
                          "d = '<H><H>';\n");                 // too long
  CHECK(lines(scan(S, "a.py", Buf)) == std::vector<unsigned>{1});
}

TEST_CASE("message placeholders", "[engine][message]") {
  auto S = load({rule("t-msg", "message: '{name}|{path}|{value}|{match}|"
                               "{file}|{nope}|{'\n"
                               "patterns:\n  - on: string\n"
                               "    value: '^v[0-9]+$'\n")});
  auto Fs = scan(S, "src/a.js", "cfg.version = 'v12';\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Message == "version|cfg.version|v12|v12|src/a.js|{nope}|{");
}

TEST_CASE("string patterns see decoded, folded values", "[engine][string]") {
  // The keyword keeps the prefilter out of the way (see the next test).
  auto S = load({rule("t-akia", "keywords: [const]\npatterns:\n"
                                "  - on: string\n"
                                "    value: '^AKIA[A-Z2-7]{16}$'\n")});
  CHECK(scan(S, "a.js", "const k = 'AK' + 'IA2OGYBAH6QRTKWZ5M';\n").size() ==
        1);
  CHECK(scan(S, "a.js", "const k = '\\x41KIA2OGYBAH6QRTKWZ5M';\n").size() == 1);
  CHECK(scan(S, "a.js", "const k = 'AK' + 'IA2OGYBAH6QRTKWZ5';\n").empty());
}

// String patterns match decoded values (escapes resolved, concatenations
// folded); a keyword-less string rule the raw-text prefilter rules out is
// checked again against the decoded values, so these still reach it.
TEST_CASE("the prefilter does not hide decoded string values",
          "[engine][prefilter]") {
  auto S = load({rule("t-akia", "patterns:\n  - on: string\n"
                                "    value: '^AKIA[A-Z2-7]{16}$'\n")});
  // Both reach the matcher when the prefilter is out of the way...
  REQUIRE(scan(S, "a.js", "const k = 'AKIA2OGYBAH6QRTKWZ5M';\n").size() == 1);
  // ...and these hold the same decoded value.
  CHECK(scan(S, "a.js", "const k = 'AK' + 'IA2OGYBAH6QRTKWZ5M';\n").size() ==
        1);
  CHECK(scan(S, "a.js", "const k = '\\x41KIA2OGYBAH6QRTKWZ5M';\n").size() == 1);
}

TEST_CASE("charset requires every listed character class", "[engine][string]") {
  auto S = load({rule("t-cs", "patterns:\n  - on: string\n"
                              "    value: '^(?P<secret>[A-Za-z0-9]{8,25})$'\n"
                              "    charset: [lower, upper, digit]\n")});
  CHECK(lines(scan(S, "a.py", "a = 'Qw3rTy9Zk2'\n")) ==
        std::vector<unsigned>{1});
  CHECK(scan(S, "a.py", "a = 'qwertyzk29'\n").empty()); // no upper case
  CHECK(scan(S, "a.py", "a = 'QwertyZkab'\n").empty()); // no digit
  CHECK(scan(S, "a.py", "a = 'QWERTY9ZK2'\n").empty()); // no lower case
  Diagnostics D;
  RuleSet Bad;
  Bad.loadText("bad.yaml",
               rule("t-bad", "patterns:\n  - on: string\n    value: x\n"
                             "    charset: [lower, emoji]\n"),
               false, D);
  REQUIRE(D.size() == 1);
  CHECK(D[0].Line == 9);
  CHECK(StringRef(D[0].Message).contains("unknown character class 'emoji'"));
}
