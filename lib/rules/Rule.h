//===- Rule.h - A rule as loaded from YAML
//---------------------------------===//
//
// The in-memory form of rules/<category>/<id>.yaml (schema:
// docs/writing-rules.md). Regexes are compiled RE2 objects shared between
// threads (RE2 matching is thread-safe), so a RuleSet is immutable after
// loading and the engine stays reentrant.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_RULE_H
#define RTCLINT_RULES_RULE_H

#include "facts/Facts.h"
#include "support/Glob.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace rtclint {

enum class Severity : unsigned char { Off, Note, Warning, Error };
llvm::StringRef severityName(Severity S);
std::optional<Severity> parseSeverity(llvm::StringRef S);

using RegexPtr = std::shared_ptr<const re2::RE2>;

namespace charset {
enum : uint8_t { Lower = 1, Upper = 2, Digit = 4, Symbol = 8 };
} // namespace charset

enum class PatternOn : unsigned char {
  String,
  Binding,
  Call,
  Code,
  Text,
  File
};
llvm::StringRef patternOnName(PatternOn O);

enum class Validator : unsigned char {
  None,
  SessionId,
  T1Token,
  JwtSessionConnect,
  PemPrivateKey,
};

/// A glob on display paths, in the one dialect of support/Glob.h (gitignore
/// semantics, as ignore files and --exclude): a glob without '/' matches a
/// name at any depth, and a glob matching a directory matches what is in it.
class Glob {
public:
  static llvm::Expected<Glob> create(llvm::StringRef Text);
  bool match(llvm::StringRef Path) const;

private:
  explicit Glob(PathGlob P) : Pat(std::move(P)) {}
  PathGlob Pat;
};

struct PathFilter {
  std::vector<Glob> Include;
  std::vector<Glob> Exclude;
  bool matches(llvm::StringRef Path) const;
};

struct Pattern {
  PatternOn On = PatternOn::String;
  // Common.
  std::vector<Language> Languages; // empty: all
  PathFilter Paths;
  std::optional<Severity> SeverityOverride;
  std::string Message; // empty: the rule's
  bool Comments = false;

  // string / binding.
  RegexPtr Value, NotValue, Name, NotName, QualifiedPath, CallRe;
  std::vector<BindKind> Binds; // empty: any
  std::vector<ValueKind> Kinds{ValueKind::String};
  int Arg = -1;
  double Entropy = 0;
  /// Character classes that must all occur in the reported part
  /// (`charset: [lower, upper, digit]`).
  uint8_t Charset = 0;
  unsigned MinLength = 0, MaxLength = 0;
  Validator Validate = Validator::None;

  // call.
  RegexPtr Callee;
  std::vector<std::pair<unsigned, RegexPtr>> Args;
  std::vector<std::pair<std::string, RegexPtr>> Keywords;

  // code / text / file.
  RegexPtr Regex;
  std::vector<Glob> FileGlobs;
};

struct Rule {
  std::string Id;
  std::string Title;
  std::string Category;
  Severity Sev = Severity::Warning;
  std::string Message;
  std::string Guide;
  std::string Description;
  std::string Fix;
  std::string BadExample, GoodExample;
  bool Secret = false;
  /// A catch-all: reported only where no other rule of its category reports
  /// the same bytes (generic-secret under the provider rules).
  bool Fallback = false;
  std::vector<Language> Languages; // empty: all
  PathFilter Paths;
  std::vector<std::string> Keywords; // lower-case prefilter literals
  std::vector<Pattern> Patterns;
  std::string File;                  // where it was loaded from
  unsigned IdLine = 0, IdColumn = 0; // position of its id, for diagnostics
  bool Builtin = false;

  bool appliesTo(Language L) const;
};

} // namespace rtclint

#endif
