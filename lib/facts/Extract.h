//===- Extract.h - The token frontend: source to facts ----------*- C++ -*-===//
#ifndef RTCLINT_FACTS_EXTRACT_H
#define RTCLINT_FACTS_EXTRACT_H

#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"

namespace rtclint {

/// Tokenizes Buf as L and runs the structural pass for L's family. Never
/// fails; reentrant.
FileFacts extractFacts(Language L, llvm::StringRef Buf);

} // namespace rtclint

#endif
