//===- Merge.cpp - Join the reports of a sharded scan
//----------------------===//
#include "report/Merge.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <tuple>

using namespace rtclint;
namespace json = llvm::json;
using llvm::StringRef;

namespace {

enum class Kind { Json, Sarif };

std::string str(const json::Object *O, StringRef Key) {
  if (!O)
    return "";
  if (std::optional<StringRef> S = O->getString(Key))
    return S->str();
  return "";
}

int64_t num(const json::Object *O, StringRef Key) {
  return O ? O->getInteger(Key).value_or(0) : 0;
}

/// Numbers add up, objects of numbers add up per key; rules_loaded is the
/// same in every shard and duration_ms is the slowest shard's.
void addStats(json::Object &Into, const json::Object &From) {
  for (const auto &KV : From) {
    StringRef K = KV.first;
    if (const json::Object *Sub = KV.second.getAsObject()) {
      if (!Into.getObject(K))
        Into[K] = json::Object();
      addStats(*Into.getObject(K), *Sub);
      continue;
    }
    std::optional<int64_t> V = KV.second.getAsInteger();
    if (!V)
      continue;
    int64_t Old = Into.getInteger(K).value_or(0);
    bool Max = K == "rules_loaded" || K == "duration_ms";
    Into[K] = Max ? std::max(Old, *V) : Old + *V;
  }
}

/// The engine's finding order: path, line, column, rule, end, message.
using FindingKey = std::tuple<std::string, int64_t, int64_t, std::string,
                              int64_t, int64_t, std::string>;

FindingKey jsonKey(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  return {str(O, "path"),   num(O, "line"),     num(O, "column"),
          str(O, "rule"),   num(O, "end_line"), num(O, "end_column"),
          str(O, "message")};
}

std::string percentDecode(StringRef S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    unsigned Hi, Lo;
    if (S[I] == '%' && I + 2 < S.size() &&
        (Hi = llvm::hexDigitValue(S[I + 1])) != ~0U &&
        (Lo = llvm::hexDigitValue(S[I + 2])) != ~0U) {
      Out.push_back(char(Hi * 16 + Lo));
      I += 2;
    } else {
      Out.push_back(S[I]);
    }
  }
  return Out;
}

FindingKey sarifKey(const json::Value &V) {
  const json::Object *R = V.getAsObject();
  const json::Object *Phys = nullptr, *Region = nullptr;
  if (const json::Array *Locs = R ? R->getArray("locations") : nullptr)
    if (!Locs->empty())
      if (const json::Object *L = Locs->front().getAsObject())
        Phys = L->getObject("physicalLocation");
  const json::Object *Art =
      Phys ? Phys->getObject("artifactLocation") : nullptr;
  Region = Phys ? Phys->getObject("region") : nullptr;
  return {percentDecode(str(Art, "uri")),
          num(Region, "startLine"),
          num(Region, "startColumn"),
          str(R, "ruleId"),
          num(Region, "endLine"),
          num(Region, "endColumn"),
          str(R ? R->getObject("message") : nullptr, "text")};
}

/// Sorts Items by Key (stably: equal keys keep the shards' order) and drops
/// exact duplicates, which only overlapping shards produce.
void sortUnique(json::Array &Items, FindingKey (*Key)(const json::Value &)) {
  std::vector<std::pair<FindingKey, json::Value>> Keyed;
  for (json::Value &V : Items)
    Keyed.emplace_back(Key(V), std::move(V));
  llvm::stable_sort(
      Keyed, [](const auto &A, const auto &B) { return A.first < B.first; });
  json::Array Out;
  for (auto &[K, V] : Keyed)
    if (Out.empty() || !(Out.back() == V))
      Out.push_back(std::move(V));
  Items = std::move(Out);
}

