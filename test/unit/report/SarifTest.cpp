//===- SarifTest.cpp - SARIF locations, regions and fixes -----------------===//
#include "report/Reporter.h"
#include "llvm/Support/JSON.h"
#include <catch2/catch.hpp>

using namespace rtclint;
namespace json = llvm::json;

namespace {

json::Value sarif(const ScanResult &R, const Rule &Rl) {
  ScanRun Run;
  Run.Rules.push_back({&Rl, Severity::Warning});
  Run.Result = &R;
  Run.ToolVersion = "1";
  Run.ProjectRoot = "/src/app";
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  findFormat("sarif")->Create(ReportOptions{})->write(OS, Run);
  OS.flush();
  llvm::Expected<json::Value> V = json::parse(Out);
  REQUIRE(bool(V));
  return std::move(*V);
}

const json::Object &result(const json::Value &Log) {
  const json::Array &Results =
      *Log.getAsObject()->getArray("runs")->front().getAsObject()->getArray(
          "results");
  REQUIRE(Results.size() == 1);
  return *Results[0].getAsObject();
}

const json::Object &region(const json::Object &Loc) {
  return *Loc.getObject("physicalLocation")->getObject("region");
}

} // namespace

// Found while writing fuzz-Sarif: a note without a line (line 0) gave
// startLine 0, an end before its start was passed through, and a note in a
// system header got a "/usr/..." URI under %SRCROOT%.
TEST_CASE("SARIF regions stay in range and absolute paths are file URIs",
          "[sarif]") {
  Rule Rl;
  Rl.Id = "demo";
  Rl.Title = "Demo";
  Finding F;
  F.R = &Rl;
  F.RuleId = "demo";
  F.Path = F.ProjectPath = "src/a.js";
  F.Line = F.EndLine = 2;
  F.Column16 = 9;
  F.EndColumn16 = 4; // before its start
  F.Notes.push_back({{"/usr/include/x.h", 0, 0, 0, 0, {}}, "from here"});
  F.Fixes.push_back(
      {"Use https://", {{{"src/a.js", 2, 9, 2, 13, {}, 9, 13}, "https://"}}});
  ScanResult R;
  R.Findings.push_back(F);
  json::Value Log = sarif(R, Rl);
  const json::Object &Res = result(Log);

  const json::Object &Main = *Res.getArray("locations")->front().getAsObject();
  CHECK(region(Main).getInteger("startLine") == 2);
  CHECK(region(Main).getInteger("startColumn") == 9);
  CHECK(region(Main).getInteger("endColumn") == 9);

  const json::Object &Note =
      *Res.getArray("relatedLocations")->front().getAsObject();
  const json::Object &Art =
      *Note.getObject("physicalLocation")->getObject("artifactLocation");
  CHECK(Art.getString("uri") == llvm::StringRef("file:///usr/include/x.h"));
  CHECK_FALSE(Art.get("uriBaseId"));
  CHECK(region(Note).getInteger("startLine") == 1);
  CHECK_FALSE(region(Note).get("startColumn"));

  const json::Object &Fix = *Res.getArray("fixes")->front().getAsObject();
  CHECK(Fix.getObject("description")->getString("text") ==
        llvm::StringRef("Use https://"));
  const json::Object &Change =
      *Fix.getArray("artifactChanges")->front().getAsObject();
  CHECK(Change.getObject("artifactLocation")->getString("uri") ==
        llvm::StringRef("src/a.js"));
  CHECK(Change.getObject("artifactLocation")->getString("uriBaseId") ==
        llvm::StringRef("%SRCROOT%"));
  const json::Object &Rep =
      *Change.getArray("replacements")->front().getAsObject();
  const json::Object &Del = *Rep.getObject("deletedRegion");
  CHECK(Del.getInteger("startLine") == 2);
  CHECK(Del.getInteger("startColumn") == 9);
  CHECK(Del.getInteger("endColumn") == 13);
  CHECK(Rep.getObject("insertedContent")->getString("text") ==
        llvm::StringRef("https://"));
}
