//===- Flow.h - Where a value comes from, lives, and how long it lasts -*- C++
//-*-===//
//
// Questions a rule asks about one value of a call (an argument or an option),
// answered on demand from the facts of one file and its code view:
//
//   provenance  which names, fields and literal keys the value is built from,
//               following identifiers back to what they were assigned
//               (object literals, JSON/format calls, concatenation, template
//               literals, builder chains all reduce to the names they hold);
//   lifetime    whether the value was produced at module or class level, at
//               start-up, in app-level storage, read from configuration, in
//               a map keyed per request, or inside a (request) function;
//   time        the value folded as time arithmetic into a lifetime relative
//               to "now" (seconds);
//   conditions  whether the value or call sits under if/switch/ternary/guard.
//
// Nothing here knows a vendor's API: rules name the calls and options.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_FLOW_H
#define RTCLINT_FACTS_FLOW_H

#include "facts/CallOrder.h"
#include "facts/Facts.h"
#include "facts/SpanTree.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rtclint {

/// Where a value was produced, from longest-lived to shortest.
enum class Lifetime : unsigned char {
  Unknown,  // a parameter, an import, something not followed
  Literal,  // a constant written in the code
  Config,   // environment variable or configuration key
  Module,   // a module-level / top-level / global variable
  Class,    // a class field (static or of a long-lived object)
  Startup,  // produced in start-up code (main, listen callback, init)
  App,      // app-level storage: app.set/app.locals, app.config, a memo cache
  Keyed,    // read from a container by a non-constant key (per meeting)
  Request,  // produced inside a route handler
  Function, // produced inside another function
};
llvm::StringRef lifetimeName(Lifetime L);
std::optional<Lifetime> parseLifetime(llvm::StringRef S);

/// Names as a rule writes them (email, first_name, displayName), compared
/// by their words: `userEmail`, `user_email` and `EMAIL` all hold `email`;
/// `first_name` and `firstName` are the same term.
class Vocabulary {
public:
  Vocabulary() = default;
  explicit Vocabulary(const std::vector<std::string> &Terms,
                      const std::vector<std::string> &Except = {});
  bool empty() const { return Terms.empty(); }
  /// The term Name holds, or empty: a term equal to the whole name or to its
  /// trailing words ("userEmail" holds "email"; "roomName" holds "name"
  /// unless "room_name" is an exception, which also excepts "chatRoomName").
  llvm::StringRef match(llvm::StringRef Name) const;
  /// Whether Name equals a term (all of its words).
  bool equals(llvm::StringRef Name) const;

private:
  std::vector<std::string> Terms;  // normalized: lower-case, no separators
  std::vector<std::string> Except; // names that never match (by words too)
};

/// One thing a value is built from.
struct FlowSource {
  std::string Text; // as written: "user.email", "email" (a key)
  std::vector<std::string> Segments; // names in Text: user, email
  Span Range;
  std::string Via;  // the variables followed to reach it: "tokenData"
  bool Key = false; // an object key or a key inside a string literal
};

/// A folded time value: Const + PerNow * now, where now is in seconds.
/// Date.now() is {0, 1000} (milliseconds), time.time() is {0, 1}.
struct TimeValue {
  double Const = 0;
  double PerNow = 0;
};

/// A folded lifetime: seconds from now, and when the value was an absolute
/// timestamp (`1893456000`, `new Date('2030-01-01').getTime()/1000`,
/// `datetime(2030, 1, 1).timestamp()`), the time it ends at (epoch seconds)
/// and the "now" it was related to.
struct FoldedLifetime {
  double Seconds = 0;
  std::optional<double> Until;
  double Now = 0;
};

/// "Now" for relating absolute timestamps to a lifetime, in epoch seconds:
/// SOURCE_DATE_EPOCH when set (reproducible runs, tests), else the start of
/// the current UTC day. A scan therefore says the same thing all day long;
/// the clock's seconds never leak into findings.
double referenceNow();

/// The lifetime a time expression gives, relative to now, when it folds:
/// `Date.now()/1000 + 3600` and `timedelta(hours=1)` give 3600. A constant
/// from 1e9 (September 2001) on is an absolute timestamp in epoch seconds,
/// from 1e12 on in milliseconds; it is related to Now.
std::optional<FoldedLifetime> foldedLifetime(const TimeValue &V, double Now);
/// The seconds of foldedLifetime(V, referenceNow()).
std::optional<double> lifetimeSeconds(const TimeValue &V);
/// Epoch seconds of a date written as `YYYY-MM-DD`, optionally followed by
/// `[T ]HH:MM[:SS[.frac]]` and `Z` or `+HH:MM`; none for anything else.
std::optional<double> parseDateTime(llvm::StringRef S);

/// Folds Text as time arithmetic; Resolve gives the value of an identifier
/// (a named constant), or none.
std::optional<TimeValue> foldTime(
    llvm::StringRef Text,
    const std::function<std::optional<TimeValue>(llvm::StringRef)> &Resolve);

/// An if/switch/guard/ternary a span sits under.
struct ConditionContext {
  std::string Keyword; // if, else, switch, case, guard, unless, ?:
  std::string Text;    // the condition as written (collapsed)
  Span Range;          // the guarded region
};

struct ExprItem;

/// Answers the flow questions for one file. Built lazily by the matcher,
/// only for rules that ask them.
class FlowIndex {
public:
  FlowIndex(const FileFacts &F, llvm::StringRef Buf);

