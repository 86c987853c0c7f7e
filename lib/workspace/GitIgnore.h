//===- GitIgnore.h - .gitignore answers from libgit2 ----------------------===//
//
// libgit2 knows every source of git's ignore rules (nested .gitignore files,
// .git/info/exclude, core.excludesFile); this wraps one repository for the
// parallel walk. A git_repository must not be used by two threads at once,
// so each query borrows a handle from a small pool.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_GITIGNORE_H
#define RTCLINT_WORKSPACE_GITIGNORE_H

#include "llvm/ADT/StringRef.h"
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct git_repository;

namespace rtclint {

/// Keeps libgit2 initialised for its lifetime.
class GitLibrary {
public:
  GitLibrary();
  ~GitLibrary();
  GitLibrary(const GitLibrary &) = delete;
  GitLibrary &operator=(const GitLibrary &) = delete;
};

class GitIgnore {
public:
  /// The repository whose work tree contains Dir (searching upwards), or
  /// null when there is none or it is bare. Search=false opens Dir only.
  static std::shared_ptr<GitIgnore> open(llvm::StringRef Dir, bool Search);
  ~GitIgnore();

  /// Absolute work tree path, without a trailing '/'.
  llvm::StringRef workdir() const { return Workdir; }

  /// Is the path (absolute, under workdir()) ignored by git?
  bool isIgnored(llvm::StringRef AbsPath);

private:
  GitIgnore(git_repository *First, std::string Workdir);
  git_repository *acquire();
  void release(git_repository *R);

  std::string Workdir;
  std::mutex Mutex;
  std::vector<git_repository *> Free;
};

} // namespace rtclint

#endif
