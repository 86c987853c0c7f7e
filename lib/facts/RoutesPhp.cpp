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

/// A controller middleware and the actions it is limited to.
struct ControllerGuard {
  GuardFact G;
  std::vector<std::string> Only, Except;
  bool appliesTo(StringRef Action) const {
    if (!Only.empty())
      return llvm::is_contained(Only, Action);
    return !llvm::is_contained(Except, Action);
  }
};

/// The quoted names in T: `['store', "update"]`, `'store'`.
std::vector<std::string> quotedNames(StringRef T) {
  std::vector<std::string> Out;
  while (true) {
    size_t Q = T.find_first_of("'\"");
    if (Q == StringRef::npos)
      break;
    char Quote = T[Q];
    size_t E = T.find(Quote, Q + 1);
    if (E == StringRef::npos)
      break;
    Out.push_back(T.slice(Q + 1, E).str());
    T = T.drop_front(E + 1);
  }
  return Out;
}

/// The text of the bracketed or parenthesised list after `Key` in T (`only:
/// [...]`, `->only(...)`), empty when absent.
StringRef listAfter(StringRef T, StringRef Key) {
  size_t K = T.find(Key);
  if (K == StringRef::npos)
    return {};
  StringRef Rest = T.drop_front(K + Key.size()).ltrim();
  if (Rest.empty())
    return {};
  char Close = Rest[0] == '[' ? ']' : Rest[0] == '(' ? ')' : '\0';
  if (!Close)
    return Rest.take_until([](char Ch) { return Ch == ',' || Ch == ')'; });
  return Rest.take_until([&](char Ch) { return Ch == Close; });
}

/// The top-level items of the array that `return [...]` builds in Body.
std::vector<StringRef> returnedItems(StringRef Body) {
  std::vector<StringRef> Items;
  size_t R = Body.find("return");
  if (R == StringRef::npos)
    return Items;
  size_t Open = Body.find('[', R);
  if (Open == StringRef::npos)
    return Items;
  int Depth = 0;
  char Quote = 0;
  size_t Start = Open + 1;
  for (size_t I = Open + 1; I < Body.size(); ++I) {
    char Ch = Body[I];
    if (Quote) {
      if (Ch == '\\')
        ++I;
      else if (Ch == Quote)
        Quote = 0;
    } else if (Ch == '\'' || Ch == '"') {
      Quote = Ch;
    } else if (Ch == '(' || Ch == '[' || Ch == '{') {
      ++Depth;
    } else if ((Ch == ')' || Ch == ']' || Ch == '}') && Depth > 0) {
      --Depth;
    } else if ((Ch == ',' && Depth == 0) || Ch == ']') {
      if (StringRef It = Body.slice(Start, I).trim(); !It.empty())
        Items.push_back(It);
      Start = I + 1;
      if (Ch == ']')
        break;
    }
  }
  return Items;
}

/// Public methods of a Laravel controller; `$this->middleware('auth')` in
/// its constructor, or the static middleware() of HasMiddleware, guards
/// them, each limited by its only/except list.
void controllerActions(Ctx &C, int32_t Cls) {
  const ScopeFact &K = C.F.Scopes[Cls];
  std::vector<ControllerGuard> ClassGuards;
  StringRef Head =
      C.text(K.Range).take_until([](char Ch) { return Ch == '{'; });
  if (size_t Ext = Head.find("extends"); Ext != StringRef::npos)
    ClassGuards.push_back(
        {C.guard(Head.substr(Ext).trim(),
                 Span{K.Range.Begin, K.Range.Begin + uint32_t(Head.size())}),
         {},
         {}});
  for (const CallFact &Call : C.F.Calls)
    if (Call.Callee == "$this->middleware" && Call.Scope > 0 &&
        C.F.Scopes[Call.Scope].Parent == Cls &&
        C.F.Scopes[Call.Scope].Name == "__construct") {
      // `$this->middleware('auth')->only(['store'])`.
      StringRef After = C.Code.substr(Call.Range.End).ltrim();
      StringRef Chain = After.take_until([](char Ch) { return Ch == ';'; });
      ControllerGuard G{C.guard(Call.Range), {}, {}};
      if (Chain.starts_with("->only"))
        G.Only = quotedNames(listAfter(Chain, "->only"));
      else if (Chain.starts_with("->except"))
        G.Except = quotedNames(listAfter(Chain, "->except"));
      ClassGuards.push_back(std::move(G));
    }
  // Laravel 11: `implements HasMiddleware` with a static middleware()
  // that returns the controller's middleware ('auth', new Middleware(...)).
  if (Head.contains("HasMiddleware"))
    for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
      const ScopeFact &M = C.F.Scopes[S];
      if (M.Parent != Cls || M.Kind != ScopeKind::Function ||
          M.Name != "middleware")
        continue;
      StringRef Body = C.text(M.Range);
      for (StringRef Item : returnedItems(Body)) {
        size_t At = size_t(Item.data() - Body.data());
        Span Where{M.Range.Begin + uint32_t(At),
                   M.Range.Begin + uint32_t(At + Item.size())};
        ControllerGuard G{
            C.guard("HasMiddleware " + facttext::collapse(Item).substr(0, 400),
                    Where),
            {},
            {}};
        if (Item.starts_with("new")) {
          G.Only = quotedNames(listAfter(Item, "only:"));
          G.Except = quotedNames(listAfter(Item, "except:"));
        }
        ClassGuards.push_back(std::move(G));
      }
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
    for (const ControllerGuard &G : ClassGuards)
      if (G.appliesTo(M.Name))
        R.Guards.push_back(G.G);
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
