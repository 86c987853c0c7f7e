//===- ResultCodec.cpp - One file's result to and from JSON ---------------===//
#include "scan/ResultCodec.h"
#include "llvm/Support/JSON.h"

using namespace rtclint;
using llvm::StringRef;
namespace json = llvm::json;

/// Bumped whenever the encoding changes; older entries are then misses.
static constexpr int64_t CodecVersion = 1;

static json::Array encodeLoc(const Location &L) {
  return json::Array{L.Path,      L.Line,      L.Column,
                     L.EndLine,   L.EndColumn, L.Range.Begin,
                     L.Range.End, L.Column16,  L.EndColumn16};
}

static json::Object encodeFinding(const Finding &F) {
  json::Array Notes, Fixes;
  for (const Note &N : F.Notes)
    Notes.push_back(json::Array{encodeLoc(N.Loc), N.Message});
  for (const Fix &X : F.Fixes) {
    json::Array Edits;
    for (const TextEdit &E : X.Edits)
      Edits.push_back(json::Array{encodeLoc(E.Loc), E.NewText});
    Fixes.push_back(json::Array{X.Description, std::move(Edits)});
  }
  json::Object O{
      {"rule", F.RuleId},
      {"has_rule", F.R != nullptr},
      {"category", F.Category},
      {"sev", int64_t(F.Sev)},
      {"loc", encodeLoc(F.location())},
      {"project", F.ProjectPath},
      {"message", F.Message},
      {"snippet", json::Array{F.Snippet, F.SnippetBegin, F.SnippetEnd}},
      {"fingerprint", F.Fingerprint},
      {"scope", F.Scope},
      {"lang", int64_t(F.Lang)},
      {"secret", F.Secret},
      {"notes", std::move(Notes)},
      {"fixes", std::move(Fixes)},
  };
  if (F.Suppressed)
    O["suppressed"] =
        json::Array{int64_t(F.Suppressed->How), F.Suppressed->Reason};
  return O;
}

std::string rtclint::encodeResult(StringRef Key, const FileResult &R) {
  json::Array Findings;
  Findings.reserve(R.Findings.size()); // growth would deep-copy
  for (const Finding &F : R.Findings)
    Findings.push_back(encodeFinding(F));
  json::Object O{{"v", CodecVersion},
                 {"key", Key},
                 {"frontend", R.Frontend},
                 {"role", int64_t(R.FileRole)},
                 {"checks", int64_t(R.Stats.RuleFileChecks)},
                 {"prefiltered", int64_t(R.Stats.RulePrefiltered)},
                 {"findings", std::move(Findings)}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << json::Value(std::move(O));
  OS.flush();
  return Out;
}

namespace {

/// Reads values out of JSON, remembering whether anything was missing.
struct Reader {
  bool Ok = true;

  std::string str(const json::Value *V) {
    if (auto S = V ? V->getAsString() : std::nullopt)
      return S->str();
    Ok = false;
    return {};
  }
  int64_t num(const json::Value *V) {
    if (auto N = V ? V->getAsInteger() : std::nullopt)
      return *N;
    Ok = false;
    return 0;
  }
  unsigned u32(const json::Value *V) {
    int64_t N = num(V);
    if (N < 0 || N > int64_t(UINT32_MAX))
      Ok = false;
    return unsigned(N);
  }
  const json::Array *arr(const json::Value *V, size_t Size = 0) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A || (Size && A->size() != Size)) {
      Ok = false;
      return nullptr;
    }
    return A;
  }
  Location loc(const json::Value *V) {
    Location L;
    const json::Array *A = arr(V, 9);
    if (!A)
      return L;
    L.Path = str(&(*A)[0]);
    L.Line = u32(&(*A)[1]);
    L.Column = u32(&(*A)[2]);
    L.EndLine = u32(&(*A)[3]);
    L.EndColumn = u32(&(*A)[4]);
    L.Range.Begin = u32(&(*A)[5]);
    L.Range.End = u32(&(*A)[6]);
    L.Column16 = u32(&(*A)[7]);
    L.EndColumn16 = u32(&(*A)[8]);
    return L;
  }
  std::optional<Finding> finding(const json::Value &V, const RuleSet &Rules);
};

std::optional<Finding> Reader::finding(const json::Value &V,
                                       const RuleSet &Rules) {
  const json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  Finding F;
  F.RuleId = str(O->get("rule"));
  F.R = Rules.find(F.RuleId);
  if (!F.R && O->getBoolean("has_rule").value_or(true))
    return std::nullopt; // not a result of these rules
  F.Category = str(O->get("category"));
  F.Sev = Severity(num(O->get("sev")));
  F.setLocation(loc(O->get("loc")));
  F.ProjectPath = str(O->get("project"));
  F.Message = str(O->get("message"));
  if (const json::Array *S = arr(O->get("snippet"), 3)) {
    F.Snippet = str(&(*S)[0]);
    F.SnippetBegin = u32(&(*S)[1]);
    F.SnippetEnd = u32(&(*S)[2]);
  }
  F.Fingerprint = str(O->get("fingerprint"));
  F.Scope = str(O->get("scope"));
  F.Lang = Language(num(O->get("lang")));
  if (auto B = O->getBoolean("secret"))
    F.Secret = *B;
  else
    Ok = false;
  if (const json::Array *Ns = arr(O->get("notes")))
    for (const json::Value &N : *Ns)
      if (const json::Array *P = arr(&N, 2))
        F.Notes.push_back({loc(&(*P)[0]), str(&(*P)[1])});
  if (const json::Array *Xs = arr(O->get("fixes")))
    for (const json::Value &X : *Xs) {
      const json::Array *P = arr(&X, 2);
      if (!P)
        break;
      Fix Out;
      Out.Description = str(&(*P)[0]);
      if (const json::Array *Es = arr(&(*P)[1]))
        for (const json::Value &E : *Es)
          if (const json::Array *EP = arr(&E, 2))
            Out.Edits.push_back({loc(&(*EP)[0]), str(&(*EP)[1])});
      F.Fixes.push_back(std::move(Out));
    }
  if (const json::Value *S = O->get("suppressed"))
    if (const json::Array *P = arr(S, 2))
      F.Suppressed =
          Suppression{Suppression::Kind(num(&(*P)[0])), str(&(*P)[1])};
  if (!Ok)
    return std::nullopt;
  return F;
}

} // namespace

std::optional<FileResult> rtclint::decodeResult(StringRef Key, StringRef Text,
                                                const RuleSet &Rules) {
  llvm::Expected<json::Value> V = json::parse(Text);
  if (!V) {
    llvm::consumeError(V.takeError());
    return std::nullopt;
  }
  const json::Object *O = V->getAsObject();
  if (!O || O->getInteger("v") != CodecVersion || O->getString("key") != Key)
    return std::nullopt;
  Reader Rd;
  FileResult R;
  R.Frontend = Rd.str(O->get("frontend"));
  R.FileRole = Role(Rd.num(O->get("role")));
  R.Stats.RuleFileChecks = uint64_t(Rd.num(O->get("checks")));
  R.Stats.RulePrefiltered = uint64_t(Rd.num(O->get("prefiltered")));
  const json::Array *Fs = Rd.arr(O->get("findings"));
  if (!Rd.Ok || !Fs)
    return std::nullopt;
  for (const json::Value &FV : *Fs) {
    std::optional<Finding> F = Rd.finding(FV, Rules);
    if (!F)
      return std::nullopt;
    R.Findings.push_back(std::move(*F));
  }
  return R;
}
