//===- Facts.h - The language-neutral fact model ----------------*- C++ -*-===//
//
// Frontends (the token frontend here, the clang frontend later) turn a source
// into facts; rules only ever see facts. Every fact carries byte spans into
// the source buffer; lines and columns are computed when reporting.
//
// Facts reference each other by index into the vectors of FileFacts (-1 for
// none), so a FileFacts is a plain value that can be moved between threads.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_FACTS_H
#define RTCLINT_FACTS_FACTS_H

#include "lex/Language.h"
#include <cstdint>
#include <string>
#include <vector>

namespace rtclint {

struct Span {
  uint32_t Begin = 0;
  uint32_t End = 0;
  bool contains(uint32_t Off) const { return Off >= Begin && Off < End; }
  bool empty() const { return Begin >= End; }
};

/// How a value is bound to a name.
enum class BindKind : unsigned char {
  None,       // not bound (e.g. a bare argument)
  Variable,   // const x = ..., x := ..., String x = ..., x = ... at declaration
  Assignment, // x = ..., obj.field = ..., self.x = ... (not a declaration)
  Field,      // class/struct field or property initializer
  ObjectKey,  // { key: v }, ['key' => v], {"key": v}, key: v in Ruby hashes
  Keyword,    // f(key=v) in Python, f(key: v) in Ruby/Swift/Kotlin/C#
  ConfigKey,  // YAML/JSON/env/properties/XML/plist key
  Define,     // #define NAME value
  Attribute,  // XML/HTML attribute
};

/// The kind of a literal value.
enum class ValueKind : unsigned char { String, Number, Bool, Null, Other };

enum class ScopeKind : unsigned char { Module, Class, Function, Block };

struct ScopeFact {
  ScopeKind Kind = ScopeKind::Module;
  std::string Name; // function/class name; empty for blocks and module
  Span Range;
  int32_t Parent = -1; // index into Scopes; -1 only for the module scope
};

/// A literal value or configuration value in context. Adjacent string literals
/// ("a" "b") and `+` concatenations of literals are folded into one fact.
struct StringFact {
  ValueKind Kind = ValueKind::String;
  std::string Value; // decoded
  Span Range;        // the whole literal (or folded literals)
  std::string Name;  // name it is bound to (last segment: "apiSecret")
  std::string Path;  // qualified name: "config.opentok.apiSecret",
                     // "process.env.SECRET", "this.secret"
  BindKind Bind = BindKind::None;
  int32_t Call = -1;         // innermost call it is an argument of (index)
  int32_t ArgIndex = -1;     // position in that call's argument list (0-based)
  int32_t Scope = 0;         // enclosing scope (index into Scopes)
  bool InComment = false;    // found inside a comment (quoted text, bare URL)
  bool Interpolated = false; // template/f-string with substitutions
};

/// Any name bound to any expression: `name = <expr>`, `key: <expr>`,
/// `kw=<expr>`. Rules match on the expression's text, so non-literal values
/// (`false`, `OpenSSL::SSL::VERIFY_NONE`, `(a,b,c,d) => true`) are visible.
struct BindingFact {
  BindKind Bind = BindKind::None;
  std::string Name;      // last segment
  std::string Path;      // qualified as far as written
  std::string ValueText; // source text of the value, whitespace collapsed,
                         // at most 512 bytes
  Span NameRange;
  Span ValueRange;
  int32_t String = -1; // StringFact index when the value is a string literal
  int32_t Call = -1;   // call whose argument list holds this binding
  int32_t ArgIndex = -1;
  int32_t Scope = 0;
};

struct ArgFact {
  std::string Keyword; // keyword / label / object key; empty if positional
  std::string Text;    // source text, whitespace collapsed, <= 512 bytes
  Span Range;
  int32_t String = -1; // StringFact index when the argument is a literal
};

struct CallFact {
  /// Callee as written, qualified as far as known, with `new ` for
  /// constructions: "opentok.generateToken", "new OpenTok",
  /// "OpenTok::OpenTok.new", "curl_easy_setopt", "[session
  /// connectWithToken:error:]" for ObjC.
  std::string Callee;
  std::string Name; // last segment: "generateToken", "OpenTok",
                    // "connectWithToken:error:"
  Span Range;       // callee through closing bracket
  Span CalleeRange;
  std::vector<ArgFact> Args;
  int32_t Scope = 0;
  bool IsConstruction = false;
};

/// Something that runs before a route's handler and may refuse the request:
/// middleware, a decorator or annotation, a filter, a group or policy the
/// route sits in. Whether it authenticates is for rules to decide (rule
/// options name the guards a team uses); facts only record what is there.
struct GuardFact {
  std::string Text; // as written, whitespace collapsed: "requireAuth",
                    // "@login_required", "[Authorize(Roles = \"Host\")]",
                    // "middleware('auth:sanctum')", "before_action
                    // :authenticate_user!"
  Span Range;
  /// A guard that is itself a function (Flask before_request, a Go wrapper
  /// defined in the file): its body, where a check of the user may sit.
  Span Body;
};

/// An HTTP route handler: registered by a call (`app.get('/t', h)`), a
/// decorator or annotation (`@app.route`, `@PostMapping`, `[HttpPost]`), or
/// a controller action (Rails, Django views, Laravel controllers).
struct RouteFact {
  std::string Framework; // express, flask, django, sinatra, rails, spring, ...
  std::string Method;    // GET, POST, ... or "*"
  std::string Path;      // as written; "Controller#action" for actions
  std::vector<std::string> Middleware; // Guards' texts, same order
  /// In the order they run: app-wide and router-wide first, then groups,
  /// class-level, then the route's own.
  std::vector<GuardFact> Guards;
  /// The handler when it is a reference ("stopArchive", "views.token",
  /// "rooms#token", "TokenController@show"): what a cross-file join looks
  /// up when the handler is not defined in this file.
  std::string Handler;
  Span Range;         // the registration: call, decorator, or action head
  Span Body;          // the handler's code, when in this file
  int32_t Scope = -1; // the handler's scope, if it has one
};

struct CommentFact {
  Span Range;
  std::string Text; // body without delimiters
};

/// A place elsewhere that explains a span of this file: the macro definition
/// behind an expansion, the header a declaration came from. Findings whose
/// range overlaps At carry it as a note.
struct RelatedFact {
  Span At;           // in this file
  std::string Path;  // the other file (empty: this file)
  uint32_t Line = 0; // 1-based position there
  uint32_t Column = 0;
  std::string Message;
};

/// A node an `ast:` rule pattern matched (clang frontend only): the rules
/// stay free of Clang, the frontend runs their matchers and records this.
struct AstMatchFact {
  std::string Query; // astQueryKey() of the pattern that matched
  Span Range;        // the reported (bound) node
  std::string Text;  // its source text, whitespace collapsed, <= 512 bytes
  int32_t Scope = 0;
};

/// The key of an `ast:` pattern's matches: matcher text and bind name.
inline std::string astQueryKey(const std::string &Matcher,
                               const std::string &Bind) {
  return Matcher + '\x1f' + Bind;
}

/// FileFacts::BudgetCut when the whole file was analysed.
inline constexpr uint32_t NoBudgetCut = UINT32_MAX;

struct FileFacts {
  Language Lang = Language::Unknown;
  /// Which frontend produced these facts ("token", "clang"): the stats
  /// count files per frontend from here.
  std::string Frontend;
  std::vector<RelatedFact> Related;
  std::vector<ScopeFact> Scopes; // Scopes[0] is the module scope
  std::vector<StringFact> Strings;
  std::vector<BindingFact> Bindings;
  std::vector<CallFact> Calls;
  std::vector<RouteFact> Routes;
  std::vector<CommentFact> Comments;
  std::vector<AstMatchFact> AstMatches;
  /// The source with every comment byte replaced by a space (newlines kept),
  /// so offsets are unchanged: what `code` patterns search.
  std::string CodeView;
  /// Where the per-file fact budget stopped the structural pass (a byte
  /// offset), or NoBudgetCut. Past it only string literals long enough to
  /// hold a credential were collected, named by what is written just before
  /// them: calls, bindings, scopes, comments and routes there are unknown.
  uint32_t BudgetCut = NoBudgetCut;
};

} // namespace rtclint

#endif
