//===- AstFacts.cpp - FileFacts from the AST of the main file -------------===//
//
// One RecursiveASTVisitor pass over the declarations written in the main
// file. Parents are visited before their children, so a call or a
// declaration registers what its literal operands are bound to before the
// literals themselves are reached.
//
//===----------------------------------------------------------------------===//
#include "clang/AstFacts.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AstRoutes.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include <map>

using namespace rtclint;
using namespace clang;
using llvm::StringRef;

namespace {

constexpr size_t MaxText = 512;
constexpr unsigned MaxFoldDepth = 8;

std::string collapse(StringRef S) {
  std::string Out;
  bool Space = false;
  for (char C : S) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
    if (Out.size() >= MaxText)
      break;
  }
  return Out;
}

const Expr *unwrap(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *X = dyn_cast<ExplicitCastExpr>(E))
      E = X->getSubExpr();
    else if (const auto *K = dyn_cast<CXXConstructExpr>(E);
             K && K->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(K) &&
             K->getConstructor()->getParent()->getName() == "basic_string")
      E = K->getArg(0); // std::string from a char array or another string
    else if (const auto *Box = dyn_cast<ObjCBoxedExpr>(E))
      E = Box->getSubExpr();
    else
      return E;
  }
  return E;
}

class Builder : public RecursiveASTVisitor<Builder> {
public:
  Builder(ASTContext &Ctx, Preprocessor &PP, FileID Target, StringRef Content,
          FileFacts &F)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), PP(PP),
        Target(Target), Content(Content), F(F) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  void run() {
    defines();
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      // Only what the target file declares: system headers are never
      // traversed, project headers are analysed as their own files.
      if (SM.getFileID(SM.getExpansionLoc(D->getLocation())) == Target)
        TraverseDecl(D);
    assignScopes();
  }

  // --- scopes -------------------------------------------------------------
  bool VisitFunctionDecl(FunctionDecl *D) {
    if (D->doesThisDeclarationHaveABody())
      addScope(ScopeKind::Function, D->getNameAsString(), D->getSourceRange());
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    // A lambda is a function of its own: a route handler, a callback.
    addScope(ScopeKind::Function, "", L->getSourceRange());
    return true;
  }
  bool VisitObjCMethodDecl(ObjCMethodDecl *D) {
    if (D->hasBody())
      addScope(ScopeKind::Function, D->getSelector().getAsString(),
               D->getSourceRange());
    return true;
  }
  bool VisitCXXRecordDecl(CXXRecordDecl *D) {
    if (D->isThisDeclarationADefinition())
      addScope(ScopeKind::Class, D->getNameAsString(), D->getSourceRange());
    return true;
  }
  bool VisitObjCContainerDecl(ObjCContainerDecl *D) {
    addScope(ScopeKind::Class, D->getNameAsString(), D->getSourceRange());
    return true;
  }

  // --- bindings -----------------------------------------------------------
  bool VisitVarDecl(VarDecl *D) {
    if (isa<ParmVarDecl>(D) || !D->getInit())
      return true;
    int32_t S = bind(BindKind::Variable, D->getNameAsString(),
                     D->getNameAsString(), D->getLocation(), D->getInit());
    if (S >= 0)
      VarString[D] = S;
    return true;
  }
  bool VisitFieldDecl(FieldDecl *D) {
    if (Expr *Init = D->getInClassInitializer()) {
      int32_t S = bind(BindKind::Field, D->getNameAsString(),
                       D->getNameAsString(), D->getLocation(), Init);
      if (S >= 0)
        FieldString[D] = S;
    }
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign)
      assignment(B->getLHS(), B->getRHS());
    return true;
  }
  /// `opts.data = x` on a class type (std::string) is an operator call.
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *C) {
    if (C->getOperator() == OO_Equal && C->getNumArgs() == 2)
      assignment(C->getArg(0), C->getArg(1));
    return true;
  }
  void assignment(const Expr *LHS, const Expr *RHS) {
    const Expr *L = LHS->IgnoreParenImpCasts();
    std::string Name;
    if (const auto *R = dyn_cast<DeclRefExpr>(L))
      Name = R->getDecl()->getNameAsString();
    else if (const auto *M = dyn_cast<MemberExpr>(L))
      Name = M->getMemberDecl()->getNameAsString();
    else if (const auto *P = dyn_cast<ObjCPropertyRefExpr>(L))
      Name = P->isImplicitProperty()
                 ? P->getImplicitPropertySetter()->getSelector().getAsString()
                 : P->getExplicitProperty()->getNameAsString();
    else if (const auto *I = dyn_cast<ObjCIvarRefExpr>(L))
      Name = I->getDecl()->getNameAsString();
    if (!Name.empty() && !Name.ends_with(":"))
      bind(BindKind::Assignment, Name, text(L->getSourceRange()),
           L->getBeginLoc(), RHS);
  }
  bool VisitObjCDictionaryLiteral(ObjCDictionaryLiteral *D) {
    for (unsigned I = 0; I < D->getNumElements(); ++I) {
      ObjCDictionaryElement El = D->getKeyValueElement(I);
      std::optional<std::string> Key = fold(El.Key);
      if (Key)
        bind(BindKind::ObjectKey, *Key, *Key, El.Key->getBeginLoc(), El.Value);
    }
    return true;
  }
  bool VisitDesignatedInitExpr(DesignatedInitExpr *D) {
    if (D->size() == 1 && D->getDesignator(0)->isFieldDesignator())
      if (const IdentifierInfo *II = D->getDesignator(0)->getFieldName())
        bind(BindKind::ObjectKey, II->getName().str(), II->getName().str(),
             D->getBeginLoc(), D->getInit());
    return true;
  }

  // --- calls --------------------------------------------------------------
  bool VisitCallExpr(CallExpr *C) {
    if (isa<CXXOperatorCallExpr>(C) || isa<UserDefinedLiteral>(C))
      return true;
    std::string Callee = calleeName(C);
    if (Callee.empty())
      return true;
    std::vector<const Expr *> Args(C->arg_begin(), C->arg_end());
    int32_t I = addCall(Callee, C->getSourceRange(),
                        C->getCallee()->getSourceRange(), Args, {});
    if (I >= 0)
      formatted(C, I);
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *N) {
    const CXXConstructExpr *K = N->getConstructExpr();
    std::vector<const Expr *> Args;
    if (K)
      Args.assign(K->arg_begin(), K->arg_end());
    std::string Type = N->getAllocatedType().getAsString(
        PrintingPolicy(LO)); // as a user would write it
    int32_t I =
        addCall("new " + Type, N->getSourceRange(),
                N->getAllocatedTypeSourceInfo()->getTypeLoc().getSourceRange(),
                Args, {});
    if (I >= 0)
      F.Calls[I].IsConstruction = true;
    return true;
  }
  bool VisitObjCMessageExpr(ObjCMessageExpr *M) {
    std::string Sel = M->getSelector().getAsString();
    std::string Recv;
    if (const Expr *R = M->getInstanceReceiver())
      Recv = text(R->getSourceRange());
    else if (M->getReceiverKind() == ObjCMessageExpr::Class)
      Recv = M->getClassReceiver().getAsString(PrintingPolicy(LO));
    else
      Recv = "super";
    std::vector<const Expr *> Args(M->arg_begin(), M->arg_end());
    std::vector<std::string> Labels;
    for (unsigned I = 0; I < M->getNumArgs(); ++I)
      Labels.push_back(M->getSelector().getNameForSlot(I).str());
    int32_t I = addCall("[" + Recv + " " + Sel + "]", M->getSourceRange(),
                        M->getSourceRange(), Args, Labels);
    if (I >= 0)
      F.Calls[I].Name = Sel;
    return true;
  }

  // --- literals -----------------------------------------------------------
  bool VisitStringLiteral(StringLiteral *S) {
    literal(S);
    return true;
  }

