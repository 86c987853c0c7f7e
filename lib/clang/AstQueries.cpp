//===- AstQueries.cpp - Compile and run the `ast:` matchers ---------------===//
#include "clang/AstQueries.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/Dynamic/Parser.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace rtclint;
using namespace clang;
using namespace clang::ast_matchers;
using llvm::StringRef;

namespace {

struct Query {
  std::string Key;  // astQueryKey(matcher, bind)
  std::string Bind; // empty: the matched node
  ast_matchers::internal::DynTypedMatcher M;
};

/// The ast patterns of P (combinator operands included).
void collect(const Pattern &P, std::vector<const Pattern *> &Out) {
  if (P.On == PatternOn::Ast)
    Out.push_back(&P);
  for (const Pattern &C : P.Children)
    collect(C, Out);
}

constexpr const char *RootBind = "rtclint.root";

class Recorder : public MatchFinder::MatchCallback {
public:
  Recorder(const Query &Q, ASTContext &Ctx, FileID Target, StringRef Content,
           FileFacts &F)
      : Q(Q), Ctx(Ctx), Target(Target), Content(Content), F(F) {}
  void run(const MatchFinder::MatchResult &R) override {
    auto It = R.Nodes.getMap().find(Q.Bind.empty() ? RootBind : Q.Bind);
    if (It == R.Nodes.getMap().end())
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceRange SR = It->second.getSourceRange();
    CharSourceRange CR;
    SourceLocation SB = SM.getSpellingLoc(SR.getBegin()),
                   SE = SM.getSpellingLoc(SR.getEnd());
    if (SR.getBegin().isMacroID() && SM.isMacroBodyExpansion(SR.getBegin()) &&
        SM.getFileID(SB) == Target && SM.getFileID(SE) == Target &&
        SM.getFileOffset(SB) <= SM.getFileOffset(SE))
      // All in one #define body: reported where it is spelled, as the
      // frontend reports literals.
      CR = CharSourceRange::getCharRange(
          SB, SE.getLocWithOffset(
                  Lexer::MeasureTokenLength(SE, SM, Ctx.getLangOpts())));
    else
      CR = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(SR), SM,
                                    Ctx.getLangOpts());
    if (CR.isInvalid() || SM.getFileID(CR.getBegin()) != Target)
      return;
    uint32_t B = SM.getFileOffset(CR.getBegin()),
             E = SM.getFileOffset(CR.getEnd());
    if (E < B || E > Content.size())
      return;
    for (const AstMatchFact &A : F.AstMatches)
      if (A.Query == Q.Key && A.Range.Begin == B && A.Range.End == E)
        return; // one fact per node, however many paths reach it
    AstMatchFact A;
    A.Query = Q.Key;
    A.Range = Span{B, E};
    StringRef T = Content.slice(B, E);
    A.Text = T.take_front(512).str();
    F.AstMatches.push_back(std::move(A));
  }

private:
  const Query &Q;
  ASTContext &Ctx;
  FileID Target;
  StringRef Content;
  FileFacts &F;
};

} // namespace

struct AstQueries::Impl {
  std::vector<Query> Queries;
};

AstQueries::~AstQueries() = default;

bool AstQueries::empty() const { return I->Queries.empty(); }

std::shared_ptr<const AstQueries> AstQueries::compile(const RuleSet &Rules,
                                                      Diagnostics &Diags) {
  auto Out = std::make_shared<AstQueries>();
  Out->I = std::make_unique<Impl>();
  llvm::StringSet<> Seen;
  bool Ok = true;
  for (const Rule &R : Rules.rules()) {
    std::vector<const Pattern *> Ps;
    for (const Pattern &P : R.Patterns)
      collect(P, Ps);
    for (const Pattern *P : Ps) {
      std::string Key = astQueryKey(P->Ast, P->AstBind);
      if (!Seen.insert(Key).second)
        continue;
      StringRef Code = P->Ast;
      dynamic::Diagnostics Err;
      std::optional<ast_matchers::internal::DynTypedMatcher> M =
          dynamic::Parser::parseMatcherExpression(Code, &Err);
      std::string Why;
      if (!M) {
        llvm::raw_string_ostream OS(Why);
        Err.printToStream(OS);
      } else if (!P->AstBind.empty() &&
                 P->Ast.find("\"" + P->AstBind + "\"") == std::string::npos) {
        Why = "bind name '" + P->AstBind +
              "' is not bound in the matcher (use .bind(\"" + P->AstBind +
              "\"))";
      }
      std::optional<ast_matchers::internal::DynTypedMatcher> Bound;
      if (M && Why.empty()) {
        if (P->AstBind.empty())
          Bound = M->tryBind(RootBind);
        else
          Bound = M;
        if (!Bound)
          Why = "the matcher cannot be bound; add .bind(\"name\") and 'bind:'";
      }
      if (!Why.empty() || !Bound) {
        Diags.push_back(
            {R.File, P->AstLine, P->AstColumn, "invalid ast matcher: " + Why});
        Ok = false;
        continue;
      }
      Out->I->Queries.push_back({Key, P->AstBind, std::move(*Bound)});
    }
  }
  return Ok ? Out : nullptr;
}

void AstQueries::run(ASTContext &Ctx, StringRef Content, FileFacts &F,
                     FileID Target) const {
  if (I->Queries.empty())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  if (Target.isInvalid())
    Target = SM.getMainFileID();
  std::vector<Decl *> Scope;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.getFileID(SM.getExpansionLoc(D->getLocation())) == Target)
      Scope.push_back(D);
  size_t First = F.AstMatches.size();
  std::vector<std::unique_ptr<Recorder>> Recs;
  MatchFinder Finder;
  for (const Query &Q : I->Queries) {
    Recs.push_back(std::make_unique<Recorder>(Q, Ctx, Target, Content, F));
    Finder.addDynamicMatcher(Q.M, Recs.back().get());
  }
  // Only the target file's declarations: other files are never traversed.
  std::vector<Decl *> Saved = Ctx.getTraversalScope();
  Ctx.setTraversalScope(Scope);
  Finder.matchAST(Ctx);
  Ctx.setTraversalScope(Saved);
  for (size_t K = First; K < F.AstMatches.size(); ++K) {
    AstMatchFact &A = F.AstMatches[K];
    uint32_t Best = UINT32_MAX;
    for (size_t S = 0; S < F.Scopes.size(); ++S) {
      const Span &R = F.Scopes[S].Range;
      if (R.contains(A.Range.Begin) && R.End - R.Begin < Best) {
        Best = R.End - R.Begin;
        A.Scope = int32_t(S);
      }
    }
  }
}

bool rtclint::checkAstPatterns(const RuleSet &Rules, Diagnostics &Diags) {
  return AstQueries::compile(Rules, Diags) != nullptr;
}
