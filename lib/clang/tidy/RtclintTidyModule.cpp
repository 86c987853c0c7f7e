//===- RtclintTidyModule.cpp - rtclint rules as clang-tidy checks ---------===//
//
// librtclint-tidy.so: every built-in rule that applies to C, C++ or
// Objective-C is a check `rtclint-<rule-id>`. A check is thin: it matches
// the translation unit and reports the findings of its rule. The facts are
// extracted from the TU's AST once (the same astFacts the clang frontend
// uses) and the same engine runs every rtclint check enabled for the TU, so
// NOLINT (clang-tidy) and rtclint-ignore (the engine's suppression filter)
// both apply. The TU's non-system headers are checked too and reported like
// any check's: clang-tidy's header filter decides which are shown.
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

/// Hands the engine the facts already extracted from the TU, by path.
class FixedFrontend final : public Frontend {
public:
  explicit FixedFrontend(const std::map<std::string, FileFacts> &Files)
      : Files(Files) {}
  StringRef name() const override { return "clang"; }
  bool handles(const SourceBuffer &) const override { return true; }
  FileFacts extract(const SourceBuffer &Src) const override {
    auto It = Files.find(Src.Path.str());
    return It == Files.end() ? FileFacts() : It->second;
  }

private:
  const std::map<std::string, FileFacts> &Files;
};

/// A finding and the file of the TU it is in.
struct TUFinding {
  FileID File;
  Finding F;
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

  /// Records what the checks of the next TU set (their Severity and rule
  /// options): clang-tidy makes the checks of a TU before it parses it.
  void configure(StringRef Id, std::optional<Severity> Sev,
                 std::map<std::string, std::vector<std::string>> Options) {
    std::lock_guard<std::mutex> Lock(M);
    if (Sev)
      Config.Sev[Id.str()] = *Sev;
    else
      Config.Sev.erase(Id.str());
    if (Options.empty())
      Config.Options.erase(Id.str());
    else
      Config.Options[Id.str()] = std::move(Options);
  }

  /// The findings of Id in the TU's main file and headers (computed once
  /// per TU and configuration for every enabled rtclint check).
  std::vector<TUFinding> findings(ASTContext &Ctx, Preprocessor &PP,
                                  StringRef Id) {
    std::lock_guard<std::mutex> Lock(M);
    const SourceManager &SM = Ctx.getSourceManager();
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getMainFileID());
    std::string Path = FE ? FE->getName().str() : "<stdin>";
    if (&Ctx != CachedCtx || Path != CachedPath ||
        Config.Sev != CachedConfig.Sev ||
        Config.Options != CachedConfig.Options) {
      CachedCtx = &Ctx;
      CachedPath = Path;
      CachedConfig = Config;
      Cached.clear();
      scan(Ctx, PP);
    }
    std::vector<TUFinding> Out;
    for (const TUFinding &F : Cached)
      if (F.F.RuleId == Id && !F.F.Suppressed)
        Out.push_back(F);
    return Out;
  }

private:
  /// Runs the engine on the main file and on every header the TU's
  /// analysis covers; clang-tidy drops what its header filter excludes.
  void scan(ASTContext &Ctx, Preprocessor &PP) {
    if (!Rules)
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    const LangOptions &LO = Ctx.getLangOpts();
    Language L = LO.ObjC ? (LO.CPlusPlus ? Language::ObjCpp : Language::ObjC)
                         : (LO.CPlusPlus ? Language::Cpp : Language::C);
    std::vector<FileID> Targets{SM.getMainFileID()};
    for (FileID H : includedFiles(Ctx, PP))
      Targets.push_back(H);
    std::map<std::string, FileFacts> Files;
    std::vector<std::pair<FileID, SourceBuffer>> Buffers;
    for (FileID T : Targets) {
      OptionalFileEntryRef FE = SM.getFileEntryRefForID(T);
      std::string Path = FE ? FE->getName().str() : "<stdin>";
      if (Files.count(Path))
        continue;
      StringRef Content = SM.getBufferData(T);
      FileFacts F = astFacts(Ctx, PP, Content, extractFacts(L, Content), T);
      Queries->run(Ctx, Content, F, T);
      F.Frontend = "clang";
      // The map's key outlives the buffers that point at it.
      const std::string &Key = Files.emplace(Path, std::move(F)).first->first;
      Buffers.emplace_back(T, SourceBuffer{Key, Key, Content, L});
    }
    EngineOptions EO;
    EO.Redact = true;
    EO.SeverityOverrides = CachedConfig.Sev;
    EO.RuleOptions = CachedConfig.Options;
    for (const Rule *R : checkable())
      EO.Enable.insert(R->Id);
    EO.Frontends.push_back(std::make_shared<FixedFrontend>(Files));
    EO.Filters.push_back(
        std::make_shared<SuppressionFilter>(nullptr, Severity::Off, nullptr));
    Engine E(Rules, std::move(EO));
    for (auto &[File, Src] : Buffers) {
      for (Finding &F : E.scan(Src).Findings)
        Cached.push_back({File, std::move(F)});
    }
  }

  struct Configuration {
    std::map<std::string, Severity> Sev;
    RuleOptionValues Options;
  };

  std::mutex M;
  Configuration Config, CachedConfig;
  std::shared_ptr<const RuleSet> Rules;
  std::shared_ptr<const AstQueries> Queries;
  const ASTContext *CachedCtx = nullptr;
  std::string CachedPath;
  std::vector<TUFinding> Cached;
};

