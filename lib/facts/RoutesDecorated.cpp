//===- RoutesDecorated.cpp - Routes declared by decorators ----------------===//
//
// NestJS, Flask, FastAPI, DRF, Spring, JAX-RS and ASP.NET controllers put the
// route on the handler (and a prefix and guards on its class): a function's
// decorators and its class's decorators are the route and its guards.
//
//===----------------------------------------------------------------------===//
#include "facts/Routes.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

/// Decorators of the definition scope S: those written before it and, for
/// languages whose scopes open with their annotations, those inside.
std::vector<Decorator> decoratorsOf(const Ctx &C, int32_t S) {
  const ScopeFact &Sc = C.F.Scopes[S];
  std::vector<Decorator> Ds = C.decoratorsBefore(Sc.Range.Begin);
  for (Decorator &D : C.decoratorsIn(Sc.Range.Begin, Sc.Range.End))
    if (llvm::none_of(Ds, [&](const Decorator &E) {
          return E.Range.Begin == D.Range.Begin && E.Text == D.Text;
        }))
      Ds.push_back(std::move(D));
  return Ds;
}

std::string joinPath(StringRef Prefix, StringRef Path) {
  if (Prefix.empty())
    return Path.str();
  if (Path.empty())
    return Prefix.str();
  std::string P = Prefix.str();
  if (P.back() != '/' && Path.front() != '/')
    P += '/';
  return P + Path.str();
}

std::string unquoteArg(StringRef T) {
  T = T.trim();
  size_t Eq = T.find('=');
  if (Eq != StringRef::npos && T.front() != '"' && T.front() != '\'')
    T = T.substr(Eq + 1).trim(); // value = "/x", path="/x"
  if (T.size() >= 2 && (T.front() == '"' || T.front() == '\''))
    return T.drop_front().drop_back().str();
  return T.str();
}

} // namespace

void routes::decoratedRoutes(Ctx &C, const DecoratedStyle &Style) {
  for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
    const ScopeFact &Sc = C.F.Scopes[S];
    if (Sc.Kind != ScopeKind::Function)
      continue;
    // Cheap test first: a decorator leaves its '@' (C#: ']') just before
    // the definition, or (Java, C#) at the start of its scope.
    char Mark = C.Lang == Language::CSharp ? ']' : '@';
    uint32_t From = Sc.Range.Begin > 200 ? Sc.Range.Begin - 200 : 0;
    if (!C.Code.slice(From, Sc.Range.Begin).contains(Mark) &&
        !C.text(Sc.Range).take_front(200).contains(Mark == ']' ? '[' : '@'))
      continue;
    std::vector<Decorator> Ds = decoratorsOf(C, int32_t(S));
    const Decorator *RouteD = nullptr;
    std::string Method, Path;
    for (const Decorator &D : Ds)
      if (Style.Route(D, Method, Path)) {
        RouteD = &D;
        break;
      }
    if (!RouteD)
      continue;
    RouteFact R;
    R.Framework = Style.Framework.str();
    R.Method = Method;
    // JAX-RS @GET + @Path("/x"), ASP.NET [HttpPost] + [Route("x")].
    if (Path.empty())
      for (const Decorator &D : Ds)
        if ((D.Name == "Path" || D.Name == "Route") && !D.Args.empty())
          Path = unquoteArg(D.Args[0]);
    R.Range = RouteD->Range;
    int32_t Cls = Sc.Parent;
    if (Cls > 0 && C.F.Scopes[Cls].Kind == ScopeKind::Class) {
      for (const Decorator &D : decoratorsOf(C, Cls)) {
        std::string Prefix;
        if (Style.Prefix && Style.Prefix(D, Prefix))
          Path = joinPath(Prefix, Path);
        else
          R.Guards.push_back(C.guard(D.Text, D.Range));
      }
    }
    R.Path = Path;
    for (const Decorator &D : Ds)
      if (&D != RouteD && D.Name != "Path" && D.Name != "Route")
        R.Guards.push_back(C.guard(D.Text, D.Range));
    C.setHandlerScope(R, int32_t(S));
    C.add(std::move(R));
  }
}
