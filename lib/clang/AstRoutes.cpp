//===- AstRoutes.cpp - HTTP routes of C++ servers from the AST ------------===//
//
// The route facts of cpp-httplib, Crow, Drogon and Pistache servers. The AST
// gives what text cannot: the exact extent of a handler lambda, the handler
// behind a member-function pointer, and which object a call is made on
// (Crow's CROW_ROUTE is a macro; the route is read from its expansion).
//
//   cpp-httplib  svr.Post("/token", handler); svr.set_pre_routing_handler(g)
//   Crow         CROW_ROUTE(app, "/token").methods("POST"_method)(handler),
//                .CROW_MIDDLEWARES(app, Guard), crow::App<Guard...>
//   Drogon       app().registerHandler("/token", handler, {Post, "Filter"})
//   Pistache     Routes::Post(router, "/token", Routes::bind(&Api::f, this)),
//                router.addMiddleware(Routes::middleware(&Api::g, this))
//
//===----------------------------------------------------------------------===//
#include "clang/AstRoutes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace rtclint;
using namespace clang;
using llvm::StringRef;

namespace {

std::string collapsed(StringRef S) {
  std::string Out;
  for (char C : S) {
    bool Space = C == ' ' || C == '\t' || C == '\n' || C == '\r';
    if (Space && (Out.empty() || Out.back() == ' '))
      continue;
    Out += Space ? ' ' : C;
    if (Out.size() >= 512)
      break;
  }
  return StringRef(Out).rtrim().str();
}

std::string verb(StringRef Name) {
  std::string U = Name.upper();
  for (StringRef V : {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    if (U == V)
      return U;
  return "";
}

/// The class (without template arguments) of the object E denotes.
std::string className(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (const CXXRecordDecl *R = T->getAsCXXRecordDecl())
    return R->getQualifiedNameAsString();
  return "";
}

class RouteFinder : public RecursiveASTVisitor<RouteFinder> {
public:
  RouteFinder(ASTContext &Ctx, FileID Target, StringRef Content, FileFacts &F)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Target(Target), Content(Content),
        F(F) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBody() const { return true; }

  void run() {
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (SM.getFileID(SM.getExpansionLoc(D->getLocation())) == Target)
        TraverseDecl(D);
    // App-wide guards run before every route of the file; a Pistache
    // router's middleware before the routes of that router.
    for (auto [Index, Router] : RouteRouters)
      for (auto &[R, G] : RouterGuards)
        if (R == Router)
          F.Routes[Index].Guards.push_back(G);
    for (RouteFact &R : F.Routes) {
      R.Guards.insert(R.Guards.begin(), AppGuards.begin(), AppGuards.end());
      R.Middleware.clear();
      for (const GuardFact &G : R.Guards)
        R.Middleware.push_back(G.Text);
    }
  }

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *C) {
    const CXXMethodDecl *M = C->getMethodDecl();
    if (!M || !M->getIdentifier())
      return true;
    StringRef Name = M->getName();
    std::string Class = className(C->getImplicitObjectArgument());
    if (StringRef(Class).starts_with("httplib::")) {
      if (Name == "set_pre_routing_handler" && C->getNumArgs() == 1)
        AppGuards.push_back(guard(C, C->getArg(0)));
      else if (!verb(Name).empty() && C->getNumArgs() == 2)
        add("cpp-httplib", verb(Name), C, C->getArg(0), C->getArg(1), {});
    } else if (Class == "Pistache::Rest::Router" && Name == "addMiddleware" &&
               C->getNumArgs() == 1) {
      if (const ValueDecl *R = object(C->getImplicitObjectArgument()))
        RouterGuards.emplace_back(R, guard(C, C->getArg(0)));
    } else if (Name == "registerHandler" && C->getNumArgs() >= 2 &&
               StringRef(Class).starts_with("drogon::")) {
      drogon(C);
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *C) {
    if (isa<CXXMemberCallExpr>(C) || isa<CXXOperatorCallExpr>(C))
      return true;
    const FunctionDecl *FD = C->getDirectCallee();
    // Pistache: Routes::Post(router, "/token", Routes::bind(&Api::f, this)).
    if (FD && FD->getIdentifier() && !verb(FD->getName()).empty() &&
        StringRef(FD->getQualifiedNameAsString())
            .starts_with("Pistache::Rest::Routes::") &&
        C->getNumArgs() == 3) {
      size_t Before = F.Routes.size();
      add("pistache", verb(FD->getName()), C, C->getArg(1), C->getArg(2), {});
      if (F.Routes.size() > Before)
        if (const ValueDecl *R = object(C->getArg(0)))
          RouteRouters.emplace_back(Before, R);
    }
    return true;
  }

  /// Crow: a rule is called with its handler; the rule came from
  /// app.route<...>("/path"), maybe through .methods(...) and
  /// .middlewares<...>().
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *C) {
    if (C->getOperator() != OO_Call || C->getNumArgs() != 2)
      return true;
    std::vector<std::string> Methods;
    std::vector<GuardFact> Guards;
    const Expr *Path = nullptr;
    for (const Expr *E = C->getArg(0); E;) {
      const auto *MC = dyn_cast<CXXMemberCallExpr>(unwrap(E));
      const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
      if (!M || !M->getIdentifier() ||
          !StringRef(M->getQualifiedNameAsString()).starts_with("crow::"))
        break;
      StringRef N = M->getName();
      if (N == "route" || N == "route_dynamic") {
        if (MC->getNumArgs() >= 1)
          Path = MC->getArg(0);
        Guards.insert(Guards.begin(), appMiddleware(MC));
        break;
      }
      if (N == "methods")
        for (const Expr *A : MC->arguments())
          if (auto V = evaluateString(A))
            Methods.push_back(*V);
      if (N == "middlewares")
        if (auto G = guardText(MC))
          Guards.push_back(*G);
      E = MC->getImplicitObjectArgument();
    }
    if (!Path)
      return true;
    llvm::erase_if(Guards, [](const GuardFact &G) { return G.Text.empty(); });
    if (Methods.empty())
      Methods.push_back("GET");
    for (const std::string &M : Methods)
      add("crow", M, C, Path, C->getArg(1), Guards);
    return true;
  }

private:
  static const Expr *unwrap(const Expr *E) {
    while (true) {
      E = E->IgnoreParenImpCasts();
      if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
        E = M->getSubExpr();
      else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
        E = B->getSubExpr();
      else if (const auto *K = dyn_cast<CXXConstructExpr>(E);
               K && K->getNumArgs() >= 1 &&
               llvm::all_of(
                   llvm::drop_begin(K->arguments()),
                   [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
        E = K->getArg(0); // std::string("/token"), std::function(lambda)
      else
        return E;
    }
  }

  /// The variable or field an object expression names (a router).
  static const ValueDecl *object(const Expr *E) {
    E = unwrap(E);
    if (const auto *R = dyn_cast<DeclRefExpr>(E))
      return R->getDecl();
    if (const auto *M = dyn_cast<MemberExpr>(E))
      return M->getMemberDecl();
    return nullptr;
  }

  /// The file span of R in Target (the expansion site for macros).
  std::optional<Span> span(SourceRange R) const {
    CharSourceRange CR = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(R), SM, Ctx.getLangOpts());
    if (CR.isInvalid() || SM.getFileID(CR.getBegin()) != Target ||
        SM.getFileID(CR.getEnd()) != Target)
      return std::nullopt;
    uint32_t B = SM.getFileOffset(CR.getBegin()),
             E = SM.getFileOffset(CR.getEnd());
    if (E < B || E > Content.size())
      return std::nullopt;
    return Span{B, E};
  }

  std::string text(SourceRange R) const {
    auto S = span(R);
    return S ? collapsed(Content.slice(S->Begin, S->End)) : std::string();
  }

  /// A string the expression folds to: a literal, a constant, a macro.
  std::optional<std::string> evaluateString(const Expr *E) const {
    E = unwrap(E);
    if (const auto *S = dyn_cast<StringLiteral>(E))
      return S->getString().str();
    if (const auto *U = dyn_cast<UserDefinedLiteral>(E)) // "POST"_method
      if (const auto *S = dyn_cast_or_null<StringLiteral>(
              U->getArg(0)->IgnoreParenImpCasts()))
        return S->getString().upper();
    if (const auto *R = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *V = dyn_cast<VarDecl>(R->getDecl());
          V && V->getType().isConstQualified() && V->getInit())
        return evaluateString(V->getInit());
      if (const auto *EC = dyn_cast<EnumConstantDecl>(R->getDecl()))
        return verb(EC->getName()).empty()
                   ? std::nullopt
                   : std::optional<std::string>(verb(EC->getName()));
    }
    return std::nullopt;
  }

  /// The body of a handler: a lambda's, or the function a reference (a
  /// function, &Class::method, Routes::bind(&Class::method, this)) names.
  void handler(const Expr *H, RouteFact &R) const {
    H = unwrap(H);
    if (const auto *L = dyn_cast<LambdaExpr>(H)) {
      if (auto B = span(L->getBody()->getSourceRange()))
        R.Body = *B;
      return;
    }
    if (const auto *C = dyn_cast<CallExpr>(H)) { // Routes::bind(&A::f, this)
      if (C->getNumArgs() >= 1)
        handler(C->getArg(0), R);
      return;
    }
    if (const auto *U = dyn_cast<UnaryOperator>(H);
        U && U->getOpcode() == UO_AddrOf)
      H = unwrap(U->getSubExpr());
    if (const auto *D = dyn_cast<DeclRefExpr>(H))
      if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl())) {
        R.Handler = FD->getNameAsString();
        if (const FunctionDecl *Def = FD->getDefinition())
          if (Def->hasBody())
            if (auto B = span(Def->getBody()->getSourceRange()))
              R.Body = *B;
      }
  }

  void add(StringRef Framework, std::string Method, const Expr *Call,
           const Expr *Path, const Expr *Handler,
           std::vector<GuardFact> Guards) {
    auto Where = span(Call->getSourceRange());
    auto P = evaluateString(Path);
    if (!Where || !P)
      return;
    RouteFact R;
    R.Framework = Framework.str();
    R.Method = std::move(Method);
    R.Path = *P;
    R.Range = *Where;
    R.Guards = std::move(Guards);
    for (const GuardFact &G : R.Guards)
      R.Middleware.push_back(G.Text);
    handler(Handler, R);
    F.Routes.push_back(std::move(R));
  }

  GuardFact guard(const Expr *Call, const Expr *Handler) const {
    GuardFact G;
    G.Text = text(Call->getSourceRange());
    if (auto S = span(Call->getSourceRange()))
      G.Range = *S;
    RouteFact Tmp;
    handler(Handler, Tmp);
    G.Body = Tmp.Body;
    return G;
  }

  /// Crow's .middlewares<App, Guards...>(): the guard types by name.
  std::optional<GuardFact> guardText(const CXXMemberCallExpr *MC) const {
    const FunctionTemplateSpecializationInfo *TI =
        MC->getMethodDecl()->getTemplateSpecializationInfo();
    if (!TI)
      return std::nullopt;
    GuardFact G;
    const TemplateArgumentList &Args = *TI->TemplateArguments;
    for (unsigned I = 1; I < Args.size(); ++I) { // the first is the app
      llvm::ArrayRef<TemplateArgument> Types(Args[I]);
      if (Args[I].getKind() == TemplateArgument::Pack) // typename... Guards
        Types = Args[I].pack_elements();
      for (const TemplateArgument &A : Types)
        if (A.getKind() == TemplateArgument::Type)
          G.Text +=
              (G.Text.empty() ? "" : ", ") +
              A.getAsType().getAsString(PrintingPolicy(Ctx.getLangOpts()));
    }
    if (auto S = span(MC->getSourceRange()))
      G.Range = *S;
    return G;
  }

  /// crow::App<Guards...>: middleware that runs before every route, but
  /// for local middleware (crow::ILocalMiddleware), which runs only where
  /// a route names it.
  GuardFact appMiddleware(const CXXMemberCallExpr *Route) const {
    GuardFact G;
    const auto *R = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        Route->getImplicitObjectArgument()->getType()->getAsCXXRecordDecl());
    if (!R)
      return G;
    for (const TemplateArgument &A : R->getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &P : A.pack_elements())
          if (P.getKind() == TemplateArgument::Type && !isLocal(P.getAsType()))
            G.Text +=
                (G.Text.empty() ? "" : ", ") +
                P.getAsType().getAsString(PrintingPolicy(Ctx.getLangOpts()));
    return G;
  }

