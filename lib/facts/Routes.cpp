//===- Routes.cpp - Route facts: shared machinery and entry ---------------===//
#include "facts/Routes.h"
#include "facts/TextUtil.h"
#include "lex/Families.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; }

/// Index just past the bracket that closes the one at Open; skips quoted
/// strings. Returns Open + 1 on an unbalanced tail.
size_t matchForward(StringRef S, size_t Open) {
  int Depth = 0;
  for (size_t I = Open; I < S.size(); ++I) {
    char C = S[I];
    if (C == '"' || C == '\'' || C == '`') {
      for (++I; I < S.size() && S[I] != C; ++I)
        if (S[I] == '\\')
          ++I;
      continue;
    }
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && --Depth == 0)
      return I + 1;
  }
  return Open + 1;
}

/// Index of the bracket that opens the one closing at Close (backwards, no
/// string awareness: decorator arguments rarely hold unbalanced brackets).
size_t matchBackward(StringRef S, size_t Close) {
  int Depth = 0;
  for (size_t I = Close + 1; I-- > 0;) {
    char C = S[I];
    if (C == ')' || C == ']' || C == '}')
      ++Depth;
    else if ((C == '(' || C == '[' || C == '{') && --Depth == 0)
      return I;
  }
  return StringRef::npos;
}

/// Splits the inside of a bracket pair at top-level commas.
std::vector<std::string> splitArgs(StringRef Inner) {
  std::vector<std::string> Out;
  size_t Start = 0;
  for (size_t I = 0; I < Inner.size(); ++I) {
    char C = Inner[I];
    if (C == '"' || C == '\'') {
      size_t E = Inner.find(C, I + 1);
      I = E == StringRef::npos ? Inner.size() : E;
      continue;
    }
    if (C == '(' || C == '[' || C == '{') {
      I = matchForward(Inner, I) - 1;
      continue;
    }
    if (C == ',') {
      std::string A = facttext::collapse(Inner.slice(Start, I).trim());
      if (!A.empty())
        Out.push_back(std::move(A));
      Start = I + 1;
    }
  }
  std::string A = facttext::collapse(Inner.substr(Start).trim());
  if (!A.empty())
    Out.push_back(std::move(A));
  return Out;
}

bool isGroupCall(StringRef Name) {
  std::string L = Name.lower();
  StringRef N = L;
  return N.contains("group") || N.contains("router") || N == "with" ||
         N == "route" || N == "use" || N == "mount" || N == "blueprint" ||
         N == "namespace" || N == "prefix" || N == "scope";
}

bool functionLike(StringRef T) {
  T = T.ltrim();
  if (T.consume_front("async "))
    T = T.ltrim();
  return T.starts_with("function") || T.starts_with("func(") ||
         T.starts_with("func (") || T.starts_with("fn(") ||
         T.starts_with("lambda") || T.contains("=>") || T.contains(") ->") ||
         T.starts_with("do ") || T.starts_with("proc") ||
         (T.contains("->") && !T.contains("$"));
}

} // namespace

Ctx::Ctx(Language L, StringRef Buf, FileFacts &F)
    : Lang(L), Buf(Buf), Code(F.CodeView.empty() ? Buf : F.CodeView), F(F) {}

StringRef Ctx::text(Span S) const {
  return Code.slice(S.Begin, std::min<size_t>(S.End, Code.size()));
}

bool Ctx::verbCall(const CallFact &Call, std::string &Method, StringRef &Recv,
                   std::string &Path) const {
  Method = verbOf(Call.Name);
  Recv = receiver(Call.Callee);
  if (Method.empty() || Recv.empty() || Call.Args.size() < 2 ||
      Call.Args[0].String < 0)
    return false;
  Path = argValue(Call.Args[0]);
  return true;
}

std::string Ctx::argValue(const ArgFact &A) const {
  if (A.String >= 0)
    return F.Strings[A.String].Value;
  StringRef T = StringRef(A.Text).trim();
  if (T.size() >= 2 && (T.front() == '"' || T.front() == '\'') &&
      T.back() == T.front())
    return T.drop_front().drop_back().str();
  return T.str();
}

StringRef Ctx::receiver(StringRef Callee) {
  StringRef Base = Callee.substr(0, Callee.find('('));
  size_t Cut = Base.find_last_of(".:>");
  if (Cut == StringRef::npos)
    return {};
  StringRef R = Base.substr(0, Cut);
  while (!R.empty() && (R.back() == '.' || R.back() == ':' || R.back() == '-'))
    R = R.drop_back();
  return R;
}

