//===- Placeholders.h - Values that are never secrets -----------*- C++ -*-===//
#ifndef RTCLINT_RULES_PLACEHOLDERS_H
#define RTCLINT_RULES_PLACEHOLDERS_H

#include "rules/Diagnostic.h"
#include "rules/Rule.h"
#include "llvm/ADT/StringSet.h"

namespace re2 {
class RE2;
}

namespace rtclint {

/// The shared placeholder vocabulary (rules/placeholders.yaml) plus the
/// structural cases no regex can say in RE2: one repeated character and
/// sequential runs like "0123456789abcdef".
class Placeholders {
public:
  /// Adds the vocabulary in Text (YAML). Errors go to Diags with positions.
  bool load(llvm::StringRef File, llvm::StringRef Text, Diagnostics &Diags);
  bool isPlaceholder(llvm::StringRef Value) const;
  /// True when a project path names its file's contents as fake
  /// (`tests/fake_data/dummy_key.pem`): the `fake-files` patterns.
  bool isFakeFile(llvm::StringRef ProjectPath) const;
  bool empty() const { return Exact.empty() && Patterns.empty(); }

private:
  llvm::StringSet<> Exact; // lower-cased
  std::vector<RegexPtr> Patterns;
  std::vector<RegexPtr> FakeFiles;
};

} // namespace rtclint

#endif
