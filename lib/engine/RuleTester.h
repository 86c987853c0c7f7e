//===- RuleTester.h - Run `ruleid:` / `ok:` fixtures ------------*- C++ -*-===//
#ifndef RTCLINT_ENGINE_RULETESTER_H
#define RTCLINT_ENGINE_RULETESTER_H

#include "engine/Engine.h"

namespace rtclint {

struct FixtureFailure {
  std::string Path;
  unsigned Line = 0;
  std::string RuleId;
  std::string What; // "missed", "unexpected finding", "ok violated", ...
};

struct RuleTestResult {
  unsigned Files = 0;
  unsigned Passed = 0; // annotations that held
  std::vector<FixtureFailure> Failures;
  std::vector<std::string> RulesWithoutFixtures;
  /// Fixtures marked `rtclint-fixture: clang-only`, not run without the
  /// clang frontend.
  std::vector<std::string> NeedingClang;
};

/// Runs every fixture under TestsDir/<rule-id>/ against Rules (all rules
/// enabled): each `ruleid: ID` must be reported on the next code line, each
/// `ok: ID` must not, and a rule must report nothing on lines not annotated
/// for it in its own fixture folder. Every rule's examples.bad must be
/// reported by it and examples.good must not. Rules with `source: engine`
/// need no fixtures.
/// Frontends (the clang frontend) are preferred over the token frontend for
/// the files they handle; without one, fixtures marked
/// `rtclint-fixture: clang-only` are listed in NeedingClang, not run.
RuleTestResult
runRuleTests(const std::shared_ptr<const RuleSet> &Rules,
             llvm::StringRef TestsDir,
             std::vector<std::shared_ptr<const Frontend>> Frontends = {});

} // namespace rtclint

#endif
