//===- Lifetime.cpp - Where a value was produced and where code runs ------===//
//
// A value is as long-lived as the place that produced it: the declaration
// of the variable it names (module, class), the reader it comes from
// (environment, configuration, app-level storage, a memo cache), or the
// function it was computed in (start-up code, a route handler, another
// function). A read from a container by a non-constant key (`rooms[id]`,
// `sessions.get(room)`) is per key: the documented per-meeting pattern.
//
// The reader tables below are language and framework knowledge, not any
// vendor's API.
//
//===----------------------------------------------------------------------===//
#include "facts/Flow.h"
#include "facts/TextUtil.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

/// Environment and configuration readers.
const char *const ConfigReaders[] = {"process.env",
                                     "os.environ",
                                     "os.getenv",
                                     "getenv(",
                                     "ENV[",
                                     "ENV.fetch",
                                     "System.getenv",
                                     "System.getProperty",
                                     "Environment.GetEnvironmentVariable",
                                     "Deno.env",
                                     "import.meta.env",
                                     "config(",
                                     "config.get(",
                                     "Config::get",
                                     "Configuration[",
                                     "Configuration.Get",
                                     "@Value(",
                                     "env(",
                                     "dotenv",
                                     "settings.",
                                     "Settings."};

/// App-level storage and memo caches with a constant key.
const char *const AppStores[] = {"app.get(",
                                 "app.locals",
                                 "app.set(",
                                 "app.config[",
                                 "app.config.get(",
                                 "current_app.config",
                                 "app.state.",
                                 "Application[",
                                 "HttpContext.Application",
                                 "getOrCreate(",
                                 "Rails.cache.fetch(",
                                 "Cache::remember(",
                                 "cache.get(",
                                 "cache.fetch(",
                                 "memcache.get(",
                                 "lru_cache",
                                 "sync.Once",
                                 "Lazy<",
                                 "lazy {",
                                 "by lazy",
                                 "UserDefaults.standard"};

/// Functions whose body runs once, at start-up.
const char *const StartupNames[] = {"main",
                                    "init",
                                    "initialize",
                                    "setup",
                                    "startup",
                                    "Startup",
                                    "viewDidLoad",
                                    "onCreate",
                                    "Application_Start",
                                    "application",
                                    "configure",
                                    "ConfigureServices",
                                    "before_first_request",
                                    "on_startup",
                                    "lifespan",
                                    "didFinishLaunchingWithOptions"};

/// Annotations of classes the framework makes exactly one instance of.
const char *const SingletonAnnotations[] = {
    "@RestController", "@Controller",        "@Service",
    "@Component",      "@Configuration",     "@Repository",
    "@Singleton",      "@ApplicationScoped", "@SpringBootApplication"};

/// Calls whose callback runs once, at start-up.
const char *const StartupCalls[] = {"listen",    "before_first_request",
                                    "on_event",  "onReady",
                                    "ready",     "startup",
                                    "configure", "Run"};

bool containsAny(StringRef Text, llvm::ArrayRef<const char *> Needles) {
  return llvm::any_of(Needles, [&](const char *N) { return Text.contains(N); });
}

} // namespace

bool FlowIndex::startupScope(int32_t S) const {
  if (S <= 0 || size_t(S) >= F.Scopes.size())
    return false;
  if (StartupMemo.empty())
    StartupMemo.assign(F.Scopes.size(), -1);
  signed char &Memo = StartupMemo[S];
  if (Memo < 0)
    Memo = startupScopeUncached(S);
  return Memo;
}

