//===- IgnoreTest.cpp - gitignore-syntax pattern matching -----------------===//

#include "workspace/Ignore.h"
#include <catch2/catch.hpp>

using namespace rtclint;

namespace {
IgnoreMatch matchOne(llvm::StringRef Patterns, llvm::StringRef Path,
                     bool IsDir = false) {
  IgnoreList L;
  L.addText(Patterns);
  return L.match(Path, IsDir);
}
constexpr IgnoreMatch Ign = IgnoreMatch::Ignore, Inc = IgnoreMatch::Include,
                      None = IgnoreMatch::None;
} // namespace

TEST_CASE("unanchored patterns match a name at any depth", "[ignore]") {
  CHECK(matchOne("*.min.js", "app.min.js") == Ign);
  CHECK(matchOne("*.min.js", "a/b/app.min.js") == Ign);
  CHECK(matchOne("*.min.js", "app.js") == None);
  CHECK(matchOne("vendor", "src/vendor", true) == Ign);
  CHECK(matchOne("vendor", "src/vendor") == Ign);
  // `*` and `?` never cross a '/'.
  CHECK(matchOne("a*b", "a/b") == None);
  CHECK(matchOne("a?b", "a/b") == None);
  CHECK(matchOne("file[0-9].txt", "d/file7.txt") == Ign);
  CHECK(matchOne("**", "anything/at/all") == Ign);
}

TEST_CASE("a trailing slash matches directories only", "[ignore]") {
  CHECK(matchOne("build/", "build", true) == Ign);
  CHECK(matchOne("build/", "build") == None);
  CHECK(matchOne("build/", "x/build", true) == Ign);
}

TEST_CASE("a slash anchors the pattern to the base", "[ignore]") {
  CHECK(matchOne("/top.js", "top.js") == Ign);
  CHECK(matchOne("/top.js", "src/top.js") == None);
  CHECK(matchOne("docs/build", "docs/build", true) == Ign);
  CHECK(matchOne("docs/build", "x/docs/build", true) == None);
  CHECK(matchOne("src/*.js", "src/a.js") == Ign);
  CHECK(matchOne("src/*.js", "src/sub/a.js") == None);
}

TEST_CASE("double stars cross directories", "[ignore]") {
  CHECK(matchOne("**/fixtures/**", "fixtures/a.js") == Ign);
  CHECK(matchOne("**/fixtures/**", "x/y/fixtures/a/b.js") == Ign);
  CHECK(matchOne("**/fixtures/**", "x/fixtures", true) == None);
  CHECK(matchOne("**/fixtures", "x/y/fixtures", true) == Ign);
  CHECK(matchOne("a/**/b", "a/b") == Ign);
  CHECK(matchOne("a/**/b", "a/x/y/b") == Ign);
  CHECK(matchOne("a/**/b", "c/a/x/b") == None);
  CHECK(matchOne("logs/**", "logs/a/b.log") == Ign);
  CHECK(matchOne("logs/**", "logs", true) == None);
}

TEST_CASE("negation: the last matching pattern wins", "[ignore]") {
  CHECK(matchOne("*.js\n!keep.js", "keep.js") == Inc);
  CHECK(matchOne("*.js\n!keep.js", "drop.js") == Ign);
  CHECK(matchOne("!keep.js\n*.js", "keep.js") == Ign);
  CHECK(matchOne("!keep.js", "other.js") == None);
}

TEST_CASE("comments, blanks, escapes and invalid globs", "[ignore]") {
  CHECK(matchOne("# a.js\n\n   \n", "a.js") == None);
  CHECK(matchOne("\\#hash", "#hash") == Ign);
  CHECK(matchOne("\\!bang", "!bang") == Ign);
  CHECK(matchOne("trail   ", "trail") == Ign);
  CHECK(matchOne("a.js\r\n", "a.js") == Ign);
  IgnoreList L;
  CHECK_FALSE(L.addPattern("[oops"));
  CHECK(L.empty());
  CHECK(L.addPattern("# comment"));
  CHECK(L.empty());
}

TEST_CASE("a list owns its pattern text", "[ignore]") {
  IgnoreList L;
  {
    std::string Text = "generated/\n*.snap\n";
    L.addText(Text);
    Text.assign(Text.size(), 'x'); // the caller's buffer is gone
  }
  CHECK(L.match("lib/generated", true) == Ign);
  CHECK(L.match("a.snap", false) == Ign);
  IgnoreList Moved = std::move(L);
  CHECK(Moved.match("generated", true) == Ign);
}
