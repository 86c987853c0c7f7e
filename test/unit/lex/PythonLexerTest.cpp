#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using K = TokenKind;

TEST_CASE("Python string prefixes and escapes", "[lex][python]") {
  Lexed X(Language::Python,
          "a = 'x\\ty' \"q\\\"\" r'\\d+' b'\\x41\\u0041' Rb'\\n' u'\\u00e9'\n"
          "c = '\\N{DASH}\\q'");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 7);
  CHECK(X.values() == std::vector<std::string>{"x\ty", "q\"", "\\d+",
                                               "A\\u0041", "\\n", "\xC3\xA9",
                                               "\\N{DASH}\\q"});
  CHECK(S[2].has(tokflags::Raw));
  CHECK(S[3].has(tokflags::Bytes));
  CHECK(S[4].has(tokflags::Raw));
  CHECK(S[4].has(tokflags::Bytes));
  CHECK(X.find("c")->has(tokflags::NewlineBefore));
  CHECK_FALSE(S[6].has(tokflags::NewlineBefore));
}

TEST_CASE("Python triple-quoted strings", "[lex][python]") {
  Lexed X(Language::Python, "s = \"\"\"line1\n'q' \"q\"\nline3\"\"\"\nx = 1");
  Token S = X.onlyString();
  CHECK(S.has(tokflags::Multiline));
  CHECK(X.value(S) == "line1\n'q' \"q\"\nline3");
  CHECK(X.find("x")->has(tokflags::NewlineBefore));
}

TEST_CASE("Python f-strings nest replacement fields", "[lex][python]") {
  Lexed X(Language::Python,
          "u = f\"https://{host}/{d[\"k\"]}/{x:{w}} {{lit}}\" + F'{a!r}'");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 2);
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK_FALSE(S[0].has(tokflags::Unterminated));
  CHECK(X.value(S[0]) == "https://{host}/{d[\"k\"]}/{x:{w}} {lit}");
  CHECK(X.value(S[1]) == "{a!r}");
  Lexed P(Language::Python, "f'no fields {{x}}' rf'\\d{n}'");
  auto PS = P.all(K::String);
  REQUIRE(PS.size() == 2);
  CHECK_FALSE(PS[0].has(tokflags::Interpolated));
  CHECK(P.value(PS[0]) == "no fields {x}");
  CHECK(P.value(PS[1]) == "\\d{n}");
}

TEST_CASE("Python comments, continuations and operators", "[lex][python]") {
  Lexed X(Language::Python,
          "# secret = 'x'\nx = 1 + \\\n    2  # tail\n@app.route('/t')\n"
          "def f(a) -> int: return a ** 2 // 3 if (b := a) != 0 else ...");
  auto C = X.all(K::Comment);
  REQUIRE(C.size() == 2);
  CHECK(commentBody(X.L, X.Src, C[0]) == " secret = 'x'");
  CHECK_FALSE(X.find("2")->has(tokflags::NewlineBefore));
  CHECK(X.find("@")->has(tokflags::NewlineBefore));
  for (const char *Op : {"->", "**", "//", ":=", "!=", "..."})
    CHECK(X.find(Op));
  CHECK(X.find("def")->is(K::Identifier));
}

TEST_CASE("Python unterminated strings", "[lex][python]") {
  Lexed X(Language::Python, "a = 'abc\nb = \"\"\"never closed\n");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 2);
  CHECK(S[0].has(tokflags::Unterminated));
  CHECK(X.text(S[0]) == "'abc");
  CHECK(X.value(S[0]) == "abc");
  CHECK(S[1].has(tokflags::Unterminated));
  CHECK(S[1].End == X.Src.size());
  Lexed F(Language::Python, "f'{x'\ny = 2");
  CHECK(F.all(K::String)[0].has(tokflags::Unterminated));
  CHECK(F.find("y"));
}

TEST_CASE("Python identifiers that look like prefixes", "[lex][python]") {
  Lexed X(Language::Python, "bar = rb + fr\nub'x'");
  CHECK(X.find("bar")->is(K::Identifier));
  CHECK(X.find("rb")->is(K::Identifier));
  CHECK(X.find("fr")->is(K::Identifier));
  // "ub" is not a prefix: an identifier then a string.
  CHECK(X.find("ub")->is(K::Identifier));
}
