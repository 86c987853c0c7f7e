//===- ResultCodec.h - One file's result to and from JSON -------*- C++ -*-===//
//
// How the result cache stores a FileResult: every field a reporter reads,
// so a cached result prints byte for byte like a fresh one.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SCAN_RESULTCODEC_H
#define RTCLINT_SCAN_RESULTCODEC_H

#include "engine/Engine.h"

namespace rtclint {

/// Encodes R (which must have no Failure) with Key, the entry's own key.
std::string encodeResult(llvm::StringRef Key, const FileResult &R);

/// Decodes an entry written by encodeResult for Key; rule pointers are
/// resolved in Rules. nullopt when the text is not such an entry (corrupt,
/// truncated, another key, an unknown rule).
std::optional<FileResult>
decodeResult(llvm::StringRef Key, llvm::StringRef Text, const RuleSet &Rules);

} // namespace rtclint

#endif
