//===- MergeTest.cpp - Joining shard reports
//-------------------------------===//
#include "report/Merge.h"
#include "llvm/Support/JSON.h"
#include <catch2/catch.hpp>

using namespace rtclint;
namespace json = llvm::json;

namespace {

std::string shard(const std::string &Findings, int Scanned, int Ms,
                  const std::string &Skipped = "") {
  return R"({"version": 1, "tool": {"name": "rtclint", "version": "1"},
    "findings": [)" +
         Findings + R"(], "files": {}, "skipped": [)" + Skipped +
         R"(], "stats": {"files_scanned": )" + std::to_string(Scanned) +
         R"(, "duration_ms": )" + std::to_string(Ms) +
         R"(, "rules_loaded": 20, "skipped_by_reason": {"binary": 1},
         "files_skipped": 1}})";
}

std::string f(const char *Path, int Line) {
  return std::string(R"({"path": ")") + Path + R"(", "line": )" +
         std::to_string(Line) +
         R"(, "column": 1, "rule": "r", "end_line": 1, "end_column": 2,
            "message": "m"})";
}

json::Value merged(std::vector<ReportInput> In) {
  std::string Out, Err;
  REQUIRE(mergeReports(In, Out, Err));
  llvm::Expected<json::Value> V = json::parse(Out);
  REQUIRE(bool(V));
  return std::move(*V);
}

} // namespace

TEST_CASE("JSON shards join in scan order with stats summed", "[merge]") {
  json::Value V = merged(
      {{"a", shard(f("b.js", 3) + "," + f("d.js", 1), 2, 40,
                   R"({"path": "z.bin", "reason": "binary", "detail": ""})")},
       {"b", shard(f("a.js", 9) + "," + f("b.js", 1), 3, 70,
                   R"({"path": "c.bin", "reason": "binary", "detail": ""})")}});
  const json::Object &O = *V.getAsObject();
  std::vector<std::string> Order;
  for (const json::Value &F : *O.getArray("findings"))
    Order.push_back(F.getAsObject()->getString("path")->str() + ":" +
                    std::to_string(*F.getAsObject()->getInteger("line")));
  CHECK(Order ==
        std::vector<std::string>{"a.js:9", "b.js:1", "b.js:3", "d.js:1"});
  const json::Object &S = *O.getObject("stats");
  CHECK(S.getInteger("files_scanned") == 5);
  CHECK(S.getInteger("duration_ms") == 70);
  CHECK(S.getInteger("rules_loaded") == 20);
  CHECK(S.getInteger("files_skipped") == 2);
  CHECK(S.getObject("skipped_by_reason")->getInteger("binary") == 2);
  CHECK(O.getArray("skipped")->front().getAsObject()->getString("path") ==
        "c.bin");
}

TEST_CASE("an exact duplicate (overlapping shards) is kept once", "[merge]") {
  json::Value V = merged(
      {{"a", shard(f("a.js", 1), 1, 1)}, {"b", shard(f("a.js", 1), 1, 1)}});
  CHECK(V.getAsObject()->getArray("findings")->size() == 1);
}

TEST_CASE("mixed formats, other versions and non-reports are refused",
          "[merge]") {
  std::string Out, Err;
  std::string Sarif = R"({"version": "2.1.0", "runs": [{"tool": {"driver":
      {"name": "rtclint", "version": "1", "rules": []}}, "results": []}]})";
  CHECK_FALSE(mergeReports({{"a", shard("", 0, 0)}, {"b", Sarif}}, Out, Err));
  CHECK_THAT(Err, Catch::Contains("different formats"));
  std::string Other = shard("", 0, 0);
  Other.replace(Other.find("\"1\""), 3, "\"2\"");
  CHECK_FALSE(mergeReports({{"a", shard("", 0, 0)}, {"b", Other}}, Out, Err));
  CHECK_THAT(Err, Catch::Contains("different rtclint versions"));
  CHECK_FALSE(mergeReports({{"x.txt", "a.js:1:1: error"}}, Out, Err));
  CHECK_THAT(Err, Catch::Contains("x.txt"));
  CHECK_FALSE(mergeReports({{"y.json", "{}"}}, Out, Err));
  CHECK_FALSE(mergeReports({}, Out, Err));
}

TEST_CASE("SARIF rules are joined by id and results re-indexed", "[merge]") {
  auto Run = [](const char *Rules, const char *Results) {
    return std::string(R"({"version": "2.1.0", "$schema": "s", "runs": [{
        "tool": {"driver": {"name": "rtclint", "version": "1", "rules": [)") +
           Rules + R"(]}}, "results": [)" + Results + "]}]}";
  };
  auto Res = [](const char *Rule, int Index, const char *Uri) {
    return std::string(R"({"ruleId": ")") + Rule + R"(", "ruleIndex": )" +
           std::to_string(Index) +
           R"(, "message": {"text": "m"}, "locations": [{"physicalLocation":
           {"artifactLocation": {"uri": ")" +
           Uri + R"("}, "region": {"startLine": 1}}}]})";
  };
  std::string A = Run(R"({"id": "b"})", Res("b", 0, "x%20y.js").c_str());
  std::string B =
      Run(R"({"id": "a"}, {"id": "b"})",
          (Res("a", 0, "w.js") + "," + Res("b", 1, "a.js")).c_str());
  json::Value V = merged({{"a", A}, {"b", B}});
  json::Object &R = *(*V.getAsObject()->getArray("runs"))[0].getAsObject();
  json::Array &Rules =
      *R.getObject("tool")->getObject("driver")->getArray("rules");
  REQUIRE(Rules.size() == 2);
  CHECK(Rules[0].getAsObject()->getString("id") == "a");
  std::vector<std::pair<std::string, int64_t>> Got;
  for (const json::Value &X : *R.getArray("results"))
    Got.push_back({X.getAsObject()->getString("ruleId")->str(),
                   *X.getAsObject()->getInteger("ruleIndex")});
  // Sorted by decoded path: "a.js" < "w.js" < "x y.js".
  CHECK(Got == std::vector<std::pair<std::string, int64_t>>{
                   {"b", 1}, {"a", 0}, {"b", 1}});
}
