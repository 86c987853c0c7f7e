//===- RoutesDotnet.cpp - ASP.NET Core controllers and minimal APIs -------===//
#include "facts/Routes.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

std::string unquote(StringRef T) {
  T = T.trim();
  if (T.size() >= 2 && T.front() == '"' && T.back() == '"')
    return T.drop_front().drop_back().str();
  return {};
}

/// [HttpPost("token")], [HttpGet]; the path may sit in a sibling [Route].
bool aspRoute(const Decorator &D, std::string &Method, std::string &Path) {
  if (!StringRef(D.Name).starts_with("Http"))
    return false;
  Method = verbOf(D.Name);
  Path = D.Args.empty() ? "" : unquote(D.Args[0]);
  return !Method.empty();
}

bool aspPrefix(const Decorator &D, std::string &Path) {
  if (D.Name != "Route")
    return false;
  Path = D.Args.empty() ? "" : unquote(D.Args[0]);
  return true;
}

} // namespace

void routes::dotnetRoutes(Ctx &C) {
  size_t First = C.F.Routes.size();
  decoratedRoutes(C, DecoratedStyle{"aspnet", aspRoute, aspPrefix});
  // Minimal APIs: app.MapPost("/t", handler).RequireAuthorization().
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    if (!StringRef(Call.Name).starts_with("Map") || Call.Args.size() < 2 ||
        Call.Args[0].String < 0)
      continue;
    std::string Method = verbOf(Call.Name);
    std::string Path = C.argValue(Call.Args[0]);
    if (Method.empty() || !looksLikePath(Path, false))
      continue;
    RouteFact R;
    R.Framework = "aspnet";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    C.setHandler(R, Call.Args.back(), &R.Guards);
    C.chainedAfter(int32_t(I), R.Guards);
    C.add(std::move(R));
  }
  // A fallback policy (options.FallbackPolicy = ...RequireAuthenticatedUser())
  // guards every endpoint without its own policy.
  for (const BindingFact &B : C.F.Bindings)
    if (B.Name == "FallbackPolicy")
      for (size_t I = First; I < C.F.Routes.size(); ++I)
        C.F.Routes[I].Guards.insert(
            C.F.Routes[I].Guards.begin(),
            C.guard("FallbackPolicy = " + B.ValueText,
                    Span{B.NameRange.Begin, B.ValueRange.End}));
}
