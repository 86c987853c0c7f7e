//===- AstFacts.h - FileFacts from a parsed translation unit ----*- C++ -*-===//
#ifndef RTCLINT_CLANG_ASTFACTS_H
#define RTCLINT_CLANG_ASTFACTS_H

#include "facts/Facts.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang {
class ASTContext;
class Preprocessor;
} // namespace clang

namespace rtclint {

/// The facts of Target (the main file of Ctx when invalid; a project header
/// it includes otherwise: Content is then the header's text), in the same model
/// as the token frontend: literals with their bindings (including #define,
/// reported at the definition with the expansion as a related location), values
/// folded through constants, std::string concatenation and static snprintf
/// formats, calls resolved to their declarations, ObjC messages by
/// selector, and scopes. Declarations outside Target are never traversed.
/// Comments and the code view come from the token frontend (Base), which
/// already knows them.
FileFacts astFacts(clang::ASTContext &Ctx, clang::Preprocessor &PP,
                   llvm::StringRef Content, FileFacts Base,
                   clang::FileID Target = clang::FileID());

/// The files a translation unit's analysis covers besides its main file:
/// those outside system headers that hold a top-level declaration or a
/// macro of the TU (the first inclusion of each), in inclusion order.
std::vector<clang::FileID> includedFiles(clang::ASTContext &Ctx,
                                         clang::Preprocessor &PP);

} // namespace rtclint

#endif
