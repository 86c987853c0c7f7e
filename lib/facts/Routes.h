//===- Routes.h - HTTP routes from the code pass's facts (internal) -------===//
//
// A post-pass over the facts of one file: it reads calls, bindings, scopes
// and the code view, and adds RouteFacts with their guards. Three shapes
// cover the frameworks:
//
//   registration calls   app.get('/t', auth, h), r.GET, Route::post,
//                        app.MapPost, get '/t' do ... end, get("/t") { }
//   decorated functions  @app.route, @Get, @PostMapping, [HttpPost]
//   controller actions   Rails controllers, Django views, Laravel
//                        controllers
//
// Routes.cpp holds the shared machinery (handler lookup, chained and
// enclosing guards, router-wide middleware, decorators); one file per
// language family says which calls and decorators register routes.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_ROUTES_H
#define RTCLINT_FACTS_ROUTES_H

#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace rtclint::routes {

/// Adds F.Routes for the file (a no-op for languages without routes).
void buildRoutes(Language L, llvm::StringRef Buf, FileFacts &F);

/// A decorator, annotation or attribute written before a definition.
struct Decorator {
  std::string Name; // "app.route", "GetMapping", "Authorize"
  std::string Text; // whole, collapsed: "@app.route('/t', methods=['POST'])"
  Span Range;
  std::vector<std::string> Args; // top-level arguments, as written
};

/// The shared view of one file the family passes work on.
class Ctx {
public:
  Ctx(Language L, llvm::StringRef Buf, FileFacts &F);

  Language Lang;
  llvm::StringRef Buf;  // raw source
  llvm::StringRef Code; // comments blanked
  FileFacts &F;

  llvm::StringRef text(Span S) const;
  /// A string argument's decoded value, else its text unquoted.
  std::string argValue(const ArgFact &A) const;
  /// `recv.verb("path", ...)` with a literal path: its method, receiver and
  /// path; false for any other call.
  bool verbCall(const CallFact &Call, std::string &Method,
                llvm::StringRef &Recv, std::string &Path) const;
  /// The receiver of a call: "app" for "app.get", "$app" for "$app->get",
  /// "Route" for "Route::get"; empty for a bare call.
  static llvm::StringRef receiver(llvm::StringRef Callee);
  /// Scopes whose range starts inside S, the first one.
  int32_t scopeStartingIn(Span S) const;
  /// The function scope named Name (last segment of a reference), or -1.
  int32_t functionNamed(llvm::StringRef Name) const;
  /// The block `{ ... }` or `do ... end` right after Off (trailing lambdas
  /// of Kotlin and Ruby blocks); empty when there is none.
  Span trailingBlock(uint32_t Off) const;
  /// Decorators (@x, [X]) directly before the definition that starts at Off
  /// (or, for Java/C#, that opens with them): in source order.
  std::vector<Decorator> decoratorsBefore(uint32_t Off) const;
  /// Decorators inside [Begin, NameOff): Java and C# scopes begin at their
  /// first annotation.
  std::vector<Decorator> decoratorsIn(uint32_t Begin, uint32_t End) const;
  bool isFunction(int32_t S) const;

  /// Guards of a registration call C: router-wide middleware on its
  /// receiver (and routers it derives from), enclosing groups, chained
  /// calls before and after it. Inline arguments are the caller's.
  void outerGuards(int32_t C, std::vector<GuardFact> &Out) const;
  /// Guards chained after call C (`->middleware('auth')`,
  /// `.RequireAuthorization()`, `->add($mw)`).
  void chainedAfter(int32_t C, std::vector<GuardFact> &Out) const;
  /// Unwraps `auth(http.HandlerFunc(h))`, `login_required(views.t)`: the
  /// wrappers become guards, the innermost reference is returned.
  std::string unwrapHandler(const ArgFact &A,
                            std::vector<GuardFact> &Out) const;
  /// Fills Handler, Body and Scope from a handler argument (a function
  /// literal or a reference to a function of this file).
  void setHandler(RouteFact &R, const ArgFact &A,
                  std::vector<GuardFact> *Wrappers = nullptr) const;
  /// Handler = scope S.
  void setHandlerScope(RouteFact &R, int32_t S) const;
  GuardFact guard(Span S) const;
  GuardFact guard(llvm::StringRef Text, Span S) const;
  void add(RouteFact R);

private:
  /// Function-literal arguments (call index, range), computed on first use.
  mutable std::vector<std::pair<int32_t, Span>> FnArgs;
  mutable bool FnArgsReady = false;
  void receiverGuards(llvm::StringRef Recv, uint32_t Before, int32_t Scope,
                      unsigned Depth, std::vector<GuardFact> &Out) const;
  bool visible(int32_t Outer, int32_t Inner) const;
};

/// "/t" when V looks like a route path (starts with '/', or a relative
/// path segment for Django and Rails); empty otherwise.
bool looksLikePath(llvm::StringRef V, bool AllowRelative);
/// "GET" for get/GET/Get/MapGet/HttpGet/GetMapping...; empty if no verb.
std::string verbOf(llvm::StringRef Name);

// Family passes (one file each).
void nodeRoutes(Ctx &C);
void pythonRoutes(Ctx &C);
void rubyRoutes(Ctx &C);
void phpRoutes(Ctx &C);
void goRoutes(Ctx &C);
void jvmRoutes(Ctx &C);
void dotnetRoutes(Ctx &C);
void cppRoutes(Ctx &C);
/// Shared by Node (NestJS), JVM (Spring, JAX-RS) and .NET: functions whose
/// decorators register routes; Verb says which decorator does, and how.
struct DecoratedStyle {
  llvm::StringRef Framework;
  /// Returns true and sets Method/Path when D registers a route.
  bool (*Route)(const Decorator &D, std::string &Method, std::string &Path);
  /// Class-level prefix decorator (Controller, RequestMapping, Path, Route).
  bool (*Prefix)(const Decorator &D, std::string &Path);
};
void decoratedRoutes(Ctx &C, const DecoratedStyle &Style);

} // namespace rtclint::routes

#endif
