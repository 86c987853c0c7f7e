//===- ProjectRoot.h - Where project-relative paths start -------*- C++ -*-===//
//
// Fingerprints and rule path filters use paths relative to the project root:
// the git work tree that holds a scanned path, else the scanned directory
// itself (a file's folder for a file). So a finding has one identity whether
// it was scanned as `scan .`, `scan sub/dir` or from another directory.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_PROJECTROOT_H
#define RTCLINT_SCAN_PROJECTROOT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace rtclint {

/// The absolute project root for one scan root (a file or directory path).
std::string projectRootOf(llvm::StringRef ScanRoot);

/// Maps absolute file paths to project-relative ones, for a set of roots.
class ProjectPaths {
public:
  explicit ProjectPaths(const std::vector<std::string> &ScanRoots);
  /// AbsPath relative to the longest project root above it, with '/'.
  std::string relative(llvm::StringRef AbsPath) const;
  /// The first root (for SARIF's %SRCROOT%).
  llvm::StringRef primary() const {
    return Roots.empty() ? llvm::StringRef() : llvm::StringRef(Roots.front());
  }

private:
  std::vector<std::string> Roots; // absolute, real, no trailing '/'
};

} // namespace rtclint

#endif
