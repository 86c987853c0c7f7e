//===- CommentStrings.h - Values written inside comments (internal) -------===//
//
// Commented-out code and configuration keep their secrets and endpoints:
// quoted text, URL-like words and (in code) `name = value` pairs inside a
// comment become StringFacts flagged InComment. Rules ignore them unless they
// ask for comments. One scanner serves the config and markup builders; code
// comments add name/value pairs on top of the same primitives.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_COMMENTSTRINGS_H
#define RTCLINT_FACTS_COMMENTSTRINGS_H

#include "facts/Facts.h"
#include "lex/Token.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace rtclint::commentstrings {

/// Quoted text and URLs of any scheme in Body, which starts at byte Base of
/// the buffer. Quotes never span lines; an apostrophe inside a word does not
/// open one. Backticks quote (and end URLs) when Backticks is set.
void scanQuotesAndURLs(llvm::StringRef Body, uint32_t Base, bool Backticks,
                       std::vector<StringFact> &Out);

/// Code comments: quoted text, http/ws/ftp URLs and `name = value` /
/// `name: value` pairs, each recorded in scope Scope. Each recognised piece
/// is consumed, so a quoted value of a pair is not reported twice.
void scanCodeComment(llvm::StringRef Body, uint32_t Base, int32_t Scope,
                     std::vector<StringFact> &Out);

/// Records the comment token T of a config or markup file as a CommentFact
/// and the quoted text and URLs inside it as StringFacts.
void addComment(Language L, llvm::StringRef Buf, const Token &T, bool Backticks,
                FileFacts &F);

} // namespace rtclint::commentstrings

#endif
