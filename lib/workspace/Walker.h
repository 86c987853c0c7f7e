//===- Walker.h - Find the files to scan
//------------------------------------===//
#ifndef RTCLINT_WORKSPACE_WALKER_H
#define RTCLINT_WORKSPACE_WALKER_H

#include "workspace/Source.h"
#include <optional>

namespace rtclint {

struct WalkOptions {
  std::vector<std::string> Excludes; // globs (gitignore-style) from CLI/config
  uint64_t MaxFileSize = 8ull << 20;
  bool UseIgnoreFiles = true; // .gitignore (in git repos) and .rtclintignore
  unsigned Jobs = 0;          // 0: hardware concurrency
};

struct WalkResult {
  std::vector<FileEntry> Files;     // sorted by Path: deterministic
  std::vector<SkippedFile> Skipped; // sorted by Path; Ignored ones not listed
  uint64_t IgnoredCount = 0;
  std::vector<std::string> Errors; // e.g. a path argument that does not exist
};

/// Walks each root (file or directory) in parallel, honouring ignore files,
/// excludes, the size limit, and never following a symlink out of its root.
WalkResult walk(const std::vector<std::string> &Roots, const WalkOptions &O);

struct LoadedFile {
  std::string Content;
  std::optional<SkippedFile> Skip; // set when the file must not be scanned
};

/// Reads a file found by walk(); binary (NUL in the first 8 KiB), oversized
/// and unreadable files come back with Skip set and no content.
LoadedFile loadFile(const FileEntry &F, uint64_t MaxFileSize);

/// Display form of a path: relative to the current directory when under it,
/// with '/' separators.
std::string displayPath(llvm::StringRef Path);

} // namespace rtclint

#endif