private:
  // Offsets in the target file; nullopt outside it.
  std::optional<uint32_t> offset(SourceLocation L) const {
    if (L.isInvalid() || !L.isFileID() || SM.getFileID(L) != Target)
      return std::nullopt;
    return SM.getFileOffset(L);
  }

  /// The main-file span a source range covers (the expansion site for
  /// macro arguments and bodies).
  std::optional<Span> fileSpan(SourceRange R) const {
    CharSourceRange CR =
        Lexer::makeFileCharRange(CharSourceRange::getTokenRange(R), SM, LO);
    if (CR.isInvalid())
      return std::nullopt;
    auto B = offset(CR.getBegin()), E = offset(CR.getEnd());
    if (!B || !E || *E < *B)
      return std::nullopt;
    return Span{*B, *E};
  }

  std::string text(SourceRange R) const {
    auto S = fileSpan(R);
    return S ? collapse(Content.slice(S->Begin, S->End)) : std::string();
  }

  /// The span of a literal where it is spelled: inside a #define body when
  /// the whole literal comes from one, else where it is written.
  std::optional<Span> literalSpan(const Expr *E, bool &FromMacro) const {
    FromMacro = false;
    SourceLocation B = E->getBeginLoc(), End = E->getEndLoc();
    if (B.isMacroID() && End.isMacroID()) {
      SourceLocation SB = SM.getSpellingLoc(B), SE = SM.getSpellingLoc(End);
      auto OB = offset(SB), OE = offset(SE);
      if (OB && OE && *OE >= *OB && SM.isMacroBodyExpansion(B) &&
          SM.getFileID(SB) == SM.getFileID(SE)) {
        FromMacro = true;
        return Span{*OB, *OE + Lexer::MeasureTokenLength(SE, SM, LO)};
      }
      if (SM.isInSystemHeader(SB))
        return std::nullopt; // a system header's literal
    }
    return fileSpan(E->getSourceRange());
  }

  static uint64_t key(Span S) { return (uint64_t(S.Begin) << 32) | S.End; }

  /// The StringFact of a literal (created once per spelling).
  int32_t literal(const StringLiteral *S) {
    if (S->getCharByteWidth() != 1)
      return -1;
    bool FromMacro = false;
    std::optional<Span> Sp = literalSpan(S, FromMacro);
    if (!Sp)
      return -1;
    auto [It, New] = StringAt.try_emplace(key(*Sp), int32_t(F.Strings.size()));
    if (New) {
      StringFact SF;
      SF.Value = S->getString().str();
      SF.Range = *Sp;
      F.Strings.push_back(std::move(SF));
    }
    if (FromMacro)
      related(*Sp, SM.getExpansionLoc(S->getBeginLoc()));
    return It->second;
  }

  void related(Span At, SourceLocation Site) {
    PresumedLoc P = SM.getPresumedLoc(Site);
    if (P.isInvalid())
      return;
    // One note per expansion site, however many facts its macro yields.
    for (RelatedFact &R : F.Related)
      if (R.Line == P.getLine() && R.Column == P.getColumn() &&
          R.At.Begin < At.End && At.Begin < R.At.End) {
        R.At = Span{std::min(R.At.Begin, At.Begin), std::max(R.At.End, At.End)};
        return;
      }
    RelatedFact R;
    R.At = At;
    R.Line = P.getLine();
    R.Column = P.getColumn();
    R.Message = "expanded here";
    F.Related.push_back(std::move(R));
  }

  /// The StringFact for a value expression: its literal, the fact of the
  /// constant it names, or a new fact for a statically folded value.
  int32_t valueString(const Expr *E) {
    const Expr *U = unwrap(E);
    if (!U)
      return -1;
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(U))
      if (const auto *MD = M->getMethodDecl();
          MD && (MD->getName() == "c_str" || MD->getName() == "data"))
        U = unwrap(M->getImplicitObjectArgument());
    if (const auto *S = dyn_cast<StringLiteral>(U))
      return literal(S);
    if (const auto *S = dyn_cast<ObjCStringLiteral>(U))
      return literal(S->getString());
    if (const auto *R = dyn_cast<DeclRefExpr>(U)) {
      if (const auto *V = dyn_cast<VarDecl>(R->getDecl())) {
        auto It = VarString.find(V);
        if (It != VarString.end() && isConstant(V))
          return It->second;
      }
    }
    if (const auto *M = dyn_cast<MemberExpr>(U))
      if (const auto *FD = dyn_cast<FieldDecl>(M->getMemberDecl())) {
        auto It = FieldString.find(FD);
        if (It != FieldString.end() && FD->getType().isConstQualified())
          return It->second;
      }
    std::optional<std::string> V = fold(U);
    if (!V)
      return -1;
    std::optional<Span> Sp = fileSpan(E->getSourceRange());
    if (!Sp)
      return -1;
    auto [It, New] = StringAt.try_emplace(key(*Sp), int32_t(F.Strings.size()));
    if (New) {
      StringFact SF;
      SF.Value = std::move(*V);
      SF.Range = *Sp;
      F.Strings.push_back(std::move(SF));
    }
    return It->second;
  }

  static bool isConstant(const VarDecl *V) {
    QualType T = V->getType();
    if (V->isConstexpr() || T.isConstQualified())
      return true;
    // const char *const, const char NAME[]
    if (const auto *A = dyn_cast<ArrayType>(T.getTypePtr()))
      return A->getElementType().isConstQualified();
    return false;
  }

  /// The static value of a string expression: literals, named constants,
  /// std::string concatenation, .c_str().
  std::optional<std::string> fold(const Expr *E, unsigned Depth = 0) const {
    if (!E || Depth > MaxFoldDepth)
      return std::nullopt;
    E = unwrap(E);
    if (const auto *S = dyn_cast<StringLiteral>(E))
      return S->getCharByteWidth() == 1 ? std::optional(S->getString().str())
                                        : std::nullopt;
    if (const auto *S = dyn_cast<ObjCStringLiteral>(E))
      return fold(S->getString(), Depth + 1);
    if (const auto *R = dyn_cast<DeclRefExpr>(E)) {
      const auto *V = dyn_cast<VarDecl>(R->getDecl());
      if (V && isConstant(V) && V->getInit())
        return fold(V->getInit(), Depth + 1);
      return std::nullopt;
    }
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
      const auto *MD = M->getMethodDecl();
      if (MD && (MD->getName() == "c_str" || MD->getName() == "data"))
        return fold(M->getImplicitObjectArgument(), Depth + 1);
      return std::nullopt;
    }
    if (const auto *O = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (O->getOperator() != OO_Plus || O->getNumArgs() != 2)
        return std::nullopt;
      auto L = fold(O->getArg(0), Depth + 1);
      auto R = L ? fold(O->getArg(1), Depth + 1) : std::nullopt;
      if (!R)
        return std::nullopt;
      return *L + *R;
    }
    return std::nullopt;
  }

  /// The value of a printf-style argument for one conversion.
  std::optional<std::string> formatArg(const Expr *E, char Conv) const {
    if (Conv == 's' || Conv == '@')
      return fold(E);
    Expr::EvalResult R;
    if ((Conv == 'd' || Conv == 'i' || Conv == 'u') && E->EvaluateAsInt(R, Ctx))
      return std::to_string(R.Val.getInt().getExtValue());
    return std::nullopt;
  }

  /// snprintf(buf, n, fmt, ...) / sprintf(buf, fmt, ...) with a static
  /// format and arguments: the formatted value, bound to the buffer.
  void formatted(const CallExpr *C, int32_t CallIdx) {
    StringRef Name = F.Calls[CallIdx].Name;
    unsigned FmtArg;
    if (Name == "snprintf")
      FmtArg = 2;
    else if (Name == "sprintf")
      FmtArg = 1;
    else
      return;
    if (C->getNumArgs() <= FmtArg)
      return;
    std::optional<std::string> Fmt = fold(C->getArg(FmtArg));
    if (!Fmt)
      return;
    std::string Out;
    unsigned Next = FmtArg + 1;
    for (size_t I = 0; I < Fmt->size(); ++I) {
      char Ch = (*Fmt)[I];
      if (Ch != '%') {
        Out += Ch;
        continue;
      }
      if (I + 1 < Fmt->size() && (*Fmt)[I + 1] == '%') {
        Out += '%';
        ++I;
        continue;
      }
      size_t J = I + 1;
      while (J < Fmt->size() && !std::isalpha((unsigned char)(*Fmt)[J]))
        ++J;
      while (J < Fmt->size() && StringRef("hlzjt").contains((*Fmt)[J]))
        ++J;
      if (J >= Fmt->size() || Next >= C->getNumArgs())
        return;
      std::optional<std::string> V = formatArg(C->getArg(Next++), (*Fmt)[J]);
      if (!V)
        return; // not static: no value
      Out += *V;
      I = J;
    }
    std::optional<Span> Sp = fileSpan(C->getSourceRange());
    if (!Sp)
      return;
    StringFact SF;
    SF.Value = std::move(Out);
    SF.Range = *Sp;
    SF.Name = text(C->getArg(0)->getSourceRange());
    SF.Path = SF.Name;
    SF.Bind = BindKind::Assignment;
    F.Strings.push_back(std::move(SF));
  }

  /// Records `Name = Value` and returns the value's StringFact (or -1).
  int32_t bind(BindKind K, std::string Name, std::string Path,
               SourceLocation NameLoc, const Expr *Value) {
    std::optional<Span> VR = fileSpan(Value->getSourceRange());
    if (!VR)
      return -1;
    // A value that is a whole macro expansion is the macro's body: what a
    // rule finds in it is reported at the #define, expanded here.
    bool InMacro = false;
    if (std::optional<Span> Body = macroBody(Value)) {
      related(*Body, SM.getExpansionLoc(Value->getBeginLoc()));
      VR = Body;
      InMacro = true;
    }
    BindingFact B;
    B.Bind = K;
    B.Name = Name;
    B.Path = Path;
    B.ValueText = collapse(Content.slice(VR->Begin, VR->End));
    B.ValueRange = *VR;
    if (auto NR = fileSpan(SourceRange(NameLoc, NameLoc)))
      B.NameRange = *NR;
    else
      B.NameRange = *VR;
    int32_t S = valueString(Value);
    if (S >= 0 && F.Strings[S].Bind != BindKind::None &&
        F.Strings[S].Name != Name)
      S = copyString(S); // a #define or constant bound again: both hold
    B.String = S;
    if (InMacro) // in the scope of the expansion, not the #define's
      ScopeAtName.push_back(F.Bindings.size());
    if (S >= 0 &&
        (F.Strings[S].Bind == BindKind::None || F.Strings[S].Name != Name)) {
      StringFact &SF = F.Strings[S];
      SF.Bind = K;
      SF.Name = std::move(Name);
      SF.Path = std::move(Path);
    }
    F.Bindings.push_back(std::move(B));
    return S;
  }

  /// The replacement list of the macro E is the whole expansion of, when
  /// the macro is defined in the target file and its body holds more than
  /// its parameters (a pass-through `ID(x)` keeps the argument's text).
  std::optional<Span> macroBody(const Expr *E) const {
    SourceLocation B = E->getBeginLoc(), End = E->getEndLoc();
    SourceLocation MB, ME;
    if (!B.isMacroID() || !End.isMacroID() ||
        !Lexer::isAtStartOfMacroExpansion(B, SM, LO, &MB) ||
        !Lexer::isAtEndOfMacroExpansion(End, SM, LO, &ME) ||
        SM.getExpansionLoc(B) != MB || SM.getFileID(MB) != Target)
      return std::nullopt;
    Token Name;
    if (Lexer::getRawToken(MB, Name, SM, LO) || !Name.is(tok::raw_identifier))
      return std::nullopt;
    IdentifierInfo *II = PP.getIdentifierInfo(Name.getRawIdentifier());
    const MacroInfo *MI = PP.getMacroDefinitionAtLoc(II, MB).getMacroInfo();
    if (!MI || MI->getNumTokens() == 0)
      return std::nullopt;
    bool Own = llvm::any_of(MI->tokens(), [&](const Token &T) {
      if (T.isLiteral())
        return true;
      const IdentifierInfo *I = T.getIdentifierInfo();
      return I && !llvm::is_contained(MI->params(), I);
    });
    const Token &Last = MI->getReplacementToken(MI->getNumTokens() - 1);
    auto OB = offset(MI->getReplacementToken(0).getLocation()),
         OE = offset(Last.getLocation());
    if (!Own || !OB || !OE || *OE < *OB)
      return std::nullopt;
    return Span{*OB, *OE + Last.getLength()};
  }

  int32_t copyString(int32_t S) {
    StringFact Copy = F.Strings[S];
    Copy.Call = Copy.ArgIndex = -1;
    F.Strings.push_back(std::move(Copy));
    return int32_t(F.Strings.size() - 1);
  }

  std::string calleeName(const CallExpr *C) const {
    const Expr *E = C->getCallee()->IgnoreParenImpCasts();
    const FunctionDecl *FD = C->getDirectCallee();
    if (!FD) {
      // Through a function pointer: the function it was initialised with.
      if (const auto *R = dyn_cast<DeclRefExpr>(E))
        if (const auto *V = dyn_cast<VarDecl>(R->getDecl()))
          if (const Expr *Init = V->getInit())
            if (const auto *T = dyn_cast<DeclRefExpr>(
                    Init->IgnoreParenImpCasts()->IgnoreParenImpCasts()))
              FD = dyn_cast<FunctionDecl>(T->getDecl());
    }
    std::string Written = text(E->getSourceRange());
    if (!FD)
      return Written;
    std::string Name = FD->getNameAsString();
    // As written when the text names it (`ns::f`, `client.connect`),
    // else the declaration (a macro alias, a function pointer).
    if (!Written.empty() && StringRef(Written).ends_with(Name))
      return Written;
    return Name;
  }

  int32_t addCall(const std::string &Callee, SourceRange Whole,
                  SourceRange CalleeR, const std::vector<const Expr *> &Args,
                  const std::vector<std::string> &Labels) {
    std::optional<Span> R = fileSpan(Whole);
    if (!R)
      return -1;
    int32_t Idx = int32_t(F.Calls.size());
    CallFact C;
    C.Callee = Callee;
    size_t Cut = Callee.find_last_of(".:>");
    C.Name = Cut == std::string::npos ? Callee : Callee.substr(Cut + 1);
    C.Range = *R;
    C.CalleeRange = fileSpan(CalleeR).value_or(*R);
    F.Calls.push_back(std::move(C));
    std::vector<ArgFact> Facts;
    for (size_t I = 0; I < Args.size(); ++I) {
      const Expr *A = Args[I];
      if (isa<CXXDefaultArgExpr>(A))
        break;
      ArgFact AF;
      if (I < Labels.size() && I > 0)
        AF.Keyword = Labels[I];
      std::optional<Span> AR = fileSpan(A->getSourceRange());
      AF.Range = AR.value_or(Span{});
      if (AR)
        AF.Text = collapse(Content.slice(AR->Begin, AR->End));
      AF.String = valueString(A);
      if (AF.String >= 0) {
        // A named value (a #define, a constant) passed here is also a
        // literal in this call: a copy carries both contexts.
        if (F.Strings[AF.String].Call >= 0 ||
            F.Strings[AF.String].Bind != BindKind::None)
          AF.String = copyString(AF.String);
        StringFact &SF = F.Strings[AF.String];
        SF.Call = Idx;
        SF.ArgIndex = int32_t(I);
      }
      if (!AF.Keyword.empty() && AR) {
        BindingFact B;
        B.Bind = BindKind::Keyword;
        B.Name = B.Path = AF.Keyword;
        B.ValueText = AF.Text;
        B.ValueRange = *AR;
        B.NameRange = *AR;
        B.String = AF.String;
        B.Call = Idx;
        B.ArgIndex = int32_t(I);
        F.Bindings.push_back(std::move(B));
      }
      Facts.push_back(std::move(AF));
    }
    F.Calls[Idx].Args = std::move(Facts);
    return Idx;
  }

  /// `#define NAME "literal"` in the main file, used or not.
  void defines() {
    for (const auto &[II, State] : PP.macros(/*IncludeExternalMacros=*/false)) {
      const MacroInfo *MI = PP.getMacroInfo(II);
      if (!MI || MI->isFunctionLike() || MI->getNumTokens() == 0)
        continue;
      const Token &First = MI->getReplacementToken(0);
      if (!First.is(tok::string_literal) && !First.is(tok::utf8_string_literal))
        continue;
      auto B = offset(First.getLocation());
      if (!B)
        continue;
      // Adjacent literals are one value: "http://" "host".
      std::string Value;
      uint32_t End = *B;
      bool AllStrings = true;
      for (const Token &T : MI->tokens()) {
        if (!T.is(tok::string_literal) && !T.is(tok::utf8_string_literal)) {
          AllStrings = false;
          break;
        }
        auto O = offset(T.getLocation());
        if (!O)
          break;
        StringRef Raw = Content.substr(*O, T.getLength());
        size_t Q = Raw.find('"');
        if (Q == StringRef::npos || Raw.size() < Q + 2)
          continue;
        Value += unescape(Raw.slice(Q + 1, Raw.size() - 1));
        End = *O + T.getLength();
      }
      if (!AllStrings)
        continue;
      Span Sp{*B, End};
      StringAt[key(Sp)] = int32_t(F.Strings.size());
      StringFact SF;
      SF.Value = std::move(Value);
      SF.Range = Sp;
      SF.Name = SF.Path = II->getName().str();
      SF.Bind = BindKind::Define;
      F.Strings.push_back(std::move(SF));
      BindingFact BF;
      BF.Bind = BindKind::Define;
      BF.Name = BF.Path = II->getName().str();
      BF.ValueText = collapse(Content.slice(Sp.Begin, Sp.End));
      BF.ValueRange = Sp;
      if (auto N = offset(MI->getDefinitionLoc()))
        BF.NameRange = Span{*N, *N + uint32_t(II->getLength())};
      BF.String = int32_t(F.Strings.size() - 1);
      F.Bindings.push_back(std::move(BF));
    }
  }

  /// C escapes of a narrow literal's body (the common ones).
  static std::string unescape(StringRef S) {
    std::string Out;
    for (size_t I = 0; I < S.size(); ++I) {
      if (S[I] != '\\' || I + 1 == S.size()) {
        Out += S[I];
        continue;
      }
      char C = S[++I];
      switch (C) {
      case 'n':
        Out += '\n';
        break;
      case 't':
        Out += '\t';
        break;
      case 'r':
        Out += '\r';
        break;
      case '0':
        Out += '\0';
        break;
      default:
        Out += C;
      }
    }
    return Out;
  }

  void addScope(ScopeKind K, std::string Name, SourceRange R) {
    std::optional<Span> S = fileSpan(R);
    if (!S)
      return;
    ScopeFact SF;
    SF.Kind = K;
    SF.Name = std::move(Name);
    SF.Range = *S;
    F.Scopes.push_back(std::move(SF));
  }

  /// The innermost scope holding each fact (scopes nest; a later, smaller
  /// one wins).
  void assignScopes() {
    auto Inner = [&](uint32_t Off, int32_t Skip = -1) {
      int32_t Best = 0;
      for (size_t I = 1; I < F.Scopes.size(); ++I) {
        const Span &R = F.Scopes[I].Range;
        if (int32_t(I) == Skip || !R.contains(Off))
          continue;
        const Span &B = F.Scopes[Best].Range;
        if (Best == 0 || R.End - R.Begin <= B.End - B.Begin)
          Best = int32_t(I);
      }
      return Best;
    };
    for (size_t I = 1; I < F.Scopes.size(); ++I)
      F.Scopes[I].Parent = Inner(F.Scopes[I].Range.Begin, int32_t(I));
    for (StringFact &S : F.Strings)
      if (!S.InComment)
        S.Scope = Inner(S.Range.Begin);
    for (BindingFact &B : F.Bindings)
      B.Scope = Inner(B.ValueRange.Begin);
    for (size_t I : ScopeAtName)
      F.Bindings[I].Scope = Inner(F.Bindings[I].NameRange.Begin);
    for (CallFact &C : F.Calls)
      C.Scope = Inner(C.Range.Begin);
    for (RouteFact &R : F.Routes)
      R.Scope = R.Body.empty() ? -1 : Inner(R.Body.Begin);
  }

  ASTContext &Ctx;
  SourceManager &SM;
  const LangOptions &LO;
  Preprocessor &PP;
  FileID Target;
  StringRef Content;
  FileFacts &F;
  llvm::DenseMap<uint64_t, int32_t> StringAt;
  llvm::DenseMap<const VarDecl *, int32_t> VarString;
  llvm::DenseMap<const FieldDecl *, int32_t> FieldString;
  std::vector<size_t> ScopeAtName; // bindings whose value is a macro body
};

} // namespace

