#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using K = TokenKind;

TEST_CASE("Ruby quoted strings", "[lex][ruby]") {
  Lexed X(Language::Ruby,
          "a = 'it\\'s \\n'\nb = \"k=#{h[\"x\"]} \\u00e9\\t\"\nc = `ls #{d}`");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(X.value(S[0]) == "it's \\n");
  CHECK_FALSE(S[0].has(tokflags::Interpolated));
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[1]) == "k=#{h[\"x\"]} \xC3\xA9\t");
  CHECK(S[2].has(tokflags::Interpolated));
}

TEST_CASE("Ruby percent literals", "[lex][ruby]") {
  Lexed X(Language::Ruby, "a = %q(x (y) \\) z)\nb = %Q[v=#{v}]\nc = %(p)\n"
                          "d = %w[one two\n  three]\ne = %i<a b>\nf = 10 % 3");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 5);
  CHECK(X.value(S[0]) == "x (y) ) z");
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[1]) == "v=#{v}");
  CHECK(X.value(S[2]) == "p");
  CHECK(X.value(S[3]) == "one two three");
  CHECK(X.value(S[4]) == "a b");
  CHECK(X.find("%")->is(K::Punct));
}

TEST_CASE("Ruby heredocs", "[lex][ruby]") {
  Lexed X(Language::Ruby, "x = call(<<~EOS, <<-'RAW', 1)\n"
                          "    line #{a}\n      indented\n    EOS\n"
                          "  raw #{b}\n  RAW\ny = 2\n");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 2);
  CHECK(S[0].has(tokflags::Heredoc));
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "line #{a}\n  indented\n");
  CHECK(S[1].has(tokflags::Raw));
  CHECK_FALSE(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[1]) == "  raw #{b}\n");
  // Token order follows the code: the heredocs are arguments of call.
  std::vector<std::string> Seq;
  for (const Token &T : X.Toks)
    Seq.push_back(T.is(K::String) ? "S" : X.text(T));
  CHECK(Seq == std::vector<std::string>{"x", "=", "call", "(", "S", ",", "S",
                                        ",", "1", ")", "y", "=", "2"});
  CHECK(X.find("y")->has(tokflags::NewlineBefore));
  CHECK_FALSE(X.find("1")->has(tokflags::NewlineBefore));

  Lexed U(Language::Ruby, "a = <<EOS\nnever closed\n");
  CHECK(U.onlyString().has(tokflags::Unterminated));
  CHECK(U.value(U.onlyString()) == "never closed\n");
}

TEST_CASE("Ruby symbols, labels and names", "[lex][ruby]") {
  Lexed X(Language::Ruby,
          "h = { api_key: :secret, :\"quoted sym\" => 1, Foo::Bar => @iv }\n"
          "save! if empty? && $stdout && @@cv");
  CHECK(X.find("api_key")->is(K::Identifier));
  CHECK(X.find(":")->is(K::Punct));
  CHECK(X.find(":secret")->is(K::Identifier));
  CHECK(X.find(":\"quoted sym\"")->is(K::Identifier));
  CHECK(X.find("::"));
  CHECK(X.find("@iv")->is(K::Identifier));
  CHECK(X.find("save!")->is(K::Identifier));
  CHECK(X.find("empty?")->is(K::Identifier));
  CHECK(X.find("$stdout")->is(K::Identifier));
  CHECK(X.find("@@cv")->is(K::Identifier));
}

TEST_CASE("Ruby regexes, chars and division", "[lex][ruby]") {
  Lexed X(Language::Ruby, "if s =~ /ht#{x}tp:\\/\\//i then a = b / c end\n"
                          "r = %r{^/v2/} ; puts /x/ ; c = ?a");
  CHECK(X.texts(K::Regex) ==
        std::vector<std::string>{"/ht#{x}tp:\\/\\//i", "%r{^/v2/}", "/x/"});
  auto S = X.all(K::String);
  REQUIRE(S.size() == 1);
  CHECK(S[0].has(tokflags::Char));
  // A guessed command argument that never closes is a division.
  Lexed D(Language::Ruby, "x = a /2\ny = 'q'");
  CHECK(D.all(K::Regex).empty());
  CHECK(D.values() == std::vector<std::string>{"q"});
  CHECK(X.value(S[0]) == "a");
}

TEST_CASE("Ruby comments and __END__", "[lex][ruby]") {
  Lexed X(Language::Ruby, "# one\n=begin\nsecret = 'x'\n=end\nx = 1\n"
                          "__END__\ny = 'data'\n");
  auto C = X.all(K::Comment);
  REQUIRE(C.size() == 2);
  CHECK(commentBody(X.L, X.Src, C[1]) == "secret = 'x'\n");
  CHECK(X.all(K::String).empty());
  CHECK_FALSE(X.find("y"));
}
