//===- ProjectRoutes.cpp - The project phase: routes across files ---------===//
#include "engine/ProjectRoutes.h"
#include "engine/Engine.h"
#include "engine/RouteMatch.h"
#include "support/LineIndex.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <iterator>
#include <map>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

namespace rtclint {

/// A guard from another file: judged by the rule's evidence (Fixed < 0), or
/// known to authenticate (1) or to open the route (0).
struct ProjectGuard {
  std::string Text;
  int Fixed = -1;
};

struct RouteIndex {
  std::string Path, ProjectPath;
  bool RestFramework = false; // the file uses DRF: its defaults apply

  struct Route {
    std::string Framework, Method, Handler, Class, Action, Path, Text;
    uint32_t Begin = 0;
    std::vector<std::string> Guards; // the route's own, in order
    bool Attribute = false; // declared by an attribute (a controller action)
    bool External = false;  // the handler is a reference to another file
    /// Rules whose `guarded: false` pattern held with the file's guards,
    /// with the call found (DeferredCallee when the handler is elsewhere).
    std::vector<std::pair<const Rule *, std::string>> Unguarded;
    /// Rules whose role evidence holds for the route's own guards or body.
    std::vector<const Rule *> RoleChecked;
    /// Rules whose role note (authenticated, no role) held in the file.
    std::vector<const Rule *> Noted;

    const std::string *unguarded(const Rule *R) const {
      for (const auto &[Rl, Callee] : Unguarded)
        if (Rl == R)
          return &Callee;
      return nullptr;
    }
  };
  std::vector<Route> Routes;

  /// A function that reaches a route rule's `calls:`.
  struct Def {
    std::string Name, Class, Callee;
    const Rule *R = nullptr;
    unsigned Line = 0, Column = 0;
    bool Checks = false;     // checks the user and ends the request
    bool ChecksRole = false; // checks a host/moderator role and ends it
    int64_t Route = -1;      // Begin of the route it is, if it is one
  };
  std::vector<Def> Defs;

  struct Filter {
    std::string Symbol, Text;
    std::vector<std::string> Only, Except;
    bool Skip = false;
  };
  struct Class {
    std::string Name, Parent;
    std::vector<Filter> Filters;
  };
  std::vector<Class> Classes;

  /// `app.use([path,] args...)`, in order: a mount when the last argument
  /// is a module (Module, its relative spec) that declares routes, else
  /// middleware for the receiver's later mounts.
  struct Mount {
    std::string Receiver, Module;
    std::vector<std::string> Args;
  };
  std::vector<Mount> Mounts;
  std::vector<std::pair<std::string, std::string>> Imports; // name -> spec
  llvm::StringSet<> DefaultImports; // names bound to a module's default
  std::string DefaultExport; // `export default name`, `module.exports = name`

  /// A Spring Security rule: first match wins.
  struct Security {
    std::vector<std::string> Patterns; // empty: anyRequest() or a method's
    std::string Method;                // HttpMethod.X; empty: every method
    int Verdict = -1;                  // 1 authenticates, 0 public
    std::string Text;
  };
  std::vector<Security> SecurityRules;
  bool FallbackAuth = false;    // ASP.NET FallbackPolicy
  bool ControllersAuth = false; // MapControllers().RequireAuthorization()
  std::string DrfDefaults;      // DEFAULT_PERMISSION_CLASSES

  std::vector<Finding> Deferred;
};

} // namespace rtclint

