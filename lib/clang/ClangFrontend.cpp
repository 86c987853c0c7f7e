//===- ClangFrontend.cpp - Compilation database, parse, fall back ---------===//
//
// One Clang invocation per file the engine hands over: the engine already
// scans files in parallel (-j), so every translation unit is parsed once, on
// whichever worker holds it. The buffer the engine has (a staged blob, an
// editor buffer) is what Clang parses, through an overlay on the real file
// system; the compile command's directory is the working directory.
//
//===----------------------------------------------------------------------===//
#include "clang/ClangFrontend.h"
#include "facts/Extract.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AstFacts.h"
#include "clang/AstQueries.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <mutex>

using namespace rtclint;
using llvm::StringRef;
namespace ct = clang::tooling;

#ifndef RTCLINT_CLANG_RESOURCE_DIR
#define RTCLINT_CLANG_RESOURCE_DIR ""
#endif

StringRef rtclint::defaultResourceDir() { return RTCLINT_CLANG_RESOURCE_DIR; }

namespace {

bool isCFamily(Language L) {
  return L == Language::C || L == Language::Cpp || L == Language::ObjC ||
         L == Language::ObjCpp;
}

/// Counts errors and keeps the first one for the fallback note.
class ErrorCounter : public clang::DiagnosticConsumer {
public:
  unsigned Errors = 0;
  std::string First;
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    if (Level < clang::DiagnosticsEngine::Error)
      return;
    if (Errors++ == 0) {
      llvm::SmallString<128> Msg;
      Info.FormatDiagnostic(Msg);
      First = Msg.str().str();
      if (Info.hasSourceManager() && Info.getLocation().isValid()) {
        clang::PresumedLoc P =
            Info.getSourceManager().getPresumedLoc(Info.getLocation());
        if (P.isValid())
          First = llvm::sys::path::filename(P.getFilename()).str() + ":" +
                  std::to_string(P.getLine()) + ": " + First;
      }
    }
  }
};

/// What one parse of a translation unit yields: the main file's facts and
/// those of every project header it includes (by real path).
struct TUFacts {
  std::optional<FileFacts> Main;
  std::map<std::string, FileFacts> Headers;
  std::map<std::string, std::string> HeaderText; // what Headers were read from
};

bool underRoot(StringRef Path, StringRef Root) {
  return !Root.empty() && Path.starts_with(Root) &&
         (Path.size() == Root.size() ||
          llvm::sys::path::is_separator(Path[Root.size()]));
}

/// Extracts the facts when the AST is complete.
class FactsConsumer : public clang::ASTConsumer {
public:
  FactsConsumer(clang::CompilerInstance &CI, const SourceBuffer &Src,
                const AstQueries *Queries, StringRef Root, TUFacts &Out)
      : CI(CI), Src(Src), Queries(Queries), Root(Root), Out(Out) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred())
      return;
    Out.Main = astFacts(Ctx, CI.getPreprocessor(), Src.Content,
                        extractFacts(Src.Lang, Src.Content));
    if (Queries)
      Queries->run(Ctx, Src.Content, *Out.Main);
    if (!Root.empty())
      headers(Ctx);
  }

private:
  /// The project headers: files under Root, outside system headers, that
  /// hold a top-level declaration or a macro of the TU (the first
  /// inclusion of each file).
  void headers(clang::ASTContext &Ctx) {
    clang::SourceManager &SM = Ctx.getSourceManager();
    clang::Preprocessor &PP = CI.getPreprocessor();
    for (clang::FileID FID : includedFiles(Ctx, PP)) {
      clang::OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
      if (!FE)
        continue;
      StringRef Real = FE->getFileEntry().tryGetRealPathName();
      std::string Key = Real.empty() ? FE->getName().str() : Real.str();
      if (!underRoot(Key, Root) || Out.Headers.count(Key))
        continue;
      StringRef Text = SM.getBufferData(FID);
      FileFacts H = astFacts(Ctx, PP, Text, extractFacts(Src.Lang, Text), FID);
      if (Queries)
        Queries->run(Ctx, Text, H, FID);
      Out.Headers[Key] = std::move(H);
      Out.HeaderText[Key] = Text.str();
    }
  }

  clang::CompilerInstance &CI;
  const SourceBuffer &Src;
  const AstQueries *Queries;
  StringRef Root;
  TUFacts &Out;
};

