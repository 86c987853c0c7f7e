//===- FuzzSarif.cpp - libFuzzer target: the SARIF writer -----------------===//
//
// Findings, notes, fixes and rule metadata with arbitrary text and positions
// (line 0, end before start, huge columns) must still make a SARIF log that
// parses and has the 2.1.0 shape: one run, one result per finding with a
// rule index that names it, relative URIs, and every region in range
// (lines and columns from 1, ends not before starts).
//
//===----------------------------------------------------------------------===//

#include "report/Reporter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;
namespace json = llvm::json;

namespace {

[[noreturn]] void fail() { __builtin_trap(); }

struct Input {
  llvm::StringRef Bytes;
  llvm::SmallVector<llvm::StringRef, 12> Fields;
  size_t NextNumber = 0;

  unsigned number() {
    // Small values mostly (0 and 1 are the edges), sometimes huge ones.
    uint8_t B = NextNumber < Bytes.size() ? uint8_t(Bytes[NextNumber]) : 1;
    ++NextNumber;
    return B >= 0xF0 ? 0xFFFFFFF0u + (B & 0xF) : B & 0x3F;
  }
  std::string field(size_t I) const {
    return I < Fields.size() ? Fields[I].str() : std::string("x");
  }
};

Location location(Input &In, std::string Path) {
  Location L;
  L.Path = std::move(Path);
  L.Line = In.number();
  L.Column = In.number();
  L.EndLine = In.number();
  L.EndColumn = In.number();
  L.Column16 = In.number();
  L.EndColumn16 = In.number();
  return L;
}

void checkRegion(const json::Object *R) {
  if (!R)
    return;
  std::optional<int64_t> SL = R->getInteger("startLine"),
                         EL = R->getInteger("endLine"),
                         SC = R->getInteger("startColumn"),
                         EC = R->getInteger("endColumn");
  if (!SL || *SL < 1 || (EL && *EL < *SL))
    fail();
  if (SC && (*SC < 1 || !EC || *EC < 1))
    fail();
  if (SC && EC && (!EL || *EL == *SL) && *EC < *SC)
    fail();
}

void checkUri(const json::Object *Loc) {
  const json::Object *P = Loc ? Loc->getObject("physicalLocation") : nullptr;
  const json::Object *A = P ? P->getObject("artifactLocation") : nullptr;
  std::optional<llvm::StringRef> Uri = A ? A->getString("uri") : std::nullopt;
  if (!Uri)
    fail();
  // Relative to %SRCROOT%, or an absolute file: URI with no base.
  llvm::StringRef Rest = *Uri;
  bool Absolute = Rest.consume_front("file:///");
  if (Absolute == bool(A->get("uriBaseId")) || Rest.starts_with("/"))
    fail();
  for (char C : Rest)
    if (!llvm::isAlnum(C) && !llvm::StringRef("-._~/%").contains(C))
      fail();
  checkRegion(P->getObject("region"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  Input In;
  In.Bytes = llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
  In.Bytes.split(In.Fields, '\0', 11);

  Rule R;
  R.Id = In.field(2);
  R.Title = In.field(9);
  R.Description = In.field(10);
  R.Fix = In.field(11);
  unsigned Count = 1 + In.number() % 3;
  ScanResult Result;
  for (unsigned I = 0; I < Count; ++I) {
    Finding F;
    F.R = &R;
    F.Path = In.field(0);
    F.ProjectPath = I == 1 ? "" : In.field(1);
    F.RuleId = I == 2 ? "other" : In.field(2);
    F.Message = In.field(3);
    F.Snippet = In.field(4);
    F.Fingerprint = In.field(5);
    F.setLocation(location(In, F.Path));
    F.Sev = Severity(In.number() % 4);
    F.Notes.push_back({location(In, In.field(6)), In.field(7)});
    F.Fixes.push_back({In.field(8), {{location(In, F.Path), In.field(4)}}});
    if (In.number() & 1)
      F.Suppressed = Suppression{Suppression::InSource, In.field(7)};
    Result.Findings.push_back(std::move(F));
  }
  ScanRun Run;
  Run.Rules.push_back({&R, Severity::Warning});
  Run.Result = &Result;
  Run.ToolVersion = "0";
  Run.ProjectRoot = In.field(1);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  findFormat("sarif")->Create(ReportOptions{})->write(OS, Run);
  OS.flush();

  llvm::Expected<json::Value> V = json::parse(Out);
  if (!V) {
    llvm::consumeError(V.takeError());
    fail();
  }
  const json::Object *Log = V->getAsObject();
  const json::Array *Runs = Log ? Log->getArray("runs") : nullptr;
  if (!Runs || Runs->size() != 1 ||
      Log->getString("version") != llvm::StringRef("2.1.0"))
    fail();
  const json::Object *Run0 = (*Runs)[0].getAsObject();
  const json::Object *Tool = Run0 ? Run0->getObject("tool") : nullptr;
  const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
  const json::Array *Rules = Driver ? Driver->getArray("rules") : nullptr;
  const json::Array *Results = Run0 ? Run0->getArray("results") : nullptr;
  if (!Rules || Rules->size() != 1 || !Results || Results->size() != Count)
    fail();
  for (const json::Value &RV : *Results) {
    const json::Object *Res = RV.getAsObject();
    if (!Res || !Res->getString("ruleId") || !Res->getObject("message"))
      fail();
    if (std::optional<int64_t> Idx = Res->getInteger("ruleIndex")) {
      const json::Object *Named = *Idx >= 0 && size_t(*Idx) < Rules->size()
                                      ? (*Rules)[size_t(*Idx)].getAsObject()
                                      : nullptr;
      if (!Named || Named->getString("id") != Res->getString("ruleId"))
        fail();
    }
    const json::Array *Locs = Res->getArray("locations");
    if (!Locs || Locs->size() != 1)
      fail();
    checkUri((*Locs)[0].getAsObject());
    if (const json::Array *Rel = Res->getArray("relatedLocations"))
      for (const json::Value &L : *Rel)
        checkUri(L.getAsObject());
    if (const json::Array *Fixes = Res->getArray("fixes"))
      for (const json::Value &X : *Fixes) {
        const json::Object *FO = X.getAsObject();
        const json::Array *Changes =
            FO ? FO->getArray("artifactChanges") : nullptr;
        if (!Changes || Changes->empty())
          fail();
        for (const json::Value &C : *Changes) {
          const json::Object *CO = C.getAsObject();
          const json::Array *Reps = CO ? CO->getArray("replacements") : nullptr;
          if (!Reps || Reps->empty())
            fail();
          for (const json::Value &Rep : *Reps) {
            const json::Object *RO = Rep.getAsObject();
            const json::Object *Del =
                RO ? RO->getObject("deletedRegion") : nullptr;
            if (!Del)
              fail();
            checkRegion(Del);
          }
        }
      }
  }
  return 0;
}
