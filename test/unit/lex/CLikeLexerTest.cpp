#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using K = TokenKind;

TEST_CASE("JS strings, comments and punctuators", "[lex][clike][js]") {
  Lexed X(Language::JavaScript,
          "// line\nconst a = 'it\\'s' + \"q\\\"\\u0041\\x42\\n\";\n"
          "/** doc */ x?.y ?? z === w !== v => 1 ... a **= 2;");
  auto C = X.all(K::Comment);
  REQUIRE(C.size() == 2);
  CHECK(commentBody(X.L, X.Src, C[0]) == " line");
  CHECK(commentBody(X.L, X.Src, C[1]) == "* doc ");
  CHECK(C[1].has(tokflags::DocComment));
  CHECK(X.values() == std::vector<std::string>{"it's", "q\"AB\n"});
  auto P = X.texts(K::Punct);
  for (const char *Op : {"?.", "??", "===", "!==", "=>", "...", "**="})
    CHECK(std::find(P.begin(), P.end(), Op) != P.end());
  const Token *Const = X.find("const");
  REQUIRE(Const);
  CHECK(Const->has(tokflags::NewlineBefore));
  CHECK_FALSE(X.find("a")->has(tokflags::NewlineBefore));
}

TEST_CASE("JS template literals nest substitutions", "[lex][clike][js]") {
  Lexed X(Language::JavaScript,
          "f(`https://${host}/v2/${ {a: `in${x}`}.a }/x\\u0041`, 1)");
  Token S = X.onlyString();
  CHECK(S.has(tokflags::Interpolated));
  CHECK_FALSE(S.has(tokflags::Unterminated));
  CHECK(X.value(S) == "https://${host}/v2/${ {a: `in${x}`}.a }/xA");
  CHECK(X.texts(K::Number) == std::vector<std::string>{"1"});

  Lexed Plain(Language::JavaScript, "`a\nb`");
  CHECK_FALSE(Plain.onlyString().has(tokflags::Interpolated));
  CHECK(Plain.value(Plain.onlyString()) == "a\nb");
}

TEST_CASE("JS regex literals depend on the previous token",
          "[lex][clike][js]") {
  Lexed X(Language::JavaScript,
          "x = /ab[/]c\\/d/gi.test(s); y = a / b / c; return /re/;");
  CHECK(X.texts(K::Regex) ==
        std::vector<std::string>{"/ab[/]c\\/d/gi", "/re/"});
  Lexed Y(Language::TypeScript, "if (/^http:/.test(u)) {}");
  CHECK(Y.texts(K::Regex) == std::vector<std::string>{"/^http:/"});
}

TEST_CASE("Unterminated JS strings stop at the line end", "[lex][clike][js]") {
  Lexed X(Language::JavaScript, "a = 'abc\nb = 1");
  Token S = X.onlyString();
  CHECK(S.has(tokflags::Unterminated));
  CHECK(X.text(S) == "'abc");
  CHECK(X.value(S) == "abc");
  CHECK(X.find("b")->has(tokflags::NewlineBefore));

  Lexed T(Language::JavaScript, "a = `abc ${x");
  CHECK(T.onlyString().has(tokflags::Unterminated));
  Lexed Cm(Language::JavaScript, "x /* open");
  REQUIRE(Cm.all(K::Comment).size() == 1);
  CHECK(Cm.all(K::Comment)[0].has(tokflags::Unterminated));
}

TEST_CASE("Numbers", "[lex][clike]") {
  Lexed X(Language::Cpp, "0x1F 0b1010 1'000'000 1.5f 0L 3e-5 .5 42ULL");
  CHECK(X.texts(K::Number) ==
        std::vector<std::string>{"0x1F", "0b1010", "1'000'000", "1.5f", "0L",
                                 "3e-5", ".5", "42ULL"});
  Lexed J(Language::JavaScript, "1_000n 0o17 x.y");
  CHECK(J.texts(K::Number) == std::vector<std::string>{"1_000n", "0o17"});
}

TEST_CASE("C and C++ strings and directives", "[lex][clike][c]") {
  Lexed X(Language::Cpp,
          "#include <opentok/ot.h>\n#  define SECRET \"abc\\x41\" \\\n"
          "  L\"w\" u8\"u\"\nchar c = 'x'; auto r = R\"xy(a\"b)c)xy\";\n");
  auto D = X.texts(K::Directive);
  CHECK(D == std::vector<std::string>{"#include", "#  define"});
  CHECK(X.values() == std::vector<std::string>{"opentok/ot.h", "abcA", "w", "u",
                                               "x", "a\"b)c"});
  auto S = X.all(K::String);
  CHECK(S[4].has(tokflags::Char));
  CHECK(S[5].has(tokflags::Raw));
  // A continuation does not count as a line break.
  CHECK_FALSE(S[2].has(tokflags::NewlineBefore));
  CHECK(X.find("char")->has(tokflags::NewlineBefore));
  CHECK(X.find("SECRET")->is(K::Identifier));
}

TEST_CASE("Objective-C literals and keywords", "[lex][clike][objc]") {
  Lexed X(Language::ObjC,
          "#import \"OT.h\"\n@interface A\n@property NSString *k;\n"
          "k = @\"46\\n\";\n@end");
  CHECK(X.values() == std::vector<std::string>{"OT.h", "46\n"});
  CHECK(X.find("@interface")->is(K::Identifier));
  CHECK(X.find("@end")->is(K::Identifier));
}