class FactsAction : public clang::ASTFrontendAction {
public:
  FactsAction(const SourceBuffer &Src, const AstQueries *Queries,
              StringRef Root, TUFacts &Out)
      : Src(Src), Queries(Queries), Root(Root), Out(Out) {}

protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, StringRef) override {
    return std::make_unique<FactsConsumer>(CI, Src, Queries, Root, Out);
  }

private:
  const SourceBuffer &Src;
  const AstQueries *Queries;
  StringRef Root;
  TUFacts &Out;
};

/// What one file is compiled with: the arguments after the compiler,
/// without the input, output and dependency-file options.
struct Command {
  std::string Directory;
  std::string File; // absolute
  std::vector<std::string> Args;
};

std::string absolute(StringRef Path, StringRef Dir) {
  llvm::SmallString<256> P(Path);
  if (!llvm::sys::path::is_absolute(P)) {
    llvm::SmallString<256> D(Dir);
    llvm::sys::path::append(D, P);
    P = D;
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return P.str().str();
}

/// The key a file is looked up by: its real path when it exists.
std::string fileKey(StringRef Path, StringRef Dir) {
  std::string Abs = absolute(Path, Dir);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Abs, Real))
    return Real.str().str();
  return Abs;
}

Command toCommand(const ct::CompileCommand &CC) {
  Command C;
  C.Directory = CC.Directory;
  C.File = absolute(CC.Filename, CC.Directory);
  std::vector<std::string> Line = CC.CommandLine;
  Line = ct::getClangStripOutputAdjuster()(Line, CC.Filename);
  Line = ct::getClangStripDependencyFileAdjuster()(Line, CC.Filename);
  std::string Abs = C.File;
  for (size_t I = 1; I < Line.size(); ++I) {
    const std::string &A = Line[I];
    if (A == "-c" || A == CC.Filename || absolute(A, CC.Directory) == Abs)
      continue;
    if (A == "--") // the input follows
      break;
    C.Args.push_back(A);
  }
  return C;
}

