//===- GlobDialectTest.cpp - One glob dialect for paths, excludes, ignores ===//

#include "rules/Rule.h"
#include "workspace/Ignore.h"
#include <catch2/catch.hpp>

using namespace rtclint;

TEST_CASE("src/*.js means the same in rule paths, excludes and ignore files",
          "[glob]") {
  llvm::Expected<Glob> RulePath = Glob::create("src/*.js");
  REQUIRE(static_cast<bool>(RulePath));
  IgnoreList Exclude; // --exclude and .rtclintignore/.gitignore lines
  REQUIRE(Exclude.addPattern("src/*.js"));
  for (auto [Path, Expected] : {std::pair{"src/a.js", true},
                                {"src/b.min.js", true},
                                {"src/x/a.js", false},
                                {"lib/src/a.js", false},
                                {"src/a.ts", false},
                                {"srcx/a.js", false}}) {
    INFO(Path);
    CHECK(RulePath->match(Path) == Expected);
    CHECK((Exclude.match(Path, false) == IgnoreMatch::Ignore) == Expected);
  }
}

TEST_CASE("names and directories match the same way everywhere", "[glob]") {
  llvm::Expected<Glob> Name = Glob::create("*.pem");
  llvm::Expected<Glob> Dir = Glob::create("fixtures/");
  REQUIRE(static_cast<bool>(Name));
  REQUIRE(static_cast<bool>(Dir));
  IgnoreList L;
  L.addPattern("*.pem");
  CHECK(Name->match("a/b/k.pem"));
  CHECK(L.match("a/b/k.pem", false) == IgnoreMatch::Ignore);
  // A rule path judges files, so a directory glob covers what is inside
  // it, as an ignored directory hides its files from the walk.
  CHECK(Dir->match("test/fixtures/keys/a.pem"));
  CHECK_FALSE(Dir->match("test/fixtures.js"));
}