bool FlowIndex::startupScopeUncached(int32_t S) const {
  const ScopeFact &Sc = F.Scopes[S];
  if (Sc.Kind != ScopeKind::Function)
    return false;
  if (llvm::is_contained(StartupNames, Sc.Name))
    return true;
  // A decorator or annotation on the line(s) above: @app.before_first_request,
  // @PostConstruct, @Bean, @app.on_event("startup").
  uint32_t From = Sc.Range.Begin > 160 ? Sc.Range.Begin - 160 : 0;
  StringRef Above = Code.slice(From, Sc.Range.Begin);
  if (Above.contains("before_first_request") ||
      Above.contains("@PostConstruct") || Above.contains("@Bean") ||
      Above.contains("on_event(\"startup\")") ||
      Above.contains("on_event('startup')"))
    return true;
  // A callback of app.listen(...), app.ready(...): the smallest call around
  // the function's start.
  if (!CallsAround) {
    std::vector<Span> Ranges;
    Ranges.reserve(F.Calls.size());
    for (const CallFact &C : F.Calls)
      Ranges.push_back(C.Range);
    CallsAround.emplace(std::move(Ranges));
  }
  int32_t Around = CallsAround->innermost(Sc.Range.Begin, /*StrictBegin=*/true);
  return Around >= 0 && llvm::is_contained(StartupCalls, F.Calls[Around].Name);
}

Lifetime FlowIndex::placeOf(uint32_t Offset) const {
  return placeIn(unitScope(innermostScopeAt(Offset)), Offset);
}

/// Where a value computed by a call runs: the scope the call belongs to,
/// which is not always the one around its text (a Python parameter default
/// is evaluated where the `def` runs, once).
Lifetime FlowIndex::producedAt(llvm::ArrayRef<ExprItem> Items,
                               uint32_t Offset) const {
  auto First = llvm::find_if(Items, [](const ExprItem &I) {
    return I.K == ExprItem::Chain && I.Called;
  });
  if (First != Items.end())
    for (const CallFact &C : F.Calls)
      if (C.CalleeRange.Begin <= First->Begin &&
          First->Begin < C.CalleeRange.End) {
        int32_t S = unitScope(C.Scope);
        if (S != unitScope(innermostScopeAt(Offset)))
          return placeIn(S, C.CalleeRange.Begin);
        break;
      }
  return placeOf(Offset);
}

Lifetime FlowIndex::placeIn(int32_t S, uint32_t Offset) const {
  if (S == 0)
    return Lifetime::Module;
  for (const RouteFact &R : F.Routes)
    if ((R.Scope >= 0 && unitScope(R.Scope) == S) || R.Body.contains(Offset))
      return Lifetime::Request;
  for (int32_t I = S; I > 0; I = F.Scopes[I].Parent) {
    if (startupScope(I))
      return Lifetime::Startup;
    if (F.Scopes[I].Kind == ScopeKind::Function)
      return Lifetime::Function;
  }
  return F.Scopes[S].Kind == ScopeKind::Class ? Lifetime::Class
                                              : Lifetime::Module;
}

bool FlowIndex::singletonClass(int32_t S) const {
  const ScopeFact &Sc = F.Scopes[S];
  // The class head and the annotations above it, back to the previous
  // declaration.
  uint32_t From = Sc.Range.Begin > 400 ? Sc.Range.Begin - 400 : 0;
  StringRef Before = Code.slice(From, Sc.Range.Begin);
  size_t Cut = Before.find_last_of(";}");
  if (Cut != StringRef::npos)
    Before = Before.drop_front(Cut + 1);
  StringRef Head = Code.slice(Sc.Range.Begin, Sc.Range.End);
  Head = Head.take_front(std::min(Head.find('{'), size_t(400)));
  for (StringRef Text : {Before, Head})
    for (StringRef A : SingletonAnnotations)
      for (size_t P = Text.find(A); P != StringRef::npos;
           P = Text.find(A, P + 1)) {
        size_t E = P + A.size();
        if (E >= Text.size() || !(llvm::isAlnum(Text[E]) || Text[E] == '_'))
          return true;
      }
  // Kotlin `object X`, `companion object`.
  if (Head.starts_with("object") || Head.contains("companion object") ||
      companionScope(S))
    return true;
  // ASP.NET Core `services.AddSingleton<IX, X>()` in the same file.
  if (Sc.Name.empty())
    return false;
  for (size_t P = Code.find("AddSingleton<"); P != StringRef::npos;
       P = Code.find("AddSingleton<", P + 1)) {
    StringRef Args = Code.substr(P + 13);
    Args = Args.take_front(std::min(Args.find('>'), size_t(200)));
    for (StringRef Part : llvm::split(Args, ','))
      if (Part.trim() == Sc.Name)
        return true;
  }
  return false;
}

