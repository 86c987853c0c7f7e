//===- RoutesCpp.cpp - cpp-httplib and Crow without Clang -----------------===//
//
// C++ servers scanned without a compilation database. The clang frontend
// reads these (and Drogon and Pistache) from the AST; the token pass reads
// the two registration styles whose text is unambiguous:
//
//   cpp-httplib  svr.Post("/token", [&](const Request &, Response &) {...}),
//                svr.set_pre_routing_handler(g) guards svr's routes
//   Crow         CROW_ROUTE(app, "/token").methods("POST"_method)(handler),
//                .CROW_MIDDLEWARES(app, Guard), crow::App<Guards...> app
//
// A handler is a lambda (its text is the body) or a function of the file.
//
//===----------------------------------------------------------------------===//
#include "facts/Routes.h"
#include "facts/TextUtil.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

bool isIdent(StringRef S) {
  return !S.empty() && !llvm::isDigit(S.front()) &&
         llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

/// The inside of the parenthesised argument list that starts at or after
/// Off (only blanks before it); empty when none does. Skips literals.
Span parenArgs(StringRef Code, uint32_t Off) {
  size_t I = Off;
  while (I < Code.size() && llvm::isSpace(Code[I]))
    ++I;
  if (I >= Code.size() || Code[I] != '(')
    return {};
  int Depth = 0;
  for (size_t J = I; J < Code.size(); ++J) {
    char C = Code[J];
    if (C == '"' || C == '\'') {
      for (++J; J < Code.size() && Code[J] != C; ++J)
        if (Code[J] == '\\')
          ++J;
      continue;
    }
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && --Depth == 0)
      return Span{uint32_t(I + 1), uint32_t(J)};
  }
  return {};
}

/// Span S without the blanks around it.
Span trimmed(StringRef Code, Span S) {
  while (S.Begin < S.End && llvm::isSpace(Code[S.Begin]))
    ++S.Begin;
  while (S.End > S.Begin && llvm::isSpace(Code[S.End - 1]))
    --S.End;
  return S;
}

bool isLambda(StringRef Text) { return Text.ltrim().starts_with("["); }

/// Body and handler of a route (or guard) from the handler's span.
void handler(const Ctx &C, Span H, Span &Body, RouteFact *R = nullptr) {
  StringRef T = C.text(H).trim();
  if (isLambda(T)) {
    Body = H;
    return;
  }
  T.consume_front("&");
  int32_t S = isIdent(T) || T.contains("::") ? C.functionNamed(T) : -1;
  if (R)
    R->Handler = T.str();
  if (S > 0) {
    Body = C.F.Scopes[S].Range;
    if (R)
      R->Scope = S;
  }
}

/// A handler argument: a lambda that takes a request or response (a
/// client's content receiver takes `const char *, size_t`), or a function
/// of this file.
bool handlerLike(const Ctx &C, const ArgFact &A) {
  StringRef T = StringRef(A.Text).trim();
  T.consume_front("&");
  if (!isLambda(T))
    return C.functionNamed(T) > 0;
  size_t Open = T.find('(');
  StringRef Params = T.slice(Open, T.find(')', Open));
  return Open != StringRef::npos &&
         (Params.contains("Request") || Params.contains("Response") ||
          Params.contains("auto"));
}

void httplibRoutes(Ctx &C) {
  // Pre-routing handlers run before every route of their server.
  std::vector<std::pair<StringRef, GuardFact>> PreRouting;
  for (const CallFact &Call : C.F.Calls)
    if (Call.Name == "set_pre_routing_handler" && Call.Args.size() == 1) {
      GuardFact G = C.guard(Call.Range);
      handler(C, Call.Args[0].Range, G.Body);
      PreRouting.emplace_back(Ctx::receiver(Call.Callee), std::move(G));
    }
  for (const CallFact &Call : C.F.Calls) {
    std::string Method, Path;
    StringRef Recv;
    if (Call.Args.size() != 2 || !C.verbCall(Call, Method, Recv, Path) ||
        !looksLikePath(Path, false) || !handlerLike(C, Call.Args[1]))
      continue;
    RouteFact R;
    R.Framework = "cpp-httplib";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    for (const auto &[Server, G] : PreRouting)
      if (Server == Recv)
        R.Guards.push_back(G);
    handler(C, Call.Args[1].Range, R.Body, &R);
    C.add(std::move(R));
  }
}