int32_t Ctx::scopeStartingIn(Span S) const {
  for (size_t I = 1; I < F.Scopes.size(); ++I)
    if (S.contains(F.Scopes[I].Range.Begin))
      return int32_t(I);
  return -1;
}

bool Ctx::isFunction(int32_t S) const {
  return S > 0 && size_t(S) < F.Scopes.size() &&
         F.Scopes[S].Kind == ScopeKind::Function;
}

int32_t Ctx::functionNamed(StringRef Name) const {
  size_t Cut = Name.find_last_of(".:>");
  if (Cut != StringRef::npos)
    Name = Name.substr(Cut + 1);
  if (Name.empty())
    return -1;
  for (size_t I = 1; I < F.Scopes.size(); ++I)
    if (F.Scopes[I].Kind == ScopeKind::Function && F.Scopes[I].Name == Name)
      return int32_t(I);
  return -1;
}

Span Ctx::trailingBlock(uint32_t Off) const {
  size_t I = Off;
  while (I < Code.size() && (Code[I] == ' ' || Code[I] == '\t'))
    ++I;
  if (I < Code.size() && Code[I] == '{')
    return Span{uint32_t(I), uint32_t(matchForward(Code, I))};
  if (Code.substr(I).starts_with("do") &&
      (I + 2 >= Code.size() || !isIdentChar(Code[I + 2])))
    for (size_t S = 1; S < F.Scopes.size(); ++S)
      if (F.Scopes[S].Range.Begin == I)
        return F.Scopes[S].Range;
  return {};
}

/// Reads the decorator starting at At ('@' or '['): one per attribute of a
/// C# attribute list.
static void readDecorators(StringRef Code, size_t At,
                           std::vector<Decorator> &Out) {
  if (Code[At] == '[') {
    size_t End = matchForward(Code, At);
    StringRef Inner = Code.slice(At + 1, End - 1);
    for (const std::string &A : splitArgs(Inner)) {
      Decorator D;
      StringRef T = A;
      D.Name = T.take_while([](char C) { return isIdentChar(C) || C == '.'; });
      D.Text = "[" + A + "]";
      D.Range = Span{uint32_t(At), uint32_t(End)};
      size_t P = T.find('(');
      if (P != StringRef::npos)
        D.Args = splitArgs(T.slice(P + 1, T.rfind(')')));
      Out.push_back(std::move(D));
    }
    return;
  }
  size_t I = At + 1;
  while (I < Code.size() && (isIdentChar(Code[I]) || Code[I] == '.'))
    ++I;
  Decorator D;
  D.Name = Code.slice(At + 1, I).str();
  size_t J = I;
  while (J < Code.size() && (Code[J] == ' ' || Code[J] == '\t'))
    ++J;
  size_t End = I;
  if (J < Code.size() && Code[J] == '(') {
    End = matchForward(Code, J);
    D.Args = splitArgs(Code.slice(J + 1, End - 1));
  }
  D.Range = Span{uint32_t(At), uint32_t(End)};
  D.Text = facttext::collapse(Code.slice(At, End));
  Out.push_back(std::move(D));
}

std::vector<Decorator> Ctx::decoratorsBefore(uint32_t Off) const {
  bool Brackets = Lang == Language::CSharp;
  // Back to the start of the line of Off: modifiers (`public`, `export`,
  // `async`) precede the scope's first token.
  size_t P = Code.rfind('\n', Off);
  P = P == StringRef::npos ? 0 : P;
  std::vector<size_t> Starts;
  while (P > 0) {
    size_t I = P;
    while (I > 0 && llvm::isSpace(Code[I - 1]))
      --I;
    if (I == 0)
      break;
    size_t Last = I - 1;
    size_t Start = StringRef::npos;
    if (Code[Last] == ']' && Brackets) {
      Start = matchBackward(Code, Last);
    } else {
      size_t E = Last;
      if (Code[E] == ')') {
        size_t O = matchBackward(Code, E);
        if (O == StringRef::npos || O == 0)
          break;
        E = O - 1;
        while (E > 0 && (Code[E] == ' ' || Code[E] == '\t'))
          --E;
      }
      size_t B = E + 1;
      while (B > 0 && (isIdentChar(Code[B - 1]) || Code[B - 1] == '.'))
        --B;
      if (B < E + 1 && B > 0 && Code[B - 1] == '@')
        Start = B - 1;
    }
    if (Start == StringRef::npos)
      break;
    // A decorator stands at the start of its line.
    size_t LS = Code.rfind('\n', Start);
    LS = LS == StringRef::npos ? 0 : LS + 1;
    if (!Code.slice(LS, Start).trim().empty())
      break;
    Starts.push_back(Start);
    P = Start;
  }
  std::vector<Decorator> Out;
  for (size_t I = Starts.size(); I-- > 0;)
    readDecorators(Code, Starts[I], Out);
  return Out;
}