bool FlowIndex::companionScope(int32_t S) const {
  if (S <= 0 || size_t(S) >= F.Scopes.size())
    return false;
  const ScopeFact &Sc = F.Scopes[S];
  if (Sc.Kind != ScopeKind::Class || Sc.Parent <= 0 ||
      F.Scopes[Sc.Parent].Kind != ScopeKind::Class)
    return false;
  uint32_t From = Sc.Range.Begin > 64 ? Sc.Range.Begin - 64 : 0;
  StringRef Head = Code.slice(Sc.Range.Begin, Sc.Range.End);
  Head = Head.take_front(std::min(Head.find('{'), size_t(64)));
  return Code.slice(From, Sc.Range.Begin).rtrim().ends_with("companion") ||
         Head.contains("companion object");
}

int32_t FlowIndex::innermostScopeAt(uint32_t Offset) const {
  return std::max(Scopes.innermost(Offset), 0);
}

Lifetime FlowIndex::lifetimeAt(Span E, unsigned Depth,
                               std::string *Trail) const {
  std::string Text = facttext::collapse(Code.slice(E.Begin, E.End));
  std::vector<ExprItem> Items;
  scanExpr(Code, E, Items);
  if (Items.empty())
    return Lifetime::Unknown;
  if (llvm::all_of(Items, [](const ExprItem &I) {
        return I.K == ExprItem::String || I.K == ExprItem::Number ||
               (I.K == ExprItem::Punct && StringRef("+.").contains(I.Text));
      }))
    return Lifetime::Literal;
  // The first chain that is not a call decides (`rooms[id].sessionId`,
  // `session.sessionId`, `self.session_id`); a keyed read wins over the
  // store it reads from (`settings.rooms[params[:room]]`).
  const ExprItem *Root = nullptr;
  for (const ExprItem &It : Items) {
    if (It.K != ExprItem::Chain ||
        llvm::is_contained({"await", "yield", "typeof", "return", "not", "go",
                            "async", "try", "throw"},
                           It.Text))
      continue;
    if (It.Keyed || !It.Called) {
      Root = &It;
      break;
    }
    break; // produced by a call here: where this code runs
  }
  if (Root && Root->Keyed)
    return Lifetime::Keyed;
  if (containsAny(Text, AppStores))
    return Lifetime::App;
  if (containsAny(Text, ConfigReaders))
    return Lifetime::Config;
  if (!Root)
    return producedAt(Items, E.Begin);
  std::vector<std::string> Segs = chainSegments(Root->Text);
  StringRef First = Segs.empty() ? StringRef() : StringRef(Segs[0]);
  bool Member = First == "this" || First == "self" ||
                Root->Text.starts_with("@") || First == "static";
  // A parameter or a destructured local of the using function is not
  // followed: it is whatever the caller passed.
  if (!Member && localUnseen(First, Root->Begin))
    return Lifetime::Unknown;
  if (Trail)
    *Trail += (Trail->empty() ? "" : " \u2190 ") + Root->Text.str();
  std::vector<int32_t> Defs = definitions(Root->Text, Root->Begin);
  if (Defs.empty() && Segs.size() > 1 && !Member)
    Defs = definitions(Segs[0], Root->Begin);
  if (Defs.empty())
    return Member ? Lifetime::Unknown : sharedByAssignment(First, E.Begin);
  int32_t UseUnit = unitScope(innermostScopeAt(E.Begin));
  // An assignment in the same function before the use wins: the value was
  // recomputed here.
  for (int32_t D : Defs) {
    const BindingFact &B = F.Bindings[D];
    if (B.Bind == BindKind::Assignment && unitScope(B.Scope) == UseUnit &&
        UseUnit != 0) {
      if (Depth >= 4)
        return placeOf(E.Begin);
      Lifetime L = lifetimeAt(B.ValueRange, Depth + 1, Trail);
      return L == Lifetime::Unknown || L == Lifetime::Literal
                 ? placeOf(B.ValueRange.Begin)
                 : L;
    }
  }
  const BindingFact &Decl = F.Bindings[Defs.front()];
  int32_t DeclUnit = unitScope(Decl.Scope);
  if (Decl.Bind == BindKind::Field ||
      (DeclUnit > 0 && F.Scopes[DeclUnit].Kind == ScopeKind::Class)) {
    // A static field, or a field of an object there is one of (a Spring
    // bean, a Kotlin object, a registered singleton), lives as long as the
    // app; a field of any other object lives as long as that object.
    uint32_t LB = Decl.NameRange.Begin;
    StringRef Line = Code.slice(Code.rfind('\n', LB) + 1, LB);
    bool Shared = Line.contains("static") || F.Lang == Language::Python ||
                  F.Lang == Language::Ruby ||
                  (DeclUnit > 0 && singletonClass(DeclUnit)) ||
                  constantField(Decl);
    if (Shared && Trail && constantField(Decl))
      *Trail += " = " + facttext::collapse(Code.slice(Decl.ValueRange.Begin,
                                                      Decl.ValueRange.End));
    return Shared ? Lifetime::Class : Lifetime::Unknown;
  }
  // `this.x` of an object: per instance unless the field is static or the
  // object a singleton.
  if (Member)
    return sharedField(Segs.back(), DeclUnit) ? Lifetime::Class
                                              : Lifetime::Unknown;
  Lifetime Here =
      DeclUnit == 0 ? Lifetime::Module : placeOf(Decl.NameRange.Begin);
  if (Depth >= 4)
    return Here;
  std::string Inner;
  Lifetime Val =
      lifetimeAt(Decl.ValueRange, Depth + 1, Trail ? &Inner : nullptr);
  if (Trail) {
    // The value as assigned, when it decides where the variable lives.
    std::string V = facttext::collapse(
        Code.slice(Decl.ValueRange.Begin, Decl.ValueRange.End));
    if (V.size() > 60)
      V = V.substr(0, 57) + "...";
    *Trail += Inner.empty() ? " = " + V : " \u2190 " + Inner;
  }
  switch (Val) {
  case Lifetime::Config:
  case Lifetime::App:
  case Lifetime::Keyed:
    return Val;
  case Lifetime::Module:
  case Lifetime::Class:
  case Lifetime::Startup:
    // A local copy of a long-lived value is that value.
    return DeclUnit == 0 ? Lifetime::Module : Val;
  default:
    return Here;
  }
}

