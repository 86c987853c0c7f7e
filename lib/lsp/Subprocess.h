//===- Subprocess.h - A child process on a pair of pipes --------*- C++ -*-===//
//
// llvm::sys::ExecuteNoWait redirects to files, not pipes we can both read
// and write while the child runs; the clangd proxy needs exactly that.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_SUBPROCESS_H
#define RTCLINT_LSP_SUBPROCESS_H

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rtclint::lsp {

struct Child {
  pid_t Pid = -1;
  int ToChild = -1;   // the child's stdin
  int FromChild = -1; // the child's stdout
};

/// Starts Argv[0] (searched on PATH) with stdin and stdout on pipes and
/// stderr inherited. nullopt with Error when it cannot start.
std::optional<Child> spawnPiped(const std::vector<std::string> &Argv,
                                std::string &Error);

/// Waits for the child; its exit code (128 + signal when killed).
int waitChild(pid_t Pid);

} // namespace rtclint::lsp

#endif
