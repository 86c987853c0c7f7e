//===- Finding.h - One reported problem
//-------------------------------------===//
#ifndef RTCLINT_ENGINE_FINDING_H
#define RTCLINT_ENGINE_FINDING_H

#include "facts/Facts.h"
#include "rules/Rule.h"
#include <string>

namespace rtclint {

struct Finding {
  std::string RuleId;
  std::string Category;
  Severity Sev = Severity::Warning;
  std::string Path;                                          // display path
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0; // 1-based
  Span Range; // byte offsets of the reported range
  std::string Message;
  std::string Snippet;     // the first source line, secrets redacted
  std::string Fingerprint; // stable across line shifts
  std::string Scope;       // enclosing scope names, "Class.method"
  Language Lang = Language::Unknown;
  bool Secret = false; // Range holds a credential
};

/// Orders findings by path, position, then rule: the order of every output.
bool operator<(const Finding &A, const Finding &B);

/// "a…": the first 4 characters then an ellipsis; shorter values are masked
/// whole.
std::string redact(llvm::StringRef Secret);

} // namespace rtclint

#endif
