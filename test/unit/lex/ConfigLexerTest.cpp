// Tokenizers of configuration formats: .env, .properties/.ini, JSON, YAML.
#include "lex/Lexer.h"
#include <catch2/catch.hpp>

using namespace rtclint;

namespace {

std::vector<Token> lexAs(Language L, llvm::StringRef Buf) {
  std::vector<Token> Toks;
  lex(L, Buf, Toks);
  return Toks;
}

/// Decoded values of the String tokens with (or without) the Key flag.
std::vector<std::string> strings(Language L, llvm::StringRef Buf, bool Keys) {
  std::vector<std::string> R;
  for (const Token &T : lexAs(L, Buf))
    if (T.is(TokenKind::String) && T.has(tokflags::Key) == Keys)
      R.push_back(decodeString(L, Buf, T));
  return R;
}

std::vector<std::string> comments(Language L, llvm::StringRef Buf) {
  std::vector<std::string> R;
  for (const Token &T : lexAs(L, Buf))
    if (T.is(TokenKind::Comment))
      R.push_back(T.text(Buf).str());
  return R;
}

using Strs = std::vector<std::string>;

} // namespace

TEST_CASE("env: keys, quoting forms and comments", "[lex][env]") {
  const char *Src = "# top comment\n"
                    "export OPENTOK_KEY=45828062\n"
                    "SECRET=\"a\\tb ${HOME} \\\"q\\\"\"\n"
                    "RAW='no \\n escape'\n"
                    "PLAIN=some value # trailing\n"
                    "HASH=abc#def\n"
                    "EMPTY=\n"
                    "MULTI=\"line1\nline2\"\n";
  CHECK(strings(Language::Env, Src, true) == Strs{"OPENTOK_KEY", "SECRET",
                                                  "RAW", "PLAIN", "HASH",
                                                  "EMPTY", "MULTI"});
  CHECK(strings(Language::Env, Src, false) ==
        Strs{"45828062", "a\tb ${HOME} \"q\"", "no \\n escape", "some value",
             "abc#def", "", "line1\nline2"});
  CHECK(comments(Language::Env, Src) == Strs{"# top comment", "# trailing"});

  auto Toks = lexAs(Language::Env, Src);
  REQUIRE(Toks.size() > 2);
  CHECK(Toks[1].is(TokenKind::Identifier)); // export
  CHECK(Toks[1].text(Src) == "export");
  for (const Token &T : Toks)
    if (T.is(TokenKind::String) && T.text(Src).starts_with("\"a"))
      CHECK(T.has(tokflags::Interpolated));
    else if (T.is(TokenKind::String) && T.text(Src).starts_with("'"))
      CHECK(T.has(tokflags::Raw));
    else if (T.is(TokenKind::String) && T.text(Src).starts_with("\"line"))
      CHECK(T.has(tokflags::Multiline));
}

TEST_CASE("env: unterminated quote stays on its line", "[lex][env]") {
  const char *Src = "A=\"never closed\nB=ok\n";
  CHECK(strings(Language::Env, Src, true) == Strs{"A", "B"});
  auto Toks = lexAs(Language::Env, Src);
  REQUIRE(Toks.size() >= 3);
  CHECK(Toks[2].has(tokflags::Unterminated));
}

TEST_CASE("properties: separators, continuations, escapes",
          "[lex][properties]") {
  const char *Src = "# hash comment\n"
                    "! bang comment\n"
                    "a.b=1\n"
                    "c.d: two\n"
                    "e.f   spaced value\n"
                    "long = first \\\n"
                    "       second\n"
                    "uni=caf\\u00e9 \\uD83D\\uDE00\n"
                    "key\\ with\\=sep = v\n";
  CHECK(strings(Language::Properties, Src, true) ==
        Strs{"a.b", "c.d", "e.f", "long", "uni", "key with=sep"});
  CHECK(strings(Language::Properties, Src, false) ==
        Strs{"1", "two", "spaced value", "first second",
             "caf\xC3\xA9 \xF0\x9F\x98\x80", "v"});
  CHECK(comments(Language::Properties, Src) ==
        Strs{"# hash comment", "! bang comment"});
}

