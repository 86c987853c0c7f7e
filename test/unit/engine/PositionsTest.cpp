//===- PositionsTest.cpp - Lines, columns, fingerprints, languages --------===//
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::string errorRule(StringRef Id, StringRef Rest,
                      StringRef Category = "secrets") {
  return rule(Id, Rest, Category, "error");
}

const char *const Hex = "3f9a7c0e5b2d8146af9c3e7b0d5a2f6e8c1b4d7a";

std::shared_ptr<const RuleSet> hexRule() {
  return load({errorRule("p-hex", "secret: true\npatterns:\n  - on: string\n"
                                  "    value: '^[0-9a-f]{40}$'\n")});
}

} // namespace

TEST_CASE("lines and columns are 1-based with an exclusive end",
          "[engine][positions]") {
  auto S = load({errorRule("p-block", "patterns:\n  - on: text\n"
                                      "    regex: 'BEGIN(?s:.*?)END'\n"),
                 errorRule("p-word", "patterns:\n  - on: text\n"
                                     "    regex: 'XYZ'\n")});
  SECTION("a multi-line match") {
    auto Fs = scan(S, "notes.txt", "x\nab BEGIN\ncd END\n");
    REQUIRE(Fs.size() == 1);
    CHECK(Fs[0].Line == 2);
    CHECK(Fs[0].Column == 4);
    CHECK(Fs[0].EndLine == 3);
    CHECK(Fs[0].EndColumn == 7);
    CHECK(Fs[0].Range.Begin == 5);
    CHECK(Fs[0].Range.End == 17);
    // The snippet is the first line only.
    CHECK(Fs[0].Snippet == "ab BEGIN");
  }
  SECTION("first byte, last byte, no final newline") {
    auto Fs = scan(S, "notes.txt", "XYZ and\n\ttail XYZ");
    REQUIRE(Fs.size() == 2);
    CHECK(Fs[0].Line == 1);
    CHECK(Fs[0].Column == 1);
    CHECK(Fs[0].EndColumn == 4);
    // A tab is one column: columns count bytes.
    CHECK(Fs[1].Line == 2);
    CHECK(Fs[1].Column == 7);
    CHECK(Fs[1].EndLine == 2);
    CHECK(Fs[1].EndColumn == 10);
    CHECK(Fs[1].Snippet == "\ttail XYZ");
  }
  SECTION("CRLF line ends") {
    auto Fs = scan(S, "notes.txt", "a\r\nb XYZ\r\n");
    REQUIRE(Fs.size() == 1);
    CHECK(Fs[0].Line == 2);
    CHECK(Fs[0].Column == 3);
    CHECK(Fs[0].EndColumn == 6);
    CHECK(Fs[0].Snippet == "b XYZ");
  }
  SECTION("findings come sorted by position") {
    auto Fs = scan(S, "notes.txt", "XYZ\nBEGIN END XYZ\nXYZ\n");
    REQUIRE(Fs.size() == 4);
    for (size_t I = 1; I < Fs.size(); ++I)
      CHECK_FALSE(Fs[I] < Fs[I - 1]);
    CHECK(Fs[1].RuleId == "p-block");
    CHECK(Fs[1].Line == 2);
  }
}

