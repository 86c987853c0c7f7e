// Markup tokenizer (XML, plist, HTML) and robustness of every config lexer.
#include "lex/Lexer.h"
#include <catch2/catch.hpp>

using namespace rtclint;

namespace {

std::vector<Token> lexAs(Language L, llvm::StringRef Buf) {
  std::vector<Token> Toks;
  lex(L, Buf, Toks);
  return Toks;
}

std::vector<std::string> texts(Language L, llvm::StringRef Buf, TokenKind K) {
  std::vector<std::string> R;
  for (const Token &T : lexAs(L, Buf))
    if (T.is(K))
      R.push_back(T.text(Buf).str());
  return R;
}

std::vector<std::string> decoded(Language L, llvm::StringRef Buf, TokenKind K) {
  std::vector<std::string> R;
  for (const Token &T : lexAs(L, Buf))
    if (T.is(K))
      R.push_back(decodeString(L, Buf, T));
  return R;
}

using Strs = std::vector<std::string>;

} // namespace

TEST_CASE("xml: declarations, comments, CDATA and tags", "[lex][markup]") {
  const char *Src =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE note [<!ENTITY x \"y\">]>\n"
      "<!-- a comment -->\n"
      "<manifest "
      "xmlns:android=\"http://schemas.android.com/apk/res/android\">\n"
      "  <application android:usesCleartextTraffic='true'/>\n"
      "  <note a=b>Tom &amp; Jerry &lt;3 &#65;&#x42;</note>\n"
      "  <raw><![CDATA[<not> &amp; markup]]></raw>\n"
      "</manifest>\n";
  CHECK(texts(Language::XML, Src, TokenKind::Directive) ==
        Strs{"<?xml version=\"1.0\"?>", "<!DOCTYPE note [<!ENTITY x \"y\">]>"});
  CHECK(texts(Language::XML, Src, TokenKind::Comment) ==
        Strs{"<!-- a comment -->"});
  CHECK(texts(Language::XML, Src, TokenKind::Identifier) ==
        Strs{"xmlns:android", "android:usesCleartextTraffic", "a"});
  CHECK(decoded(Language::XML, Src, TokenKind::String) ==
        Strs{"http://schemas.android.com/apk/res/android", "true", "b"});
  CHECK(decoded(Language::XML, Src, TokenKind::Text) ==
        Strs{"Tom & Jerry <3 AB", "<not> &amp; markup"});

  // Depth: a start tag and its end tag share the element's depth.
  for (const Token &T : lexAs(Language::XML, Src)) {
    llvm::StringRef Text = T.text(Src);
    if (Text == "<manifest" || Text == "</manifest>")
      CHECK(T.Depth == 0);
    if (Text == "<note" || Text == "</note>" || Text == "<application")
      CHECK(T.Depth == 1);
    if (T.is(TokenKind::Identifier))
      CHECK(T.has(tokflags::Key));
  }
}

TEST_CASE("xml: markup tokens in order", "[lex][markup]") {
  const char *Src = "<a x=\"1\"><b/></a>";
  CHECK(texts(Language::XML, Src, TokenKind::Markup) ==
        Strs{"<a", "=", ">", "<b", "/>", "</a>"});
}

TEST_CASE("html: raw script/style bodies, void elements, unquoted",
          "[lex][markup]") {
  const char *Src = "<HTML><body>\n"
                    "<img src=logo.png alt=Logo>\n"
                    "<br>\n"
                    "<SCRIPT type=\"text/javascript\">\n"
                    "  if (a < b && c > d) { x = '<p>'; }\n"
                    "</script>\n"
                    "<style>p > a { color: red }</style>\n"
                    "<p>after</p>\n"
                    "</body></html>\n";
  auto Toks = lexAs(Language::HTML, Src);
  Strs Raw;
  for (const Token &T : Toks)
    if (T.is(TokenKind::Text) && T.has(tokflags::Raw))
      Raw.push_back(T.text(Src).str());
  REQUIRE(Raw.size() == 2);
  CHECK(llvm::StringRef(Raw[0]).trim() == "if (a < b && c > d) { x = '<p>'; }");
  CHECK(Raw[1] == "p > a { color: red }");
  CHECK(decoded(Language::HTML, Src, TokenKind::String) ==
        Strs{"logo.png", "Logo", "text/javascript"});
  // Void elements do not nest: <p> sits at the same depth as <img>.
  int ImgDepth = -1, PDepth = -2;
  for (const Token &T : Toks) {
    if (T.text(Src) == "<img")
      ImgDepth = T.Depth;
    if (T.text(Src) == "<p")
      PDepth = T.Depth;
  }
  CHECK(ImgDepth == PDepth);
  CHECK(decoded(Language::HTML, Src, TokenKind::Text).back() == "after");
}

TEST_CASE("markup: unterminated constructs", "[lex][markup]") {
  auto Toks = lexAs(Language::XML, "<a href=\"x><b>text");
  REQUIRE(!Toks.empty());
  auto C = lexAs(Language::XML, "<!-- open");
  REQUIRE(C.size() == 1);
  CHECK(C[0].has(tokflags::Unterminated));
  CHECK(texts(Language::XML, "a < b <c>d", TokenKind::Text) ==
        Strs{"a < b", "d"});
}

TEST_CASE("config lexers survive garbage and truncation", "[lex][robust]") {
  const char *Samples[] = {
      "a: {b: [1, 'x\n  - \"y\\\n? k\n: v\n|+2\n  z\n{{ t }}\n--- &a *b !c",
      "{\"a\": [1, {\"b\": \"\\ud83d\\u\"}, /* x */ // y\n",
      "<a b='c' d=e><!-- x --><![CDATA[ y ]]><?p q?><!DOCTYPE [ ]></a",
      "<script>var x = '</scr' + 'ipt>';</script><style>",
      "export A=\"x\nB='y\n[s\nk\\\n",
  };
  const Language Langs[] = {
      Language::YAML, Language::JSON,       Language::XML,  Language::HTML,
      Language::Env,  Language::Properties, Language::Plist};
  // Deterministic pseudo-random bytes, biased toward syntax characters.
  std::string Noise;
  const char Alphabet[] = "{}[]:,-?|>'\"#&*!%<>/=\\\n \tab01x;";
  unsigned Seed = 12345;
  for (int I = 0; I < 4000; ++I) {
    Seed = Seed * 1103515245 + 12345;
    Noise += Alphabet[(Seed >> 16) % (sizeof(Alphabet) - 1)];
    if ((Seed >> 8) % 97 == 0)
      Noise += char(Seed & 0xFF);
  }
  std::vector<std::string> Inputs(std::begin(Samples), std::end(Samples));
  Inputs.push_back(Noise);
  Inputs.push_back(std::string("a\0b: \0", 6));
  for (Language L : Langs)
    for (const std::string &In : Inputs)
      for (size_t Cut = 0; Cut <= In.size(); Cut += 1 + In.size() / 50) {
        llvm::StringRef Buf(In.data(), Cut);
        std::vector<Token> Toks;
        lex(L, Buf, Toks);
        uint32_t Prev = 0;
        for (const Token &T : Toks) {
          REQUIRE(T.Begin <= T.End);
          REQUIRE(T.End <= Buf.size());
          REQUIRE(T.Begin >= Prev); // tokens come in source order
          Prev = T.Begin;
          (void)decodeString(L, Buf, T);
        }
      }
}
