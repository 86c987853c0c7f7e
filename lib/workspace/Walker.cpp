//===- Walker.cpp - Find the files to scan --------------------------------===//
//
// One thread-pool task per directory. Each task lists its directory, decides
// every entry (ignored, skipped, scanned, or a subdirectory to queue) and
// merges its findings into the shared result once; the result is sorted at
// the end so the order never depends on the thread count.
//
// Ignore precedence, highest first (as ripgrep: explicit globs, then the
// tool's own ignore files, then git's): --exclude / config excludes,
// .rtclintignore (deepest file first), .gitignore (deepest first, in git
// work trees only), then .git/info/exclude and core.excludesFile. A
// `!pattern` in a higher layer re-includes what a lower one ignores. Ignored
// directories are pruned, so nothing below them can be re-included.
//
// Below all of them, and only when no ignore file re-includes a path,
// vendored and generated code is excluded by default (DefaultExcludes.cpp).
//
// The tree may be hostile: every ignore file is read through the safe reader
// (regular files only, size-capped, never out of the tree), and FIFOs,
// sockets and devices are listed as skipped, never opened.
//
//===----------------------------------------------------------------------===//

#include "workspace/Walker.h"
#include "support/SafeRead.h"
#include "workspace/DefaultExcludes.h"
#include "workspace/GitIgnore.h"
#include "workspace/Ignore.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include <algorithm>
#include <mutex>

using namespace llvm;
namespace fs = llvm::sys::fs;

namespace rtclint {

namespace {

/// The patterns of one .rtclintignore, chained to those of its ancestors.
struct IgnoreFrame {
  std::shared_ptr<const IgnoreFrame> Parent;
  std::string Dir; // absolute real path of the directory holding the file
  IgnoreList List;
};
using FramePtr = std::shared_ptr<const IgnoreFrame>;

/// What every directory task of one root shares.
struct RootInfo {
  std::string Real;          // realpath of the root: symlinks must stay in it
  std::string ExcludePrefix; // prepended to root-relative paths for excludes
};

struct DirTask {
  std::string Abs;     // real absolute path
  std::string Rel;     // relative to the root; empty for the root itself
  std::string Display; // display path
  FramePtr Ignores;    // .rtclintignore files, deepest first
  FramePtr GitIgnores; // .gitignore files of the current work tree
  std::shared_ptr<GitIgnore> Git;
  std::shared_ptr<const RootInfo> Root;
};

std::string joinPath(StringRef Dir, StringRef Name) {
  if (Dir.empty() || Dir == ".")
    return Name.str();
  if (Dir.ends_with("/"))
    return (Dir + Name).str();
  return (Dir + "/" + Name).str();
}

bool isUnder(StringRef Path, StringRef Dir) { return isPathUnder(Path, Dir); }

/// The ignore file Name of Dir chained onto Parent, or Parent when Dir has
/// none. It must be a regular file inside Root; anything else (a FIFO, a link
/// to a device or out of the tree) is reported in Out and not applied.
FramePtr loadIgnoreFile(StringRef Dir, StringRef Name, StringRef Root,
                        StringRef Display, FramePtr Parent, WalkResult &Out) {
  ReadResult R = readRegularFile(joinPath(Dir, Name), MaxIgnoreFileBytes, Root);
  if (!R) {
    if (R.Status != ReadStatus::NotFound)
      Out.Skipped.push_back(
          {joinPath(Display, Name),
           R.Status == ReadStatus::NotRegular ? SkipReason::Special
           : R.Status == ReadStatus::Outside  ? SkipReason::SymlinkOutside
           : R.Status == ReadStatus::TooLarge ? SkipReason::TooLarge
                                              : SkipReason::Unreadable,
           R.Detail});
    return Parent;
  }
  auto Frame = std::make_shared<IgnoreFrame>();
  Frame->Parent = std::move(Parent);
  Frame->Dir = Dir.str();
  Frame->List.addText(R.Content);
  return Frame;
}

const char *specialKindName(fs::file_type T) {
  switch (T) {
  case fs::file_type::fifo_file:
    return "fifo";
  case fs::file_type::socket_file:
    return "socket";
  case fs::file_type::character_file:
    return "character device";
  case fs::file_type::block_file:
    return "block device";
  default:
    return "not a regular file";
  }
}

/// The verdict of the deepest frame that has one.
IgnoreMatch matchFrames(const IgnoreFrame *F, StringRef Abs, bool IsDir) {
  for (; F; F = F->Parent.get()) {
    StringRef FrameRel = Abs;
    if (!FrameRel.consume_front(F->Dir) || !FrameRel.consume_front("/"))
      continue;
    IgnoreMatch M = F->List.match(FrameRel, IsDir);
    if (M != IgnoreMatch::None)
      return M;
  }
  return IgnoreMatch::None;
}

struct Entry {
  std::string Name;
  fs::file_type Type;
  uint64_t Size;
};

class Walker {
public:
  explicit Walker(const WalkOptions &O)
      : Opts(O), Pool(hardware_concurrency(O.Jobs)) {
    for (const std::string &E : O.Excludes)
      Excludes.addPattern(E);
  }

