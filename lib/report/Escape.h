//===- Escape.h - Text from a repository, safe to print ---------*- C++ -*-===//
//
// File names, decoded keys and source lines come from the scanned repository.
// Printed raw, a newline forges a whole diagnostic line (or a CI workflow
// command), and ESC/BEL sequences drive the terminal. Everything a human
// output shows goes through printable().
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_REPORT_ESCAPE_H
#define RTCLINT_REPORT_ESCAPE_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace rtclint {

/// S with C0/C1 controls, DEL, line and paragraph separators and bidi
/// overrides written as \xNN or \u{NNNN}. Tabs are kept when KeepTabs.
std::string printable(llvm::StringRef S, bool KeepTabs = false);

} // namespace rtclint

#endif
