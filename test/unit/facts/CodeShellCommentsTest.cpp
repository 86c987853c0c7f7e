//===- CodeShellCommentsTest.cpp - Shell, Dockerfile, comments, garbage ---===//
#include "CodeTestUtil.h"
#include "facts/Builders.h"
#include "lex/Lexer.h"
#include <catch2/catch.hpp>
#include <random>

using namespace rtclint;
using rtclint::test::Parsed;

TEST_CASE("Shell commands and assignments", "[code][shell]") {
  Parsed P(Language::Shell, R"(#!/bin/sh
export API_SECRET="abc123"
TOKEN=xyz curl -k https://api.opentok.com/v2 -H "X-TB-PARTNER-AUTH: $KEY:$SECRET"
echo "hi" | grep h
mint() {
  wget --no-check-certificate http://x.com
}
)");
  const BindingFact *Sec = P.bind("API_SECRET");
  REQUIRE(Sec);
  CHECK(Sec->Bind == BindKind::Variable);
  CHECK(Sec->ValueText == "\"abc123\"");
  CHECK(P.str("abc123")->Name == "API_SECRET");
  CHECK(P.bind("TOKEN")->ValueText == "xyz");
  const CallFact *Curl = P.call("curl");
  REQUIRE(Curl);
  REQUIRE(Curl->Args.size() == 4);
  CHECK(Curl->Args[0].Text == "-k");
  CHECK(Curl->Args[1].Text == "https://api.opentok.com/v2");
  CHECK(P.str("X-TB-PARTNER-AUTH: $KEY:$SECRET")->ArgIndex == 3);
  REQUIRE(P.call("echo"));
  REQUIRE(P.call("grep"));
  CHECK(P.call("echo")->Args.size() == 1);
  int Mint = P.scope("mint");
  REQUIRE(Mint > 0);
  CHECK(P.call("wget")->Scope == Mint);
  CHECK(P.call("wget")->Args[0].Text == "--no-check-certificate");
  CHECK_FALSE(P.call("mint"));
}

TEST_CASE("Dockerfile ENV and RUN", "[code][shell]") {
  Parsed P(Language::Dockerfile, "FROM node:18\nENV API_SECRET abc123\n"
                                 "ENV A=1 B=\"two\"\n"
                                 "RUN curl -k https://x.com && npm install\n");
  CHECK(P.bind("API_SECRET")->ValueText == "abc123");
  CHECK(P.str("abc123")->Name == "API_SECRET");
  CHECK(P.bind("A")->ValueText == "1");
  CHECK(P.str("two")->Name == "B");
  REQUIRE(P.call("curl"));
  CHECK(P.call("curl")->Args[0].Text == "-k");
  REQUIRE(P.call("npm"));
  CHECK_FALSE(P.call("FROM"));
}

TEST_CASE("Values inside comments", "[code][comments]") {
  Parsed P(Language::JavaScript, R"(// const apiSecret = "0123abcd"; old key
/* see http://api.opentok.com/session/create, token: T1==abc */
function f() {
  # not a comment in JS
  // it's fine, don't 'flag' prose
}
)");
  REQUIRE(P.F.Comments.size() == 3);
  CHECK(P.F.Comments[0].Text == " const apiSecret = \"0123abcd\"; old key");
  const StringFact *Sec = P.str("0123abcd", true);
  REQUIRE(Sec);
  CHECK(Sec->Name == "apiSecret");
  CHECK(P.text(Sec->Range) == "\"0123abcd\"");
  const StringFact *Url = P.str("http://api.opentok.com/session/create", true);
  REQUIRE(Url);
  CHECK(P.text(Url->Range) == "http://api.opentok.com/session/create");
  const StringFact *Tok = P.str("T1==abc", true);
  REQUIRE(Tok);
  CHECK(Tok->Name == "token");
  const StringFact *Flag = P.str("flag", true);
  REQUIRE(Flag);
  CHECK(Flag->Scope == P.scope("f"));
  CHECK_FALSE(P.str("s fine, don", true));
  // Comment facts never leak into code facts.
  CHECK_FALSE(P.str("0123abcd"));

  Parsed Py(Language::Python,
            "# API_SECRET = 'abc'\nx = 1  # url: wss://rt.example.com/ws\n");
  CHECK(Py.str("abc", true)->Name == "API_SECRET");
  CHECK(Py.str("wss://rt.example.com/ws", true));
}

