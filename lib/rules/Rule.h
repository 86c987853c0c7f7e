//===- Rule.h - A rule as loaded from YAML ----------------------*- C++ -*-===//
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
#include "rules/FlowSpec.h"
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
  File,
  Scope,
  Route,
  Ast, // a clang-query matcher, run by the clang frontend
  // Combinators: Children hold the operands.
  All,    // the first child reports; later children are conditions on it
  Any,    // every child reports
  Not,    // condition: no match of the child is related to the subject
  Inside, // condition: a match of the child contains the subject
};
llvm::StringRef patternOnName(PatternOn O);

/// How a rule or pattern treats files whose role is test (fixtures, specs):
/// report as usual, report one severity level lower, or not at all.
enum class TestPolicy : unsigned char { Keep, Lower, Off };
llvm::StringRef testPolicyName(TestPolicy T);
std::optional<TestPolicy> parseTestPolicy(llvm::StringRef S);

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

/// How a condition of an `all` relates to the subject it constrains
/// (`where:`). Bits; every bit given must hold.
namespace where {
enum : uint8_t {
  SameScope = 1, // same innermost function (or module) scope
  SameCall = 2,  // same call: the call itself or the one it is an argument of
  FlowsInto = 4, // the subject's bound name is an argument of the condition's
                 // call, later in the same function
  FlowsFrom = 8, // the condition's bound name is an argument of the subject
};
} // namespace where

struct Pattern {
  PatternOn On = PatternOn::String;
  /// Operands of all / any / not / inside.
  std::vector<Pattern> Children;
  uint8_t Where = 0; // where:: bits; conditions only
  TestPolicy Tests = TestPolicy::Keep;
  unsigned Line = 0, Column = 0; // position of the pattern, for diagnostics
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

  /// Value-flow keys (value-of, from, lifetime, ...); null when none.
  std::shared_ptr<const FlowSpec> Flow;

  // code / text / file.
  RegexPtr Regex;
  std::vector<Glob> FileGlobs;

  // scope (name: Name, kind) / route (path: QualifiedPath, method).
  RegexPtr Method;
  std::vector<ScopeKind> ScopeKinds; // empty: any
  // route (lib/rules/RoutePattern.cpp): the handler, or a function of the
  // same file it calls, calls a callee matching HandlerCalls; whether a
  // guard the rule's options recognise covers it (and checks a role).
  RegexPtr HandlerCalls;
  std::optional<bool> Guarded, RoleGuarded;

  // ast: the matcher in clang-query syntax, compiled by lib/clang; Bind names
  // the reported node (empty: the matched node itself).
  std::string Ast, AstBind;
  unsigned AstLine = 0, AstColumn = 0; // the matcher's YAML position

  bool isCombinator() const { return On >= PatternOn::All; }
};

/// The leaves of P whose matches are reported (all of `any`, the first
/// operand of `all`), in order.
void reportingLeaves(const Pattern &P, std::vector<const Pattern *> &Out);

/// A rule option a user may set in .rtclint.yaml (`options:` in the rule).
struct RuleOption {
  enum class Type : unsigned char { Int, String, Bool, List };
  std::string Name;
  Type Ty = Type::String;
  std::string Description;
  // The default, in the member of its type.
  long long IntDefault = 0;
  bool BoolDefault = false;
  std::string StringDefault;
  std::vector<std::string> ListDefault;
};
llvm::StringRef optionTypeName(RuleOption::Type T);
/// Option values set by the user (.rtclint.yaml), by rule id then option
/// name; scalars are one-element lists.
using RuleOptionValues =
    std::map<std::string, std::map<std::string, std::vector<std::string>>>;
/// The default as it would be written in YAML: 30, true, ot_, [a, b].
std::string optionDefaultText(const RuleOption &O);
std::optional<RuleOption::Type> parseOptionType(llvm::StringRef S);

/// A machine-applicable fix (`fix: {replace, with, title}`): the first match
/// of Replace in the finding's source bytes is rewritten with With (RE2
/// rewrite syntax, `\1` for a group).
struct RuleFix {
  std::string Title;
  RegexPtr Replace;
  std::string With;
};

/// Who produces a rule's findings.
enum class RuleSource : unsigned char {
  Patterns, // the matcher, from `patterns:`
  Engine,   // an engine component (unused-suppression): no patterns
};

struct Rule {
  std::string Id;
  std::string Title;
  std::string Category;
  Severity Sev = Severity::Warning;
  std::string Message;
  std::string Guide;
  std::string Description;
  std::string Fix;             // prose: how to fix it (`fix:` or `fix.text`)
  std::optional<RuleFix> Edit; // the editor quick fix, if the rule has one
  std::string BadExample, GoodExample;
  /// What the examples are written in and the path they are scanned as by
  /// `rules test` (`examples.language`, `examples.path`); no language: the
  /// first of the rule's languages that reports the bad example.
  std::optional<Language> ExampleLanguage;
  std::string ExamplePath;
  unsigned ExamplesLine = 0;
  bool Secret = false;
  /// A catch-all: reported only where no other rule of its category reports
  /// the same bytes (generic-secret under the provider rules).
  bool Fallback = false;
  std::vector<Language> Languages; // empty: all
  PathFilter Paths;
  std::vector<std::string> Keywords; // lower-case prefilter literals
  std::vector<Pattern> Patterns;
  RuleSource Source = RuleSource::Patterns;
  TestPolicy Tests = TestPolicy::Keep;
  /// Declared options, in file order; names are unique.
  std::vector<RuleOption> Options;
  std::string Cwe;                     // "CWE-798", empty if none
  std::vector<std::string> References; // URLs: guide section, vendor docs
  std::string File;                    // where it was loaded from
  unsigned IdLine = 0, IdColumn = 0;   // position of its id, for diagnostics
  bool Builtin = false;

  bool appliesTo(Language L) const;
  const RuleOption *option(llvm::StringRef Name) const;
};

} // namespace rtclint

#endif