std::vector<Decorator> Ctx::decoratorsIn(uint32_t Begin, uint32_t End) const {
  std::vector<Decorator> Out;
  size_t I = Begin;
  bool Brackets = Lang == Language::CSharp;
  while (I < End && I < Code.size()) {
    while (I < End && llvm::isSpace(Code[I]))
      ++I;
    if (I >= End || !(Code[I] == '@' || (Brackets && Code[I] == '[')))
      break;
    size_t Before = Out.size();
    readDecorators(Code, I, Out);
    if (Out.size() == Before)
      break;
    I = std::max<size_t>(Out.back().Range.End, I + 1);
  }
  return Out;
}

GuardFact Ctx::guard(Span S) const {
  return guard(facttext::collapse(text(S)), S);
}

GuardFact Ctx::guard(StringRef Text, Span S) const {
  GuardFact G;
  G.Text = Text.str();
  G.Range = S;
  return G;
}

bool Ctx::visible(int32_t Outer, int32_t Inner) const {
  for (int32_t S = Inner; S >= 0 && size_t(S) < F.Scopes.size();
       S = F.Scopes[S].Parent)
    if (S == Outer)
      return true;
  return false;
}

/// "Name(args)" of call C without function-literal arguments.
static std::string callGuardText(const CallFact &C) {
  std::string T = C.Name + "(";
  bool First = true;
  for (const ArgFact &A : C.Args) {
    if (functionLike(A.Text))
      continue;
    if (!First)
      T += ", ";
    First = false;
    if (!A.Keyword.empty())
      T += A.Keyword + ": ";
    T += A.Text;
  }
  return T + ")";
}

void Ctx::receiverGuards(StringRef Recv, uint32_t Before, int32_t Scope,
                         unsigned Depth, std::vector<GuardFact> &Out) const {
  if (Depth > 4)
    return;
  // Where Recv comes from: `auth := r.Group("/api", mw)`, `const api =
  // express.Router()`, `var g = app.MapGroup("/a").RequireAuthorization()`.
  for (const BindingFact &B : F.Bindings) {
    if (Recv.empty() || B.Name != Recv || B.ValueRange.Begin >= Before ||
        (B.Bind != BindKind::Variable && B.Bind != BindKind::Assignment))
      continue;
    const CallFact *Outer = nullptr;
    for (const CallFact &C : F.Calls)
      if (C.Range.Begin == B.ValueRange.Begin &&
          (!Outer || C.Range.End > Outer->Range.End))
        Outer = &C;
    if (!Outer)
      continue;
    receiverGuards(receiver(Outer->Callee), B.ValueRange.Begin, B.Scope,
                   Depth + 1, Out);
    // Arguments of a group or sub-router are its middleware; those of a
    // constructor (`express()`, `Hapi.server({port})`) are settings.
    for (const CallFact &C : F.Calls)
      if (C.Range.Begin == Outer->Range.Begin && isGroupCall(C.Name))
        for (const ArgFact &A : C.Args)
          if (A.String < 0)
            Out.push_back(guard(A.Range));
    // Chained policy calls without arguments: RequireAuthorization().
    StringRef Chain = Outer->Callee;
    if (Chain.contains("()"))
      Out.push_back(guard(Outer->Name + "()", Outer->Range));
    break;
  }
  // Mounts: app.use('/api', requireAuth, api) guards every route of api.
  for (const CallFact &M : F.Calls) {
    if ((M.Name != "use" && M.Name != "Use" && M.Name != "mount") ||
        Recv.empty() || M.Args.size() < 2 || M.Args.back().Text != Recv)
      continue;
    receiverGuards(receiver(M.Callee), M.Range.Begin, M.Scope, Depth + 1, Out);
    for (size_t I = 0; I + 1 < M.Args.size(); ++I)
      if (M.Args[I].String < 0)
        Out.push_back(guard(M.Args[I].Range));
  }
  // Router-wide middleware registered before the route, in a scope it sees.
  for (size_t CI = 0; CI < F.Calls.size(); ++CI) {
    const CallFact &U = F.Calls[CI];
    if (U.Range.Begin >= Before)
      break;
    StringRef N = U.Name;
    bool Use = N == "use" || N == "Use" || N == "addHook" ||
               N == "UseAuthentication" || N == "UseAuthorization" ||
               (Lang == Language::PHP && N == "add");
    bool Filter = Recv.empty() ? (N == "before" || N == "before_request")
                               : (N == "before" || N == "beforeEach");
    if ((!Use && !Filter) || receiver(U.Callee) != Recv ||
        !visible(U.Scope, Scope))
      continue;
    bool Any = false;
    for (const ArgFact &A : U.Args) {
      if (A.String >= 0)
        continue; // a path prefix or a hook name
      GuardFact G = guard(A.Range);
      int32_t S = scopeStartingIn(A.Range);
      if (isFunction(S) || functionLike(A.Text))
        G.Body = A.Range;
      else if (int32_t Fn = functionNamed(A.Text); Fn > 0)
        G.Body = F.Scopes[Fn].Range;
      Out.push_back(std::move(G));
      Any = true;
    }
    if (!Any) {
      // Sinatra `before do ... end`: the block is the filter.
      Span Blk = trailingBlock(U.Range.End);
      if (!Blk.empty()) {
        GuardFact G = guard(U.Name, U.Range);
        G.Body = Blk;
        Out.push_back(std::move(G));
      }
    }
  }
}

