//===- RoutesPython.cpp - Flask, FastAPI, Django, DRF ---------------------===//
#include "facts/Routes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

std::string unquote(StringRef T) {
  T = T.trim();
  if (T.size() >= 2 && (T.front() == '"' || T.front() == '\'') &&
      T.back() == T.front())
    return T.drop_front().drop_back().str();
  return T.str();
}

/// @app.route('/t', methods=['POST']), @router.post('/t'), @bp.get(...).
bool flaskRoute(const Decorator &D, std::string &Method, std::string &Path) {
  StringRef N = D.Name;
  size_t Dot = N.rfind('.');
  if (Dot == StringRef::npos || D.Args.empty())
    return false;
  StringRef Last = N.substr(Dot + 1);
  Method = verbOf(Last);
  if (Last == "api_route" || Last == "websocket")
    Method = "*";
  if (Method.empty())
    return false;
  Path = unquote(D.Args[0]);
  if (!looksLikePath(Path, false))
    return false;
  for (StringRef A : D.Args)
    if (A.consume_front("methods=")) {
      A = A.trim("[]() ");
      Method = StringRef(unquote(A.split(',').first)).upper();
    }
  return true;
}

/// DRF @api_view(['POST']): the path is in urls.py.
bool drfRoute(const Decorator &D, std::string &Method, std::string &Path) {
  if (D.Name != "api_view")
    return false;
  Method =
      D.Args.empty()
          ? "GET"
          : StringRef(
                unquote(StringRef(D.Args[0]).trim("[]() ").split(',').first))
                .upper();
  Path.clear();
  return true;
}

bool isViewClass(StringRef Header) {
  return Header.contains("View") || Header.contains("ViewSet") ||
         Header.contains("Mixin");
}

bool isActionName(StringRef N) {
  return llvm::StringSwitch<bool>(N)
      .Cases("get", "post", "put", "patch", "delete", true)
      .Cases("list", "create", "retrieve", "update", "partial_update", true)
      .Case("destroy", true)
      .Default(false);
}

/// Guards of a class-based view: its bases (LoginRequiredMixin), its
/// permission and authentication classes, its decorators.
void viewClassGuards(const Ctx &C, int32_t Cls, std::vector<GuardFact> &Out) {
  const ScopeFact &Sc = C.F.Scopes[Cls];
  for (const Decorator &D : C.decoratorsBefore(Sc.Range.Begin))
    Out.push_back(C.guard(D.Text, D.Range));
  StringRef Body = C.text(Sc.Range);
  size_t Open = Body.find('('), Close = Body.find(')');
  if (Open != StringRef::npos && Close != StringRef::npos && Open < Close &&
      Body.substr(0, Open).count('\n') == 0)
    Out.push_back(C.guard(Span{uint32_t(Sc.Range.Begin + Open),
                               uint32_t(Sc.Range.Begin + Close + 1)}));
  for (const BindingFact &B : C.F.Bindings)
    if (B.Scope == Cls &&
        (B.Name == "permission_classes" || B.Name == "authentication_classes"))
      Out.push_back(C.guard(B.Name + " = " + B.ValueText,
                            Span{B.NameRange.Begin, B.ValueRange.End}));
}

} // namespace