TEST_CASE("Java text blocks and chars", "[lex][clike][java]") {
  Lexed X(Language::Java, "String s = \"\"\"\n    {\n      \"k\": \"v\\t\"\n"
                          "    }\n    \"\"\";\nchar c = '\\n';");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 2);
  CHECK(S[0].has(tokflags::Multiline));
  CHECK(X.value(S[0]) == "{\n  \"k\": \"v\t\"\n}\n");
  CHECK(S[1].has(tokflags::Char));
  CHECK(X.value(S[1]) == "\n");
}

TEST_CASE("Kotlin templates and raw strings", "[lex][clike][kotlin]") {
  Lexed X(
      Language::Kotlin,
      "val u = \"https://$host/${path.trim()}\"\nval r = \"\"\"a\\n$x\"\"\"\n"
      "val p = \"plain\\n\" /* a /* nested */ comment */ val z = 1");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "https://$host/${path.trim()}");
  CHECK(S[1].has(tokflags::Raw));
  CHECK(X.value(S[1]) == "a\\n$x");
  CHECK_FALSE(S[2].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "plain\n");
  REQUIRE(X.all(K::Comment).size() == 1);
  CHECK(X.find("z"));
}

TEST_CASE("Scala interpolators", "[lex][clike][scala]") {
  Lexed X(
      Language::Scala,
      "s\"key=$k ${v}\" f\"$x%2.2f\" raw\"a\\nb\" \"\"\"r\\n\"\"\" 'c' 'sym");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 5);
  CHECK(X.value(S[0]) == "key=$k ${v}");
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "a\\nb");
  CHECK(X.value(S[3]) == "r\\n");
  CHECK(S[4].has(tokflags::Char));
}

TEST_CASE("Groovy strings", "[lex][clike][groovy]") {
  Lexed X(Language::Groovy,
          "def a = 'x\\'y'\ndef b = \"k=${v}\"\ndef c = '''m\nl'''\n"
          "def d = \"\"\"t $v\"\"\"");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 4);
  CHECK(X.value(S[0]) == "x'y");
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "m\nl");
  CHECK(S[2].has(tokflags::Multiline));
  CHECK(S[3].has(tokflags::Interpolated));
}

TEST_CASE("Swift strings", "[lex][clike][swift]") {
  Lexed X(Language::Swift,
          "let a = \"k=\\(key)\\u{41}\"\nlet b = #\"raw \\n \\#(x)\"#\n"
          "let c = \"\"\"\n    line1\n      line2\n    \"\"\"\n");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "k=\\(key)A");
  CHECK(S[1].has(tokflags::Raw));
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[1]) == "raw \\n \\#(x)");
  CHECK(S[2].has(tokflags::Multiline));
  CHECK(X.value(S[2]) == "line1\n  line2");
}

TEST_CASE("C# string forms", "[lex][clike][csharp]") {
  Lexed X(Language::CSharp,
          "var a = @\"C:\\dir\"\"q\"\"\";\nvar b = $\"id={id} {{x}}\";\n"
          "var c = $@\"{p}\\n\";\nvar d = \"\"\"\n    raw \"q\"\n    \"\"\";\n"
          "char e = 'z'; var f = \"t\\x41\";");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 6);
  CHECK(X.value(S[0]) == "C:\\dir\"q\"");
  CHECK(S[0].has(tokflags::Raw));
  CHECK(X.value(S[1]) == "id={id} {x}");
  CHECK(S[1].has(tokflags::Interpolated));
  CHECK(X.value(S[2]) == "{p}\\n");
  CHECK(X.value(S[3]) == "raw \"q\"");
  CHECK(S[4].has(tokflags::Char));
  CHECK(X.value(S[5]) == "tA");
}

TEST_CASE("Go raw strings and runes", "[lex][clike][go]") {
  Lexed X(Language::Go, "s := `a\\n\nb` + \"c\\td\"; r := 'x'; ch <- v");
  auto S = X.all(K::String);
  REQUIRE(S.size() == 3);
  CHECK(S[0].has(tokflags::Raw));
  CHECK(X.value(S[0]) == "a\\n\nb");
  CHECK(X.value(S[1]) == "c\td");
  CHECK(S[2].has(tokflags::Char));
  CHECK(X.find("<-"));
  CHECK(X.find(":="));
}

TEST_CASE("HCL comments, templates and heredocs", "[lex][clike][hcl]") {
  Lexed X(Language::HCL,
          "# c1\n// c2\n/* c3 */\nurl = \"http://${var.h}/$${x}\"\n"
          "policy = <<-EOF\n    {\n      \"a\": 1\n    }\n    EOF\nb = 1");
  CHECK(X.all(K::Comment).size() == 3);
  auto S = X.all(K::String);
  REQUIRE(S.size() == 2);
  CHECK(S[0].has(tokflags::Interpolated));
  CHECK(X.value(S[0]) == "http://${var.h}/${x}");
  CHECK(S[1].has(tokflags::Heredoc));
  CHECK(S[1].has(tokflags::Multiline));
  CHECK(X.value(S[1]) == "{\n  \"a\": 1\n}\n");
  CHECK(X.find("b")->has(tokflags::NewlineBefore));
}
