#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using K = TokenKind;

TEST_CASE("PHP text outside tags", "[lex][php]") {
  Lexed X(Language::PHP, "<html>'x'<?php $a = 'b'; ?>\n<p><?= $v ?></p>");
  CHECK(X.texts(K::Text) ==
        std::vector<std::string>{"<html>'x'", "\n<p>", "</p>"});
  CHECK(X.texts(K::Markup) ==
        std::vector<std::string>{"<?php", "?>", "<?=", "?>"});
  CHECK(X.values() == std::vector<std::string>{"b"});
  CHECK(X.find("$a")->is(K::Identifier));
}

TEST_CASE("PHP strings", "[lex][php]") {
  Lexed X(
      Language::PHP,
      "<?php $s = 'a\\'b\\\\c\\n'; $d = \"k=$key {$o->p['x']} \\$no\\t\\d\";"
      " $e = \"plain\\x41\";");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(X.value(S[0]) == "a'b\\c\\n");
  CHECK_FALSE(S[0].has(tokflags::Interpolated));
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[1]) == "k=$key {$o->p['x']} $no\t\\d");
  CHECK_FALSE(S[2].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "plainA");
}

TEST_CASE("PHP heredoc and nowdoc", "[lex][php]") {
  Lexed X(Language::PHP,
          "<?php\n$h = <<<EOT\n    key=$k\n      x\\ty\n    EOT;\n"
          "$n = <<<'RAW'\nraw $k\\t\nRAW;\n$q = <<<\"Q\"\nq\nQ;\n");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(S[0].has(tokflags::Heredoc));
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "key=$k\n  x\ty");
  CHECK(S[1].has(tokflags::Raw));
  CHECK(X.value(S[1]) == "raw $k\\t");
  CHECK(X.value(S[2]) == "q");
  CHECK(X.texts(K::Punct).size() >= 6);
}

TEST_CASE("PHP comments, attributes and operators", "[lex][php]") {
  Lexed X(Language::PHP, "<?php # hash\n// line ?> text\n<?php /* block */\n"
                         "#[Route('/t')]\n$a?->b::c => $d ?? $e;");
  auto C = X.all(K::Comment);
  REQUIRE(C.size() == 3);
  CHECK(X.text(C[1]) == "// line ");
  CHECK(X.texts(K::Text) == std::vector<std::string>{" text\n"});
  CHECK(X.find("#[")->is(K::Punct));
  for (const char *Op : {"?->", "::", "=>", "??"})
    CHECK(X.find(Op));
}

TEST_CASE("PHP unterminated forms", "[lex][php]") {
  Lexed X(Language::PHP, "<?php $a = \"abc {$x");
  CHECK(X.onlyString().has(tokflags::Unterminated));
  Lexed H(Language::PHP, "<?php $a = <<<EOT\nbody\n");
  CHECK(H.onlyString().has(tokflags::Unterminated));
  CHECK(H.value(H.onlyString()) == "body\n");
}
