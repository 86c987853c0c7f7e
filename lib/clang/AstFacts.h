//===- AstFacts.h - FileFacts from a parsed translation unit ----*- C++ -*-===//
#ifndef RTCLINT_CLANG_ASTFACTS_H
#define RTCLINT_CLANG_ASTFACTS_H

#include "facts/Facts.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

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

} // namespace rtclint

#endif
