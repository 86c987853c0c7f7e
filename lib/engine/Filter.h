//===- Filter.h - The filter stage: drop or mark findings -------*- C++ -*-===//
//
// After resolving, each file's findings pass through a chain of filters:
// inline suppressions, the baseline, changed-line modes, severity gates. A
// filter sees one file at a time (its text and facts too), so the chain runs
// the same for a whole-tree scan, a staged blob and an editor buffer.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_FILTER_H
#define RTCLINT_ENGINE_FILTER_H

#include "engine/Finding.h"
#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rtclint {

/// What a filter may look at for one file.
struct FilterInput {
  llvm::StringRef Path;    // display path, as in the findings
  llvm::StringRef Content; // the scanned bytes
  const FileFacts &Facts;  // comments and scopes, e.g. for suppressions
  llvm::StringRef ProjectPath = {}; // for fingerprints of added findings
};

class FindingFilter {
public:
  virtual ~FindingFilter();
  /// Short name for --stats ("suppressions", "baseline", "changed-lines").
  virtual llvm::StringRef name() const = 0;
  /// Drops findings, marks them Suppressed, or appends its own (an unused
  /// suppression). Must be reentrant: it runs on many files at once.
  virtual void apply(const FilterInput &In,
                     std::vector<Finding> &Findings) const = 0;
  /// Whether the filter may add findings to a file no rule matched (the
  /// engine then still builds its facts); most filters only mark or drop.
  virtual bool mayAddFindings(llvm::StringRef Content) const { return false; }
  /// Everything besides the file's bytes and the engine's options that this
  /// filter's effect on the file at Path (display path) depends on, so a
  /// result cache can key on it; nullopt: results cannot be cached.
  virtual std::optional<std::string> cacheKey(llvm::StringRef Path) const {
    return std::nullopt;
  }
};

/// Filters in the order they run.
using FilterChain = std::vector<std::shared_ptr<const FindingFilter>>;

} // namespace rtclint

#endif