  static bool isLocal(QualType T) {
    const CXXRecordDecl *D = T->getAsCXXRecordDecl();
    if (!D || !D->hasDefinition())
      return false;
    return !D->forallBases([](const CXXRecordDecl *B) {
      return B->getQualifiedNameAsString() != "crow::ILocalMiddleware";
    });
  }

  /// Drogon: registerHandler(path, handler, {Post, "AuthFilter"}).
  void drogon(const CXXMemberCallExpr *C) {
    std::vector<std::string> Methods;
    std::vector<GuardFact> Guards;
    if (C->getNumArgs() >= 3) {
      const Expr *Init = unwrap(C->getArg(2));
      if (const auto *W = dyn_cast<CXXStdInitializerListExpr>(Init))
        Init = unwrap(W->getSubExpr());
      if (const auto *L = dyn_cast<InitListExpr>(Init))
        for (const Expr *E : L->inits()) {
          const Expr *X = unwrap(E);
          if (const auto *K = dyn_cast<CXXConstructExpr>(X);
              K && K->getNumArgs() >= 1)
            X = unwrap(K->getArg(0));
          if (auto V = evaluateString(X); V && !verb(*V).empty())
            Methods.push_back(verb(*V));
          else if (isa<StringLiteral>(X)) {
            GuardFact G;
            G.Text = cast<StringLiteral>(X)->getString().str();
            if (auto S = span(X->getSourceRange()))
              G.Range = *S;
            Guards.push_back(std::move(G));
          }
        }
    }
    if (Methods.empty())
      Methods.push_back("*");
    for (const std::string &M : Methods)
      add("drogon", M, C, C->getArg(0), C->getArg(1), Guards);
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  FileID Target;
  StringRef Content;
  FileFacts &F;
  std::vector<GuardFact> AppGuards;
  std::vector<std::pair<const ValueDecl *, GuardFact>> RouterGuards;
  std::vector<std::pair<size_t, const ValueDecl *>> RouteRouters;
};

} // namespace

void rtclint::astRoutes(ASTContext &Ctx, FileID Target, StringRef Content,
                        FileFacts &F) {
  if (!Ctx.getLangOpts().CPlusPlus)
    return;
  RouteFinder(Ctx, Target, Content, F).run();
}