/// A name with no declaration in sight that other functions assign (`x =
/// v` in a callback or a static block) is state shared between calls: a
/// module variable or a field declared without a value. A parameter of the
/// using function with that name shadows it.
Lifetime FlowIndex::sharedByAssignment(StringRef Name, uint32_t Use) const {
  auto It = ByName.find(Name);
  if (Name.empty() || It == ByName.end())
    return Lifetime::Unknown;
  int32_t Unit = unitScope(innermostScopeAt(Use));
  if (Unit > 0) {
    const ScopeFact &Sc = F.Scopes[Unit];
    StringRef Head = Code.slice(Sc.Range.Begin, Sc.Range.End);
    Head = Head.take_front(std::min(Head.find_first_of("{\n"), size_t(400)));
    for (size_t P = Head.find(Name); P != StringRef::npos;
         P = Head.find(Name, P + 1)) {
      bool Before =
          P == 0 || !(llvm::isAlnum(Head[P - 1]) || Head[P - 1] == '_');
      size_t E = P + Name.size();
      bool After =
          E >= Head.size() || !(llvm::isAlnum(Head[E]) || Head[E] == '_');
      if (Before && After)
        return Lifetime::Unknown;
    }
  }
  std::string This = "this." + Name.str(), SelfPath = "self." + Name.str();
  for (int32_t I : It->second) {
    const BindingFact &B = F.Bindings[I];
    if (B.Bind != BindKind::Assignment)
      continue;
    bool Self = B.Path == This || B.Path == SelfPath;
    if ((B.Path == Name || Self) && unitScope(B.Scope) != Unit) {
      int32_t Outer = unitScope(B.Scope);
      while (Outer > 0 && F.Scopes[Outer].Kind != ScopeKind::Class)
        Outer = F.Scopes[Outer].Parent;
      if (Outer == 0)
        return Self ? Lifetime::Unknown : Lifetime::Module;
      return sharedField(Name, Outer) ? Lifetime::Class : Lifetime::Unknown;
    }
  }
  return Lifetime::Unknown;
}

