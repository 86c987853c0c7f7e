//===- RuleFixes.h - A rule's quick fix applied to one finding --*- C++ -*-===//
//
// A rule may declare a fix (`fix: {title, replace, with}`); for each finding
// it becomes one edit of the source bytes the finding covers, which editors
// offer as a quick fix and SARIF carries as a `fixes` entry.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_RULEFIXES_H
#define RTCLINT_ENGINE_RULEFIXES_H

#include "engine/Finding.h"
#include "engine/Redactor.h"
#include "support/LineIndex.h"

namespace rtclint {

/// The fix of R for the bytes Range of Content: the first match of the fix
/// regex within them rewritten. None when the rule declares no fix, the
/// regex does not match there, or (with Red) the edit would show a secret.
std::optional<Fix> ruleFix(const Rule &R, llvm::StringRef Content, Span Range,
                           const LineIndex &Lines, llvm::StringRef Path,
                           const Redactor *Red);

} // namespace rtclint

#endif
