//===- ClangFrontend.h - C, C++ and Objective-C on the real AST -*- C++ -*-===//
//
// The second implementation of the frontend seam (facts/Frontend.h): files
// listed in a compilation database (or, in forced mode, every C-family file)
// are parsed with Clang and their facts come from the AST. A file that does
// not parse (a missing SDK header) degrades to the token frontend with a
// note on stderr and is counted under the frontend name "token-fallback".
//
// This header has no Clang includes: the CLI and the engine stay Clang-free.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_CLANG_CLANGFRONTEND_H
#define RTCLINT_CLANG_CLANGFRONTEND_H

#include "facts/Frontend.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace rtclint {

class AstQueries;

struct ClangFrontendOptions {
  /// Directory holding compile_commands.json; empty: forced mode (every
  /// C-family file is parsed with default arguments for its language).
  std::string BuildDir;
  /// Clang's resource directory (builtin headers); defaults to the one
  /// found at configure time.
  std::string ResourceDir;
  /// Headers under this directory (default: the working directory) are
  /// analysed through the TUs that include them.
  std::string ProjectRoot;
  /// Print a note on stderr when a file falls back to the token frontend.
  bool NoteFallbacks = true;
  /// The `ast:` matchers of the rules in use (AstQueries::compile).
  std::shared_ptr<const AstQueries> Queries;
};

/// Loads the compilation database (a clear error when it is missing or
/// malformed) and returns the frontend.
llvm::Expected<std::shared_ptr<const Frontend>>
makeClangFrontend(const ClangFrontendOptions &Opts);

/// The resource directory baked in at configure time.
llvm::StringRef defaultResourceDir();

} // namespace rtclint

#endif
