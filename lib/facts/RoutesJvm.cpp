//===- RoutesJvm.cpp - Spring MVC/WebFlux, JAX-RS, Spark Java, Ktor -------===//
#include "facts/Routes.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

std::string unquote(StringRef T) {
  T = T.trim();
  if (size_t Eq = T.find('='); Eq != StringRef::npos && T.front() != '"')
    T = T.substr(Eq + 1).trim(); // value = "/x", path = "/x"
  T = T.trim("{} ");
  if (T.size() >= 2 && T.front() == '"' && T.back() == '"')
    return T.drop_front().drop_back().str();
  return {};
}

/// @GetMapping("/t"), @RequestMapping(value = "/t", method = POST), JAX-RS
/// @GET / @POST (the path in a sibling @Path).
bool springRoute(const Decorator &D, std::string &Method, std::string &Path) {
  StringRef N = D.Name;
  if (N.ends_with("Mapping")) {
    Method = verbOf(N);
    if (Method.empty())
      return false;
    Path.clear();
    for (StringRef A : D.Args) {
      if (A.contains("RequestMethod.")) {
        Method = verbOf(A.substr(A.rfind('.') + 1).trim("} "));
        continue;
      }
      if (Path.empty())
        Path = unquote(A);
    }
    return true;
  }
  Method = llvm::StringSwitch<std::string>(N)
               .Cases("GET", "POST", "PUT", "DELETE", "PATCH", N.str())
               .Default("");
  Path.clear();
  return !Method.empty();
}

bool springPrefix(const Decorator &D, std::string &Path) {
  if (D.Name != "RequestMapping" && D.Name != "Path")
    return false;
  Path = D.Args.empty() ? "" : unquote(D.Args[0]);
  return true;
}

} // namespace

void routes::jvmRoutes(Ctx &C) {
  bool JaxRs = C.Buf.contains("javax.ws.rs") || C.Buf.contains("jakarta.ws.rs");
  decoratedRoutes(C, DecoratedStyle{JaxRs ? "jax-rs" : "spring", springRoute,
                                    springPrefix});
  // Spark Java / Javalin: get("/t", (req, res) -> ...); Ktor: get("/t") { }.
  bool Ktor = C.Lang == Language::Kotlin;
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    std::string Method = verbOf(Call.Name);
    if (Method.empty() || Call.Args.empty() || Call.Args[0].String < 0 ||
        Call.Name.front() == 'H')
      continue;
    StringRef Recv = Ctx::receiver(Call.Callee);
    if (!Recv.empty() && Recv != "Spark" && Recv != "app" && Recv != "javalin")
      continue;
    std::string Path = C.argValue(Call.Args[0]);
    if (!looksLikePath(Path, false))
      continue;
    RouteFact R;
    R.Framework = Ktor                              ? "ktor"
                  : Recv == "Spark" || Recv.empty() ? "spark"
                                                    : "javalin";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    if (Call.Args.size() >= 2) {
      C.setHandler(R, Call.Args.back(), &R.Guards);
    } else {
      Span Blk = C.trailingBlock(Call.Range.End);
      if (Blk.empty())
        continue;
      R.Body = Blk;
    }
    C.add(std::move(R));
  }
}
