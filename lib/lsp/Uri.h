//===- Uri.h - file:// URIs and paths ---------------------------*- C++ -*-===//
#ifndef RTCLINT_LSP_URI_H
#define RTCLINT_LSP_URI_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace rtclint::lsp {

/// The absolute path of a file:// URI (percent-decoded); nullopt for other
/// schemes (untitled:, a remote file system) and malformed URIs.
std::optional<std::string> uriToPath(llvm::StringRef Uri);

/// file:// URI of an absolute path, percent-encoding what RFC 3986 asks.
std::string pathToUri(llvm::StringRef Path);

} // namespace rtclint::lsp

#endif
