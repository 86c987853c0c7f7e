//===- BuiltinRules.h - Rule files embedded at build time -------*- C++ -*-===//
#ifndef RTCLINT_RULES_BUILTINRULES_H
#define RTCLINT_RULES_BUILTINRULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace rtclint {

struct EmbeddedFile {
  const char *Path; // relative to rules/, e.g. "secrets/aws-access-key.yaml"
  llvm::StringRef Text;
};

/// Every rules/**/*.yaml of the source tree (fixtures excluded), sorted by
/// path. Defined in the generated BuiltinRules.cpp.
llvm::ArrayRef<EmbeddedFile> builtinRuleFiles();

} // namespace rtclint

#endif