  void addRoot(StringRef Root);
  WalkResult finish();

private:
  void walkDir(DirTask T);
  IgnoreMatch ignoreFiles(const DirTask &T, StringRef Abs, StringRef Rel,
                          bool IsDir) const;
  void visit(const DirTask &T, const Entry &E, WalkResult &Out);
  void schedule(DirTask T) {
    Pool.async([this, T = std::move(T)]() mutable { walkDir(std::move(T)); });
  }
  void merge(WalkResult &Local);
  void addFile(std::string Display, std::string Abs, uint64_t Size,
               std::string Root, WalkResult &Out) const;

  GitLibrary Git; // first member: outlives every repository handle
  const WalkOptions &Opts;
  IgnoreList Excludes;
  std::mutex Mutex;
  WalkResult Result;
  DefaultThreadPool Pool; // last member: joined before the rest goes away
};

void Walker::addFile(std::string Display, std::string Abs, uint64_t Size,
                     std::string Root, WalkResult &Out) const {
  if (Size > Opts.MaxFileSize) {
    Out.Skipped.push_back(
        {std::move(Display), SkipReason::TooLarge, std::to_string(Size)});
    return;
  }
  Out.Files.push_back(
      {std::move(Display), std::move(Abs), Size, std::move(Root)});
}

void Walker::addRoot(StringRef Root) {
  WalkResult Local;
  SmallString<256> Abs(Root);
  std::error_code AbsEC = fs::make_absolute(Abs);
  (void)AbsEC; // on failure the root stays relative and is walked as such
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  fs::file_status St;
  if (std::error_code EC = fs::status(Abs, St)) {
    Local.Errors.push_back((Root + ": " + EC.message()).str());
    return merge(Local);
  }
  std::string Display = displayPath(Root);
  if (St.type() != fs::file_type::directory_file) {
    // An explicit file is scanned even when an ignore rule names it.
    // The user named it, links and all; the reader still insists on a
    // regular file.
    if (St.type() == fs::file_type::regular_file) {
      // Its directory resolved, so the project-relative path (and with it
      // the fingerprint) does not depend on the way the file was named.
      SmallString<256> InReal;
      std::string File(Abs);
      if (!fs::real_path(sys::path::parent_path(Abs), InReal)) {
        sys::path::append(InReal, sys::path::filename(Abs));
        File = std::string(InReal);
      }
      addFile(std::move(Display), std::move(File), St.getSize(), "/", Local);
    } else
      Local.Skipped.push_back(
          {std::move(Display), SkipReason::Special, "not a regular file"});
    return merge(Local);
  }

  SmallString<256> Real;
  if (std::error_code EC = fs::real_path(Abs, Real)) {
    Local.Errors.push_back((Root + ": " + EC.message()).str());
    return merge(Local);
  }
  auto Info = std::make_shared<RootInfo>();
  Info->Real = std::string(Real);
  // Excludes read like the paths users see: relative to the current
  // directory when the root is under it, else relative to the root.
  if (!sys::path::is_absolute(Display) && Display != ".")
    Info->ExcludePrefix = Display;

  DirTask T{Info->Real, "", Display, nullptr, nullptr, nullptr, Info};
  if (Opts.UseIgnoreFiles) {
    T.Git = GitIgnore::open(Info->Real, /*Search=*/true);
    // Ignore files above the root, up to the work tree.
    SmallVector<StringRef, 8> Ancestors;
    if (T.Git && Info->Real != T.Git->workdir()) {
      for (StringRef D = sys::path::parent_path(Info->Real);
           isUnder(D, T.Git->workdir()); D = sys::path::parent_path(D))
        Ancestors.push_back(D);
    }
    bool RootIgnored = false;
    for (StringRef D : llvm::reverse(Ancestors)) {
      StringRef WD = T.Git->workdir();
      T.GitIgnores = loadIgnoreFile(D, ".gitignore", WD, D,
                                    std::move(T.GitIgnores), Local);
      T.Ignores = loadIgnoreFile(D, ".rtclintignore", WD, D,
                                 std::move(T.Ignores), Local);
    }
    // Is the root itself, or a directory above it, ignored by git?
    for (StringRef D : Ancestors)
      RootIgnored |=
          matchFrames(T.GitIgnores.get(), D, true) == IgnoreMatch::Ignore ||
          T.Git->matchBase(D, true) == IgnoreMatch::Ignore;
    if (T.Git)
      RootIgnored |= matchFrames(T.GitIgnores.get(), Info->Real, true) ==
                         IgnoreMatch::Ignore ||
                     T.Git->matchBase(Info->Real, true) == IgnoreMatch::Ignore;
    // Scanning an ignored directory by name means the user wants it: its
    // contents would all inherit the ignore, so git rules are dropped.
    if (RootIgnored) {
      T.Git = nullptr;
      T.GitIgnores = nullptr;
    }
  }
  merge(Local);
  schedule(std::move(T));
}

IgnoreMatch Walker::ignoreFiles(const DirTask &T, StringRef Abs, StringRef Rel,
                                bool IsDir) const {
  std::string ExcludeRel = joinPath(T.Root->ExcludePrefix, Rel);
  if (IgnoreMatch M = Excludes.match(ExcludeRel, IsDir); M != IgnoreMatch::None)
    return M;
  if (!Opts.UseIgnoreFiles)
    return IgnoreMatch::None;
  if (IgnoreMatch M = matchFrames(T.Ignores.get(), Abs, IsDir);
      M != IgnoreMatch::None)
    return M;
  if (!T.Git)
    return IgnoreMatch::None;
  if (IgnoreMatch M = matchFrames(T.GitIgnores.get(), Abs, IsDir);
      M != IgnoreMatch::None)
    return M;
  return T.Git->matchBase(Abs, IsDir);
}

void Walker::walkDir(DirTask T) {
  WalkResult Local;
  std::vector<Entry> Entries;
  std::error_code EC;
  bool HasGitDir = false, HasVenvMarker = false;
  unsigned ProjectMarkers = 0;
  for (fs::directory_iterator It(T.Abs, EC, /*follow_symlinks=*/false), End;
       !EC && It != End; It.increment(EC)) {
    StringRef Name = sys::path::filename(It->path());
    if (Name == ".git") { // never scanned, but marks a nested repository
      HasGitDir = true;
      continue;
    }
    HasVenvMarker |= Name == "pyvenv.cfg";
    ProjectMarkers += isProjectMarker(Name);
    ErrorOr<fs::basic_file_status> St = It->status();
    if (!St) {
      Local.Skipped.push_back({joinPath(T.Display, Name),
                               SkipReason::Unreadable,
                               St.getError().message()});
      continue;
    }
    Entries.push_back({Name.str(), St->type(), St->getSize()});
  }
  if (EC) {
    Local.Skipped.push_back({T.Display, SkipReason::Unreadable, EC.message()});
    return merge(Local);
  }

  // Vendored trees recognised by content: a virtualenv, or a whole
  // project copied into third_party/ (the directory itself is judged by
  // name in visit()).
  if (Opts.DefaultExcludes && !T.Rel.empty()) {
    StringRef Parent = sys::path::filename(sys::path::parent_path(T.Abs));
    if (HasVenvMarker || (isThirdPartyDir(Parent) && ProjectMarkers > 0)) {
      Local.Skipped.push_back(
          {T.Display, SkipReason::Vendored,
           HasVenvMarker ? "virtualenv" : "third-party project"});
      return merge(Local);
    }
  }

  if (Opts.UseIgnoreFiles) {
    if (HasGitDir && (!T.Git || T.Git->workdir() != T.Abs))
      if (std::shared_ptr<GitIgnore> Nested =
              GitIgnore::open(T.Abs, /*Search=*/false)) {
        // A nested repository does not inherit the outer .gitignore files.
        T.Git = std::move(Nested);
        T.GitIgnores = nullptr;
      }
    if (T.Git)
      T.GitIgnores = loadIgnoreFile(T.Abs, ".gitignore", T.Root->Real,
                                    T.Display, std::move(T.GitIgnores), Local);
    T.Ignores = loadIgnoreFile(T.Abs, ".rtclintignore", T.Root->Real, T.Display,
                               std::move(T.Ignores), Local);
  }
  for (const Entry &E : Entries)
    visit(T, E, Local);
  merge(Local);
}

void Walker::visit(const DirTask &T, const Entry &E, WalkResult &Out) {
  std::string Abs = joinPath(T.Abs, E.Name);
  std::string Rel = joinPath(T.Rel, E.Name);
  std::string Display = joinPath(T.Display, E.Name);

  // A symlink is judged by its target's type, but named by its own path.
  fs::file_type Type = E.Type;
  uint64_t Size = E.Size;
  std::string Target;
  std::error_code LinkError;
  if (Type == fs::file_type::symlink_file) {
    SmallString<256> Real;
    fs::file_status St;
    if ((LinkError = fs::real_path(Abs, Real)) ||
        (LinkError = fs::status(Real, St))) {
      Type = fs::file_type::type_unknown;
    } else {
      Type = St.type();
      Size = St.getSize();
      Target = std::string(Real);
    }
  }
  bool IsDir = Type == fs::file_type::directory_file;
  IgnoreMatch M = ignoreFiles(T, Abs, Rel, IsDir);
  if (M == IgnoreMatch::Ignore) {
    ++Out.IgnoredCount;
    return;
  }
  // A `!pattern` in an ignore file or an exclude keeps vendored code in.
  if (M == IgnoreMatch::None && Opts.DefaultExcludes) {
    if (std::optional<StringRef> Why = defaultExcludeReason(E.Name, IsDir)) {
      Out.Skipped.push_back(
          {std::move(Display), SkipReason::Vendored, Why->str()});
      return;
    }
  }

  if (E.Type == fs::file_type::symlink_file) {
    if (LinkError) {
      Out.Skipped.push_back(
          {std::move(Display), SkipReason::Unreadable, LinkError.message()});
    } else if (!isUnder(Target, T.Root->Real)) {
      Out.Skipped.push_back(
          {std::move(Display), SkipReason::SymlinkOutside, Target});
    } else if (Type == fs::file_type::regular_file) {
      // Inside the root: scanned under the link's name. Linked directories
      // are not followed (their files are reached through the real path).
      addFile(std::move(Display), std::move(Abs), Size, T.Root->Real, Out);
    } else if (Type != fs::file_type::directory_file) {
      Out.Skipped.push_back(
          {std::move(Display), SkipReason::Special, specialKindName(Type)});
    }
    return;
  }
  if (IsDir) {
    schedule({std::move(Abs), std::move(Rel), std::move(Display), T.Ignores,
              T.GitIgnores, T.Git, T.Root});
    return;
  }
  if (Type == fs::file_type::regular_file)
    addFile(std::move(Display), std::move(Abs), Size, T.Root->Real, Out);
  else // Sockets, FIFOs and devices are never opened.
    Out.Skipped.push_back(
        {std::move(Display), SkipReason::Special, specialKindName(Type)});
}

void Walker::merge(WalkResult &Local) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto append = [](auto &To, auto &From) {
    To.insert(To.end(), std::make_move_iterator(From.begin()),
              std::make_move_iterator(From.end()));
  };
  append(Result.Files, Local.Files);
  append(Result.Skipped, Local.Skipped);
  append(Result.Errors, Local.Errors);
  Result.IgnoredCount += Local.IgnoredCount;
}

WalkResult Walker::finish() {
  Pool.wait();
  auto ByPath = [](const auto &A, const auto &B) { return A.Path < B.Path; };
  auto SamePath = [](const auto &A, const auto &B) { return A.Path == B.Path; };
  // Overlapping roots (`scan src src/a.js`) must not scan a file twice.
  llvm::stable_sort(Result.Files, ByPath);
  Result.Files.erase(llvm::unique(Result.Files, SamePath), Result.Files.end());
  llvm::stable_sort(Result.Skipped, ByPath);
  Result.Skipped.erase(llvm::unique(Result.Skipped, SamePath),
                       Result.Skipped.end());
  return std::move(Result);
}

} // namespace

WalkResult walk(const std::vector<std::string> &Roots, const WalkOptions &O) {
  Walker W(O);
  for (const std::string &R : Roots)
    W.addRoot(R);
  return W.finish();
}

} // namespace rtclint