/// Whether the file declares middleware type Name as local to the routes
/// that name it (crow::ILocalMiddleware).
bool localMiddleware(const Ctx &C, StringRef Name) {
  Name = Name.substr(Name.rfind(':') + 1);
  if (!isIdent(Name))
    return false;
  llvm::Regex Local("(struct|class)[[:space:]]+" + Name.str() +
                    "[^A-Za-z0-9_{;][^{;]*ILocalMiddleware");
  return Local.match(C.Code);
}

/// The middleware of crow::App<...> App, as one guard (empty when none).
GuardFact appMiddleware(const Ctx &C, StringRef App) {
  GuardFact G;
  if (!isIdent(App))
    return G;
  llvm::Regex Decl("crow::App[[:space:]]*<([^;{}()]*)>[[:space:]]*" +
                   App.str() + "([^A-Za-z0-9_]|$)");
  llvm::SmallVector<StringRef, 3> M;
  if (!Decl.match(C.Code, &M))
    return G;
  llvm::SmallVector<StringRef, 4> Types;
  M[1].split(Types, ',', -1, false);
  for (StringRef T : Types)
    if (!(T = T.trim()).empty() && !localMiddleware(C, T))
      G.Text += (G.Text.empty() ? "" : ", ") + T.str();
  uint32_t B = uint32_t(M[0].data() - C.Code.data());
  G.Range = Span{B, B + uint32_t(M[0].size())};
  return G;
}

/// "POST" for `"POST"_method` and `crow::HTTPMethod::Post`.
std::string crowMethod(StringRef Arg) {
  Arg = Arg.trim();
  if (Arg.starts_with("\""))
    return verbOf(Arg.drop_front().take_until([](char C) { return C == '"'; }));
  return verbOf(Arg.substr(Arg.rfind(':') + 1));
}

void crowRoutes(Ctx &C) {
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Route = C.F.Calls[I];
    if ((Route.Name != "CROW_ROUTE" && Route.Name != "CROW_BP_ROUTE") ||
        Route.Args.size() != 2 || Route.Args[1].String < 0)
      continue;
    std::string Path = C.argValue(Route.Args[1]);
    if (!looksLikePath(Path, false))
      continue;
    // Chained calls start where the route does: .methods(), middleware.
    std::vector<std::string> Methods;
    GuardFact AppGuard = appMiddleware(C, StringRef(Route.Args[0].Text).trim());
    std::vector<GuardFact> Guards;
    if (!AppGuard.Text.empty())
      Guards.push_back(AppGuard);
    uint32_t End = Route.Range.End;
    for (const CallFact &Link : C.F.Calls) {
      if (&Link == &Route || Link.Range.Begin != Route.Range.Begin ||
          !StringRef(Link.Callee).starts_with(Route.Name + "()"))
        continue;
      End = std::max(End, Link.Range.End);
      if (Link.Name == "methods")
        for (const ArgFact &A : Link.Args)
          if (std::string M = crowMethod(A.Text); !M.empty())
            Methods.push_back(M);
      if (Link.Name == "CROW_MIDDLEWARES")
        for (size_t A = 1; A < Link.Args.size(); ++A)
          Guards.push_back(C.guard(Link.Args[A].Range));
    }
    // The rule is called with its handler: `(...)(handler)`.
    Span H = parenArgs(C.Code, End);
    if (H.empty())
      continue;
    H = trimmed(C.Code, H);
    if (Methods.empty())
      Methods.push_back("GET");
    for (const std::string &M : Methods) {
      RouteFact R;
      R.Framework = "crow";
      R.Method = M;
      R.Path = Path;
      R.Range = Span{Route.Range.Begin, End};
      R.Guards = Guards;
      handler(C, H, R.Body, &R);
      C.add(std::move(R));
    }
  }
}

} // namespace

void routes::cppRoutes(Ctx &C) {
  if (C.Buf.contains("httplib"))
    httplibRoutes(C);
  if (C.Buf.contains("CROW_"))
    crowRoutes(C);
}