void Ctx::outerGuards(int32_t CI, std::vector<GuardFact> &Out) const {
  const CallFact &C = F.Calls[CI];
  receiverGuards(receiver(C.Callee), C.Range.Begin, C.Scope, 0, Out);
  // Enclosing groups, outermost first: Route::middleware('auth')->group(fn),
  // authenticate("jwt") { ... }, r.Group(func(r) { ... }).
  if (!FnArgsReady) {
    for (size_t I = 0; I < F.Calls.size(); ++I)
      for (const ArgFact &A : F.Calls[I].Args)
        if (functionLike(A.Text))
          FnArgs.push_back({int32_t(I), A.Range});
    FnArgsReady = true;
  }
  std::vector<std::pair<uint32_t, size_t>> Enclosing;
  for (const auto &[I, A] : FnArgs)
    if (I != CI && A.Begin <= C.Range.Begin && C.Range.End <= A.End &&
        (Enclosing.empty() || Enclosing.back().second != size_t(I)))
      Enclosing.push_back({F.Calls[I].Range.Begin, size_t(I)});
  bool Blocks = Lang == Language::Kotlin || Lang == Language::Ruby ||
                Lang == Language::Swift || Lang == Language::Scala;
  for (size_t I = 0; Blocks && I < F.Calls.size(); ++I) {
    const CallFact &E = F.Calls[I];
    if (int32_t(I) == CI || E.Range.Begin >= C.Range.Begin)
      continue;
    bool Holds = false;
    {
      StringRef Between = Code.slice(E.Range.End, C.Range.Begin);
      if (E.Range.End <= C.Range.Begin &&
          (Between.contains('{') || Between.contains("do"))) {
        Span Blk = trailingBlock(E.Range.End);
        Holds = !Blk.empty() && Blk.Begin <= C.Range.Begin &&
                C.Range.End <= Blk.End;
      }
    }
    if (Holds)
      Enclosing.push_back({E.Range.Begin, I});
  }
  llvm::sort(Enclosing);
  for (auto [Begin, I] : Enclosing) {
    const CallFact &E = F.Calls[I];
    for (const CallFact &K : F.Calls)
      if (K.Range.Begin == E.Range.Begin && K.Range.End < E.Range.End &&
          StringRef(E.Callee).starts_with(K.Callee + "()"))
        Out.push_back(guard(callGuardText(K), K.Range));
    Out.push_back(guard(callGuardText(E), E.CalleeRange));
  }
  // Chained before the route: r.With(jwtauth.Authenticator).Post(...).
  for (size_t I = 0; I < F.Calls.size(); ++I) {
    const CallFact &K = F.Calls[I];
    if (int32_t(I) != CI && K.Range.Begin == C.Range.Begin &&
        K.Range.End < C.Range.End &&
        StringRef(C.Callee).starts_with(K.Callee + "()"))
      Out.push_back(guard(callGuardText(K), K.Range));
  }
}

