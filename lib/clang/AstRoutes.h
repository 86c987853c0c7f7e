//===- AstRoutes.h - HTTP routes of C++ servers from the AST ----*- C++ -*-===//
#ifndef RTCLINT_CLANG_ASTROUTES_H
#define RTCLINT_CLANG_ASTROUTES_H

#include "facts/Facts.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace rtclint {

/// Appends to F the routes that Target (whose text is Content) registers on
/// cpp-httplib, Crow, Drogon and Pistache servers, with their handler
/// bodies and guards. Scopes are assigned by the caller.
void astRoutes(clang::ASTContext &Ctx, clang::FileID Target,
               llvm::StringRef Content, FileFacts &F);

} // namespace rtclint

#endif
