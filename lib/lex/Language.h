//===- Language.h - Languages rtclint understands -------------------------===//
//
// The language of a source decides which tokenizer family reads it. Detection
// from file names and content lives in workspace/; this header is only the
// vocabulary shared by every layer.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_LEX_LANGUAGE_H
#define RTCLINT_LEX_LANGUAGE_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace rtclint {

enum class Language : unsigned char {
  Unknown, // plain text: only raw-text rules apply
  C,
  Cpp,
  ObjC,
  ObjCpp,
  Java,
  Kotlin,
  Scala,
  Groovy,
  Swift,
  CSharp,
  Go,
  JavaScript, // also JSX, .mjs, .cjs
  TypeScript, // also TSX
  Python,
  Ruby,
  PHP,
  Shell,
  Dockerfile,
  Env,        // .env files: KEY=value
  Properties, // Java .properties, .ini-like key=value
  YAML,
  JSON,
  XML,
  Plist,
  HTML,
  HCL, // Terraform
  SQL, // scripts and dumps: INSERT ... VALUES, SET x = '...', COPY blocks
  CSV, // also .tsv: header cells name the cells below them
};

/// How a language is tokenized.
enum class LexFamily : unsigned char {
  Text,  // no tokenizer
  CLike, // C, C++, ObjC, Java, Kotlin, Scala, Groovy, Swift, C#, Go, JS/TS, HCL
  Python,
  Ruby,
  PHP,
  Shell,    // shell, Dockerfile
  KeyValue, // .env, .properties
  YAML,
  JSON,
  Markup, // XML, plist, HTML
  SQL,
  CSV,
};

LexFamily lexFamily(Language L);

/// The last enumerator, for loops over every language.
inline constexpr Language LastLanguage = Language::CSV;

/// Stable lower-case name used in rules, JSON and the CLI ("cpp",
/// "javascript").
llvm::StringRef languageName(Language L);

/// Inverse of languageName; also accepts common aliases ("js", "ts", "c++",
/// "objc", "csharp"/"c#", "py", "rb", "sh", "yml", "terraform").
std::optional<Language> parseLanguage(llvm::StringRef Name);

/// Human name for documentation ("C++", "Objective-C", ".env").
llvm::StringRef languageDisplayName(Language L);

} // namespace rtclint

#endif
