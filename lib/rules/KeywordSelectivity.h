//===- KeywordSelectivity.h - How often a prefilter keyword occurs --------===//
//
// A keyword only helps the prefilter when most files do not contain it.
// The estimate: p is the share of a built-in sample of very common code
// words (identifiers and keywords of the supported languages, English words
// of comments and strings) that contain the keyword; a file with N such
// words then contains it with probability 1 - (1 - p)^N. With N = 100 an
// estimate of 50% or more ("most files") is a loader warning.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_KEYWORDSELECTIVITY_H
#define RTCLINT_RULES_KEYWORDSELECTIVITY_H

#include "llvm/ADT/StringRef.h"

namespace rtclint {

struct KeywordFrequency {
  unsigned Words = 0;   // sample words containing the keyword
  unsigned Sample = 0;  // sample size
  double FileShare = 0; // estimated share of files containing it, 0..1
};

/// Words per file the estimate assumes.
constexpr unsigned WordsPerFile = 100;
/// Estimated file share from which a keyword is reported as too common.
constexpr double CommonKeywordShare = 0.5;

/// Case-insensitive; Keyword is expected lower-case.
KeywordFrequency keywordFrequency(llvm::StringRef Keyword);

} // namespace rtclint

#endif
