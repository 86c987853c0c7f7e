//===- SarifReporter.cpp - SARIF 2.1.0 for code scanning ------------------===//
//
// One run; tool.driver lists every enabled rule with its documentation, so a
// code-scanning UI can show the rule without rtclint. Results point at
// project-relative URIs under %SRCROOT% and carry the finding's fingerprint
// as a partial fingerprint, which survives line shifts.
//
//===----------------------------------------------------------------------===//
#include "report/Reporter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <map>

using namespace rtclint;
namespace json = llvm::json;

namespace {

std::string utf8(llvm::StringRef S) {
  return json::isUTF8(S) ? S.str() : json::fixUTF8(S);
}

const char *level(Severity S) {
  switch (S) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  case Severity::Off:
    break;
  }
  return "none";
}

/// GitHub code scanning ranks security alerts by this property.
const char *securitySeverity(Severity S) {
  return S == Severity::Error ? "8.0" : S == Severity::Warning ? "5.0" : "2.0";
}

/// A relative URI reference: path segments percent-encoded, '/' kept.
std::string uriOf(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out.push_back(char(C));
    else
      Out += llvm::formatv("%{0:X-2}", unsigned(C)).str();
  }
  return Out;
}

/// Columns are UTF-16 code units (the run's columnKind); a location whose
/// columns are not known in those units gives its lines only.
json::Object region(const Location &L) {
  // In range whatever the location says: lines and columns from 1, an end
  // never before its start (a viewer rejects the whole log otherwise).
  unsigned Start = std::max(L.Line, 1u);
  unsigned End = std::max(L.EndLine ? L.EndLine : L.Line, Start);
  json::Object R{{"startLine", Start}, {"endLine", End}};
  if (L.Column16) {
    unsigned EndCol = L.EndColumn16 ? L.EndColumn16 : L.Column16;
    if (End == Start)
      EndCol = std::max(EndCol, L.Column16);
    R["startColumn"] = L.Column16;
    R["endColumn"] = EndCol;
  }
  return R;
}

/// An artifact location: relative to %SRCROOT%, or (an absolute path, such
/// as a system header a note points into) an absolute file: URI.
json::Object artifact(llvm::StringRef Path) {
  // Leading slashes collapse to one: "//x" is a path, not a URI authority
  // (fuzz-Sarif).
  if (Path.starts_with("/"))
    return json::Object{{"uri", "file:///" + uriOf(Path.ltrim('/'))}};
  return json::Object{{"uri", uriOf(Path)}, {"uriBaseId", "%SRCROOT%"}};
}

json::Object physical(llvm::StringRef Uri, json::Object Region) {
  return json::Object{
      {"physicalLocation", json::Object{{"artifactLocation", artifact(Uri)},
                                        {"region", std::move(Region)}}}};
}

json::Object describeRule(const RuleInfo &RI) {
  const Rule &R = *RI.R;
  std::string Help = R.Description;
  if (!R.Fix.empty())
    Help += "\n\nFix: " + R.Fix;
  if (!R.Guide.empty())
    Help += "\n\nGuide practice: " + R.Guide;
  json::Array Tags{"security", utf8(R.Category)};
  return json::Object{
      {"id", utf8(R.Id)},
      {"name", utf8(R.Title)},
      {"shortDescription", json::Object{{"text", utf8(R.Title)}}},
      {"fullDescription",
       json::Object{
           {"text", utf8(R.Description.empty() ? R.Title : R.Description)}}},
      {"help", json::Object{{"text", utf8(Help)}}},
      {"helpUri", ruleHelpUri(R.Id)},
      {"defaultConfiguration", json::Object{{"level", level(RI.Effective)}}},
      {"properties",
       json::Object{{"tags", std::move(Tags)},
                    {"security-severity", securitySeverity(RI.Effective)}}},
  };
}

