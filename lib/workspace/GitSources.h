//===- GitSources.h - Sources read from git through libgit2 -----*- C++ -*-===//
//
// The git modes' inputs: the staged blobs of the index (`--staged`, never
// the working tree), the working-tree files changed since the merge base
// with a revision (`--diff REV`), and the blobs each commit of a history
// adds (`--history`). Every source carries the lines its change added, so
// findings can be limited to them.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_GITSOURCES_H
#define RTCLINT_WORKSPACE_GITSOURCES_H

#include "workspace/GitIgnore.h"
#include "workspace/Source.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct git_repository;
struct git_diff;

namespace rtclint {

/// One changed file: its new content and the lines the change added.
struct GitFile {
  std::string Path;     // display path (relative to cwd when under it)
  std::string RepoPath; // path inside the repository, '/'-separated
  std::string Content;
  /// Inclusive 1-based ranges of added or changed lines, sorted.
  std::vector<std::pair<unsigned, unsigned>> Added;
  bool NewFile = false; // absent on the old side: every line is new
};

struct GitChanges {
  std::vector<GitFile> Files;       // sorted by Path
  std::vector<SkippedFile> Skipped; // binary, too large, unreadable
};

struct CommitInfo {
  std::string Id; // full hex object id
  std::string Author;
  std::string Email;
  std::string Date; // ISO 8601, UTC
  std::string Summary;
};

class GitRepo {
public:
  /// The repository containing Path (searching upwards). Null with Error
  /// set when there is none.
  static std::unique_ptr<GitRepo> open(llvm::StringRef Path,
                                       std::string &Error);
  ~GitRepo();
  GitRepo(const GitRepo &) = delete;
  GitRepo &operator=(const GitRepo &) = delete;

  /// Absolute work tree without a trailing '/'; empty for a bare repo.
  llvm::StringRef workdir() const { return Workdir; }

  /// The staged blobs that differ from HEAD (every staged file when HEAD
  /// is unborn), read from the object database.
  bool staged(uint64_t MaxFileSize, GitChanges &Out, std::string &Error);

  /// Working-tree files (untracked ones too, honouring .gitignore) that
  /// differ from the merge base of Rev and HEAD.
  bool changedSince(llvm::StringRef Rev, uint64_t MaxFileSize, GitChanges &Out,
                    std::string &Error);

  /// Commits of Range (`A..B`, a revision and its ancestors, or every
  /// reachable commit when empty), oldest first. Merge commits are skipped:
  /// their content arrived with the commits they merge.
  bool commits(llvm::StringRef Range, std::vector<CommitInfo> &Out,
               std::string &Error);

  /// The files commit Id changed against its parent (the empty tree for a
  /// root commit), with the blob contents.
  bool commitChanges(const CommitInfo &C, uint64_t MaxFileSize, GitChanges &Out,
                     std::string &Error);

private:
  GitRepo(git_repository *R, std::string Workdir);
  bool collect(git_diff *Diff, bool FromWorkdir, uint64_t MaxFileSize,
               GitChanges &Out, std::string &Error);
  std::string displayOf(llvm::StringRef RepoPath) const;

  GitLibrary Lib;
  git_repository *Repo;
  std::string Workdir;
};

} // namespace rtclint

#endif
