//===- Frontend.h - The frontend seam: a source to facts --------*- C++ -*-===//
//
// A frontend turns one source buffer into FileFacts. The token frontend reads
// every language; a frontend registered before it (the clang frontend, given
// a compilation database) may claim the files it handles better. Rules only
// ever see facts, so every rule runs unchanged on either.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_FRONTEND_H
#define RTCLINT_FACTS_FRONTEND_H

#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <vector>

namespace rtclint {

/// One buffer to scan, as every stage sees it.
struct SourceBuffer {
  llvm::StringRef Path;        // display path: outputs and messages
  llvm::StringRef ProjectPath; // relative to the project root: fingerprints
                               // and rule path filters
  llvm::StringRef Content;
  Language Lang = Language::Unknown;
};

class Frontend {
public:
  virtual ~Frontend();
  /// Stored in FileFacts::Frontend and counted in the stats.
  virtual llvm::StringRef name() const = 0;
  virtual bool handles(const SourceBuffer &Src) const = 0;
  /// Never fails for malformed input; may throw only for internal errors,
  /// which the engine reports as a failed file.
  virtual FileFacts extract(const SourceBuffer &Src) const = 0;
};

/// The tokenizers and structural pass of lib/lex and lib/facts.
class TokenFrontend final : public Frontend {
public:
  llvm::StringRef name() const override { return "token"; }
  bool handles(const SourceBuffer &) const override { return true; }
  FileFacts extract(const SourceBuffer &Src) const override;
};

/// Frontends in order of preference; the token frontend always comes last.
class FrontendSet {
public:
  FrontendSet();
  /// Adds F before the token frontend (and after earlier additions).
  void add(std::shared_ptr<const Frontend> F);
  const Frontend &choose(const SourceBuffer &Src) const;

private:
  std::vector<std::shared_ptr<const Frontend>> Chain;
};

} // namespace rtclint

#endif