TEST_CASE("ini: sections and semicolon comments", "[lex][properties]") {
  const char *Src = "; top\n[opentok]\napi_secret = \"abc\" ; why\n";
  auto Toks = lexAs(Language::Properties, Src);
  REQUIRE(Toks.size() == 8);
  CHECK(Toks[0].is(TokenKind::Comment));
  CHECK(Toks[1].text(Src) == "[");
  CHECK(Toks[2].is(TokenKind::Identifier));
  CHECK(Toks[2].text(Src) == "opentok");
  CHECK(Toks[3].text(Src) == "]");
  CHECK(Toks[4].has(tokflags::Key));
  CHECK(decodeString(Language::Properties, Src, Toks[6]) == "abc");
  CHECK(comments(Language::Properties, Src) == Strs{"; top", "; why"});
}

TEST_CASE("json: strings, escapes, keys and literals", "[lex][json]") {
  const char *Src = R"({"k\u00e9y": "a\"b\\c\/d\n\u00e9\ud83d\ude00",
  "n": -1.5e+3, "t": true, "f": false, "z": null, "arr": ["x", 2,],
})";
  CHECK(strings(Language::JSON, Src, true) ==
        Strs{"k\xC3\xA9y", "n", "t", "f", "z", "arr"});
  CHECK(strings(Language::JSON, Src, false) ==
        Strs{"a\"b\\c/d\n\xC3\xA9\xF0\x9F\x98\x80", "x"});
  auto Toks = lexAs(Language::JSON, Src);
  std::vector<std::string> Nums, Idents;
  for (const Token &T : Toks) {
    if (T.is(TokenKind::Number))
      Nums.push_back(T.text(Src).str());
    if (T.is(TokenKind::Identifier))
      Idents.push_back(T.text(Src).str());
  }
  CHECK(Nums == Strs{"-1.5e+3", "2"});
  CHECK(Idents == Strs{"true", "false", "null"});
  // Depth follows bracket nesting.
  CHECK(Toks.front().Depth == 0);
  for (const Token &T : Toks)
    if (T.is(TokenKind::String) && T.text(Src) == "\"x\"")
      CHECK(T.Depth == 2);
}

TEST_CASE("json: JSONC comments and lone surrogates", "[lex][json]") {
  const char *Src = "// ruleid: x\n{ /* block\n */ \"a\": \"\\ud800\" }";
  CHECK(comments(Language::JSON, Src) == Strs{"// ruleid: x", "/* block\n */"});
  CHECK(strings(Language::JSON, Src, true) == Strs{"a"});
  CHECK(strings(Language::JSON, Src, false) == Strs{"\xEF\xBF\xBD"});
  // An unterminated string ends at its line.
  const char *Bad = "{\"a\": \"open\n\"b\": 1}";
  auto Toks = lexAs(Language::JSON, Bad);
  REQUIRE(Toks.size() >= 4);
  CHECK(Toks[3].has(tokflags::Unterminated));
  CHECK(strings(Language::JSON, Bad, true) == Strs{"a", "b"});
}

TEST_CASE("yaml: block mappings, sequences and columns", "[lex][yaml]") {
  const char *Src = "apiVersion: v1\n"
                    "spec:\n"
                    "  env:\n"
                    "    - name: OPENTOK_API_SECRET\n"
                    "      value: abc # note\n"
                    "    - plain item\n"
                    "url: http://x/#frag\n";
  CHECK(strings(Language::YAML, Src, true) ==
        Strs{"apiVersion", "spec", "env", "name", "value", "url"});
  CHECK(strings(Language::YAML, Src, false) == Strs{"v1", "OPENTOK_API_SECRET",
                                                    "abc", "plain item",
                                                    "http://x/#frag"});
  CHECK(comments(Language::YAML, Src) == Strs{"# note"});
  for (const Token &T : lexAs(Language::YAML, Src)) {
    llvm::StringRef Text = T.text(Src);
    if (Text == "env")
      CHECK(T.Depth == 2);
    if (Text == "name" || Text == "value")
      CHECK(T.Depth == 6);
    if (Text == "-")
      CHECK(T.Depth == 4);
  }
}

TEST_CASE("yaml: flow collections and quoted scalars", "[lex][yaml]") {
  const char *Src = "a: {b: 1, \"c\": [x, 'it''s'], d: \"t\\tab\\u00e9\"}\n"
                    "e: 'multi\n"
                    "  line'\n"
                    "f: \"fold\n"
                    "\n"
                    "  kept\\\n"
                    "  joined\"\n";
  CHECK(strings(Language::YAML, Src, true) ==
        Strs{"a", "b", "c", "d", "e", "f"});
  CHECK(strings(Language::YAML, Src, false) ==
        Strs{"1", "x", "it's", "t\tab\xC3\xA9", "multi line",
             "fold\nkeptjoined"});
}

