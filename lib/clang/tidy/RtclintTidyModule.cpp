//===- RtclintTidyModule.cpp - rtclint rules as clang-tidy checks ---------===//
//
// librtclint-tidy.so: every built-in rule that applies to C, C++ or
// Objective-C is a check `rtclint-<rule-id>`. A check is thin: it matches
// the translation unit and reports the findings of its rule. The facts are
// extracted from the TU's AST once (the same astFacts the clang frontend
// uses) and the same engine runs every rtclint check enabled for the TU, so
// NOLINT (clang-tidy) and rtclint-ignore (the engine's suppression filter)
// both apply.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "engine/Engine.h"
#include "engine/Suppressions.h"
#include "facts/Extract.h"
#include "rules/RuleSet.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/AstFacts.h"
#include "clang/AstQueries.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

using namespace clang;
using namespace clang::tidy;
using namespace clang::ast_matchers;
using llvm::StringRef;

namespace rtclint {
namespace {

bool isCFamily(Language L) {
  return L == Language::C || L == Language::Cpp || L == Language::ObjC ||
         L == Language::ObjCpp;
}

/// Hands the engine the facts already extracted from the TU.
class FixedFrontend final : public Frontend {
public:
  explicit FixedFrontend(const FileFacts &F) : F(F) {}
  StringRef name() const override { return "clang"; }
  bool handles(const SourceBuffer &) const override { return true; }
  FileFacts extract(const SourceBuffer &) const override { return F; }

private:
  const FileFacts &F;
};

/// What every rtclint check of the process shares: the rules, their
/// compiled ast: matchers, and the findings of the TU being checked.
class Shared {
public:
  Shared() {
    Diagnostics Diags;
    auto RS = std::make_shared<RuleSet>();
    bool Ok = RS->loadBuiltin(Diags) && RS->finalize(Diags);
    Ok = Ok && (Queries = AstQueries::compile(*RS, Diags));
    for (const Diagnostic &D : Diags)
      if (!D.Warning)
        llvm::errs() << "rtclint-tidy: " << D.str() << "\n";
    if (Ok)
      Rules = std::move(RS);
  }

  /// Rules a check can be made for: pattern rules for a C-family language.
  std::vector<const Rule *> checkable() const {
    std::vector<const Rule *> Out;
    if (!Rules)
      return Out;
    for (const Rule &R : Rules->rules())
      if (R.Source == RuleSource::Patterns &&
          (R.appliesTo(Language::C) || R.appliesTo(Language::Cpp) ||
           R.appliesTo(Language::ObjC) || R.appliesTo(Language::ObjCpp)))
        Out.push_back(&R);
    return Out;
  }

  /// The findings of Id in the TU (computed once per TU for every enabled
  /// rtclint check).
  std::vector<Finding> findings(ASTContext &Ctx, Preprocessor &PP, StringRef Id,
                                const std::map<std::string, Severity> &Sev) {
    std::lock_guard<std::mutex> Lock(M);
    const SourceManager &SM = Ctx.getSourceManager();
    FileID Main = SM.getMainFileID();
    StringRef Content = SM.getBufferData(Main);
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(Main);
    std::string Path = FE ? FE->getName().str() : "<stdin>";
    if (&Ctx != CachedCtx || Path != CachedPath) {
      CachedCtx = &Ctx;
      CachedPath = Path;
      Cached.clear();
      scan(Ctx, PP, Path, Content, Sev);
    }
    std::vector<Finding> Out;
    for (const Finding &F : Cached)
      if (F.RuleId == Id && !F.Suppressed)
        Out.push_back(F);
    return Out;
  }

private:
  void scan(ASTContext &Ctx, Preprocessor &PP, StringRef Path,
            StringRef Content, const std::map<std::string, Severity> &Sev) {
    if (!Rules)
      return;
    const LangOptions &LO = Ctx.getLangOpts();
    Language L = LO.ObjC ? (LO.CPlusPlus ? Language::ObjCpp : Language::ObjC)
                         : (LO.CPlusPlus ? Language::Cpp : Language::C);
    FileFacts F = astFacts(Ctx, PP, Content, extractFacts(L, Content));
    Queries->run(Ctx, Content, F);
    F.Frontend = "clang";
    EngineOptions EO;
    EO.Redact = true;
    EO.SeverityOverrides = Sev;
    for (const Rule *R : checkable())
      EO.Enable.insert(R->Id);
    EO.Frontends.push_back(std::make_shared<FixedFrontend>(F));
    EO.Filters.push_back(
        std::make_shared<SuppressionFilter>(nullptr, Severity::Off, nullptr));
    Engine E(Rules, std::move(EO));
    SourceBuffer Src{Path, Path, Content, L};
    Cached = E.scan(Src).Findings;
  }

  std::mutex M;
  std::shared_ptr<const RuleSet> Rules;
  std::shared_ptr<const AstQueries> Queries;
  const ASTContext *CachedCtx = nullptr;
  std::string CachedPath;
  std::vector<Finding> Cached;
};

Shared &shared() {
  static Shared S; // the process's rules, loaded on first use
  return S;
}

/// One rtclint rule as a clang-tidy check. CheckOptions: `Severity`
/// (error, warning, note, off), as `rules.<id>.severity` in .rtclint.yaml.
class RuleCheck : public ClangTidyCheck {
public:
  RuleCheck(StringRef Name, ClangTidyContext *Ctx, std::string Id)
      : ClangTidyCheck(Name, Ctx), Id(std::move(Id)),
        SeverityName(Options.get("Severity", "").str()) {}

  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "Severity", SeverityName);
  }
  void registerPPCallbacks(const SourceManager &, Preprocessor *P,
                           Preprocessor *) override {
    PP = P;
  }
  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  }
  void check(const MatchFinder::MatchResult &Result) override {
    if (!PP)
      return;
    std::map<std::string, Severity> Sev;
    if (auto S = parseSeverity(SeverityName))
      Sev[Id] = *S;
    if (Sev.count(Id) && Sev[Id] == Severity::Off)
      return;
    const SourceManager &SM = *Result.SourceManager;
    FileID Main = SM.getMainFileID();
    for (const Finding &F : shared().findings(*Result.Context, *PP, Id, Sev)) {
      SourceLocation Loc = SM.getComposedLoc(Main, F.Range.Begin);
      diag(Loc, "%0") << F.Message
                      << CharSourceRange::getCharRange(
                             Loc, SM.getComposedLoc(Main, F.Range.End));
      for (const Note &N : F.Notes) {
        SourceLocation NL =
            N.Loc.Path == F.Path
                ? SM.translateLineCol(Main, N.Loc.Line, N.Loc.Column)
                : Loc;
        diag(NL, "%0", DiagnosticIDs::Note) << N.Message;
      }
    }
  }

private:
  std::string Id;
  std::string SeverityName;
  Preprocessor *PP = nullptr;
};

class RtclintModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const Rule *R : shared().checkable()) {
      std::string Id = R->Id;
      Factories.registerCheckFactory(
          "rtclint-" + Id, [Id](StringRef Name, ClangTidyContext *Ctx) {
            return std::make_unique<RuleCheck>(Name, Ctx, Id);
          });
    }
  }
};

} // namespace
} // namespace rtclint

static ClangTidyModuleRegistry::Add<rtclint::RtclintModule>
    RtclintModuleReg("rtclint-module",
                     "rtclint: security rules for Vonage Video apps");
