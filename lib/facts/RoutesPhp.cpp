//===- RoutesPhp.cpp - Laravel routes and controllers, Slim ---------------===//
#include "facts/Routes.h"
#include "facts/TextUtil.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

/// [TokenController::class, 'show'] -> TokenController@show.
std::string controllerRef(StringRef T) {
  T = T.trim();
  if (!T.consume_front("[") || !T.consume_back("]"))
    return T.trim("'\"").str();
  auto [Cls, Method] = T.split(',');
  Cls = Cls.trim();
  Cls.consume_back("::class");
  return Cls.trim("'\" ").str() + "@" + Method.trim().trim("'\"").str();
}

/// Public methods of a Laravel controller; `$this->middleware('auth')` in
/// its constructor guards them all.
void controllerActions(Ctx &C, int32_t Cls) {
  const ScopeFact &K = C.F.Scopes[Cls];
  std::vector<GuardFact> ClassGuards;
  StringRef Head =
      C.text(K.Range).take_until([](char Ch) { return Ch == '{'; });
  if (size_t Ext = Head.find("extends"); Ext != StringRef::npos)
    ClassGuards.push_back(
        C.guard(Head.substr(Ext).trim(),
                Span{K.Range.Begin, K.Range.Begin + uint32_t(Head.size())}));
  for (const CallFact &Call : C.F.Calls)
    if (Call.Callee == "$this->middleware" && Call.Scope > 0 &&
        C.F.Scopes[Call.Scope].Parent == Cls &&
        C.F.Scopes[Call.Scope].Name == "__construct")
      ClassGuards.push_back(C.guard(Call.Range));
  // Laravel 11: `implements HasMiddleware` with a static middleware()
  // that returns the controller's middleware ('auth', new Middleware(...)).
  if (Head.contains("HasMiddleware"))
    for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
      const ScopeFact &M = C.F.Scopes[S];
      if (M.Parent == Cls && M.Kind == ScopeKind::Function &&
          M.Name == "middleware")
        ClassGuards.push_back(
            C.guard("HasMiddleware " +
                        facttext::collapse(C.text(M.Range)).substr(0, 400),
                    M.Range));
    }
  for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
    const ScopeFact &M = C.F.Scopes[S];
    if (M.Parent != Cls || M.Kind != ScopeKind::Function ||
        StringRef(M.Name).starts_with("__"))
      continue;
    // Visibility sits on the line of the method head.
    size_t LS = C.Code.rfind('\n', M.Range.Begin);
    StringRef Line =
        C.Code.slice(LS == StringRef::npos ? 0 : LS + 1, M.Range.Begin);
    if (Line.contains("private") || Line.contains("protected") ||
        Line.contains("static"))
      continue;
    RouteFact R;
    R.Framework = "laravel";
    R.Method = "*";
    R.Path = K.Name + "@" + M.Name;
    R.Range = Span{M.Range.Begin, M.Range.Begin + 8};
    R.Guards = ClassGuards;
    C.setHandlerScope(R, int32_t(S));
    C.add(std::move(R));
  }
}

} // namespace

void routes::phpRoutes(Ctx &C) {
  bool Slim = C.Buf.contains("Slim");
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    std::string Method, Path;
    StringRef Recv;
    // Slim: $app->map(['GET', 'POST'], '/path', Handler::class).
    bool Map = Slim && Call.Name == "map" && Call.Args.size() >= 3 &&
               Call.Args[1].String >= 0;
    if (Map) {
      Recv = Ctx::receiver(Call.Callee);
      Path = C.argValue(Call.Args[1]);
      Method = "*";
    } else if (!C.verbCall(Call, Method, Recv, Path)) {
      continue;
    }
    if (!looksLikePath(Path, Recv == "Route"))
      continue;
    RouteFact R;
    R.Framework = Recv == "Route" ? "laravel" : Slim ? "slim" : "php";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    const ArgFact &H = Call.Args.back();
    if (StringRef(H.Text).starts_with("[") || H.String >= 0)
      R.Handler = controllerRef(H.String >= 0 ? C.argValue(H) : H.Text);
    else
      C.setHandler(R, H, &R.Guards);
    C.chainedAfter(int32_t(I), R.Guards);
    C.add(std::move(R));
  }
  for (size_t S = 1; S < C.F.Scopes.size(); ++S)
    if (C.F.Scopes[S].Kind == ScopeKind::Class &&
        StringRef(C.F.Scopes[S].Name).ends_with("Controller"))
      controllerActions(C, int32_t(S));
}
