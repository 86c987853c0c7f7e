//===- NameTable.h - Enum <-> name tables with their "expected" text ------===//
//
// Each YAML vocabulary (severities, pattern kinds, test policies...) is one
// table; parsing, printing and the "expected a, b or c" of error messages all
// read it, so no list of names is typed twice.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_NAMETABLE_H
#define RTCLINT_RULES_NAMETABLE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace rtclint {

template <class E> struct NamedValue {
  llvm::StringRef Name;
  E Value;
  bool Alias = false; // accepted when parsing, never printed or listed
};

template <class E>
std::optional<E> parseName(llvm::ArrayRef<NamedValue<E>> T, llvm::StringRef S) {
  for (const NamedValue<E> &N : T)
    if (N.Name == S)
      return N.Value;
  return std::nullopt;
}

template <class E>
llvm::StringRef nameOf(llvm::ArrayRef<NamedValue<E>> T, E V) {
  for (const NamedValue<E> &N : T)
    if (!N.Alias && N.Value == V)
      return N.Name;
  return "";
}

/// "a, b or c" of the names, for error messages.
std::string orList(llvm::ArrayRef<llvm::StringRef> Names);

template <class E> std::string expectedNames(llvm::ArrayRef<NamedValue<E>> T) {
  std::vector<llvm::StringRef> Names;
  for (const NamedValue<E> &N : T)
    if (!N.Alias)
      Names.push_back(N.Name);
  return orList(Names);
}

} // namespace rtclint

#endif
