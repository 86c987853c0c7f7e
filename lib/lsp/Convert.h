//===- Convert.h - Findings as LSP diagnostics and code actions -*- C++ -*-===//
//
// Pure functions from an Analysis to protocol JSON: the server and the
// clangd proxy publish the same diagnostics and offer the same actions.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LSP_CONVERT_H
#define RTCLINT_LSP_CONVERT_H

#include "lsp/Analyzer.h"
#include "llvm/Support/JSON.h"

namespace rtclint::lsp {

/// The `source` of every diagnostic rtclint publishes.
inline constexpr const char *DiagnosticSource = "rtclint";

/// A finding as an LSP Diagnostic, positions mapped over its text by Map.
llvm::json::Value toDiagnostic(const Finding &F, llvm::StringRef Uri,
                               const PositionMap &Map);

/// The params of textDocument/publishDiagnostics for A.
llvm::json::Object publishParams(const Analysis &A, Encoding E);

/// How a line comment is written in L: {"// ", ""}, {"<!-- ", " -->"};
/// nullopt where the token frontend knows no comments (JSON, plain text).
std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
commentSyntax(Language L);

/// Code actions for the findings of A whose ranges meet [Start, End]: the
/// fixes findings carry, and a suppression comment above the line.
llvm::json::Array codeActions(const Analysis &A, Language L, Position Start,
                              Position End, Encoding E);

} // namespace rtclint::lsp

#endif