bool isHeader(StringRef Path) {
  StringRef Ext = llvm::sys::path::extension(Path);
  for (StringRef H :
       {".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".inc", ".ipp", ".tcc"})
    if (Ext == H)
      return true;
  return false;
}

/// The language a database entry is parsed as, from its extension.
Language languageOf(StringRef File) {
  StringRef Ext = llvm::sys::path::extension(File);
  if (Ext == ".c")
    return Language::C;
  if (Ext == ".m")
    return Language::ObjC;
  if (Ext == ".mm")
    return Language::ObjCpp;
  return Language::Cpp;
}

/// One database entry's parse, done once by whoever needs it first: the
/// engine scanning the file, or a header looking for the TU it is analysed
/// through.
struct TUSlot {
  std::once_flag Once;
  std::mutex M;
  std::string Content; // what was parsed
  TUFacts Facts;
  std::string Failure; // why it did not parse
};

class ClangFrontend final : public Frontend {
public:
  ClangFrontend(ClangFrontendOptions O,
                std::unique_ptr<ct::CompilationDatabase> DB)
      : Opts(std::move(O)) {
    if (Opts.ResourceDir.empty())
      Opts.ResourceDir = defaultResourceDir().str();
    if (!DB)
      return;
    if (Opts.ProjectRoot.empty()) {
      llvm::SmallString<256> Cwd;
      if (!llvm::sys::fs::current_path(Cwd))
        Opts.ProjectRoot = fileKey(Cwd, ".");
    } else {
      Opts.ProjectRoot = fileKey(Opts.ProjectRoot, ".");
    }
    for (const ct::CompileCommand &CC : DB->getAllCompileCommands()) {
      std::string Key = fileKey(CC.Filename, CC.Directory);
      if (!Commands.count(Key)) { // the first command for a file wins
        Commands[Key] = toCommand(CC);
        Slots[Key] = std::make_unique<TUSlot>();
        Sorted.push_back(Key);
      }
    }
    llvm::sort(Sorted);
  }

  StringRef name() const override { return "clang"; }

  bool handles(const SourceBuffer &Src) const override {
    if (!isCFamily(Src.Lang))
      return false;
    if (Opts.BuildDir.empty())
      return true;
    // Headers are analysed through a TU that includes them (or read by
    // the token frontend when none does).
    return isHeader(Src.Path) || Commands.count(fileKey(Src.Path, "."));
  }

  FileFacts extract(const SourceBuffer &Src) const override {
    if (!isCFamily(Src.Lang)) { // not ours: what the token frontend says
      FileFacts F = extractFacts(Src.Lang, Src.Content);
      F.Frontend = "token";
      return F;
    }
    std::string Key = Opts.BuildDir.empty() ? "" : fileKey(Src.Path, ".");
    auto It = Slots.find(Key);
    if (It == Slots.end()) {
      if (!Opts.BuildDir.empty())
        return header(Src, Key);
      TUFacts Out;
      std::string Why = parse(Src, commandFor(Src), Out);
      return finish(Src, Out, Why);
    }
    // The engine's buffer may differ from the file on disk (a staged blob,
    // an editor buffer): parsed on its own then, outside the cache.
    TUSlot &S = *It->second;
    std::call_once(S.Once, [&] { fill(S, Src); });
    std::lock_guard<std::mutex> Lock(S.M);
    if (S.Content == Src.Content && S.Facts.Main) {
      TUFacts Out;
      Out.Main = std::move(S.Facts.Main);
      S.Facts.Main.reset();
      return finish(Src, Out, S.Failure);
    }
    if (S.Content == Src.Content && !S.Failure.empty())
      return fallback(Src, S.Failure);
    TUFacts Out;
    std::string Why = parse(Src, commandFor(Src), Out);
    return finish(Src, Out, Why);
  }

private:
  FileFacts finish(const SourceBuffer &Src, TUFacts &Out,
                   const std::string &Why) const {
    if (!Out.Main)
      return fallback(Src, Why.empty() ? "clang did not run" : Why);
    Out.Main->Frontend = "clang";
    return std::move(*Out.Main);
  }

  /// Parses the slot's file: the engine's buffer when it asks first, else
  /// the file on disk.
  void fill(TUSlot &S, const SourceBuffer &Src) const {
    std::lock_guard<std::mutex> Lock(S.M);
    S.Content = Src.Content.str();
    SourceBuffer Own = Src;
    Own.Content = S.Content;
    S.Failure = parse(Own, commandFor(Src), S.Facts);
  }

  void fillFromDisk(TUSlot &S, StringRef Key) const {
    std::lock_guard<std::mutex> Lock(S.M);
    auto Buf = llvm::MemoryBuffer::getFile(Key);
    if (!Buf) {
      S.Failure = "cannot read " + Key.str();
      return;
    }
    S.Content = (*Buf)->getBuffer().str();
    SourceBuffer Src{Key, Key, S.Content, languageOf(Key)};
    S.Failure = parse(Src, Commands.lookup(Key), S.Facts);
  }

  /// A header's facts: from the first TU in sorted order that includes it,
  /// so the result is the same whatever -j and the order files are
  /// scanned in; the token frontend's when no TU includes it.
  FileFacts header(const SourceBuffer &Src, const std::string &Key) const {
    for (const std::string &TU : Sorted) {
      TUSlot &S = *Slots.find(TU)->second;
      std::call_once(S.Once, [&] { fillFromDisk(S, TU); });
      std::lock_guard<std::mutex> Lock(S.M);
      auto H = S.Facts.Headers.find(Key);
      if (H == S.Facts.Headers.end())
        continue;
      if (S.Facts.HeaderText[Key] != Src.Content)
        break; // parsed from another version of the header
      FileFacts F = H->second;
      F.Lang = Src.Lang;
      F.Frontend = "clang";
      return F;
    }
    FileFacts F = extractFacts(Src.Lang, Src.Content);
    F.Frontend = "token";
    return F;
  }

  /// Runs Clang on Src with C; the reason when it did not parse.
  std::string parse(const SourceBuffer &Src, Command C, TUFacts &Out) const {
    std::vector<std::string> Argv{"rtclint"};
    Argv.insert(Argv.end(), C.Args.begin(), C.Args.end());
    adjust(Argv, Src.Lang);
    Argv.push_back(C.File);

    // A physical file system of its own: the shared real one would move
    // the whole process to C.Directory.
    auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
        llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(
            llvm::vfs::createPhysicalFileSystem().release()));
    auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    Overlay->pushOverlay(Memory);
    Memory->addFile(C.File, 0,
                    llvm::MemoryBuffer::getMemBufferCopy(Src.Content, C.File));
    // A directory that does not exist: paths resolve as the process does.
    if (!C.Directory.empty() &&
        Overlay->setCurrentWorkingDirectory(C.Directory))
      C.Directory.clear();
    clang::FileSystemOptions FSO;
    FSO.WorkingDir = C.Directory;
    auto Files = llvm::makeIntrusiveRefCnt<clang::FileManager>(FSO, Overlay);

    ErrorCounter Diags;
    StringRef Root = Opts.BuildDir.empty() ? "" : StringRef(Opts.ProjectRoot);
    ct::ToolInvocation Inv(
        Argv, std::make_unique<FactsAction>(Src, Opts.Queries.get(), Root, Out),
        Files.get());
    Inv.setDiagnosticConsumer(&Diags);
    bool Ran = Inv.run();
    if (Ran && Out.Main && Diags.Errors == 0)
      return "";
    Out = TUFacts();
    return Diags.Errors ? Diags.First : "clang did not run";
  }

  /// The database's command, or (forced mode) defaults for the language.
  Command commandFor(const SourceBuffer &Src) const {
    if (!Opts.BuildDir.empty()) {
      auto It = Commands.find(fileKey(Src.Path, "."));
      if (It != Commands.end())
        return It->second;
    }
    Command C;
    llvm::SmallString<256> Cwd;
    if (llvm::sys::fs::current_path(Cwd))
      Cwd = ".";
    C.Directory = Cwd.str().str();
    C.File = absolute(Src.Path, C.Directory);
    switch (Src.Lang) {
    case Language::C:
      C.Args = {"-xc", "-std=c17"};
      break;
    case Language::ObjC:
      C.Args = {"-xobjective-c", "-fblocks"};
      break;
    case Language::ObjCpp:
      C.Args = {"-xobjective-c++", "-std=c++17", "-fblocks"};
      break;
    default:
      C.Args = {"-xc++", "-std=c++17"};
      break;
    }
    return C;
  }

  /// Flags every invocation needs: the resource directory, no warnings (a
  /// -Werror build must not fail the parse), and an ObjC runtime that
  /// supports ARC off Apple targets.
  void adjust(std::vector<std::string> &Argv, Language L) const {
    Argv.push_back("-fsyntax-only");
    Argv.push_back("-w");
    Argv.push_back("-Wno-error");
    Argv.push_back("-ferror-limit=1");
    if (!Opts.ResourceDir.empty())
      Argv.push_back("-resource-dir=" + Opts.ResourceDir);
    bool ObjC = L == Language::ObjC || L == Language::ObjCpp;
    bool HasRuntime = llvm::any_of(Argv, [](const std::string &A) {
      return StringRef(A).starts_with("-fobjc-runtime=");
    });
    if (ObjC && !HasRuntime)
      Argv.push_back("-fobjc-runtime=gnustep-2.0");
  }

  FileFacts fallback(const SourceBuffer &Src, StringRef Why) const {
    if (Opts.NoteFallbacks) {
      static std::mutex M;
      std::lock_guard<std::mutex> Lock(M);
      llvm::errs() << "rtclint: note: " << Src.Path
                   << ": clang could not parse it (" << Why
                   << "); scanned with the token frontend\n";
    }
    FileFacts F = extractFacts(Src.Lang, Src.Content);
    F.Frontend = "token-fallback";
    return F;
  }

  ClangFrontendOptions Opts;
  llvm::StringMap<Command> Commands;
  llvm::StringMap<std::unique_ptr<TUSlot>> Slots;
  std::vector<std::string> Sorted; // database files, by real path
};

} // namespace

llvm::Expected<std::shared_ptr<const Frontend>>
rtclint::makeClangFrontend(const ClangFrontendOptions &Opts) {
  std::unique_ptr<ct::CompilationDatabase> DB;
  if (!Opts.BuildDir.empty()) {
    llvm::SmallString<256> Path(Opts.BuildDir);
    llvm::sys::path::append(Path, "compile_commands.json");
    if (!llvm::sys::fs::exists(Path))
      return llvm::createStringError(
          std::errc::no_such_file_or_directory,
          "-p %s: no compile_commands.json there (configure with "
          "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or use bear)",
          Opts.BuildDir.c_str());
    std::string Err;
    DB = ct::JSONCompilationDatabase::loadFromFile(
        Path, Err, ct::JSONCommandLineSyntax::AutoDetect);
    if (!DB)
      return llvm::createStringError(std::errc::invalid_argument, "%s: %s",
                                     Path.c_str(), Err.c_str());
  }
  return std::make_shared<ClangFrontend>(Opts, std::move(DB));
}