TEST_CASE("HTML-style repeated calls append with absolute offsets",
          "[code][js]") {
  std::string Buf =
      "<script>var a = \"x\";</script><script>var b = \"y\";</script>";
  FileFacts F;
  F.Scopes.push_back(
      ScopeFact{ScopeKind::Module, "", Span{0, uint32_t(Buf.size())}, -1});
  for (size_t Open = Buf.find("<script>"); Open != std::string::npos;
       Open = Buf.find("<script>", Open + 1)) {
    size_t B = Open + 8, E = Buf.find("</script>", B);
    std::vector<Token> Toks;
    lex(Language::JavaScript, llvm::StringRef(Buf).slice(B, E), Toks);
    for (Token &T : Toks) {
      T.Begin += B;
      T.End += B;
    }
    builders::buildCodeFacts(Language::JavaScript, Buf, Toks, F);
  }
  REQUIRE(F.Strings.size() == 2);
  CHECK(F.Strings[1].Name == "b");
  CHECK(Buf.substr(F.Strings[1].Range.Begin, 3) == "\"y\"");
  CHECK(F.Bindings.size() == 2);
  CHECK(F.Scopes.size() == 1);
}

TEST_CASE("Garbage and truncated input never break the pass",
          "[code][robustness]") {
  const char *Samples[] = {
      "}}}])) foo(( [ { a: ",
      "const x = new OpenTok(key, 'abc",
      "def f(:\n  x = (\n",
      "class A { m() { [[[ x y: z ] } ",
      "end end end do do if x then",
      "<?php $a = ['k' => ; function ( { ",
      "[x a:1 b:] ] ] @end @implementation",
      "#define\n#define X\n#define Y(\n",
      "= = , ; : => -> := ||=",
      "f(a=)(b=)[c]{d:}.e(",
  };
  Language Langs[] = {Language::JavaScript, Language::Python, Language::Ruby,
                      Language::PHP,        Language::ObjC,   Language::Go,
                      Language::Shell,      Language::C,      Language::Swift,
                      Language::Kotlin};
  for (const char *S : Samples)
    for (Language L : Langs) {
      FileFacts F = factsUnderTest(L, S);
      std::string Buf = S;
      for (const StringFact &SF : F.Strings)
        CHECK(SF.Range.End <= Buf.size());
      for (const ScopeFact &Sc : F.Scopes) {
        CHECK(Sc.Range.Begin <= Sc.Range.End);
        CHECK(Sc.Parent < int32_t(F.Scopes.size()));
      }
      for (const CallFact &C : F.Calls)
        for (const ArgFact &A : C.Args)
          CHECK(A.String < int32_t(F.Strings.size()));
      for (const BindingFact &B : F.Bindings) {
        CHECK(B.Call < int32_t(F.Calls.size()));
        CHECK(B.ValueRange.End <= Buf.size());
      }
    }
  // Random bytes over the punctuation every family cares about.
  std::mt19937 Rng(42);
  const std::string Alphabet = "(){}[]<>=:;,.'\"`#$@-+/*\\ \n\tabcdefdo end";
  for (int Round = 0; Round < 200; ++Round) {
    std::string Buf;
    for (int I = 0; I < 200; ++I)
      Buf += Alphabet[Rng() % Alphabet.size()];
    for (Language L : Langs) {
      FileFacts F = factsUnderTest(L, Buf);
      REQUIRE(!F.Scopes.empty());
      for (const ScopeFact &Sc : F.Scopes)
        REQUIRE(Sc.Range.End <= Buf.size());
      for (const StringFact &SF : F.Strings)
        REQUIRE(SF.Call < int32_t(F.Calls.size()));
    }
  }
}

TEST_CASE("Deep nesting stays linear and balanced", "[code][robustness]") {
  std::string Buf = "const x = ";
  for (int I = 0; I < 5000; ++I)
    Buf += "f({a: [";
  Buf += "\"deep\"";
  for (int I = 0; I < 5000; ++I)
    Buf += "]})";
  Buf += ";\nconst y = \"after\";\n";
  Parsed P(Language::JavaScript, Buf);
  REQUIRE(P.str("deep"));
  CHECK(P.F.Calls.size() == 5000);
  CHECK(P.F.Calls[P.str("deep")->Call].Range.End > 0);
  REQUIRE(P.str("after"));
  CHECK(P.str("after")->Name == "y");
  CHECK(P.str("after")->Call == -1);
}
