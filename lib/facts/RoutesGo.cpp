//===- RoutesGo.cpp - net/http, gin, echo, chi ----------------------------===//
#include "facts/Routes.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

void routes::goRoutes(Ctx &C) {
  bool Echo = C.Buf.contains("labstack/echo");
  bool Chi = C.Buf.contains("go-chi/chi");
  bool Gin = C.Buf.contains("gin-gonic/gin");
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    std::string Method, Path;
    StringRef Recv;
    if (!C.verbCall(Call, Method, Recv, Path))
      continue;
    // Go 1.22 patterns carry the method: "POST /token".
    StringRef P = Path;
    if (size_t Sp = P.find(' ');
        Sp != StringRef::npos && !verbOf(P.substr(0, Sp)).empty()) {
      Method = verbOf(P.substr(0, Sp));
      Path = P.substr(Sp + 1).trim().str();
    }
    if (!looksLikePath(Path, false))
      continue;
    bool NetHTTP = Call.Name == "HandleFunc" || Call.Name == "Handle";
    RouteFact R;
    R.Framework = NetHTTP && !Chi ? "net/http"
                  : Echo          ? "echo"
                  : Chi           ? "chi"
                  : Gin           ? "gin"
                                  : "go";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    // gin: middleware then handler; echo: handler then middleware.
    size_t HandlerArg = Echo ? 1 : Call.Args.size() - 1;
    for (size_t A = 1; A < Call.Args.size(); ++A)
      if (A != HandlerArg)
        R.Guards.push_back(C.guard(Call.Args[A].Range));
    C.setHandler(R, Call.Args[HandlerArg], &R.Guards);
    C.add(std::move(R));
  }
}
