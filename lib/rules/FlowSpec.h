//===- FlowSpec.h - Value-flow keys of a call pattern -----------*- C++ -*-===//
//
// What a `call` pattern asks about one value of the call (docs/
// writing-rules.md, "Value flow"): which option or argument (`value-of`),
// where it comes from (`from`, narrowed by `from-except`, `from-masked-by`,
// `from-through`, `from-other-sense` and `from-keys`), where it lives
// (`lifetime`), how long a time it folds to (`longer-than`), which constants it
// takes (`resolves-to`), whether it depends on a condition (`conditional`), and
// where the call itself runs (`runs-in`). Word lists and numbers may name one
// of the rule's options (`$name`), so a team can change them in .rtclint.yaml.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_FLOWSPEC_H
#define RTCLINT_RULES_FLOWSPEC_H

#include "facts/Flow.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace rtclint {

/// Words written in the rule, or the name of a list/string option ($name).
struct WordsRef {
  std::vector<std::string> Words;
  std::string Option;
};

/// A number written in the rule, or the name of an int option ($name).
struct IntRef {
  long long Value = 0;
  std::string Option;
};

struct FlowSpec {
  bool HasValueOf = false;
  WordsRef OptionNames;            // value-of.option
  std::vector<unsigned> Positions; // value-of.arg
  std::optional<WordsRef> From, FromExcept;
  std::optional<WordsRef> FromMaskedBy; // from-masked-by: derivations
  std::optional<WordsRef> FromThrough;  // from-through: calls that pass on
  /// from-other-sense: `from` words that mean something else where the
  /// context words occur (`token` in a tokenizer).
  std::optional<WordsRef> OtherSenseWords, OtherSenseContext;
  std::optional<bool> FromKeys;    // from-keys: false skips keys
  std::vector<Lifetime> Lifetimes; // lifetime: any of
  std::vector<Lifetime> RunsIn;    // runs-in: any of
  std::optional<IntRef> LongerThan;
  std::shared_ptr<const re2::RE2> ResolvesTo;
  std::optional<bool> Conditional;
};

} // namespace rtclint

#endif