namespace {

bool isRouteLanguage(Language L) {
  switch (L) {
  case Language::JavaScript:
  case Language::TypeScript:
  case Language::Python:
  case Language::Ruby:
  case Language::PHP:
  case Language::Java:
  case Language::Kotlin:
  case Language::Scala:
  case Language::CSharp:
  case Language::Go:
    return true;
  default:
    return false;
  }
}

/// A route pattern a handler in another file can satisfy.
bool deferrable(const Pattern &P) {
  return P.On == PatternOn::Route && P.HandlerCalls && P.Guarded &&
         !*P.Guarded && !P.RoleGuarded;
}

const Pattern *deferrablePattern(const Rule &R) {
  for (const Pattern &P : R.Patterns)
    if (deferrable(P))
      return &P;
  return nullptr;
}

/// The rule's report of an authenticated route without a role check.
const Pattern *rolePattern(const Rule &R) {
  for (const Pattern &P : R.Patterns)
    if (P.On == PatternOn::Route && P.HandlerCalls && P.Guarded && *P.Guarded &&
        P.RoleGuarded && !*P.RoleGuarded)
      return &P;
  return nullptr;
}

bool found(const RegexPtr &Re, StringRef S) {
  return Re && RE2::PartialMatch(re2::StringPiece(S.data(), S.size()), *Re);
}

std::string className(const FileFacts &F, int32_t S) {
  for (; S > 0 && size_t(S) < F.Scopes.size(); S = F.Scopes[S].Parent)
    if (F.Scopes[S].Kind == ScopeKind::Class)
      return F.Scopes[S].Name;
  return {};
}

/// `class A < B`, `class A(B)`, `class A extends B`, `class A : B`.
std::string parentOf(StringRef Head) {
  static const RE2 Re(R"(class\s+[\w:]+\s*(?:<|\(|extends\s|:)\s*([\w:.\\]+))");
  std::string P;
  if (!RE2::PartialMatch(re2::StringPiece(Head.data(), Head.size()), Re, &P))
    return {};
  StringRef Last = P;
  size_t Cut = Last.find_last_of(".:\\");
  return (Cut == StringRef::npos ? Last : Last.substr(Cut + 1)).str();
}

std::vector<std::string> symbols(StringRef T) {
  std::vector<std::string> Out;
  static const RE2 Re(R"(:?([A-Za-z_]\w*[!?]?))");
  re2::StringPiece In(T.data(), T.size());
  std::string S;
  while (RE2::FindAndConsume(&In, Re, &S))
    if (S != "only" && S != "except")
      Out.push_back(S);
  return Out;
}

void readClasses(const FileFacts &F, StringRef Code, RouteIndex &X) {
  for (size_t S = 1; S < F.Scopes.size(); ++S) {
    const ScopeFact &K = F.Scopes[S];
    if (K.Kind != ScopeKind::Class || K.Name.empty())
      continue;
    RouteIndex::Class C;
    C.Name = K.Name;
    StringRef Head = Code.slice(K.Range.Begin, K.Range.End);
    C.Parent = parentOf(
        Head.take_until([](char Ch) { return Ch == '\n' || Ch == '{'; }));
    for (const CallFact &Call : F.Calls) {
      if (Call.Scope != int32_t(S) || Call.Args.empty())
        continue;
      bool Skip = Call.Name == "skip_before_action";
      if (!Skip && Call.Name != "before_action" &&
          Call.Name != "prepend_before_action")
        continue;
      RouteIndex::Filter Flt;
      Flt.Skip = Skip;
      Flt.Symbol = StringRef(Call.Args[0].Text).ltrim(':').str();
      Flt.Text = "before_action " + Call.Args[0].Text;
      for (const ArgFact &A : Call.Args)
        if (A.Keyword == "only")
          Flt.Only = symbols(A.Text);
        else if (A.Keyword == "except")
          Flt.Except = symbols(A.Text);
      C.Filters.push_back(std::move(Flt));
    }
    if (!C.Parent.empty() || !C.Filters.empty())
      X.Classes.push_back(std::move(C));
  }
}

void readNodeModules(const FileFacts &F, StringRef Code, RouteIndex &X) {
  static const RE2 Req(
      R"((?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]([^'"]+)['"])");
  static const RE2 DefaultImport(
      R"(import\s+(\w+)\s*(?:,\s*\{[^}]*\})?\s*from\s*['"]([^'"]+)['"])");
  static const RE2 Named(
      R"((?:import|const|let|var)\s*\{([^}]*)\}\s*(?:from|=\s*require\()\s*['"]([^'"]+)['"])");
  for (const RE2 *Re : {&Req, &DefaultImport}) {
    re2::StringPiece In(Code.data(), Code.size());
    std::string Name, Spec;
    while (RE2::FindAndConsume(&In, *Re, &Name, &Spec)) {
      X.DefaultImports.insert(Name);
      X.Imports.emplace_back(Name, Spec);
    }
  }
  // The name a default import binds may differ from the definition's.
  static const RE2 DefaultExport(
      R"((?:export\s+default\s+(?:async\s+)?(?:function\s*\*?\s*)?|module\.exports\s*=\s*(?:async\s+)?(?:function\s*\*?\s*)?)([A-Za-z_$][\w$]*)\s*[;(\n])");
  RE2::PartialMatch(re2::StringPiece(Code.data(), Code.size()), DefaultExport,
                    &X.DefaultExport);
  re2::StringPiece In(Code.data(), Code.size());
  std::string Names, Spec;
  while (RE2::FindAndConsume(&In, Named, &Names, &Spec)) {
    llvm::SmallVector<StringRef, 8> Parts;
    StringRef(Names).split(Parts, ',');
    for (StringRef P : Parts) {
      // `{ a as b }` and `{ a: b }` bind b.
      P = P.trim();
      size_t Cut = P.find_last_of(" :");
      StringRef Local = Cut == StringRef::npos ? P : P.substr(Cut + 1).trim();
      if (!Local.empty())
        X.Imports.emplace_back(Local.str(), Spec);
    }
  }
  // app.use([path,] guards..., router): the router's routes get the guards,
  // and those of every earlier `app.use(guard)` of the same receiver (the
  // join tells routers from middleware modules).
  auto ModuleOf = [&](StringRef T) -> std::string {
    static const RE2 Inline(R"(^require\(\s*['"]([^'"]+)['"]\s*\))");
    std::string S;
    if (RE2::PartialMatch(re2::StringPiece(T.data(), T.size()), Inline, &S))
      return S;
    for (const auto &[N, Sp] : X.Imports)
      if (N == T)
        return Sp;
    return {};
  };
  for (const CallFact &Call : F.Calls) {
    if (Call.Name != "use" || Call.Args.empty())
      continue;
    RouteIndex::Mount M;
    M.Receiver = StringRef(Call.Callee).rsplit('.').first.str();
    M.Module = ModuleOf(Call.Args.back().Text);
    if (!StringRef(M.Module).starts_with("."))
      M.Module.clear();
    size_t First = Call.Args[0].String >= 0 ? 1 : 0;
    for (size_t I = First; I < Call.Args.size(); ++I)
      M.Args.push_back(Call.Args[I].Text);
    X.Mounts.push_back(std::move(M));
  }
}

/// `.requestMatchers("/api/**").authenticated()`, `.anyRequest().permitAll()`.
void readSpringSecurity(StringRef Code, RouteIndex &X) {
  if (!Code.contains("authorizeHttpRequests") &&
      !Code.contains("authorizeRequests") &&
      !Code.contains("authorizeExchange"))
    return;
  static const RE2 Re(
      R"((?:(?:requestMatchers|antMatchers|mvcMatchers|pathMatchers)\s*\(([^)]*)\)|(anyRequest|anyExchange)\s*\(\s*\))\s*\.\s*(\w+))");
  static const RE2 Str(R"re("([^"]*)")re");
  static const RE2 Method(R"(HttpMethod\s*\.\s*([A-Z]+))");
  re2::StringPiece In(Code.data(), Code.size());
  std::string Args, Any, Verb;
  while (RE2::FindAndConsume(&In, Re, &Args, &Any, &Verb)) {
    RouteIndex::Security S;
    re2::StringPiece A(Args);
    std::string P;
    while (RE2::FindAndConsume(&A, Str, &P))
      S.Patterns.push_back(P);
    RE2::PartialMatch(Args, Method, &S.Method);
    if (Any.empty() && S.Patterns.empty() && S.Method.empty())
      continue; // matchers of a non-literal kind: unknown, skipped
    StringRef V = Verb;
    S.Verdict = V == "permitAll" || V == "anonymous" ? 0
                : V == "authenticated" || V == "fullyAuthenticated" ||
                        V.starts_with("has") || V == "access" ||
                        V == "denyAll" || V == "rememberMe"
                    ? 1
                    : -1;
    S.Text = Any.empty()
                 ? llvm::formatv("requestMatchers({0}).{1}()", Args, Verb).str()
                 : llvm::formatv("{0}().{1}()", Any, Verb).str();
    if (S.Verdict >= 0)
      X.SecurityRules.push_back(std::move(S));
  }
}

/// Ant-style path pattern of Spring Security: `**` any segments, `*` one.
bool antMatch(StringRef Pat, StringRef Path) {
  std::string Re = "^";
  for (size_t I = 0; I < Pat.size(); ++I) {
    if (Pat.substr(I).starts_with("/**")) {
      Re += "(?:/.*)?";
      I += 2;
    } else if (Pat.substr(I).starts_with("**")) {
      Re += ".*";
      ++I;
    } else if (Pat[I] == '*') {
      Re += "[^/]*";
    } else if (Pat[I] == '{') {
      size_t E = Pat.find('}', I);
      Re += "[^/]+";
      I = E == StringRef::npos ? Pat.size() : E;
    } else {
      Re += RE2::QuoteMeta(std::string(1, Pat[I]));
    }
  }
  Re += "/?$";
  RE2 R(Re);
  return R.ok() && RE2::FullMatch(Path.str(), R);
}

/// The route of a finding: the one whose registration starts there.
const RouteIndex::Route *routeAt(const RouteIndex &X, uint32_t Begin) {
  for (const RouteIndex::Route &R : X.Routes)
    if (R.Begin == Begin)
      return &R;
  return nullptr;
}

} // namespace

RegexPtr rtclint::routeKeywords(const RuleSet &Rules) {
  std::vector<std::string> Alts;
  for (const Rule &R : Rules.rules())
    if (deferrablePattern(R))
      for (const std::string &K : R.Keywords)
        Alts.push_back(RE2::QuoteMeta(K));
  if (Alts.empty())
    return nullptr;
  llvm::sort(Alts);
  Alts.erase(std::unique(Alts.begin(), Alts.end()), Alts.end());
  RE2::Options O;
  O.set_case_sensitive(false);
  auto Re = std::make_shared<const RE2>(llvm::join(Alts, "|"), O);
  return Re->ok() ? Re : nullptr;
}

bool rtclint::wantsRouteIndex(const RegexPtr &Keywords,
                              const SourceBuffer &Src) {
  if (!isRouteLanguage(Src.Lang))
    return false;
  StringRef C = Src.Content;
  for (StringRef Hint :
       {"express", "Router", "router", "urlpatterns", "before_action",
        "SecurityFilterChain", "authorizeHttpRequests", "FallbackPolicy",
        "RequireAuthorization", "DEFAULT_PERMISSION_CLASSES", "$app->",
        "Controller", "APIView"})
    if (C.contains(Hint))
      return true;
  return found(Keywords, C);
}

void rtclint::selectRouteRules(const RuleSet &Rules, SeverityFn Sev,
                               const SourceBuffer &Src, RuleSelection &Sel) {
  const std::vector<Rule> &All = Rules.rules();
  for (unsigned I = 0; I < All.size(); ++I) {
    const Rule &R = All[I];
    if (!deferrablePattern(R) || Sev(R) == Severity::Off ||
        !R.appliesTo(Src.Lang) || !R.Paths.matches(Src.ProjectPath) ||
        llvm::is_contained(Sel.Active, I))
      continue;
    Sel.Active.insert(llvm::upper_bound(Sel.Active, I), I);
  }
}

std::shared_ptr<RouteIndex>
rtclint::indexRoutes(const RuleSet &Rules, const RuleSelection &Sel,
                     const RouteEvidenceTable &Evidence,
                     const SourceBuffer &Src, const FileFacts &F,
                     std::vector<Finding> &Findings) {
  auto X = std::make_shared<RouteIndex>();
  X->Path = Src.Path.str();
  X->ProjectPath = Src.ProjectPath.str();
  StringRef Code = F.CodeView.empty() ? Src.Content : StringRef(F.CodeView);
  LineIndex Lines(Src.Content);

  std::vector<std::pair<const Rule *, const Pattern *>> Active;
  for (unsigned I : Sel.Active)
    if (const Pattern *P = deferrablePattern(Rules.rules()[I]))
      Active.emplace_back(&Rules.rules()[I], P);

  for (const RouteFact &Rt : F.Routes) {
    RouteIndex::Route R;
    R.Framework = Rt.Framework;
    R.Method = Rt.Method;
    R.Handler = Rt.Handler;
    R.Path = Rt.Path;
    R.Text = (Rt.Method == "*" ? "" : Rt.Method + " ") + Rt.Path;
    R.Begin = Rt.Range.Begin;
    R.Class = className(F, Rt.Scope);
    if (Rt.Scope > 0)
      R.Action = F.Scopes[Rt.Scope].Name;
    R.Attribute = Rt.Range.Begin < Code.size() &&
                  (Code[Rt.Range.Begin] == '[' || Code[Rt.Range.Begin] == '@' ||
                   R.Framework == "rails" || R.Framework == "laravel");
    R.External = Rt.Body.empty() && Rt.Scope < 0 && !Rt.Handler.empty();
    for (const GuardFact &G : Rt.Guards)
      R.Guards.push_back(G.Text);
    for (const auto &[Rl, P] : Active) {
      RouteMatcher RM(*P, F, Code, Evidence.of(*Rl));
      std::string Callee;
      if (!RM.guarded(Rt))
        R.Unguarded.emplace_back(Rl, RM.matches(Rt, Callee) ? Callee : "");
      if (RM.roleGuarded(Rt))
        R.RoleChecked.push_back(Rl);
      if (const Pattern *RP = rolePattern(*Rl);
          RP &&
          RouteMatcher(*RP, F, Code, Evidence.of(*Rl)).matches(Rt, Callee))
        R.Noted.push_back(Rl);
    }
    X->Routes.push_back(std::move(R));
  }

  // Handlers: the functions that reach a rule's `calls:`.
  for (const auto &[Rl, P] : Active) {
    RouteMatcher RM(*P, F, Code, Evidence.of(*Rl));
    for (size_t S = 1; S < F.Scopes.size(); ++S) {
      const ScopeFact &K = F.Scopes[S];
      std::string Callee;
      if (K.Kind != ScopeKind::Function || K.Name.empty() ||
          !RM.reaches(int32_t(S), Callee))
        continue;
      RouteIndex::Def D;
      D.Name = K.Name;
      D.Class = className(F, K.Parent);
      D.Callee = std::move(Callee);
      D.R = Rl;
      D.Line = Lines.line(K.Range.Begin);
      D.Column = Lines.column(K.Range.Begin);
      D.Checks = RM.checksUser(K.Range);
      D.ChecksRole = RM.checksRole(K.Range);
      for (const RouteFact &Rt : F.Routes)
        if (Rt.Scope == int32_t(S))
          D.Route = Rt.Range.Begin;
      X->Defs.push_back(std::move(D));
    }
  }

  readClasses(F, Code, *X);
  if (Src.Lang == Language::JavaScript || Src.Lang == Language::TypeScript)
    readNodeModules(F, Code, *X);
  if (Src.Lang == Language::Java || Src.Lang == Language::Kotlin)
    readSpringSecurity(Code, *X);
  if (Src.Lang == Language::CSharp) {
    static const RE2 Fallback(
        R"(FallbackPolicy\s*=[^;]*RequireAuthenticatedUser)");
    static const RE2 Controllers(
        R"(MapControllers\s*\(\s*\)\s*\.\s*RequireAuthorization\s*\()");
    re2::StringPiece In(Code.data(), Code.size());
    X->FallbackAuth = RE2::PartialMatch(In, Fallback);
    X->ControllersAuth = RE2::PartialMatch(In, Controllers);
  }
  if (Src.Lang == Language::Python) {
    X->RestFramework = Code.contains("rest_framework");
    for (const BindingFact &B : F.Bindings)
      if (B.Name == "DEFAULT_PERMISSION_CLASSES")
        X->DrfDefaults = "DEFAULT_PERMISSION_CLASSES: " + B.ValueText;
  }

  // Findings of routes whose handler is elsewhere wait for the join.
  auto Deferred = [&](const Finding &Fd) {
    const RouteIndex::Route *R = routeAt(*X, Fd.Range.Begin);
    return R && R->External && Fd.R && deferrablePattern(*Fd.R) &&
           StringRef(Fd.Message).contains(DeferredCallee);
  };
  auto Mid =
      std::stable_partition(Findings.begin(), Findings.end(),
                            [&](const Finding &Fd) { return !Deferred(Fd); });
  std::move(Mid, Findings.end(), std::back_inserter(X->Deferred));
  Findings.erase(Mid, Findings.end());

  if (X->Routes.empty() && X->Defs.empty() && X->Classes.empty() &&
      X->Mounts.empty() && X->SecurityRules.empty() && !X->FallbackAuth &&
      !X->ControllersAuth && X->DrfDefaults.empty())
    return nullptr;
  return X;
}

namespace {

using Def = RouteIndex::Def;
using RouteT = RouteIndex::Route;

/// Everything the join knows of the project.
class Join {
public:
  Join(const Engine &E, llvm::ArrayRef<const RouteIndex *> Xs) : E(E), Xs(Xs) {
    for (const RouteIndex *X : Xs) {
      ByPath.try_emplace(X->ProjectPath, X);
      for (const RouteIndex::Class &C : X->Classes)
        Classes.try_emplace(C.Name, &C);
      llvm::append_range(Security, X->SecurityRules);
      Fallback |= X->FallbackAuth;
      Controllers |= X->ControllersAuth;
      if (Drf.empty())
        Drf = X->DrfDefaults;
    }
    for (const RouteIndex *X : Xs) {
      std::vector<std::pair<StringRef, StringRef>> AppWide; // receiver, guard
      for (const RouteIndex::Mount &M : X->Mounts) {
        const RouteIndex *T = M.Module.empty() ? nullptr : module(*X, M.Module);
        if (!T || T->Routes.empty()) {
          for (const std::string &A : M.Args)
            AppWide.emplace_back(M.Receiver, A);
          continue;
        }
        std::vector<std::string> &G = Mounted[T->ProjectPath];
        for (const auto &[Recv, Guard] : AppWide)
          if (Recv == M.Receiver)
            G.push_back(Guard.str());
        G.insert(G.end(), M.Args.begin(), M.Args.end() - 1);
      }
    }
  }

  /// The file a relative module spec names, trying the usual extensions.
  const RouteIndex *module(const RouteIndex &From, StringRef Spec) const {
    llvm::SmallString<128> Base(llvm::sys::path::parent_path(From.ProjectPath));
    llvm::sys::path::append(Base, llvm::sys::path::Style::posix, Spec);
    llvm::sys::path::remove_dots(Base, true, llvm::sys::path::Style::posix);
    for (StringRef Ext :
         {"", ".js", ".ts", ".mjs", ".cjs", "/index.js", "/index.ts"}) {
      auto It = ByPath.find((llvm::Twine(Base) + Ext).str());
      if (It != ByPath.end())
        return It->second;
    }
    return nullptr;
  }

  /// The definition a route's handler reference names, for rule Rl.
  std::pair<const RouteIndex *, const Def *>
  resolve(const RouteIndex &From, const RouteT &R, const Rule *Rl) const {
    StringRef H = R.Handler;
    H = H.trim().trim("'\"");
    H.consume_front("\\");
    std::string Cls, Member, Qual;
    if (H.consume_back(".as_view()") || H.consume_back("::class")) {
      Cls = H.str();
    } else if (size_t At = H.find_first_of("@:");
               At != StringRef::npos && !H.contains("::")) {
      Cls = H.take_front(At).str();
      Member = H.drop_front(At + 1).str();
    } else {
      auto [Q, M] = H.rsplit('.');
      if (M.empty())
        Member = Q.str();
      else
        Qual = Q.str(), Member = M.str();
    }
    if (size_t Cut = StringRef(Cls).find_last_of("\\.");
        Cut != std::string::npos)
      Cls = Cls.substr(Cut + 1);
    // A module the route's file imports the name or its qualifier from.
    const RouteIndex *Want = nullptr;
    for (const auto &[N, Spec] : From.Imports)
      if (N == (Qual.empty() ? Member : Qual))
        Want = module(From, Spec);
    std::pair<const RouteIndex *, const Def *> Best{nullptr, nullptr};
    int BestScore = -1;
    for (const RouteIndex *X : Xs)
      for (const Def &D : X->Defs) {
        if (D.R != Rl)
          continue;
        int Score = 0;
        if (!Cls.empty()) {
          if (D.Class != Cls || (!Member.empty() && D.Name != Member))
            continue;
          Score = D.Name == "__invoke" || D.Name == "handle" ? 2 : 1;
        } else {
          // `import stop from './stop'` of `export default function end`.
          bool ByDefault = Want && X == Want && Qual.empty() &&
                           From.DefaultImports.contains(Member) &&
                           D.Name == X->DefaultExport;
          if (D.Name != Member && !ByDefault)
            continue;
          if (Want && X != Want)
            continue;
          StringRef Stem = llvm::sys::path::stem(X->ProjectPath);
          Score = Want || (!Qual.empty() && Stem == Qual) ? 2 : 1;
        }
        if (Score > BestScore)
          Best = {X, &D}, BestScore = Score;
      }
    return Best;
  }

  /// Guards from other files that cover route R of file X, in the order
  /// they run (before the route's own).
  std::vector<ProjectGuard> guards(const RouteIndex &X, const RouteT &R) const {
    std::vector<ProjectGuard> G;
    if (auto It = Mounted.find(X.ProjectPath); It != Mounted.end())
      for (const std::string &T : It->second)
        G.push_back({T});
    if (R.Framework == "rails" && !R.Class.empty())
      railsGuards(R, G);
    if (R.Framework == "spring" || R.Framework == "jax-rs")
      for (const RouteIndex::Security &S : Security)
        if ((S.Method.empty() || S.Method == R.Method) &&
            (S.Patterns.empty() ||
             llvm::any_of(S.Patterns, [&](const std::string &P) {
               return antMatch(P, R.Path);
             }))) {
          G.push_back({S.Text, S.Verdict});
          break;
        }
    if (R.Framework == "aspnet") {
      if (Fallback)
        G.push_back({"FallbackPolicy RequireAuthenticatedUser", 1});
      if (Controllers && R.Attribute)
        G.push_back({"MapControllers().RequireAuthorization()", 1});
    }
    if (R.Framework == "django" && X.RestFramework && !Drf.empty())
      G.push_back({Drf});
    return G;
  }

  bool authenticated(const Rule &Rl, const std::vector<ProjectGuard> &G,
                     const std::vector<std::string> &Own) const {
    const RouteEvidence &Ev = E.evidence().of(Rl);
    bool Auth = false;
    auto Judge = [&](StringRef T) {
      if (found(Ev.Public, T))
        Auth = false;
      else if (found(Ev.Auth, T))
        Auth = true;
    };
    for (const ProjectGuard &P : G)
      if (P.Fixed < 0)
        Judge(P.Text);
      else
        Auth = P.Fixed == 1;
    for (const std::string &T : Own)
      Judge(T);
    return Auth;
  }

  /// Whether a guard from another file checks a host/moderator role.
  bool roleChecked(const Rule &Rl, const std::vector<ProjectGuard> &G) const {
    const RouteEvidence &Ev = E.evidence().of(Rl);
    return llvm::any_of(
        G, [&](const ProjectGuard &P) { return found(Ev.Roles, P.Text); });
  }

  const Engine &E;
  llvm::ArrayRef<const RouteIndex *> Xs;
  llvm::StringMap<const RouteIndex *> ByPath;
  llvm::StringMap<const RouteIndex::Class *> Classes;
  llvm::StringMap<std::vector<std::string>> Mounted;
  std::vector<RouteIndex::Security> Security;
  bool Fallback = false, Controllers = false;
  std::string Drf;

private:
  static bool applies(const RouteIndex::Filter &F, StringRef Action) {
    if (!F.Only.empty())
      return llvm::is_contained(F.Only, Action);
    return !llvm::is_contained(F.Except, Action);
  }

  /// before_action of the parent controllers (another file's
  /// ApplicationController), less the skip_before_action of the class and
  /// its parents.
  void railsGuards(const RouteT &R, std::vector<ProjectGuard> &G) const {
    std::vector<const RouteIndex::Class *> Chain;
    auto Own = Classes.find(R.Class);
    if (Own == Classes.end())
      return;
    Chain.push_back(Own->second);
    for (unsigned Depth = 0; Depth < 8; ++Depth) {
      auto It = Classes.find(Chain.back()->Parent);
      if (It == Classes.end() || llvm::is_contained(Chain, It->second))
        break;
      Chain.push_back(It->second);
    }
    for (size_t I = Chain.size(); I-- > 1;)
      for (const RouteIndex::Filter &F : Chain[I]->Filters) {
        if (F.Skip || !applies(F, R.Action))
          continue;
        bool Skipped = false;
        for (size_t J = 0; J < I; ++J)
          for (const RouteIndex::Filter &S : Chain[J]->Filters)
            Skipped |= S.Skip && S.Symbol == F.Symbol && applies(S, R.Action);
        if (!Skipped)
          G.push_back({F.Text});
      }
  }
};

std::string formatFor(StringRef Tmpl, StringRef Route, StringRef Callee) {
  std::string Out = Tmpl.str();
  const std::pair<StringRef, StringRef> Subs[] = {{"{callee}", Callee},
                                                  {"{path}", Route}};
  // One pass per key: a value may itself contain a key ('/room/{name}').
  for (auto [Key, Val] : Subs)
    for (size_t At = Out.find(Key.str()); At != std::string::npos;
         At = Out.find(Key.str(), At + Val.size()))
      Out.replace(At, Key.size(), Val.str());
  return Out;
}

/// Turns Fd, rule Rl's report of route Route, into Rl's role note
/// (authenticated, no host check); false when Rl has none or it is off.
bool toRoleNote(const Engine &E, const Rule &Rl, StringRef Route,
                StringRef Callee, Finding &Fd) {
  const Pattern *P = rolePattern(Rl);
  if (!P)
    return false;
  Severity S = E.effectiveSeverity(Rl);
  if (!E.options().SeverityOverrides.count(Rl.Id) && P->SeverityOverride &&
      S != Severity::Off)
    S = *P->SeverityOverride;
  if (S == Severity::Off)
    return false;
  Fd.R = &Rl;
  Fd.RuleId = Rl.Id;
  Fd.Sev = S;
  Fd.Message =
      formatFor(P->Message.empty() ? Rl.Message : P->Message, Route, Callee);
  return true;
}

} // namespace

void rtclint::joinRoutes(const Engine &E, llvm::ArrayRef<FileResult *> Files) {
  std::vector<const RouteIndex *> Xs;
  for (FileResult *F : Files)
    if (F->Routes)
      Xs.push_back(F->Routes.get());
  if (Xs.empty())
    return;
  Join J(E, Xs);
  const std::vector<Rule> &All = E.rules().rules();
  std::vector<const Rule *> RouteRules;
  for (const Rule &R : All)
    if (deferrablePattern(R) && E.effectiveSeverity(R) != Severity::Off)
      RouteRules.push_back(&R);

  // A route of one file whose handler is another file's route (urls.py ->
  // a Django view): the view is covered when every such route guards it
  // (and checks a role when every such route does).
  struct Cover {
    bool Auth, Role;
  };
  std::map<std::pair<const RouteIndex *, int64_t>, std::vector<Cover>> Via;
  for (const RouteIndex *X : Xs)
    for (const RouteT &R : X->Routes) {
      if (!R.External)
        continue;
      for (const Rule *Rl : RouteRules) {
        auto [DX, D] = J.resolve(*X, R, Rl);
        if (!D || D->Route < 0)
          continue;
        std::vector<ProjectGuard> G = J.guards(*X, R);
        Via[{DX, D->Route}].push_back(
            {J.authenticated(*Rl, G, R.Guards),
             llvm::is_contained(R.RoleChecked, Rl) || J.roleChecked(*Rl, G)});
      }
    }

  for (FileResult *F : Files) {
    if (!F->Routes)
      continue;
    const RouteIndex &X = *F->Routes;
    bool Changed = false;
    std::vector<Finding> Kept;
    for (Finding &Fd : F->Findings) {
      const RouteT *R = routeAt(X, Fd.Range.Begin);
      const std::string *Callee = R ? R->unguarded(Fd.R) : nullptr;
      if (R && !Callee && llvm::is_contained(R->Noted, Fd.R) &&
          J.roleChecked(*Fd.R, J.guards(X, *R))) {
        Changed = true; // the role check is in another file
        continue;
      }
      if (!Callee) {
        Kept.push_back(std::move(Fd));
        continue;
      }
      std::vector<ProjectGuard> G = J.guards(X, *R);
      auto It = Via.find({&X, int64_t(R->Begin)});
      bool ViaAuth =
          It != Via.end() &&
          llvm::all_of(It->second, [](const Cover &C) { return C.Auth; });
      if (!ViaAuth && !J.authenticated(*Fd.R, G, R->Guards)) {
        Kept.push_back(std::move(Fd));
        continue;
      }
      Changed = true;
      // Authenticated elsewhere: the role note, unless a role is checked.
      bool Role =
          llvm::is_contained(R->RoleChecked, Fd.R) || J.roleChecked(*Fd.R, G);
      if (ViaAuth)
        Role |= llvm::all_of(It->second, [](const Cover &C) { return C.Role; });
      if (!Role && !Callee->empty() && *Callee != DeferredCallee &&
          toRoleNote(E, *Fd.R, R->Text, *Callee, Fd))
        Kept.push_back(std::move(Fd));
    }
    F->Findings = std::move(Kept);
    for (const Finding &Fd : X.Deferred) {
      const RouteT *R = routeAt(X, Fd.Range.Begin);
      if (!R)
        continue;
      // The deferred finding's rule first, then the other route rules of
      // its category that have no deferred finding of their own here.
      std::vector<const Rule *> Try{Fd.R};
      for (const Rule *Rl : RouteRules)
        if (Rl != Fd.R && Rl->Category == Fd.Category &&
            llvm::none_of(X.Deferred, [&](const Finding &O) {
              return O.R == Rl && O.Range.Begin == Fd.Range.Begin;
            }))
          Try.push_back(Rl);
      for (const Rule *Rl : Try) {
        auto [DX, D] = J.resolve(X, *R, Rl);
        if (!D || D->Route >= 0)
          continue;
        std::vector<ProjectGuard> G = J.guards(X, *R);
        Finding N = Fd;
        if (D->Checks || J.authenticated(*Rl, G, R->Guards)) {
          // Authenticated: the role note when nothing checks a role.
          if (D->ChecksRole || llvm::is_contained(R->RoleChecked, Rl) ||
              J.roleChecked(*Rl, G) ||
              !toRoleNote(E, *Rl, R->Text, D->Callee, N))
            continue;
          N.Fingerprint = fingerprint(Rl->Id, X.ProjectPath, R->Text, 0);
        } else if (Rl != Fd.R) {
          N.R = Rl;
          N.RuleId = Rl->Id;
          N.Sev = E.effectiveSeverity(*Rl);
          N.Message = formatFor(Rl->Message, R->Text, D->Callee);
          N.Fingerprint = fingerprint(Rl->Id, X.ProjectPath, R->Text, 0);
        } else {
          for (size_t At = N.Message.find(DeferredCallee.str());
               At != std::string::npos;
               At = N.Message.find(DeferredCallee.str(), At + D->Callee.size()))
            N.Message.replace(At, DeferredCallee.size(), D->Callee);
        }
        Note Where;
        Where.Loc.Path = DX->Path;
        Where.Loc.Line = Where.Loc.EndLine = D->Line;
        Where.Loc.Column = Where.Loc.EndColumn = D->Column;
        Where.Message = "the handler " +
                        (D->Class.empty() ? "" : D->Class + ".") + D->Name +
                        " calls " + D->Callee;
        N.Notes.push_back(std::move(Where));
        F->Findings.push_back(std::move(N));
        Changed = true;
        break;
      }
    }
    if (Changed)
      llvm::sort(F->Findings);
  }
}