class SarifReporter final : public Reporter {
public:
  void write(llvm::raw_ostream &OS, const ScanRun &Run) const override {
    json::Array Rules;
    std::map<std::string, unsigned> Index;
    for (const RuleInfo &RI : Run.Rules) {
      Index[RI.R->Id] = unsigned(Rules.size());
      Rules.push_back(describeRule(RI));
    }
    json::Array Results;
    Results.reserve(Run.Result->Findings.size()); // growth would deep-copy
    for (const Finding &F : Run.Result->Findings)
      Results.push_back(result(F, Index));
    std::string Root = Run.ProjectRoot;
    if (Root.empty() || Root.back() != '/')
      Root += '/';
    json::Object Driver{{"name", "rtclint"},
                        {"version", Run.ToolVersion},
                        {"semanticVersion", Run.ToolVersion},
                        {"informationUri", ruleHelpUri("")},
                        {"rules", std::move(Rules)}};
    json::Object RunObj{
        {"tool", json::Object{{"driver", std::move(Driver)}}},
        {"originalUriBaseIds",
         json::Object{
             {"%SRCROOT%", json::Object{{"uri", "file://" + uriOf(Root)}}}}},
        {"columnKind", "utf16CodeUnits"},
        {"results", std::move(Results)},
    };
    json::Object Log{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(RunObj)}},
    };
    OS << llvm::formatv("{0:2}", json::Value(std::move(Log))) << '\n';
  }

private:
  static json::Object result(const Finding &F,
                             const std::map<std::string, unsigned> &Index) {
    llvm::StringRef Uri = F.ProjectPath.empty() ? F.Path : F.ProjectPath;
    json::Object Region = region(F.location());
    Region["snippet"] = json::Object{{"text", utf8(F.Snippet)}};
    json::Object Res{
        {"ruleId", utf8(F.RuleId)},
        {"level", level(F.Sev)},
        {"message", json::Object{{"text", utf8(F.Message)}}},
        {"locations", json::Array{physical(Uri, std::move(Region))}},
        {"partialFingerprints",
         json::Object{{"rtclintFingerprint/v1", utf8(F.Fingerprint)}}},
    };
    auto It = Index.find(F.RuleId);
    if (It != Index.end())
      Res["ruleIndex"] = It->second;
    if (!F.Notes.empty()) {
      json::Array Related;
      unsigned Id = 0;
      for (const Note &N : F.Notes) {
        json::Object L = physical(N.Loc.Path, region(N.Loc));
        L["id"] = Id++;
        L["message"] = json::Object{{"text", utf8(N.Message)}};
        Related.push_back(std::move(L));
      }
      Res["relatedLocations"] = std::move(Related);
    }
    if (!F.Fixes.empty()) {
      json::Array Fixes;
      for (const Fix &X : F.Fixes) {
        json::Array Changes;
        for (const TextEdit &E : X.Edits)
          Changes.push_back(
              json::Object{{"artifactLocation", artifact(Uri)},
                           {"replacements",
                            json::Array{json::Object{
                                {"deletedRegion", region(E.Loc)},
                                {"insertedContent",
                                 json::Object{{"text", utf8(E.NewText)}}}}}}});
        Fixes.push_back(json::Object{
            {"description", json::Object{{"text", utf8(X.Description)}}},
            {"artifactChanges", std::move(Changes)}});
      }
      Res["fixes"] = std::move(Fixes);
    }
    if (F.Suppressed) {
      json::Object S{{"kind", F.Suppressed->How == Suppression::InSource
                                  ? "inSource"
                                  : "external"}};
      if (!F.Suppressed->Reason.empty())
        S["justification"] = utf8(F.Suppressed->Reason);
      Res["suppressions"] = json::Array{std::move(S)};
    }
    return Res;
  }
};

} // namespace

std::unique_ptr<Reporter> rtclint::makeSarifReporter(const ReportOptions &) {
  return std::make_unique<SarifReporter>();
}
