//===- ChangedLinesTest.cpp - Line sets and the changed-lines filter ------===//
#include "engine/ChangedLines.h"
#include "facts/Extract.h"
#include <catch2/catch.hpp>

using namespace rtclint;

TEST_CASE("line sets merge and intersect", "[engine][changed]") {
  LineSet S;
  S.add(10, 12);
  S.add(3, 3);
  S.add(13, 14); // adjacent: merged with 10-12
  S.add(5, 4);   // empty
  CHECK(S.intersects(3, 3));
  CHECK_FALSE(S.intersects(4, 9));
  CHECK(S.intersects(1, 10));
  CHECK(S.intersects(14, 20));
  CHECK_FALSE(S.intersects(15, 20));
  LineSet All;
  All.addAll();
  CHECK(All.intersects(1000, 1000));
  CHECK(LineSet().empty());
}

TEST_CASE("findings off the changed lines are dropped", "[engine][changed]") {
  auto At = [](const char *Path, unsigned Line, unsigned End) {
    Finding F;
    F.Path = Path;
    F.Line = Line;
    F.EndLine = End;
    return F;
  };
  llvm::StringMap<LineSet> Files;
  Files["a.js"].add(4, 6);
  ChangedLinesFilter Filter(std::move(Files));
  FileFacts Facts;
  std::vector<Finding> Fs = {At("a.js", 1, 1), At("a.js", 2, 4),
                             At("a.js", 6, 6), At("a.js", 7, 9)};
  Filter.apply(FilterInput{"a.js", "", Facts}, Fs);
  REQUIRE(Fs.size() == 2);
  CHECK(Fs[0].Line == 2); // spans into the change
  CHECK(Fs[1].Line == 6);
  std::vector<Finding> Other = {At("b.js", 1, 1)};
  Filter.apply(FilterInput{"b.js", "", Facts}, Other);
  CHECK(Other.empty());
}
