//===- Diagnostic.h - file:line:col errors for rules and configs ----------===//
#ifndef RTCLINT_RULES_DIAGNOSTIC_H
#define RTCLINT_RULES_DIAGNOSTIC_H

#include <string>
#include <vector>

namespace rtclint {

struct Diagnostic {
  std::string File;
  unsigned Line = 0;   // 1-based; 0 when unknown
  unsigned Column = 0; // 1-based
  std::string Message;
  /// A warning does not fail the load (a keyword that is not selective).
  bool Warning = false;
  /// "file:line:col: error: message", the clang form editors understand.
  std::string str() const;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace rtclint

#endif
