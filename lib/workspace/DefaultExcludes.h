//===- DefaultExcludes.h - Vendored and generated code --------------------===//
//
// What a user almost never wants scanned and what drowns real findings in
// noise: dependency trees (node_modules, vendor, Pods, Carthage, ...),
// virtualenvs, projects copied into third_party/, minified bundles and lock
// files. Excluded by default inside and outside git work trees, since zips
// and Docker contexts have no .gitignore to say so.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_DEFAULTEXCLUDES_H
#define RTCLINT_WORKSPACE_DEFAULTEXCLUDES_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace rtclint {

/// Why an entry named Name is excluded by default, judged by its name
/// alone, or nullopt.
std::optional<llvm::StringRef> defaultExcludeReason(llvm::StringRef Name,
                                                    bool IsDir);

/// third_party/, third-party/: holds vendored projects.
bool isThirdPartyDir(llvm::StringRef Name);

/// A file that marks the root of a whole project (a licence, a manifest).
bool isProjectMarker(llvm::StringRef Name);

} // namespace rtclint

#endif
