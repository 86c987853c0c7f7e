//===- Builders.h - Structural passes per family (internal to facts/) -----===//
//
// Extract.cpp lexes the buffer, then hands the tokens to the builder of the
// language's family. Code families share one structural pass over brackets
// (CodeFacts.cpp and friends); configuration formats have their own
// key-path builders (ConfigFacts.cpp, MarkupFacts.cpp).
//
// Every builder fills Scopes (Scopes[0] = module), Strings, Bindings, Calls
// and Comments; Extract.cpp fills Lang and CodeView.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_BUILDERS_H
#define RTCLINT_FACTS_BUILDERS_H

#include "facts/Facts.h"
#include "lex/Token.h"
#include "llvm/ADT/ArrayRef.h"
#include <cstdint>
#include <vector>

namespace rtclint::builders {

/// C-like, Python, Ruby, PHP and shell sources. Stops before the token at
/// which F holds MaxFacts facts and records its offset in F.BudgetCut.
void buildCodeFacts(Language L, llvm::StringRef Buf,
                    const std::vector<Token> &Toks, FileFacts &F,
                    size_t MaxFacts = SIZE_MAX);
/// YAML, JSON, .env and .properties.
void buildConfigFacts(Language L, llvm::StringRef Buf,
                      const std::vector<Token> &Toks, FileFacts &F);
/// After buildCodeFacts: one more StringFact for each value assembled from
/// literals by a join or by `+=` accumulation (StringFolds.cpp).
void foldStrings(Language L, llvm::StringRef Buf,
                 const std::vector<Token> &Toks, FileFacts &F);
/// After a builder stopped at the fact budget: a StringFact for every
/// literal in Tail long enough to be a credential, named by a `name =`,
/// `name:` or `key =>` just before it (BudgetTail.cpp).
void addSecretCandidates(Language L, llvm::StringRef Buf,
                         llvm::ArrayRef<Token> Tail, FileFacts &F);
/// SQL scripts and dumps, CSV/TSV files (DataFacts.cpp).
void buildDataFacts(Language L, llvm::StringRef Buf,
                    const std::vector<Token> &Toks, FileFacts &F);
/// XML, plist and HTML (HTML <script> bodies go through the JS pass).
void buildMarkupFacts(Language L, llvm::StringRef Buf,
                      const std::vector<Token> &Toks, FileFacts &F);

} // namespace rtclint::builders

#endif
