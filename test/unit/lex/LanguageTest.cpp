#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;

TEST_CASE("Language names round-trip", "[lex][language]") {
  for (unsigned I = 0; I <= unsigned(LastLanguage); ++I) {
    Language L = Language(I);
    auto Back = parseLanguage(languageName(L));
    REQUIRE(Back);
    CHECK(*Back == L);
  }
  CHECK(parseLanguage("JS") == Language::JavaScript);
  CHECK(parseLanguage("c++") == Language::Cpp);
  CHECK(parseLanguage("C#") == Language::CSharp);
  CHECK(parseLanguage("terraform") == Language::HCL);
  CHECK(parseLanguage("yml") == Language::YAML);
  CHECK(parseLanguage("sh") == Language::Shell);
  CHECK_FALSE(parseLanguage("cobol"));
}

TEST_CASE("Language families", "[lex][language]") {
  CHECK(lexFamily(Language::TypeScript) == LexFamily::CLike);
  CHECK(lexFamily(Language::HCL) == LexFamily::CLike);
  CHECK(lexFamily(Language::Dockerfile) == LexFamily::Shell);
  CHECK(lexFamily(Language::Env) == LexFamily::KeyValue);
  CHECK(lexFamily(Language::Plist) == LexFamily::Markup);
  CHECK(lexFamily(Language::Unknown) == LexFamily::Text);
  Lexed X(Language::Unknown, "secret = 'x'");
  CHECK(X.Toks.empty());
}

TEST_CASE("Comment bodies in every syntax", "[lex][comments]") {
  auto Body = [](Language L, const std::string &Src) {
    std::vector<Token> Toks;
    Token T;
    T.Begin = 0;
    T.End = uint32_t(Src.size());
    T.Kind = TokenKind::Comment;
    return commentBody(L, Src, T).str();
  };
  CHECK(Body(Language::Cpp, "// a") == " a");
  CHECK(Body(Language::Cpp, "/* a\n * b */") == " a\n * b ");
  CHECK(Body(Language::Cpp, "/* open") == " open");
  CHECK(Body(Language::Python, "# a") == " a");
  CHECK(Body(Language::HTML, "<!-- a -->") == " a ");
  CHECK(Body(Language::Unknown, "-- a") == " a");
  CHECK(Body(Language::Properties, "; a") == " a");
  CHECK(Body(Language::Properties, "! a") == " a");
  CHECK(Body(Language::Ruby, "=begin\na\nb\n=end") == "a\nb\n");
  CHECK(Body(Language::Ruby, "=begin") == "");
}
