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
  explicit PatternReader(YamlReader &R) : R(R) {}
  /// A pattern that reports: a leaf, `all` or `any`.
  bool read(const YAML::Node &N, Pattern &P) {
    return readNode(N, P, /*Condition=*/false);
  }

private:
  YamlReader &R;
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
};

} // namespace rtclint

#endif
