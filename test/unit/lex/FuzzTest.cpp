// Hostile input: random bytes and every prefix of tricky files must lex
// without crashing or hanging, with well-formed tokens, and every token must
// decode.
#include "LexTestUtil.h"
#include <catch2/catch.hpp>
#include <random>

using namespace rtclint;
using namespace rtclint::test;

static const Language Langs[] = {
    Language::C,      Language::Cpp,        Language::ObjC,
    Language::Java,   Language::Kotlin,     Language::Scala,
    Language::Groovy, Language::Swift,      Language::CSharp,
    Language::Go,     Language::JavaScript, Language::TypeScript,
    Language::HCL,    Language::Python,     Language::Ruby,
    Language::PHP,    Language::Shell,      Language::Dockerfile,
    Language::SQL,    Language::CSV};

static void checkAll(Language L, llvm::StringRef Src) {
  std::vector<Token> Toks;
  lex(L, Src, Toks);
  std::string Why;
  INFO(languageName(L).str() << " input: " << Src.str());
  REQUIRE(wellFormed(Src, Toks, Why));
  for (const Token &T : Toks) {
    if (T.is(TokenKind::String))
      (void)decodeString(L, Src, T);
    if (T.is(TokenKind::Comment)) {
      llvm::StringRef B = commentBody(L, Src, T);
      REQUIRE(B.begin() >= Src.begin());
      REQUIRE(B.end() <= Src.end());
    }
  }
}

TEST_CASE("Random bytes lex without crashing", "[lex][fuzz]") {
  std::mt19937 Rng(12345);
  const std::string Alphabet = "\"'`$#{}()[]<>/\\*%?:=!@-~;,.|&^+ \t\r\n\n"
                               "abcxyzEOFR0189_uLfrb";
  for (Language L : Langs) {
    for (int Round = 0; Round < 150; ++Round) {
      std::string S;
      size_t Len = Rng() % 120;
      for (size_t I = 0; I < Len; ++I) {
        unsigned Pick = Rng() % 20;
        if (Pick == 0)
          S += char(Rng() % 256); // any byte: NUL, invalid UTF-8
        else
          S += Alphabet[Rng() % Alphabet.size()];
      }
      checkAll(L, S);
    }
  }
}

static const char *tricky(Language L) {
  switch (L) {
  case Language::Python:
    return "x = f\"{a[\"k\"]:{w}}\" + rb'\\x00' '''t\n'''  # c\n"
           "y = \\\n 1; z = f'{x!r}' \"\\N{DASH}\"\n";
  case Language::Ruby:
    return "a = f(<<~A, <<-'B', %w[x y]) # c\n  #{x}\n  A\n  b\n  B\n"
           "c = :\"s\" ? d : ?e; r = /x#{y}/i; %Q{#{ {z: 1} }}\n=begin\nq\n"
           "=end\n__END__\ndata";
  case Language::PHP:
    return "t<?php $a = \"{$b['c']} $d\" . <<<E\n  x $y\n  E;\n#[A]\n"
           "// c ?>t<?= 'q\\'' ?>";
  case Language::Shell:
  case Language::Dockerfile:
    return "FROM x\nENV A=1 B \"c\"\nRUN a=\"$(b \"c\" `d`)\" e <<-'E' | f\n"
           "\tbody\n\tE\n# c\nCMD [\"a\"]\n";
  default:
    return "#include <a.h>\n/* c */ x = `t${ {a: `n${b}`} }` + @\"v\" "
           "+ $\"{q}\" + \"\"\"\n  m\n  \"\"\" + R\"d(r)d\" + #\"s\"# "
           "+ s\"$x\" + '\\n' // e\nh = <<-EOF\n  b\n  EOF\n/x/g;";
  }
}

TEST_CASE("Every prefix of a tricky file lexes", "[lex][fuzz]") {
  for (Language L : Langs) {
    std::string Src = tricky(L);
    for (size_t N = 0; N <= Src.size(); ++N)
      checkAll(L, llvm::StringRef(Src).take_front(N));
  }
}

TEST_CASE("Tokens cover every comment byte", "[lex][fuzz]") {
  Lexed X(Language::JavaScript, "a /* x\n y */ b // z");
  std::string Blanked = X.Src;
  for (const Token &T : X.Toks)
    if (T.is(TokenKind::Comment))
      for (uint32_t I = T.Begin; I < T.End; ++I)
        if (Blanked[I] != '\n')
          Blanked[I] = ' ';
  CHECK(Blanked == "a     \n      b     ");
}
