//===- Pipeline.h - The engine's stages, one job each -----------*- C++ -*-===//
//
// Engine::scan composes these; each is a plain function of its inputs so it
// can be tested and reused alone (docs/architecture.md, "Stages").
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_PIPELINE_H
#define RTCLINT_ENGINE_PIPELINE_H

#include "engine/Filter.h"
#include "engine/Finding.h"
#include "engine/Matcher.h"
#include "engine/ScanResult.h"
#include "facts/Frontend.h"
#include "rules/RuleSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <chrono>

namespace rtclint {

using SeverityFn = llvm::function_ref<Severity(const Rule &)>;

/// A point in time after which a file's scan gives up (budget).
class Deadline {
public:
  explicit Deadline(unsigned Ms)
      : At(Ms ? std::chrono::steady_clock::now() + std::chrono::milliseconds(Ms)
              : std::chrono::steady_clock::time_point::max()) {}
  bool passed() const { return std::chrono::steady_clock::now() > At; }

private:
  std::chrono::steady_clock::time_point At;
};

/// select: indexes of the rules that are on, apply to the file's language
/// and path, and whose keywords occur in the raw bytes. Decoded holds the
/// string-only rules to check again against the decoded string values.
struct RuleSelection {
  std::vector<unsigned> Active, Decoded;
  bool empty() const { return Active.empty() && Decoded.empty(); }
};
RuleSelection selectRules(const RuleSet &Rules, SeverityFn Sev,
                          const SourceBuffer &Src, FileStats &Stats);
/// The second prefilter stage, once facts exist: keeps the Decoded rules
/// whose literals occur in some decoded string value.
void refineSelection(const RuleSet &Rules, const FileFacts &Facts,
                     RuleSelection &Sel, FileStats &Stats);

/// match: every pattern hit of the selected rules, with its severity.
struct Hit {
  const Rule *R = nullptr;
  Match M;
  Severity Sev = Severity::Warning;
  bool InTestCode = false; // a secret reported in a test file
};
std::vector<Hit> matchRules(const RuleSet &Rules, const RuleSelection &Sel,
                            const MatchInput &In, SeverityFn Sev,
                            const std::map<std::string, Severity> &UserSev,
                            const Deadline &D, bool &TimedOut);

/// resolve: one finding per place and category (specific rules beat
/// fallbacks), role policy, positions, messages, redacted snippets, notes
/// from related facts, fingerprints.
struct ResolveOptions {
  bool Redact = true;
  bool IncludeTests = false;
  /// The file is test code whose path names it as fake: secrets in it are
  /// reported as notes.
  bool FakeFile = false;
};
std::vector<Finding> resolveHits(std::vector<Hit> Hits, const SourceBuffer &Src,
                                 const FileFacts &Facts, Role FileRole,
                                 const ResolveOptions &O);

/// The fingerprint of a finding: rule, project-relative path, the matched
/// text with whitespace collapsed, and the occurrence index among findings
/// with the same three. No line numbers, no working directory, no scope names.
std::string fingerprint(llvm::StringRef RuleId, llvm::StringRef ProjectPath,
                        llvm::StringRef Matched, unsigned Occurrence);

/// filter: runs the chain in order.
void filterFindings(const FilterChain &Chain, const FilterInput &In,
                    std::vector<Finding> &Findings);

} // namespace rtclint

#endif
