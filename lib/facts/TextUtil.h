//===- TextUtil.h - Source text as the facts carry it (internal) ----------===//
#ifndef RTCLINT_FACTS_TEXTUTIL_H
#define RTCLINT_FACTS_TEXTUTIL_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace rtclint::facttext {

/// Source text with whitespace runs collapsed to one space, trimmed, at most
/// 512 bytes (cut on a UTF-8 boundary): BindingFact::ValueText, ArgFact::Text.
std::string collapse(llvm::StringRef Text);

} // namespace rtclint::facttext

#endif
