#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using K = TokenKind;

/// Kind letter and text of every token: I:curl S:-H P:|
static std::vector<std::string> shape(const Lexed &X) {
  std::vector<std::string> R;
  for (const Token &T : X.Toks) {
    const char *Kind = T.is(K::Identifier) ? "I:"
                       : T.is(K::String)   ? "S:"
                       : T.is(K::Punct)    ? "P:"
                       : T.is(K::Comment)  ? "C:"
                                           : "?:";
    R.push_back(Kind + X.text(T));
  }
  return R;
}

TEST_CASE("Shell words, commands and assignments", "[lex][shell]") {
  Lexed X(Language::Shell,
          "SECRET=abc KEY= curl -H\"X: $y\"z 'a b' && export A=\"1 2\" B=$c\n");
  CHECK(shape(X) ==
        std::vector<std::string>{"I:SECRET", "P:=", "S:abc", "I:KEY",
                                 "P:=", "S:", "I:curl", "S:-H\"X: $y\"z",
                                 "S:'a b'", "P:&&", "I:export", "I:A",
                                 "P:=", "S:\"1 2\"", "I:B", "P:=", "S:$c"});
  auto S = X.all(K::String);
  CHECK(X.value(S[2]) == "-HX: $yz");
  CHECK(S[2].has(tokflags::Interpolated));
  CHECK(X.value(S[3]) == "a b");
  CHECK_FALSE(S[3].has(tokflags::Interpolated));
  CHECK(X.value(S[4]) == "1 2");
  CHECK(X.value(S[1]) == "");
}

TEST_CASE("Shell quoting forms", "[lex][shell]") {
  Lexed X(Language::Shell,
          "echo 'no $x \\n' \"v=${V:-d} $(date \"+%s\") `id`\" $'a\\tb\\x41'"
          " \"\\$lit \\\\\" a\\ b");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 5);
  CHECK(X.value(S[0]) == "no $x \\n");
  CHECK(X.value(S[1]) == "v=${V:-d} $(date \"+%s\") `id`");
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "a\tbA");
  CHECK(X.value(S[3]) == "$lit \\");
  CHECK(X.value(S[4]) == "a b");
}

TEST_CASE("Shell comments and operators", "[lex][shell]") {
  Lexed X(Language::Shell,
          "# top\na#b c # tail\nx | y || z; w & v >> f 2>&1\n");
  auto C = X.texts(K::Comment);
  CHECK(C == std::vector<std::string>{"# top", "# tail"});
  CHECK(X.find("a#b")->is(K::Identifier));
  for (const char *Op : {"|", "||", ";", "&", ">>", "2>&"})
    CHECK(X.find(Op));
  CHECK(X.find("y")->is(K::Identifier));
  CHECK(X.find("z")->is(K::Identifier));
  CHECK(X.find("f")->is(K::String));
}

TEST_CASE("Shell heredocs", "[lex][shell]") {
  Lexed X(Language::Shell, "cat <<EOF | grep k\nkey=$KEY \\$not\nEOF\n"
                           "cat <<-'RAW'\n\t\traw $x\n\tRAW\nnext\n");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(S[0].has(tokflags::Heredoc));
  CHECK(S[0].has(tokflags::Multiline));
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "key=$KEY $not\n");
  CHECK(X.text(S[1]) == "k");
  CHECK(S[2].has(tokflags::Raw));
  CHECK(X.value(S[2]) == "raw $x\n");
  CHECK(X.find("next")->is(K::Identifier));
  CHECK(X.find("next")->has(tokflags::NewlineBefore));
}

TEST_CASE("Shell continuations and unterminated quotes", "[lex][shell]") {
  Lexed X(Language::Shell, "curl \\\n  -u key:secret\necho \"open\n");
  CHECK_FALSE(X.find("-u")->has(tokflags::NewlineBefore));
  CHECK(X.find("echo")->has(tokflags::NewlineBefore));
  auto S = X.all(K::String);
  CHECK(S.back().has(tokflags::Unterminated));
  CHECK(X.value(S.back()) == "open\n");
}

TEST_CASE("Dockerfile instructions", "[lex][dockerfile]") {
  Lexed X(Language::Dockerfile,
          "# syntax=docker/dockerfile:1\nFROM node:20 AS build\n"
          "ENV API_KEY=abc SECRET=\"x y\"\nENV LEGACY some value here\n"
          "ARG TOKEN\nRUN curl -u \"$TOKEN\" https://x \\\n"
          "  # a comment inside\n  && echo ok\nCMD [\"node\", \"s.js\"]\n");
  CHECK(shape(X) == std::vector<std::string>{"C:# syntax=docker/dockerfile:1",
                                             "I:FROM",
                                             "S:node:20",
                                             "S:AS",
                                             "S:build",
                                             "I:ENV",
                                             "I:API_KEY",
                                             "P:=",
                                             "S:abc",
                                             "I:SECRET",
                                             "P:=",
                                             "S:\"x y\"",
                                             "I:ENV",
                                             "I:LEGACY",
                                             "S:some value here",
                                             "I:ARG",
                                             "I:TOKEN",
                                             "I:RUN",
                                             "I:curl",
                                             "S:-u",
                                             "S:\"$TOKEN\"",
                                             "S:https://x",
                                             "C:# a comment inside",
                                             "P:&&",
                                             "I:echo",
                                             "S:ok",
                                             "I:CMD",
                                             "P:[",
                                             "S:\"node\"",
                                             "P:,",
                                             "S:\"s.js\"",
                                             "P:]"});
  auto S = X.all(K::String);
  CHECK(X.value(S[4]) == "x y");
  CHECK(X.value(S[5]) == "some value here");
}
