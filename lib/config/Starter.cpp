//===- Starter.cpp - The config `rtclint init` writes ---------------------===//
#include "config/Config.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace rtclint;

llvm::StringRef rtclint::starterConfig() {
  return R"(# rtclint configuration. rtclint uses the nearest .rtclint.yaml above each
# scanned path (or the file given with --config). Unknown keys are errors.

# Per-rule settings: enabled, severity (error, warning, note, off) and the
# options a rule declares ('rtclint rules show ID' lists them).
rules: {}
#  generic-secret:
#    severity: error
#  plain-http-rest-url:
#    enabled: false

# Rule ids or categories to turn on (also rules that are off by default) or
# off.
enable: []
disable: []

# Paths not to scan, in .gitignore syntax, relative to the scanned paths.
exclude:
  - node_modules/
#  - vendor/**

# Extra directories of rule files, relative to this file.
rule-dirs: []

# Organisation policies that turn on the rules enforcing them.
policy:
  require-e2ee: false

# Report test code like other code (by default rules may lower or skip
# findings in tests).
include-tests: false
)";
}

bool rtclint::writeStarterConfig(llvm::StringRef Path, std::string &Error) {
  std::string P = Path.str();
  // O_EXCL: never replace an existing config, not even through a symlink.
  int FD = ::open(P.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (FD < 0) {
    Error = errno == EEXIST ? "already exists" : std::strerror(errno);
    return false;
  }
  llvm::StringRef Text = starterConfig();
  while (!Text.empty()) {
    ssize_t N = ::write(FD, Text.data(), Text.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      Error = std::strerror(errno);
      ::close(FD);
      return false;
    }
    Text = Text.drop_front(size_t(N));
  }
  if (::close(FD) != 0) {
    Error = std::strerror(errno);
    return false;
  }
  return true;
}
