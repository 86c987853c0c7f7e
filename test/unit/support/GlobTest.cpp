//===- GlobTest.cpp - The one glob dialect --------------------------------===//

#include "support/Glob.h"
#include <catch2/catch.hpp>
#include <string>

using namespace rtclint;

static PathGlob glob(llvm::StringRef P) {
  llvm::Expected<PathGlob> G = PathGlob::create(P);
  REQUIRE(static_cast<bool>(G));
  return std::move(*G);
}

TEST_CASE("a glob with a slash is anchored; * stays in a component", "[glob]") {
  PathGlob G = glob("src/*.js");
  CHECK(G.match("src/a.js", false));
  CHECK_FALSE(G.match("src/x/a.js", false));
  CHECK_FALSE(G.match("lib/src/a.js", false));
  CHECK_FALSE(G.match("src/a.ts", false));
  CHECK(G.matchWithParents("src/a.js", false));
  CHECK_FALSE(G.matchWithParents("src/x/a.js", false));
}

TEST_CASE("a glob without a slash matches a name at any depth", "[glob]") {
  PathGlob G = glob("*.pem");
  CHECK(G.match("k.pem", false));
  CHECK(G.match("a/b/k.pem", false));
  CHECK_FALSE(G.match("a/k.pem.txt", false));
  PathGlob Dir = glob("node_modules/");
  CHECK(Dir.match("a/node_modules", true));
  CHECK_FALSE(Dir.match("a/node_modules", false));
  // A file below a matched directory matches with its parents.
  CHECK(Dir.matchWithParents("a/node_modules/x/y.js"));
  CHECK_FALSE(Dir.matchWithParents("a/node_modules"));
}

TEST_CASE("** spans components; a trailing ** only what is inside", "[glob]") {
  PathGlob G = glob("**/src/debug/**");
  CHECK(G.match("app/src/debug/a.java", false));
  CHECK(G.match("src/debug/x/y", false));
  CHECK_FALSE(G.match("src/debug", true));
  PathGlob Mid = glob("a/**/b");
  CHECK(Mid.match("a/b", false));
  CHECK(Mid.match("a/x/y/b", false));
  CHECK_FALSE(Mid.match("a/x/c", false));
}

TEST_CASE("classes, ? and escapes", "[glob]") {
  CHECK(glob("f[0-9].txt").match("f7.txt", false));
  CHECK_FALSE(glob("f[!0-9].txt").match("f7.txt", false));
  CHECK(glob("f[!0-9].txt").match("fa.txt", false));
  CHECK(glob("?.js").match("a.js", false));
  CHECK_FALSE(glob("?.js").match("ab.js", false));
  CHECK(glob("\\*.js").match("*.js", false));
  CHECK_FALSE(glob("\\*.js").match("a.js", false));
  CHECK_FALSE(static_cast<bool>(PathGlob::create("f[0-9")));
  llvm::consumeError(PathGlob::create("f[0-9").takeError());
}

TEST_CASE("many ** against a deep path is linear, not exponential", "[glob]") {
  PathGlob G = glob("**/a/**/a/**/a/**/a/**/a/**/a/**/b");
  std::string Deep;
  for (int I = 0; I < 2000; ++I)
    Deep += "a/";
  // No `b` at the end: a backtracking matcher would try every split.
  CHECK_FALSE(G.match(Deep + "c", false));
  CHECK(G.match(Deep + "b", false));
}