FileFacts rtclint::astFacts(ASTContext &Ctx, Preprocessor &PP,
                            StringRef Content, FileFacts Base, FileID Target) {
  if (Target.isInvalid())
    Target = Ctx.getSourceManager().getMainFileID();
  FileFacts F;
  F.Lang = Base.Lang;
  F.Comments = std::move(Base.Comments);
  F.CodeView = std::move(Base.CodeView);
  // C-family routes come from the AST (exact handler extents, types of
  // middleware), not from the token pass's reading of the text.
  ScopeFact Module;
  Module.Range = Span{0, uint32_t(Content.size())};
  F.Scopes.push_back(std::move(Module));
  // Quoted text and URLs in comments are only in the token facts.
  for (StringFact &S : Base.Strings)
    if (S.InComment) {
      S.Call = -1;
      F.Strings.push_back(std::move(S));
    }
  astRoutes(Ctx, Target, Content, F);
  Builder(Ctx, PP, Target, Content, F).run();
  return F;
}

std::vector<FileID> rtclint::includedFiles(ASTContext &Ctx, Preprocessor &PP) {
  SourceManager &SM = Ctx.getSourceManager();
  std::vector<FileID> Out;
  auto Consider = [&](SourceLocation L) {
    if (L.isInvalid())
      return;
    L = SM.getExpansionLoc(L);
    FileID FID = SM.getFileID(L);
    if (FID == SM.getMainFileID() || SM.isInSystemHeader(L) ||
        !SM.getFileEntryRefForID(FID) || llvm::is_contained(Out, FID))
      return;
    Out.push_back(FID);
  };
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    Consider(D->getLocation());
  for (const auto &[II, State] : PP.macros(/*IncludeExternalMacros=*/false))
    if (const MacroInfo *MI = PP.getMacroInfo(II))
      Consider(MI->getDefinitionLoc());
  llvm::sort(Out);
  return Out;
}