void routes::pythonRoutes(Ctx &C) {
  bool FastAPI = C.Buf.contains("fastapi");
  bool Django = C.Buf.contains("django") || C.Buf.contains("rest_framework");
  size_t First = C.F.Routes.size();
  decoratedRoutes(
      C, DecoratedStyle{FastAPI ? "fastapi" : "flask", flaskRoute, nullptr});
  decoratedRoutes(C, DecoratedStyle{"django", drfRoute, nullptr});

  // Filters and dependencies, by the app or router they belong to:
  // @app.before_request functions, dependencies=[Depends(auth)] on
  // FastAPI(...), APIRouter(...) or include_router(router, ...).
  struct Scoped {
    std::string Recv; // empty: every route of the file
    GuardFact G;
  };
  std::vector<Scoped> Filters;
  for (size_t S = 1; S < C.F.Scopes.size(); ++S)
    if (C.F.Scopes[S].Kind == ScopeKind::Function)
      for (const Decorator &D : C.decoratorsBefore(C.F.Scopes[S].Range.Begin))
        if (StringRef(D.Name).ends_with(".before_request") ||
            StringRef(D.Name).ends_with(".before_app_request")) {
          GuardFact G =
              C.guard(D.Text + " " + C.F.Scopes[S].Name, C.F.Scopes[S].Range);
          G.Body = C.F.Scopes[S].Range;
          // The app's filters also run for its blueprints' routes.
          StringRef Recv = StringRef(D.Name).rsplit('.').first;
          bool AppWide = Recv == "app" ||
                         StringRef(D.Name).ends_with("before_app_request");
          Filters.push_back({AppWide ? "" : Recv.str(), std::move(G)});
        }
  for (const CallFact &Call : C.F.Calls)
    for (const ArgFact &A : Call.Args) {
      if (A.Keyword != "dependencies")
        continue;
      std::string Recv;
      if (Call.Name == "include_router" && !Call.Args.empty())
        Recv = Call.Args[0].Text;
      else if (Call.Name == "APIRouter")
        for (const BindingFact &B : C.F.Bindings)
          if (B.ValueRange.Begin == Call.Range.Begin)
            Recv = B.Name;
      if (Call.Name == "FastAPI" || !Recv.empty())
        Filters.push_back({Recv, C.guard("dependencies=" + A.Text, A.Range)});
    }
  for (size_t I = First; I < C.F.Routes.size(); ++I) {
    RouteFact &R = C.F.Routes[I];
    // The route's router: "@secure.post(...)" -> secure.
    StringRef Dec = C.text(R.Range);
    Dec.consume_front("@");
    StringRef Recv =
        Dec.take_until([](char Ch) { return Ch == '('; }).rsplit('.').first;
    std::vector<GuardFact> Outer;
    for (const Scoped &S : Filters)
      if (S.Recv.empty() || S.Recv == Recv)
        Outer.push_back(S.G);
    R.Guards.insert(R.Guards.begin(), Outer.begin(), Outer.end());
    if (R.Scope <= 0)
      continue;
    const ScopeFact &Sc = C.F.Scopes[R.Scope];
    for (const CallFact &Call : C.F.Calls)
      if ((Call.Name == "Depends" || Call.Name == "Security") &&
          Sc.Range.contains(Call.Range.Begin) && Call.Scope != R.Scope)
        R.Guards.push_back(C.guard(Call.Range));
  }

  if (!Django)
    return;
  // urls.py: path('t/', views.token), re_path(...), url(...).
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    if ((Call.Callee != "path" && Call.Callee != "re_path" &&
         Call.Callee != "url") ||
        Call.Args.size() < 2 || Call.Args[0].String < 0 ||
        Call.Args[1].Text.find("include(") == 0)
      continue;
    RouteFact R;
    R.Framework = "django";
    R.Method = "*";
    R.Path = C.argValue(Call.Args[0]);
    R.Range = Call.Range;
    C.setHandler(R, Call.Args[1], &R.Guards);
    C.add(std::move(R));
  }
  // Views: functions taking the request, and methods of class-based views.
  auto Taken = [&](int32_t S) {
    return llvm::any_of(C.F.Routes,
                        [&](const RouteFact &R) { return R.Scope == S; });
  };
  for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
    const ScopeFact &Sc = C.F.Scopes[S];
    if (Sc.Kind != ScopeKind::Function || Taken(int32_t(S)))
      continue;
    StringRef Head = C.text(Sc.Range);
    Head = Head.substr(0, Head.find(')'));
    StringRef Params = Head.substr(Head.find('(') + 1);
    int32_t Parent = Sc.Parent;
    RouteFact R;
    R.Framework = "django";
    R.Method = "*";
    if (Parent == 0 && Params.trim().starts_with("request")) {
      R.Path = Sc.Name;
    } else if (Parent > 0 && C.F.Scopes[Parent].Kind == ScopeKind::Class &&
               isActionName(Sc.Name) &&
               isViewClass(
                   C.text(C.F.Scopes[Parent].Range).take_until([](char Ch) {
                     return Ch == ':';
                   }))) {
      R.Method = StringRef(verbOf(Sc.Name)).empty() ? "*" : verbOf(Sc.Name);
      R.Path = C.F.Scopes[Parent].Name + "." + Sc.Name;
      viewClassGuards(C, Parent, R.Guards);
    } else {
      continue;
    }
    for (const Decorator &D : C.decoratorsBefore(Sc.Range.Begin))
      R.Guards.push_back(C.guard(D.Text, D.Range));
    R.Range = Span{Sc.Range.Begin, Sc.Range.Begin + uint32_t(Head.size())};
    C.setHandlerScope(R, int32_t(S));
    C.add(std::move(R));
  }
}
