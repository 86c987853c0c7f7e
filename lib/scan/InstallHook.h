//===- InstallHook.h - A plain git pre-commit hook --------------*- C++ -*-===//
//
// For teams without the pre-commit framework: `rtclint install-hook` writes
// .git/hooks/pre-commit (or into core.hooksPath) running the staged scan.
// A hook rtclint did not write is never replaced unless forced.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_INSTALLHOOK_H
#define RTCLINT_SCAN_INSTALLHOOK_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace rtclint {

/// The line that marks a hook as rtclint's own.
inline constexpr const char *HookMarker = "# rtclint pre-commit hook";

/// The hook script; Binary is the rtclint to run when it exists.
std::string hookScript(llvm::StringRef Binary);

/// Installs the hook of the repository containing RepoPath. On success sets
/// Written to the hook's path. Fails (with Error) outside a repository, or
/// when a foreign hook exists and Force is false.
bool installHook(llvm::StringRef RepoPath, llvm::StringRef Binary, bool Force,
                 std::string &Written, std::string &Error);

} // namespace rtclint

#endif
