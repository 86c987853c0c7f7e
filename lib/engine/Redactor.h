//===- Redactor.h - Mask every secret-looking span of a line ----*- C++ -*-===//
//
// A secret must not leak through another finding on the same line, a repeat
// of it in a comment, a URL's user-info or a credential query parameter. The
// redactor masks, in any text an output shows: every secret a rule found in
// the file (each occurrence), URL passwords, credential query values, and
// credential shapes recognised on sight (client tokens, JWTs, provider keys).
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_REDACTOR_H
#define RTCLINT_ENGINE_REDACTOR_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <utility>
#include <vector>

namespace rtclint {

class Redactor {
public:
  /// Secrets found in the file; each occurrence in a text is masked.
  void addSecret(llvm::StringRef Secret);

  /// The spans [begin, end) of Text to mask, sorted and merged.
  std::vector<std::pair<size_t, size_t>> spans(llvm::StringRef Text) const;

  /// Text with every span masked by redact(). Offsets (if given) maps each
  /// byte offset of Text, and Text.size(), to the offset in the result: a
  /// span's first byte to the mask's start, its other bytes to its end.
  std::string apply(llvm::StringRef Text,
                    std::vector<size_t> *Offsets = nullptr) const;

private:
  std::vector<std::string> Secrets;
};

} // namespace rtclint

#endif
