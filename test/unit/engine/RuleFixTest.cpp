//===- RuleFixTest.cpp - A rule's quick fix on its findings ---------------===//
#include "RuleTestUtil.h"
#include "rules/BuiltinRules.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

const char *const HttpRule =
    "fix:\n"
    "  title: Use https://\n"
    "  replace: '(?i)\\bhttp:(//|\\\\/\\\\/)'\n"
    "  with: 'https:\\1'\n"
    "patterns:\n"
    "  - on: string\n"
    "    value: '(?i)http:(?://|\\\\/\\\\/)[a-z]\\S*'\n";

/// Buf with the fix's one edit applied.
std::string applied(StringRef Buf, const Fix &X) {
  REQUIRE(X.Edits.size() == 1);
  const TextEdit &E = X.Edits[0];
  return Buf.take_front(E.Loc.Range.Begin).str() + E.NewText +
         Buf.drop_front(E.Loc.Range.End).str();
}

} // namespace

TEST_CASE("a declared fix edits only the matched bytes", "[engine][fix]") {
  auto S = load({rule("t-http", HttpRule, "transport")});
  std::string Buf = "// é\nconst base = 'HTTP://tokens.acme.io/x';\n";
  auto Fs = scan(S, "a.js", Buf);
  REQUIRE(Fs.size() == 1);
  REQUIRE(Fs[0].Fixes.size() == 1);
  const Fix &X = Fs[0].Fixes[0];
  CHECK(X.Description == "Use https://");
  const TextEdit &E = X.Edits[0];
  CHECK(E.NewText == "https://");
  CHECK(E.Loc.Path == "a.js");
  CHECK(E.Loc.Line == 2);
  CHECK(E.Loc.Column == 15);
  CHECK(E.Loc.EndLine == 2);
  CHECK(E.Loc.EndColumn == 22);
  CHECK(E.Loc.Column16 == 15);
  CHECK(E.Loc.EndColumn16 == 22);
  CHECK(applied(Buf, X) == "// é\nconst base = 'https://tokens.acme.io/x';\n");
  // Rescanning the fixed text: the finding is gone.
  CHECK(scan(S, "a.js", applied(Buf, X)).empty());
}

TEST_CASE("the fix follows the bytes as written", "[engine][fix]") {
  auto S = load({rule("t-http", HttpRule, "transport")});
  // JSON escapes the slashes; the rewrite keeps that spelling.
  std::string Json = "{\"api_url\": \"http:\\/\\/tokens.acme.io\\/x\"}\n";
  auto Fs = scan(S, "c.json", Json);
  REQUIRE(Fs.size() == 1);
  REQUIRE(Fs[0].Fixes.size() == 1);
  CHECK(applied(Json, Fs[0].Fixes[0]) ==
        "{\"api_url\": \"https:\\/\\/tokens.acme.io\\/x\"}\n");
}

TEST_CASE("no fix where the regex misses or a secret would show",
          "[engine][fix]") {
  // The fix regex wants a host starting with 'z': it does not match here.
  auto S = load({rule("t-http",
                      "fix:\n  title: T\n  replace: 'http://z'\n"
                      "  with: 'https://z'\n"
                      "patterns:\n  - on: string\n"
                      "    value: 'http://[a-z]\\S*'\n",
                      "transport")});
  auto Fs = scan(S, "a.js", "const url = 'http://tokens.acme.io/';\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Fixes.empty());

  // A rewrite that would carry the URL's password is dropped when
  // redacting, kept with --no-redact.
  auto P = load({rule("t-http",
                      "fix:\n  title: T\n  replace: 'http://(\\S+@)'\n"
                      "  with: 'https://\\1'\n"
                      "patterns:\n  - on: string\n"
                      "    value: 'http://[a-z]\\S*'\n",
                      "transport")});
  std::string Buf =
      "const url = 'http://admin:Zq8rT3vX9kLm@tokens.acme.io/';\n";
  auto Red = scan(P, "a.js", Buf);
  REQUIRE(Red.size() == 1);
  CHECK(Red[0].Fixes.empty());
  EngineOptions NoRedact;
  NoRedact.Redact = false;
  auto Raw = scan(P, "a.js", Buf, NoRedact);
  REQUIRE(Raw.size() == 1);
  REQUIRE(Raw[0].Fixes.size() == 1);
  CHECK(Raw[0].Fixes[0].Edits[0].NewText == "https://admin:Zq8rT3vX9kLm@");
}

TEST_CASE("built-in transport rules fix the scheme", "[engine][fix]") {
  auto S = std::make_shared<RuleSet>();
  Diagnostics D;
  REQUIRE(S->loadBuiltin(D));
  REQUIRE(S->finalize(D));
  std::string Buf = "const api = 'http://api.opentok.com/v2/project';\n"
                    "const local = 'http://localhost:3000/token';\n"
                    "const ws = new WebSocket('ws://signal.acme-corp.io/r');\n";
  auto Fs = scan(S, "app.js", Buf);
  REQUIRE(Fs.size() == 2);
  CHECK(Fs[0].RuleId == "plain-http-rest-url");
  CHECK(Fs[1].RuleId == "insecure-websocket-url");
  REQUIRE(Fs[0].Fixes.size() == 1);
  REQUIRE(Fs[1].Fixes.size() == 1);
  CHECK(Fs[0].Fixes[0].Description == "Use https://");
  CHECK(Fs[1].Fixes[0].Description == "Use wss://");
  std::string Fixed = applied(Buf, Fs[1].Fixes[0]);
  Fixed = applied(Fixed, Fs[0].Fixes[0]); // earlier offsets are unchanged
  CHECK(Fixed == "const api = 'https://api.opentok.com/v2/project';\n"
                 "const local = 'http://localhost:3000/token';\n"
                 "const ws = new WebSocket('wss://signal.acme-corp.io/r');\n");
  CHECK(scan(S, "app.js", Fixed).empty());
}
