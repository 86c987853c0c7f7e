//===- AstQueries.h - The `ast:` patterns of a rule set ---------*- C++ -*-===//
//
// Rules carry their matcher as text (lib/rules has no Clang); this compiles
// each distinct one once with clang::ast_matchers::dynamic::Parser and runs
// them over a translation unit, recording AstMatchFacts. Compiled matchers
// are immutable and shared between threads.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_CLANG_ASTQUERIES_H
#define RTCLINT_CLANG_ASTQUERIES_H

#include "facts/Facts.h"
#include "rules/Diagnostic.h"
#include "rules/RuleSet.h"
#include "clang/Basic/SourceLocation.h"
#include <memory>

namespace clang {
class ASTContext;
} // namespace clang

namespace rtclint {

class AstQueries {
public:
  /// Compiles every `ast:` pattern of Rules; a matcher that does not parse
  /// is an error at its YAML position. Returns null when there are errors.
  static std::shared_ptr<const AstQueries> compile(const RuleSet &Rules,
                                                   Diagnostics &Diags);
  ~AstQueries();

  bool empty() const;
  /// Runs every matcher over the top-level declarations of Target (the
  /// main file when invalid) and appends what their bind names report, in
  /// Target, to F (whose scopes are already known). Content is Target's.
  void run(clang::ASTContext &Ctx, llvm::StringRef Content, FileFacts &F,
           clang::FileID Target = clang::FileID()) const;

  struct Impl;

private:
  std::unique_ptr<Impl> I;
};

/// Checks the `ast:` patterns of Rules (what `rtclint` does after loading
/// rules); false with diagnostics on errors.
bool checkAstPatterns(const RuleSet &Rules, Diagnostics &Diags);

} // namespace rtclint

#endif