void Ctx::chainedAfter(int32_t CI, std::vector<GuardFact> &Out) const {
  const CallFact &C = F.Calls[CI];
  std::vector<const CallFact *> After;
  for (const CallFact &K : F.Calls)
    if (K.Range.Begin == C.Range.Begin && K.Range.End > C.Range.End &&
        StringRef(K.Callee).starts_with(C.Callee + "()"))
      After.push_back(&K);
  llvm::sort(After, [](const CallFact *A, const CallFact *B) {
    return A->Range.End < B->Range.End;
  });
  for (const CallFact *K : After)
    Out.push_back(
        guard(callGuardText(*K), Span{K->CalleeRange.Begin, K->Range.End}));
}

std::string Ctx::unwrapHandler(const ArgFact &A,
                               std::vector<GuardFact> &Out) const {
  // The call that is the whole argument, then the call that is its only
  // argument, and so on.
  Span At = A.Range;
  std::string Name = A.Text;
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const CallFact *W = nullptr;
    for (const CallFact &C : F.Calls)
      if (C.Range.Begin == At.Begin && C.Range.End == At.End)
        W = &C;
    if (!W || W->Args.size() != 1)
      break;
    StringRef N = W->Name;
    if (N == "as_view" || !W->Args[0].Keyword.empty())
      break; // ServeView.as_view(): the view itself is the reference
    if (N != "HandlerFunc" && N != "csrf_exempt")
      Out.push_back(guard(W->Name, W->CalleeRange));
    At = W->Args[0].Range;
    Name = W->Args[0].Text;
  }
  return Name;
}

void Ctx::setHandlerScope(RouteFact &R, int32_t S) const {
  if (S <= 0)
    return;
  R.Scope = S;
  R.Body = F.Scopes[S].Range;
}

void Ctx::setHandler(RouteFact &R, const ArgFact &A,
                     std::vector<GuardFact> *Wrappers) const {
  int32_t S = scopeStartingIn(A.Range);
  if (functionLike(A.Text) || isFunction(S)) {
    R.Body = A.Range;
    if (isFunction(S))
      R.Scope = S;
    return;
  }
  std::vector<GuardFact> Scratch;
  R.Handler = unwrapHandler(A, Wrappers ? *Wrappers : Scratch);
  setHandlerScope(R, functionNamed(R.Handler));
}

void Ctx::add(RouteFact R) { F.Routes.push_back(std::move(R)); }

bool routes::looksLikePath(StringRef V, bool AllowRelative) {
  if (V.empty())
    return AllowRelative;
  if (V.contains(' ') || V.contains("://") || V.size() > 200)
    return false;
  if (V.front() == '/')
    return true;
  if (!AllowRelative)
    return false;
  return llvm::all_of(V, [](char C) {
    return llvm::isAlnum(C) ||
           llvm::StringRef("/_-:<>{}.^$?()[]*+|\\=").contains(C);
  });
}

std::string routes::verbOf(StringRef Name) {
  // Called for every call of a file: no allocation until a verb is found.
  if (Name.empty() || Name.size() > 14)
    return {};
  StringRef N = Name;
  N.consume_front("Map");
  N.consume_front("Http");
  N.consume_back("Mapping");
  static const char *const Verbs[] = {"GET",   "POST", "PUT",    "DELETE",
                                      "PATCH", "HEAD", "OPTIONS"};
  for (const char *V : Verbs)
    if (N.equals_insensitive(V))
      return V;
  if (N.equals_insensitive("del"))
    return "DELETE";
  for (const char *Any :
       {"all", "any", "match", "route", "request", "handle", "handlefunc"})
    if (N.equals_insensitive(Any))
      return "*";
  return {};
}

void routes::buildRoutes(Language L, StringRef Buf, FileFacts &F) {
  if (F.Calls.empty() && F.Scopes.size() < 2)
    return;
  Ctx C(L, Buf, F);
  switch (L) {
  case Language::JavaScript:
  case Language::TypeScript:
    nodeRoutes(C);
    break;
  case Language::Python:
    pythonRoutes(C);
    break;
  case Language::Ruby:
    rubyRoutes(C);
    break;
  case Language::PHP:
    phpRoutes(C);
    break;
  case Language::Go:
    goRoutes(C);
    break;
  case Language::Java:
  case Language::Kotlin:
  case Language::Scala:
    jvmRoutes(C);
    break;
  case Language::CSharp:
    dotnetRoutes(C);
    break;
  case Language::Cpp:
    cppRoutes(C);
    break;
  default:
    break;
  }
  for (RouteFact &R : F.Routes) {
    R.Middleware.clear();
    for (const GuardFact &G : R.Guards)
      R.Middleware.push_back(G.Text);
  }
}
