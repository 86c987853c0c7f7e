//===- Walker.h - Find the files to scan ------------------------*- C++ -*-===//
#ifndef RTCLINT_WORKSPACE_WALKER_H
#define RTCLINT_WORKSPACE_WALKER_H

#include "workspace/Source.h"
#include <optional>

namespace rtclint {

struct WalkOptions {
  std::vector<std::string> Excludes; // globs (gitignore-style) from CLI/config
  uint64_t MaxFileSize = 8ull << 20;
  bool UseIgnoreFiles = true; // .gitignore (in git repos) and .rtclintignore
  /// Skip vendored and generated code (node_modules, vendor, virtualenvs,
  /// minified bundles, lock files ...; DefaultExcludes.h), listed as
  /// skipped with reason `vendored`. The CLI's --no-default-excludes clears
  /// it.
  bool DefaultExcludes = true;
  unsigned Jobs = 0; // 0: hardware concurrency
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

/// Reads a file found by walk() through the safe reader (regular file only,
/// never out of its root, size-capped); binary (NUL in the first 8 KiB),
/// oversized, special and unreadable files come back with Skip set and no
/// content. UTF-16/32 files with a BOM come back transcoded to UTF-8.
LoadedFile loadFile(const FileEntry &F, uint64_t MaxFileSize);

/// Display form of a path: relative to the current directory when under it,
/// with '/' separators.
std::string displayPath(llvm::StringRef Path);

} // namespace rtclint

#endif
