//===- ConvertTest.cpp - Findings as diagnostics and code actions ---------===//
#include "lsp/Convert.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;

namespace {

// "é" before the finding: 2 bytes, 1 UTF-16 unit.
const std::string Text = "  const s = '\xc3\xa9'; fetch('http://api.x');\n";

Analysis sample() {
  Analysis A;
  A.Uri = "file:///p/app.js";
  A.Version = 3;
  A.Lang = Language::JavaScript;
  A.Text = Text;
  Finding F;
  F.RuleId = "plain-http-rest-url";
  F.Sev = Severity::Error;
  F.Path = "/p/app.js";
  uint32_t B = uint32_t(Text.find("http")), E = B + 7;
  F.Line = F.EndLine = 1;
  F.Column = B + 1;
  F.EndColumn = E + 1;
  F.Range = {B, E};
  F.Message = "plain http";
  F.Notes.push_back({{"/p/app.js", 1, 3, 1, 8, {2, 7}}, "declared here"});
  F.Fixes.push_back({"Use https://", {{F.location(), "https://"}}});
  A.Findings.push_back(F);
  return A;
}

json::Object get(const json::Value &V, llvm::StringRef Key) {
  return *V.getAsObject()->getObject(Key);
}

} // namespace

TEST_CASE("a finding becomes a diagnostic", "[lsp]") {
  Analysis A = sample();
  json::Value D =
      toDiagnostic(A.Findings[0], A.Uri, PositionMap(A.Text, Encoding::UTF16));
  const json::Object &O = *D.getAsObject();
  CHECK(O.getString("code") == "plain-http-rest-url");
  CHECK(O.getString("source") == "rtclint");
  CHECK(O.getInteger("severity") == 1);
  CHECK(O.getString("message") == "plain http");
  CHECK(O.getObject("codeDescription")->getString("href") ==
        "https://github.com/rtclint/rtclint/blob/main/docs/rules/"
        "plain-http-rest-url.md");
  size_t Col16 = Text.find("http") - 1; // é is one unit, two bytes
  CHECK(get(get(D, "range"), "start").getInteger("character") ==
        int64_t(Col16));
  CHECK(get(get(D, "range"), "end").getInteger("character") ==
        int64_t(Col16 + 7));
  json::Value D8 =
      toDiagnostic(A.Findings[0], A.Uri, PositionMap(A.Text, Encoding::UTF8));
  CHECK(get(get(D8, "range"), "start").getInteger("character") ==
        int64_t(Text.find("http")));
  const json::Array *Rel = O.getArray("relatedInformation");
  REQUIRE(Rel);
  REQUIRE(Rel->size() == 1);
  const json::Object &Loc = *(*Rel)[0].getAsObject()->getObject("location");
  CHECK(Loc.getString("uri") == A.Uri);
  CHECK((*Rel)[0].getAsObject()->getString("message") == "declared here");
}

TEST_CASE("publish params carry uri, version and every finding", "[lsp]") {
  Analysis A = sample();
  json::Object P = publishParams(A, Encoding::UTF16);
  CHECK(P.getString("uri") == A.Uri);
  CHECK(P.getInteger("version") == 3);
  CHECK(P.getArray("diagnostics")->size() == 1);
  A.Findings.clear();
  CHECK(publishParams(A, Encoding::UTF16).getArray("diagnostics")->empty());
}

TEST_CASE("code actions: the rule's fix and a suppression", "[lsp]") {
  Analysis A = sample();
  size_t Col = Text.find("http") - 1;
  json::Array Acts = codeActions(A, A.Lang, {0, unsigned(Col)},
                                 {0, unsigned(Col)}, Encoding::UTF16);
  REQUIRE(Acts.size() == 2);
  const json::Object &Fix = *Acts[0].getAsObject();
  CHECK(Fix.getString("title") == "Use https://");
  CHECK(Fix.getString("kind") == "quickfix");
  const json::Array &FixEdits =
      *Fix.getObject("edit")->getObject("changes")->getArray(A.Uri);
  CHECK(FixEdits[0].getAsObject()->getString("newText") == "https://");
  const json::Object &Sup = *Acts[1].getAsObject();
  const json::Array &Edits =
      *Sup.getObject("edit")->getObject("changes")->getArray(A.Uri);
  const json::Object &E = *Edits[0].getAsObject();
  CHECK(E.getString("newText") ==
        "  // rtclint-ignore-next-line: plain-http-rest-url -- TODO: say why "
        "this is safe\n");
  CHECK(get(get(Edits[0], "range"), "start").getInteger("line") == 0);
  CHECK(get(get(Edits[0], "range"), "start").getInteger("character") == 0);
  // A range elsewhere offers nothing.
  CHECK(codeActions(A, A.Lang, {0, 0}, {0, 1}, Encoding::UTF16).empty());
}

TEST_CASE("comment syntax follows the language", "[lsp]") {
  CHECK(commentSyntax(Language::C)->first == "// ");
  CHECK(commentSyntax(Language::Python)->first == "# ");
  CHECK(commentSyntax(Language::YAML)->first == "# ");
  CHECK(commentSyntax(Language::HTML)->second == " -->");
  CHECK(commentSyntax(Language::SQL)->first == "-- ");
  CHECK(!commentSyntax(Language::JSON));
  CHECK(!commentSyntax(Language::CSV));
  Analysis A = sample();
  A.Lang = Language::JSON;
  CHECK(codeActions(A, A.Lang, {0, 0}, {0, 99}, Encoding::UTF16).size() == 1);
}