TEST_CASE("yaml: multi-line plain scalars", "[lex][yaml]") {
  const char *Src = "key: first\n"
                    "  second\n"
                    "\n"
                    "  third\n"
                    "next: v\n";
  CHECK(strings(Language::YAML, Src, false) ==
        Strs{"first second\nthird", "v"});
  CHECK(strings(Language::YAML, Src, true) == Strs{"key", "next"});
}

TEST_CASE("yaml: block scalars with chomping and indentation", "[lex][yaml]") {
  const char *Src = "lit: |\n"
                    "  line1\n"
                    "    indented\n"
                    "  line3\n"
                    "fold: >-\n"
                    "  a\n"
                    "  b\n"
                    "\n"
                    "  c\n"
                    "keep: |+ # keep trailing\n"
                    "  k\n"
                    "\n"
                    "explicit: |2\n"
                    "    two extra\n"
                    "  base\n"
                    "end: 1\n";
  CHECK(strings(Language::YAML, Src, false) ==
        Strs{"line1\n  indented\nline3\n", "a b\nc", "k\n\n",
             "  two extra\nbase\n", "1"});
  CHECK(strings(Language::YAML, Src, true) ==
        Strs{"lit", "fold", "keep", "explicit", "end"});
  CHECK(comments(Language::YAML, Src) == Strs{"# keep trailing"});
  for (const Token &T : lexAs(Language::YAML, Src))
    if (T.is(TokenKind::String) && !T.has(tokflags::Key) &&
        T.text(Src).starts_with("|"))
      CHECK(T.has(tokflags::Multiline));
}

TEST_CASE("yaml: documents, anchors, aliases, tags", "[lex][yaml]") {
  const char *Src = "%YAML 1.2\n"
                    "---\n"
                    "base: &b {x: 1}\n"
                    "copy: *b\n"
                    "s: !!str 123\n"
                    "...\n"
                    "--- \n"
                    "? complex\n"
                    ": value\n";
  auto Toks = lexAs(Language::YAML, Src);
  Strs Idents, Puncts;
  for (const Token &T : Toks) {
    if (T.is(TokenKind::Identifier))
      Idents.push_back(T.text(Src).str());
    if (T.is(TokenKind::Punct) && T.text(Src).size() == 3)
      Puncts.push_back(T.text(Src).str());
  }
  CHECK(Toks.front().is(TokenKind::Directive));
  CHECK(Idents == Strs{"&b", "*b", "!!str"});
  CHECK(Puncts == Strs{"---", "...", "---"});
  CHECK(strings(Language::YAML, Src, false) ==
        Strs{"1", "123", "complex", "value"});
}

TEST_CASE("yaml: Helm templates do not derail the file", "[lex][yaml]") {
  const char *Src = "metadata:\n"
                    "  name: {{ .Release.Name }}-app\n"
                    "  labels:\n"
                    "    {{- include \"chart.labels\" . | nindent 4 }}\n"
                    "spec:\n"
                    "  secret: {{ .Values.secret | quote }}\n"
                    "  after: ok\n";
  CHECK(strings(Language::YAML, Src, true) ==
        Strs{"metadata", "name", "labels", "spec", "secret", "after"});
  auto Toks = lexAs(Language::YAML, Src);
  int Directives = 0;
  for (const Token &T : Toks) {
    if (T.is(TokenKind::Directive))
      ++Directives;
    if (T.is(TokenKind::String) && T.text(Src).starts_with("{{ .Release"))
      CHECK(T.has(tokflags::Interpolated));
  }
  CHECK(Directives == 1);
  CHECK(strings(Language::YAML, Src, false) ==
        Strs{"{{ .Release.Name }}-app", "{{ .Values.secret | quote }}", "ok"});
}

TEST_CASE("yaml: '#' inside a scalar is not a comment", "[lex][yaml]") {
  const char *Src = "color: #fff\nhex: a#b\n";
  CHECK(strings(Language::YAML, Src, false) == Strs{"a#b"});
  CHECK(comments(Language::YAML, Src) == Strs{"#fff"});
}

TEST_CASE("yaml: an unclosed flow collection ends at the dedent",
          "[lex][yaml]") {
  const char *Src = "args: [a, b\n"
                    "next: |\n"
                    "  block, text\n";
  CHECK(strings(Language::YAML, Src, true) == Strs{"args", "next"});
  CHECK(strings(Language::YAML, Src, false) == Strs{"a", "b", "block, text\n"});
}
