//===- Transcode.h - UTF-16/32 files to UTF-8 -----------------------------===//
//
// A file in UTF-16 or UTF-32 with a byte-order mark is text (Windows tools
// write .config and .ps1 files that way) but is full of NUL bytes, so the
// binary test would skip it and hide any secret in it. Such files are
// transcoded and scanned as UTF-8; line and column numbers then refer to the
// transcoded text (docs/security.md).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_WORKSPACE_TRANSCODE_H
#define RTCLINT_WORKSPACE_TRANSCODE_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace rtclint {

/// UTF-8 (without BOM) for a buffer that starts with a UTF-16LE/BE or
/// UTF-32LE/BE byte-order mark; nullopt for anything else. Unpaired
/// surrogates and invalid code points become U+FFFD; a trailing partial code
/// unit is dropped.
std::optional<std::string> transcodeToUTF8(llvm::StringRef Bytes);

} // namespace rtclint

#endif