bool FlowIndex::constantField(const BindingFact &Decl) const {
  if (Decl.Bind != BindKind::Field || Decl.ValueRange.empty())
    return false;
  std::vector<ExprItem> Items;
  scanExpr(Code, Decl.ValueRange, Items);
  bool Text = false;
  for (const ExprItem &It : Items) {
    if (It.K == ExprItem::String && !It.Text.empty())
      Text = true;
    else if (It.K != ExprItem::String && It.K != ExprItem::Number &&
             !(It.K == ExprItem::Punct && It.Text == "+"))
      return false;
  }
  if (!Text)
    return false;
  // Assigned again anywhere in the file (`sessionId = intent.get...`,
  // `this.sessionId = ...`): then each instance may hold its own.
  auto It = ByName.find(Decl.Name);
  return It == ByName.end() || llvm::none_of(It->second, [&](int32_t I) {
           const BindingFact &B = F.Bindings[I];
           return B.Bind == BindKind::Assignment &&
                  (B.Path == Decl.Name || B.Path == "this." + Decl.Name ||
                   B.Path == "self." + Decl.Name);
         });
}

/// Whether field Name of the class around scope S is one per app: declared
/// static in the class, or a field of a singleton.
bool FlowIndex::sharedField(StringRef Name, int32_t S) const {
  while (S > 0 && F.Scopes[S].Kind != ScopeKind::Class)
    S = F.Scopes[S].Parent;
  if (S <= 0)
    return false;
  // Python's `self.x = ...` and Ruby's `@x = ...` in a method are per
  // instance; a class-level attribute is a Field binding, decided by the
  // caller.
  if (singletonClass(S))
    return true;
  StringRef Body = Code.slice(F.Scopes[S].Range.Begin, F.Scopes[S].Range.End);
  for (StringRef Line : llvm::split(Body, '\n')) {
    size_t P = Line.find(Name);
    if (P == StringRef::npos || !Line.contains("static"))
      continue;
    size_t E = P + Name.size();
    if ((P == 0 || !(llvm::isAlnum(Line[P - 1]) || Line[P - 1] == '_')) &&
        (E >= Line.size() || !(llvm::isAlnum(Line[E]) || Line[E] == '_')) &&
        !Line.contains('(') && !Line.contains('{'))
      return true;
  }
  return false;
}

/// Name is a parameter of the function around Use, or a destructured local
/// (`const { sessionId } = info`) declared in it before Use: bindings the
/// structural pass does not record.
bool FlowIndex::localUnseen(StringRef Name, uint32_t Use) const {
  int32_t Unit = unitScope(innermostScopeAt(Use));
  if (Unit <= 0 || Name.empty())
    return false;
  auto IsWord = [&](StringRef Text, size_t P) {
    auto W = [](char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; };
    size_t E = P + Name.size();
    return (P == 0 || !W(Text[P - 1])) && (E >= Text.size() || !W(Text[E]));
  };
  const ScopeFact &Sc = F.Scopes[Unit];
  StringRef Body = Code.slice(Sc.Range.Begin, std::min(Use, Sc.Range.End));
  size_t HeadEnd = std::min(Body.find_first_of("{\n"), size_t(400));
  for (size_t P = Body.find(Name); P != StringRef::npos;
       P = Body.find(Name, P + 1)) {
    if (!IsWord(Body, P))
      continue;
    if (P < HeadEnd) {
      // A parameter, unless the function's own body declares it again.
      return llvm::none_of(definitions(Name, Use), [&](int32_t D) {
        return unitScope(F.Bindings[D].Scope) == Unit;
      });
    }
    size_t LB = Body.rfind('\n', P);
    LB = LB == StringRef::npos ? 0 : LB + 1;
    size_t LE = Body.find('\n', P);
    StringRef Line = Body.slice(LB, LE == StringRef::npos ? Body.size() : LE);
    StringRef Before = Body.slice(LB, P);
    if ((Before.contains('{') || Before.contains('[')) &&
        (Line.contains("} =") || Line.contains("] =") || Line.contains("}=")))
      return true;
  }
  return false;
}

Lifetime FlowIndex::lifetime(Span E, std::string *Trail) const {
  return lifetimeAt(E, 0, Trail);
}
