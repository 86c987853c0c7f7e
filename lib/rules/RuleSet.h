//===- RuleSet.h - Loaded, validated and compiled rules ---------*- C++ -*-===//
#ifndef RTCLINT_RULES_RULESET_H
#define RTCLINT_RULES_RULESET_H

#include "rules/Diagnostic.h"
#include "rules/Placeholders.h"
#include "rules/Rule.h"
#include "llvm/ADT/BitVector.h"
#include <memory>

namespace re2 {
class FilteredRE2;
class RE2;
} // namespace re2

namespace rtclint {

/// Immutable once finalize() ran; shared read-only between scanning threads.
class RuleSet {
public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet &&) noexcept;
  RuleSet &operator=(RuleSet &&) noexcept;

  /// The rules embedded in the binary.
  bool loadBuiltin(Diagnostics &Diags);
  /// Every *.yaml under Dir (recursively, skipping tests/ folders);
  /// placeholders.yaml adds to the placeholder vocabulary.
  bool loadDirectory(llvm::StringRef Dir, Diagnostics &Diags);
  /// One rule file's text. A file may hold one rule, or `rules:` with a list.
  bool loadText(llvm::StringRef File, llvm::StringRef Text, bool Builtin,
                Diagnostics &Diags);

  /// Sorts rules by id, rejects duplicate ids, builds the prefilter.
  bool finalize(Diagnostics &Diags);

  const std::vector<Rule> &rules() const { return Rules; }
  const Rule *find(llvm::StringRef Id) const;
  const Placeholders &placeholders() const { return Holders; }
  /// A hash of every loaded rule file's name and text (hex).
  llvm::StringRef digest() const { return Digest; }

  /// Rules that may match Content (bit per rule index): a rule is out when
  /// none of its keywords and none of its patterns' required literals occur.
  llvm::BitVector candidates(llvm::StringRef Content) const;

  /// Rules that match decoded string values (any string pattern): their
  /// keywords and literals may be split over `'AK' + 'IA..'`,
  /// `'-----BEGIN PRIVATE' + ' KEY-----'` or written with escapes, so they
  /// are not in the raw text. The engine checks a rule the raw bytes ruled
  /// out again with candidates() over the decoded values of the file's
  /// strings.
  const llvm::BitVector &decodedOnly() const;

private:
  std::vector<Rule> Rules;
  Placeholders Holders;
  std::string Digest;
  struct Prefilter;
  std::unique_ptr<Prefilter> PF;
};

} // namespace rtclint

#endif