TEST_CASE("fingerprints survive line shifts", "[engine][fingerprint]") {
  auto S = hexRule();
  std::string Buf = "const apiSecret = '" + std::string(Hex) + "';\n";
  auto Before = scan(S, "src/a.js", Buf);
  REQUIRE(Before.size() == 1);
  CHECK(Before[0].Fingerprint.size() == 16);

  auto After =
      scan(S, "src/a.js", "// a header comment\nimport x from 'y';\n\n" + Buf);
  REQUIRE(After.size() == 1);
  CHECK(After[0].Line == 4);
  CHECK(After[0].Fingerprint == Before[0].Fingerprint);

  // Re-indenting does not change it either.
  auto Indented = scan(S, "src/a.js", "    " + Buf);
  REQUIRE(Indented.size() == 1);
  CHECK(Indented[0].Fingerprint == Before[0].Fingerprint);

  // Another file, another finding.
  auto Other = scan(S, "src/b.js", Buf);
  REQUIRE(Other.size() == 1);
  CHECK(Other[0].Fingerprint != Before[0].Fingerprint);

  // Another secret, another finding.
  std::string Buf2 = Buf;
  Buf2[19] = Buf2[19] == '3' ? '4' : '3';
  auto Changed = scan(S, "src/a.js", Buf2);
  REQUIRE(Changed.size() == 1);
  CHECK(Changed[0].Fingerprint != Before[0].Fingerprint);
}

TEST_CASE("identical secrets in one file get distinct fingerprints",
          "[engine][fingerprint]") {
  auto S = hexRule();
  std::string Lit = "'" + std::string(Hex) + "'";
  auto Fs =
      scan(S, "src/a.js", "const a = " + Lit + ";\nconst b = " + Lit + ";\n");
  REQUIRE(Fs.size() == 2);
  CHECK(Fs[0].Fingerprint != Fs[1].Fingerprint);
  // Each keeps its fingerprint when the other moves.
  auto Moved = scan(S, "src/a.js",
                    "const a = " + Lit + ";\n\n\nconst b = " + Lit + ";\n");
  REQUIRE(Moved.size() == 2);
  CHECK(Moved[0].Fingerprint == Fs[0].Fingerprint);
  CHECK(Moved[1].Fingerprint == Fs[1].Fingerprint);
}

TEST_CASE("the language is detected from the path or forced",
          "[engine][language]") {
  auto S = load({errorRule("p-py", "languages: [python]\npatterns:\n"
                                   "  - on: code\n    regex: 'XYZ'\n")});
  std::string Buf = "XYZ = 1\n";
  auto Fs = scan(S, "app.py", Buf);
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Lang == Language::Python);
  CHECK(scan(S, "app.js", Buf).empty());
  CHECK(scan(S, "notes.txt", Buf).empty());

  Fs = scan(S, "notes.txt", Buf, {}, Language::Python);
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Lang == Language::Python);
  CHECK(scan(S, "app.py", Buf, {}, Language::JavaScript).empty());
}

TEST_CASE("the language decides what is a comment", "[engine][language]") {
  auto S = load(
      {errorRule("p-code", "patterns:\n  - on: code\n    regex: 'XYZ'\n")});
  std::string Buf = "# XYZ in a comment\nXYZ = 1\n";
  auto Lines = [](const std::vector<Finding> &Fs) {
    std::vector<unsigned> Out;
    for (const Finding &F : Fs)
      Out.push_back(F.Line);
    return Out;
  };
  CHECK(Lines(scan(S, "app.py", Buf)) == std::vector<unsigned>{2});
  CHECK(Lines(scan(S, "app.sh", Buf)) == std::vector<unsigned>{2});
  // In JavaScript '#' starts no comment.
  CHECK(Lines(scan(S, "app.py", Buf, {}, Language::JavaScript)) ==
        std::vector<unsigned>{1, 2});
}

TEST_CASE("findings carry their enclosing scope", "[engine][scope]") {
  auto S = hexRule();
  auto Fs = scan(S, "keys.py",
                 "class Keys:\n    def load(self):\n        s = '" +
                     std::string(Hex) + "'\n        return s\n");
  REQUIRE(Fs.size() == 1);
  CHECK(Fs[0].Scope == "Keys.load");
  // Fingerprints do not depend on how a frontend names scopes: moving the
  // value to module level keeps its identity.
  auto Top = scan(S, "keys.py", "s = '" + std::string(Hex) + "'\n");
  REQUIRE(Top.size() == 1);
  CHECK(Top[0].Scope.empty());
  CHECK(Top[0].Fingerprint == Fs[0].Fingerprint);
}