bool mergeJson(std::vector<json::Value> &Docs, json::Object &Out,
               std::string &Error) {
  json::Array Findings, Skipped, Partial;
  json::Object Files, Stats;
  for (json::Value &D : Docs) {
    json::Object &O = *D.getAsObject();
    if (O.getInteger("version") != Out.getInteger("version") ||
        !(*O.get("tool") == *Out.get("tool"))) {
      Error = "the reports come from different rtclint versions";
      return false;
    }
    if (json::Array *A = O.getArray("findings"))
      for (json::Value &V : *A)
        Findings.push_back(std::move(V));
    if (json::Array *A = O.getArray("skipped"))
      for (json::Value &V : *A)
        Skipped.push_back(std::move(V));
    if (json::Array *A = O.getArray("partial"))
      for (json::Value &V : *A)
        Partial.push_back(std::move(V));
    if (json::Object *F = O.getObject("files"))
      for (auto &KV : *F)
        Files[KV.first] = std::move(KV.second);
    if (json::Object *S = O.getObject("stats"))
      addStats(Stats, *S);
  }
  sortUnique(Findings, jsonKey);
  auto ByPath = [](json::Array &Items) {
    std::vector<std::pair<std::string, json::Value>> Keyed;
    for (json::Value &V : Items)
      Keyed.emplace_back(str(V.getAsObject(), "path"), std::move(V));
    llvm::stable_sort(
        Keyed, [](const auto &A, const auto &B) { return A.first < B.first; });
    json::Array Sorted;
    for (auto &[P, V] : Keyed)
      Sorted.push_back(std::move(V));
    return Sorted;
  };
  json::Array SkippedOut = ByPath(Skipped);
  Stats["files_skipped"] = int64_t(SkippedOut.size());
  Out["findings"] = std::move(Findings);
  Out["skipped"] = std::move(SkippedOut);
  Out["partial"] = ByPath(Partial);
  Out["files"] = std::move(Files);
  Out["stats"] = std::move(Stats);
  return true;
}

json::Object *firstRun(json::Value &Doc) {
  json::Array *Runs = Doc.getAsObject()->getArray("runs");
  if (!Runs || Runs->size() != 1)
    return nullptr;
  return (*Runs)[0].getAsObject();
}

json::Object *driver(json::Object &Run) {
  json::Object *Tool = Run.getObject("tool");
  return Tool ? Tool->getObject("driver") : nullptr;
}

json::Array *driverRules(json::Object &Run) {
  json::Object *D = driver(Run);
  return D ? D->getArray("rules") : nullptr;
}

bool mergeSarif(std::vector<json::Value> &Docs, json::Object &Run,
                std::string &Error) {
  std::map<std::string, json::Value> Rules; // by id: the scan sorts by id
  json::Array Results;
  for (json::Value &D : Docs) {
    json::Object *R = firstRun(D);
    if (!R) {
      Error = "a SARIF report with other than one run";
      return false;
    }
    if (str(driver(*R), "version") != str(driver(Run), "version")) {
      Error = "the reports come from different rtclint versions";
      return false;
    }
    std::vector<std::string> Ids;
    if (json::Array *A = driverRules(*R))
      for (json::Value &V : *A) {
        Ids.push_back(str(V.getAsObject(), "id"));
        Rules.emplace(Ids.back(), std::move(V));
      }
    if (json::Array *A = R->getArray("results"))
      for (json::Value &V : *A)
        Results.push_back(std::move(V));
  }
  std::map<std::string, int64_t> Index;
  json::Array RulesOut;
  for (auto &[Id, V] : Rules) {
    Index[Id] = int64_t(RulesOut.size());
    RulesOut.push_back(std::move(V));
  }
  for (json::Value &V : Results) {
    json::Object &R = *V.getAsObject();
    auto It = Index.find(str(&R, "ruleId"));
    if (It != Index.end())
      R["ruleIndex"] = It->second;
    else
      R.erase("ruleIndex");
  }
  sortUnique(Results, sarifKey);
  if (json::Array *A = driverRules(Run))
    *A = std::move(RulesOut);
  Run["results"] = std::move(Results);
  return true;
}

} // namespace

bool rtclint::mergeReports(llvm::ArrayRef<ReportInput> Inputs, std::string &Out,
                           std::string &Error) {
  if (Inputs.empty()) {
    Error = "nothing to merge";
    return false;
  }
  std::vector<json::Value> Docs;
  std::optional<Kind> K;
  for (const ReportInput &In : Inputs) {
    llvm::Expected<json::Value> V = json::parse(In.Text);
    if (!V) {
      Error = In.Name + ": not JSON: " + llvm::toString(V.takeError());
      return false;
    }
    json::Object *O = V->getAsObject();
    std::optional<Kind> This;
    if (O && O->getArray("runs") && O->getString("version") == "2.1.0")
      This = Kind::Sarif;
    else if (O && O->getArray("findings") && O->getInteger("version"))
      This = Kind::Json;
    if (!This) {
      Error = In.Name + ": neither an rtclint JSON report nor SARIF 2.1.0";
      return false;
    }
    if (K && *K != *This) {
      Error = In.Name + ": reports of different formats";
      return false;
    }
    K = This;
    Docs.push_back(std::move(*V));
  }
  // The first report gives everything the shards share.
  json::Value Result = Docs.front();
  bool Ok = K == Kind::Json ? mergeJson(Docs, *Result.getAsObject(), Error)
                            : mergeSarif(Docs, *firstRun(Result), Error);
  if (!Ok)
    return false;
  Out = llvm::formatv("{0:2}", Result).str() + "\n";
  return true;
}
