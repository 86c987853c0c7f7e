//===- RoutesRuby.cpp - Sinatra, Rails routes and controllers -------------===//
#include "facts/Routes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

/// Symbols of an only:/except: list: "[:token, :show]" -> {token, show}.
std::vector<std::string> symbols(StringRef T) {
  std::vector<std::string> Out;
  llvm::SmallVector<StringRef, 4> Parts;
  T.trim("[]() %i").split(Parts, ',');
  for (StringRef P : Parts) {
    P = P.trim().trim(":'\" ");
    if (!P.empty())
      Out.push_back(P.str());
  }
  return Out;
}

/// A before_action-like filter of a controller, with its action scope.
struct Filter {
  const CallFact *Call;
  std::string Name; // :authenticate_user! -> authenticate_user!
  std::vector<std::string> Only, Except;
  bool Skip = false;
  bool appliesTo(StringRef Action) const {
    if (!Only.empty() && !llvm::is_contained(Only, Action))
      return false;
    return !llvm::is_contained(Except, Action);
  }
};

Filter readFilter(const CallFact &Call) {
  Filter Fl{&Call, "", {}, {}, Call.Name.starts_with("skip_")};
  for (const ArgFact &A : Call.Args) {
    StringRef Kw = A.Keyword, V = A.Text;
    if (Kw.empty() && (V.starts_with("only:") || V.starts_with("except:"))) {
      auto [K, Rest] = V.split(':');
      Kw = K;
      V = Rest;
    }
    if (Kw == "only")
      Fl.Only = symbols(V);
    else if (Kw == "except")
      Fl.Except = symbols(V);
    else if (Kw.empty() && Fl.Name.empty())
      Fl.Name = V.trim().ltrim(':').str();
  }
  return Fl;
}

bool isFilterCall(StringRef N) {
  return llvm::StringSwitch<bool>(N)
      .Cases("before_action", "before_filter", "prepend_before_action", true)
      .Cases("skip_before_action", "skip_before_filter", true)
      .Case("http_basic_authenticate_with", true)
      .Default(false);
}

void controllerActions(Ctx &C, int32_t Cls) {
  const ScopeFact &K = C.F.Scopes[Cls];
  StringRef Body = C.text(K.Range);
  // Methods after a bare `private` / `protected` are not actions.
  uint32_t PrivateAt = K.Range.End;
  for (StringRef Word : {"private", "protected"}) {
    size_t P = 0;
    while ((P = Body.find(Word, P)) != StringRef::npos) {
      size_t LS = Body.rfind('\n', P);
      size_t LE = Body.find('\n', P);
      StringRef Line = Body.slice(LS == StringRef::npos ? 0 : LS + 1, LE);
      if (Line.trim() == Word)
        PrivateAt = std::min<uint32_t>(PrivateAt, K.Range.Begin + P);
      P += Word.size();
    }
  }
  std::vector<Filter> Filters;
  for (const CallFact &Call : C.F.Calls)
    if (Call.Scope == Cls && isFilterCall(Call.Name))
      Filters.push_back(readFilter(Call));
  for (size_t S = 1; S < C.F.Scopes.size(); ++S) {
    const ScopeFact &M = C.F.Scopes[S];
    if (M.Parent != Cls || M.Kind != ScopeKind::Function ||
        M.Range.Begin >= PrivateAt || M.Name.empty())
      continue;
    RouteFact R;
    R.Framework = "rails";
    R.Method = "*";
    R.Path = K.Name + "#" + M.Name;
    R.Range = Span{M.Range.Begin, M.Range.Begin + uint32_t(4 + M.Name.size())};
    // Inherited filters come from the parent controller (another file):
    // the parent's name is a guard the cross-file join resolves.
    StringRef Head = Body.take_until([](char Ch) { return Ch == '\n'; });
    if (size_t Lt = Head.find('<'); Lt != StringRef::npos)
      R.Guards.push_back(
          C.guard("< " + Head.substr(Lt + 1).trim().str(),
                  Span{K.Range.Begin, K.Range.Begin + uint32_t(Head.size())}));
    for (const Filter &Fl : Filters) {
      if (!Fl.appliesTo(M.Name))
        continue;
      if (Fl.Skip) {
        // skip_before_action :x drops guard x for this action.
        llvm::erase_if(R.Guards, [&](const GuardFact &G) {
          return StringRef(G.Text).contains(":" + Fl.Name) ||
                 StringRef(G.Text).ends_with(" " + Fl.Name);
        });
        continue;
      }
      GuardFact G = C.guard(Fl.Call->Name + " :" + Fl.Name, Fl.Call->Range);
      if (int32_t Fn = C.functionNamed(Fl.Name); Fn > 0)
        G.Body = C.F.Scopes[Fn].Range;
      R.Guards.push_back(std::move(G));
    }
    C.setHandlerScope(R, int32_t(S));
    C.add(std::move(R));
  }
}

} // namespace

void routes::rubyRoutes(Ctx &C) {
  bool RailsRoutes = llvm::any_of(C.F.Calls, [](const CallFact &Call) {
    return StringRef(Call.Callee).ends_with("routes.draw");
  });
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    std::string Method = verbOf(Call.Name);
    if (Method.empty() || Method == "*" ||
        !Ctx::receiver(Call.Callee).empty() || Call.Args.empty() ||
        Call.Args[0].String < 0)
      continue;
    std::string Path = C.argValue(Call.Args[0]);
    if (!looksLikePath(Path, RailsRoutes))
      continue;
    RouteFact R;
    R.Framework = RailsRoutes ? "rails" : "sinatra";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    if (RailsRoutes) {
      for (const ArgFact &A : Call.Args)
        if (A.Keyword == "to")
          R.Handler = C.argValue(A);
    } else {
      Span Blk = C.trailingBlock(Call.Range.End);
      if (!Blk.empty()) {
        R.Body = Blk;
        R.Scope = C.scopeStartingIn(Blk);
      }
    }
    C.add(std::move(R));
  }
  for (size_t S = 1; S < C.F.Scopes.size(); ++S)
    if (C.F.Scopes[S].Kind == ScopeKind::Class &&
        StringRef(C.F.Scopes[S].Name).ends_with("Controller"))
      controllerActions(C, int32_t(S));
}