Shared &shared() {
  static Shared S; // the process's rules, loaded on first use
  return S;
}

/// A list option as clang-tidy writes lists: items separated by ';', or by
/// ',' when there is no ';' (a regex with a comma needs the semicolons).
std::vector<std::string> splitList(StringRef V) {
  llvm::SmallVector<StringRef, 8> Parts;
  V.split(Parts, V.contains(';') ? ';' : ',', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim().str());
  return Out;
}

std::string joinList(const std::vector<std::string> &Items) {
  std::string Out;
  for (const std::string &S : Items)
    Out += (Out.empty() ? "" : ";") + S;
  return Out;
}

/// One rtclint rule as a clang-tidy check. CheckOptions: `Severity`
/// (error, warning, note, off), as `rules.<id>.severity` in .rtclint.yaml,
/// and every option the rule declares under its own name
/// (`rtclint-token-expiry-too-long.max-seconds`).
class RuleCheck : public ClangTidyCheck {
public:
  RuleCheck(StringRef Name, ClangTidyContext *Ctx, const Rule &R)
      : ClangTidyCheck(Name, Ctx), Id(R.Id), Declared(R.Options),
        SeverityName(Options.get("Severity", "").str()) {
    std::optional<Severity> Sev;
    if (!SeverityName.empty() && !(Sev = parseSeverity(SeverityName)))
      configurationDiag("invalid Severity '%0' for %1: use error, warning, "
                        "note or off")
          << SeverityName << Name;
    for (const RuleOption &O : Declared) {
      std::optional<StringRef> V = Options.get(O.Name);
      if (!V)
        continue;
      std::vector<std::string> Items;
      if (O.Ty == RuleOption::Type::List)
        Items = splitList(*V);
      else
        Items.push_back(V->trim().str());
      if (!valid(O, Items)) {
        configurationDiag("invalid value '%0' for %1.%2: expected %3")
            << *V << Name << O.Name << optionTypeName(O.Ty);
        continue;
      }
      Set[O.Name] = std::move(Items);
    }
    shared().configure(Id, Sev, Set);
  }

  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "Severity", SeverityName);
    for (const RuleOption &O : Declared) {
      auto It = Set.find(O.Name);
      if (It != Set.end())
        Options.store(Opts, O.Name, joinList(It->second));
      else if (O.Ty == RuleOption::Type::List)
        Options.store(Opts, O.Name, joinList(O.ListDefault));
      else
        Options.store(Opts, O.Name, optionDefaultText(O));
    }
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
    if (auto S = parseSeverity(SeverityName); S && *S == Severity::Off)
      return;
    const SourceManager &SM = *Result.SourceManager;
    for (const auto &[File, F] : shared().findings(*Result.Context, *PP, Id)) {
      SourceLocation Loc = SM.getComposedLoc(File, F.Range.Begin);
      diag(Loc, "%0") << F.Message
                      << CharSourceRange::getCharRange(
                             Loc, SM.getComposedLoc(File, F.Range.End));
      for (const Note &N : F.Notes) {
        SourceLocation NL =
            N.Loc.Path == F.Path
                ? SM.translateLineCol(File, N.Loc.Line, N.Loc.Column)
                : Loc;
        diag(NL, "%0", DiagnosticIDs::Note) << N.Message;
      }
    }
  }

private:
  static bool valid(const RuleOption &O, const std::vector<std::string> &V) {
    long long N;
    switch (O.Ty) {
    case RuleOption::Type::Int:
      return V.size() == 1 && !StringRef(V[0]).getAsInteger(10, N);
    case RuleOption::Type::Bool:
      return V.size() == 1 && (V[0] == "true" || V[0] == "false");
    default:
      return true;
    }
  }

  std::string Id;
  std::vector<RuleOption> Declared;
  std::map<std::string, std::vector<std::string>> Set;
  std::string SeverityName;
  Preprocessor *PP = nullptr;
};

class RtclintModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const Rule *R : shared().checkable()) {
      Factories.registerCheckFactory(
          "rtclint-" + R->Id, [R](StringRef Name, ClangTidyContext *Ctx) {
            return std::make_unique<RuleCheck>(Name, Ctx, *R);
          });
    }
  }
};

} // namespace
} // namespace rtclint

static ClangTidyModuleRegistry::Add<rtclint::RtclintModule>
    RtclintModuleReg("rtclint-module",
                     "rtclint: security rules for Vonage Video apps");
