//===- Matcher.h - One rule's patterns against a file's facts ---*- C++ -*-===//
#ifndef RTCLINT_ENGINE_MATCHER_H
#define RTCLINT_ENGINE_MATCHER_H

#include "facts/Facts.h"
#include "rules/Placeholders.h"
#include "rules/RoutePattern.h"
#include "rules/Rule.h"

namespace rtclint {

/// A pattern hit before it becomes a Finding.
struct Match {
  const Pattern *P = nullptr;
  Span Range;       // what to report
  Span Secret;      // the credential inside Range (empty if none)
  std::string Part; // the matched / secret text (decoded)
  std::string Name; // bound name, callee... for message placeholders
  std::string QualifiedPath;
  std::string Callee;
  int32_t Scope = 0;
};

struct MatchInput {
  const FileFacts &Facts;
  llvm::StringRef Buf;
  llvm::StringRef Path;
  const Placeholders &Holders;
  /// Option values from .rtclint.yaml; rules' defaults apply where unset.
  const RuleOptionValues *Options = nullptr;
  /// The rules' guard vocabulary with the config's additions; null: each
  /// rule's defaults.
  const RouteEvidenceTable *Evidence = nullptr;
};

/// Appends every hit of R in the file to Out; at most one per fact, the first
/// pattern that matches it.
void matchRule(const Rule &R, const MatchInput &In, std::vector<Match> &Out);

/// Innermost scope of Facts containing Offset.
int32_t scopeAt(const FileFacts &Facts, uint32_t Offset);

} // namespace rtclint

#endif
