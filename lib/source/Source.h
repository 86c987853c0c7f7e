//===- Source.h - One file (or buffer) to scan ------------------*- C++ -*-===//
#ifndef RTCLINT_SOURCE_SOURCE_H
#define RTCLINT_SOURCE_SOURCE_H

#include "lex/Language.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace rtclint {

enum class Role : unsigned char { Unknown, Client, Server, Config, Test };
llvm::StringRef roleName(Role R);

/// Guess the language from the file name (extension, special names such as
/// Dockerfile, .env, Info.plist, AndroidManifest.xml) and, for extensionless
/// files, the shebang in the first line of Content.
Language detectLanguage(llvm::StringRef Path, llvm::StringRef Content);

/// The tables detectLanguage reads, for `rtclint languages` and the docs.
struct LanguageExtension {
  llvm::StringRef Ext; // lower case, no dot
  Language Lang;
};
struct LanguageFileName {
  llvm::StringRef Name;
  Language Lang;
  bool Prefix; // "Dockerfile." matches "Dockerfile.prod"
};
llvm::ArrayRef<LanguageExtension> languageExtensions();
llvm::ArrayRef<LanguageFileName> languageFileNames();

/// Client / server / config / test, from the path and the content.
Role detectRole(llvm::StringRef Path, Language L, llvm::StringRef Content);

enum class SkipReason : unsigned char {
  Binary,         // NUL byte in the first 8 KiB
  TooLarge,       // over the size limit
  Unreadable,     // open/read failed
  SymlinkOutside, // symlink whose target leaves the scanned tree
  Ignored,  // .gitignore / .rtclintignore / --exclude (counted, not listed)
  Budget,   // the engine's per-file time budget ran out
  Failed,   // a frontend or matcher failed on it (internal error)
  Special,  // FIFO, socket or device: never opened for reading
  Vendored, // vendored/generated code excluded by default (WalkOptions)
};
llvm::StringRef skipReasonName(SkipReason R);

struct SkippedFile {
  std::string Path; // display path
  SkipReason Reason;
  std::string Detail; // e.g. the errno message or the size
};

/// A file found by the walk, not yet read.
struct FileEntry {
  std::string Path;    // display path: relative to cwd when under it, '/'
  std::string AbsPath; // what to open
  uint64_t Size = 0;
  /// Real path of the scanned root the file must stay in when opened ("/"
  /// for a file named explicitly; empty: follow no link at all).
  std::string Root;
};

} // namespace rtclint

#endif