  /// The values of C's option named by one of Names: keyword arguments,
  /// object/dict/array keys inside its arguments or inside what an argument
  /// variable was assigned, builder-method arguments (`.data(x)`), and the
  /// positional arguments in Positions.
  std::vector<Span> optionValues(const CallFact &C, const Vocabulary &Names,
                                 llvm::ArrayRef<unsigned> Positions) const;
  /// Everything the expression at E is built from, following variables.
  /// With Through, a call passes on what its arguments are built from only
  /// when its name is one of Through (`format`, `str`): the result of any
  /// other call (`hash(secret)`) is known by the call's name alone.
  std::vector<FlowSource> sources(Span E,
                                  const Vocabulary *Through = nullptr) const;
  /// The literal strings/words the expression at E may take: itself when a
  /// literal, else what its variables were assigned (all branches).
  std::vector<std::string> constants(Span E) const;
  /// Trail, when given, receives the variables followed and the value that
  /// decided (`session_id \u2190 session = opentok.create_session()`).
  Lifetime lifetime(Span E, std::string *Trail = nullptr) const;
  /// Where code at Offset runs: Module, Class, Startup, Request or Function.
  Lifetime placeOf(uint32_t Offset) const;
  std::optional<double> seconds(Span E) const;
  /// The lifetime of the time value at E, relative to referenceNow().
  std::optional<FoldedLifetime> expiry(Span E) const;
  /// The innermost condition the value at E depends on: a ternary in it or
  /// in what its variables were assigned, or a conditional region around
  /// it or around those assignments.
  std::optional<ConditionContext> condition(Span E) const;

  const FileFacts &facts() const { return F; }
  llvm::StringRef code() const { return Code; }

private:
  const FileFacts &F;
  llvm::StringRef Buf;
  llvm::StringRef Code; // F.CodeView, or Buf when there is none
  llvm::StringMap<std::vector<int32_t>> ByName; // variable bindings by name
  /// Bindings of a member path (`opts.data`, `opts['data']`) by the path's
  /// first segment.
  llvm::StringMap<std::vector<int32_t>> ByPathRoot;
  mutable std::vector<ConditionContext> Regions;
  mutable bool RegionsBuilt = false;
  // Sorted views so that window and point queries cost a binary search, not
  // a pass over the file's facts (an editor re-runs them on every edit).
  CallOrder Calls;
  std::vector<int32_t> KeysByBegin; // object-key/keyword bindings by name
  SpanTree Scopes;                  // F.Scopes' ranges
  mutable std::optional<SpanTree> CallsAround; // F.Calls' ranges, on demand
  mutable std::vector<signed char> StartupMemo;

  /// Indices, ascending, of the calls / key bindings lying inside W.
  std::vector<int32_t> callsWithin(Span W) const;
  std::vector<int32_t> keysWithin(Span W) const;

  int32_t unitScope(int32_t S) const;
  bool visible(int32_t Decl, int32_t Use) const;
  /// Bindings that define Chain (a variable, `this.x`, `obj.field`) before
  /// Offset in a scope visible from it; declarations first.
  std::vector<int32_t> definitions(llvm::StringRef Chain,
                                   uint32_t Offset) const;
  void sourcesInto(Span E, const std::string &Via, unsigned Depth,
                   const Vocabulary *Through, std::vector<int32_t> &Seen,
                   std::vector<FlowSource> &Out) const;
  void optionIn(Span Within, const Vocabulary &Names, unsigned Depth,
                std::vector<Span> &Out) const;
  Lifetime lifetimeAt(Span E, unsigned Depth, std::string *Trail) const;
  std::optional<TimeValue> timeAt(Span E, unsigned Depth) const;
  void constantsInto(Span E, unsigned Depth,
                     std::vector<std::string> &Out) const;
  std::optional<ConditionContext> conditionAt(Span E, unsigned Depth) const;
  void buildRegions() const;
  bool startupScope(int32_t S) const;
  bool startupScopeUncached(int32_t S) const;
  bool singletonClass(int32_t S) const;
  /// A Kotlin `companion object` inside a class: its members are the
  /// class's static members.
  bool companionScope(int32_t S) const;
  bool sharedField(llvm::StringRef Name, int32_t S) const;
  llvm::StringRef ownerClass(int32_t S) const;
  /// A field initialised with a non-empty literal and assigned nowhere
  /// else: the same constant in every instance.
  bool constantField(const BindingFact &Decl) const;
  Lifetime placeIn(int32_t UnitScope, uint32_t Offset) const;
  Lifetime producedAt(llvm::ArrayRef<ExprItem> Items, uint32_t Offset) const;
  int32_t innermostScopeAt(uint32_t Offset) const;
  Lifetime sharedByAssignment(llvm::StringRef Name, uint32_t Use) const;
  bool localUnseen(llvm::StringRef Name, uint32_t Use) const;
};

/// Identifier chains and literals of an expression, as the flow questions
/// see them (implementation detail shared by the flow files).
struct ExprItem {
  enum Kind : unsigned char { Chain, String, Number, Punct } K = Punct;
  llvm::StringRef Text;        // for strings: the content without quotes
  uint32_t Begin = 0, End = 0; // offsets in the scanned buffer
  bool Called = false;         // a chain followed by '('
  bool Keyed = false;          // a chain followed by [non-literal] or .get(var)
  bool Interp = false; // a string with a prefix allowing `{x}` (f"", $"")
};
void scanExpr(llvm::StringRef Code, Span E, std::vector<ExprItem> &Out);
/// The segments of a chain: `$this->user.email` -> this, user, email.
std::vector<std::string> chainSegments(llvm::StringRef Chain);

} // namespace rtclint

#endif
