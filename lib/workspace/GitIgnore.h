//===- GitIgnore.h - The git repository a walk is in ----------------------===//
//
// libgit2 finds the repository and its configuration; the ignore rules are
// read and matched by rtclint itself. libgit2 would open every .gitignore
// with no regard for what it is, so a .gitignore that is a FIFO hangs it and
// one linked to /dev/zero exhausts memory. The walker reads each .gitignore
// through the safe reader instead (see Walker.cpp); this class contributes
// the repository-wide lists: .git/info/exclude and core.excludesFile, which
// git ranks below every .gitignore.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_GITIGNORE_H
#define RTCLINT_WORKSPACE_GITIGNORE_H

#include "workspace/Ignore.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>

namespace rtclint {

/// Keeps libgit2 initialised for its lifetime.
class GitLibrary {
public:
  GitLibrary();
  ~GitLibrary();
  GitLibrary(const GitLibrary &) = delete;
  GitLibrary &operator=(const GitLibrary &) = delete;
};

/// Largest ignore file read (a real one is a few KiB).
constexpr uint64_t MaxIgnoreFileBytes = 1 << 20;

class GitIgnore {
public:
  /// The repository whose work tree contains Dir (searching upwards), or
  /// null when there is none, it is bare, or its metadata is not made of
  /// regular files (a hostile .git is treated as no repository).
  /// Search=false opens Dir only.
  static std::shared_ptr<GitIgnore> open(llvm::StringRef Dir, bool Search);

  /// Absolute work tree path, without a trailing '/'.
  llvm::StringRef workdir() const { return Workdir; }

  /// The verdict of info/exclude and core.excludesFile on a path (absolute,
  /// under workdir()).
  IgnoreMatch matchBase(llvm::StringRef AbsPath, bool IsDir) const;

private:
  std::string Workdir;
  IgnoreList Base;
};

} // namespace rtclint

#endif
