//===- Extract.h - The token frontend: source to facts ----------*- C++ -*-===//
#ifndef RTCLINT_FACTS_EXTRACT_H
#define RTCLINT_FACTS_EXTRACT_H

#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"

namespace rtclint {

/// Structural facts (strings, bindings, calls, arguments, scopes) one file
/// may produce: the per-file memory ceiling. About 120 bytes each; a real
/// 1 MB source produces some 40,000.
inline constexpr size_t DefaultFactBudget = 200000;

/// Tokenizes Buf as L and runs the structural pass for L's family. Never
/// fails; reentrant. Past MaxFacts facts the structural pass stops and only
/// literals that may hold a credential are collected (FileFacts::BudgetCut).
FileFacts extractFacts(Language L, llvm::StringRef Buf,
                       size_t MaxFacts = DefaultFactBudget);

} // namespace rtclint

#endif
