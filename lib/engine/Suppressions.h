//===- Suppressions.h - Inline rtclint-ignore comments ----------*- C++ -*-===//
//
// The first filter of the chain. Directives live in comments of any syntax
// the token frontend knows (the facts' comments):
//
//   rtclint-ignore[: ids] [-- reason]            the comment's own line
//   rtclint-ignore-next-line[: ids] [-- reason]  the next non-blank code line
//   rtclint-ignore-begin[: ids] [-- reason]      up to the matching
//   rtclint-ignore-end                           rtclint-ignore-end
//
// `ids` are rule ids or categories, separated by commas or spaces; none
// means every rule. Matching findings are kept, marked Suppressed (InSource,
// with the reason). A directive that suppressed nothing, and a begin or end
// without its partner, becomes an `unused-suppression` finding.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_SUPPRESSIONS_H
#define RTCLINT_ENGINE_SUPPRESSIONS_H

#include "engine/Filter.h"
#include <functional>

namespace rtclint {

/// One parsed directive.
struct SuppressionDirective {
  enum Kind : unsigned char { SameLine, NextLine, Begin, End } K = SameLine;
  std::vector<std::string> Ids; // empty: all rules
  std::string Reason;
  Span Range;         // the directive's text in the buffer
  unsigned Line = 0;  // 1-based line of the directive
  unsigned First = 0; // lines it covers (0 when it covers none)
  unsigned Last = 0;
};

/// Every directive in the file's comments, in buffer order, with the lines
/// each covers (begin/end pairs resolved; unpaired ones cover nothing).
std::vector<SuppressionDirective> parseSuppressions(llvm::StringRef Content,
                                                    const FileFacts &Facts);

class SuppressionFilter : public FindingFilter {
public:
  /// Unused directives are reported with rule UnusedRule at severity
  /// UnusedSev (none when UnusedRule is null or UnusedSev is Off).
  /// IsActive says whether a rule id or category runs at all: a directive
  /// naming only rules that are off is not "unused", the run just did not
  /// look.
  SuppressionFilter(const Rule *UnusedRule, Severity UnusedSev,
                    std::function<bool(llvm::StringRef)> IsActive);

  llvm::StringRef name() const override { return "suppressions"; }
  void apply(const FilterInput &In,
             std::vector<Finding> &Findings) const override;
  /// A file with directives may get unused-suppression findings.
  bool mayAddFindings(llvm::StringRef Content) const override;
  /// The directives are in the bytes; which rules run is an engine option.
  std::optional<std::string> cacheKey(llvm::StringRef Path) const override;

private:
  const Rule *UnusedRule;
  Severity UnusedSev;
  std::function<bool(llvm::StringRef)> IsActive;
};

/// The rule id unused and unpaired directives are reported under.
inline constexpr const char *UnusedSuppressionId = "unused-suppression";

} // namespace rtclint

#endif
