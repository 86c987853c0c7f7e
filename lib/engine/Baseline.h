//===- Baseline.h - Known findings a project has accepted -------*- C++ -*-===//
//
// A baseline lets a legacy codebase adopt rtclint: today's findings are
// recorded once, and only new ones fail later runs. Entries key on the
// finding fingerprint (rule + project-relative path + normalized matched
// content + scope), which holds no line number, so edits elsewhere in a file
// do not resurrect an entry, and no secret: the file stores hashes only.
//
// The file is one JSON object per line, sorted by path, rule, fingerprint:
//   {"fingerprint":"…","rule":"…","path":"…","reason":"…"}
// so two branches that each accept findings merge without conflicts in the
// common case and a review diff shows exactly what was accepted.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_BASELINE_H
#define RTCLINT_ENGINE_BASELINE_H

#include "engine/Filter.h"
#include "rules/Diagnostic.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace rtclint {

struct BaselineEntry {
  std::string Fingerprint;
  std::string Rule;
  std::string Path;
  std::string Reason; // optional: why the finding is accepted
};

class Baseline {
public:
  /// Parses baseline text; malformed lines become diagnostics (File:line).
  static std::optional<Baseline>
  parse(llvm::StringRef File, llvm::StringRef Text, Diagnostics &Diags);
  /// Reads and parses File (a regular file of bounded size).
  static std::optional<Baseline> load(llvm::StringRef File, Diagnostics &Diags);

  const BaselineEntry *find(llvm::StringRef Fingerprint) const;
  size_t size() const { return Entries.size(); }

  void add(BaselineEntry E);

  /// Entries sorted by path, rule, fingerprint; one JSON object per line.
  void write(llvm::raw_ostream &OS) const;

private:
  std::map<std::string, BaselineEntry> Entries; // by fingerprint
};

/// A baseline from findings: every finding not suppressed in the source. A
/// previous baseline's reasons carry over to the entries that remain.
Baseline makeBaseline(const std::vector<Finding> &Findings,
                      const Baseline *Previous);

/// Marks findings listed in the baseline as Suppressed (kind Baseline).
class BaselineFilter : public FindingFilter {
public:
  explicit BaselineFilter(std::shared_ptr<const Baseline> B);
  llvm::StringRef name() const override { return "baseline"; }
  /// A hash of the whole baseline.
  std::optional<std::string> cacheKey(llvm::StringRef Path) const override {
    return Digest;
  }
  void apply(const FilterInput &In,
             std::vector<Finding> &Findings) const override;

private:
  std::shared_ptr<const Baseline> B;
  std::string Digest;
};

} // namespace rtclint

#endif
