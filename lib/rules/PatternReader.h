//===- PatternReader.h - One `patterns:` entry to a Pattern ---------------===//
//
// Leaves (`on: string`, ...) and the combinators all / any / not / inside
// with their `where:` constraints (schema: docs/writing-rules.md).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_PATTERNREADER_H
#define RTCLINT_RULES_PATTERNREADER_H

#include "rules/YamlUtil.h"

namespace rtclint {

class PatternReader {
public:
  /// Options: the rule's declared options, which `$name` in value-flow
  /// keys may refer to.
  explicit PatternReader(YamlReader &R,
                         const std::vector<RuleOption> *Options = nullptr)
      : R(R), Options(Options) {}
  /// A pattern that reports: a leaf, `all` or `any`.
  bool read(const YAML::Node &N, Pattern &P) {
    return readNode(N, P, /*Condition=*/false);
  }

private:
  YamlReader &R;
  const std::vector<RuleOption> *Options;
  /// Condition: an operand of `all` after its first, or of not / inside;
  /// only conditions may carry `where:`, and only they may be not / inside.
  bool readNode(const YAML::Node &N, Pattern &P, bool Condition);
  bool readCombinator(const YAML::Node &N, Pattern &P, bool Condition);
  bool readLeaf(const YAML::Node &N, Pattern &P, bool Condition);
  bool readCommon(const YAML::Node &N, Pattern &P);
  bool readWhere(const YAML::Node &N, Pattern &P);
  bool readStringOrBinding(const YAML::Node &N, Pattern &P);
  bool readCall(const YAML::Node &N, Pattern &P);
  bool readPartChecks(const YAML::Node &N, Pattern &P);
  // FlowReader.cpp: value-of, from, lifetime, ... on call patterns.
  bool readFlow(const YAML::Node &N, Pattern &P);
  bool readWords(const YAML::Node &N, const char *Key, WordsRef &Out);
  bool readIntRef(const YAML::Node &N, const char *Key, IntRef &Out);
  bool optionRef(const YAML::Node &V, llvm::StringRef Name,
                 std::initializer_list<RuleOption::Type> Types);
};

} // namespace rtclint

#endif
