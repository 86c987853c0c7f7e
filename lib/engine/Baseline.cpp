//===- Baseline.cpp - Known findings a project has accepted ---------------===//
#include "engine/Baseline.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

/// Baselines of huge legacy codebases stay far below this.
static constexpr uint64_t MaxBaselineSize = 256ull << 20;

std::optional<Baseline> Baseline::parse(StringRef File, StringRef Text,
                                        Diagnostics &Diags) {
  Baseline B;
  size_t Before = Diags.size();
  unsigned LineNo = 0;
  llvm::SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (StringRef Line : Lines) {
    ++LineNo;
    Line = Line.trim();
    if (Line.empty())
      continue;
    auto Bad = [&](const std::string &Msg) {
      Diags.push_back({File.str(), LineNo, 1, Msg});
    };
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Line);
    if (!V) {
      Bad("invalid baseline entry: " + llvm::toString(V.takeError()));
      continue;
    }
    const llvm::json::Object *O = V->getAsObject();
    if (!O) {
      Bad("a baseline entry must be a JSON object");
      continue;
    }
    BaselineEntry E;
    bool Ok = true;
    for (const auto &KV : *O) {
      StringRef K = KV.first;
      std::optional<StringRef> S = KV.second.getAsString();
      std::string *Field = K == "fingerprint" ? &E.Fingerprint
                           : K == "rule"      ? &E.Rule
                           : K == "path"      ? &E.Path
                           : K == "reason"    ? &E.Reason
                                              : nullptr;
      if (!Field) {
        Bad(fmt::format("unknown key '{}' in baseline entry", K.str()));
        Ok = false;
      } else if (!S) {
        Bad(fmt::format("'{}' must be a string", K.str()));
        Ok = false;
      } else {
        *Field = S->str();
      }
    }
    if (Ok && E.Fingerprint.empty()) {
      Bad("baseline entry without a fingerprint");
      Ok = false;
    }
    if (Ok)
      B.add(std::move(E));
  }
  if (Diags.size() != Before)
    return std::nullopt;
  return B;
}

std::optional<Baseline> Baseline::load(StringRef File, Diagnostics &Diags) {
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf) {
    Diags.push_back({File.str(), 0, 0,
                     "cannot read baseline: " + Buf.getError().message()});
    return std::nullopt;
  }
  if ((*Buf)->getBufferSize() > MaxBaselineSize) {
    Diags.push_back({File.str(), 0, 0, "baseline file too large"});
    return std::nullopt;
  }
  return parse(File, (*Buf)->getBuffer(), Diags);
}

const BaselineEntry *Baseline::find(StringRef Fingerprint) const {
  auto It = Entries.find(Fingerprint.str());
  return It == Entries.end() ? nullptr : &It->second;
}

void Baseline::add(BaselineEntry E) {
  auto It = Entries.find(E.Fingerprint);
  if (It == Entries.end()) {
    std::string Key = E.Fingerprint;
    Entries.emplace(std::move(Key), std::move(E));
  } else if (It->second.Reason.empty()) {
    It->second.Reason = std::move(E.Reason);
  }
}

void Baseline::write(llvm::raw_ostream &OS) const {
  std::vector<const BaselineEntry *> Sorted;
  for (const auto &KV : Entries)
    Sorted.push_back(&KV.second);
  llvm::sort(Sorted, [](const BaselineEntry *A, const BaselineEntry *B) {
    return std::tie(A->Path, A->Rule, A->Fingerprint) <
           std::tie(B->Path, B->Rule, B->Fingerprint);
  });
  for (const BaselineEntry *E : Sorted) {
    // Fixed key order, no whitespace: one stable line per entry.
    llvm::json::OStream J(OS);
    J.object([&] {
      J.attribute("fingerprint", E->Fingerprint);
      J.attribute("rule", E->Rule);
      J.attribute("path", E->Path);
      if (!E->Reason.empty())
        J.attribute("reason", E->Reason);
    });
    OS << "\n";
  }
}

Baseline rtclint::makeBaseline(const std::vector<Finding> &Findings,
                               const Baseline *Previous) {
  Baseline B;
  for (const Finding &F : Findings) {
    if (F.Suppressed && F.Suppressed->How == Suppression::InSource)
      continue;
    BaselineEntry E{F.Fingerprint, F.RuleId,
                    F.ProjectPath.empty() ? F.Path : F.ProjectPath, ""};
    if (Previous)
      if (const BaselineEntry *Old = Previous->find(F.Fingerprint))
        E.Reason = Old->Reason;
    B.add(std::move(E));
  }
  return B;
}

BaselineFilter::BaselineFilter(std::shared_ptr<const Baseline> Base)
    : B(std::move(Base)) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  B->write(OS);
  OS.flush();
  Digest = llvm::toHex(llvm::BLAKE3::hash(llvm::arrayRefFromStringRef(Text)),
                       /*LowerCase=*/true);
}

void BaselineFilter::apply(const FilterInput &In,
                           std::vector<Finding> &Findings) const {
  for (Finding &F : Findings) {
    if (F.Suppressed)
      continue;
    if (const BaselineEntry *E = B->find(F.Fingerprint))
      if (E->Rule.empty() || E->Rule == F.RuleId)
        F.Suppressed = Suppression{Suppression::Baseline, E->Reason};
  }
}
