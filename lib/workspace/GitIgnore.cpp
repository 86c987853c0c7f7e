//===- GitIgnore.cpp - The git repository a walk is in --------------------===//

#include "workspace/GitIgnore.h"
#include "support/SafeRead.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstdlib>
#include <git2.h>

using namespace llvm;
namespace fs = llvm::sys::fs;

namespace rtclint {

GitLibrary::GitLibrary() { git_libgit2_init(); }
GitLibrary::~GitLibrary() { git_libgit2_shutdown(); }

/// libgit2 reads HEAD and config while opening: both must be regular files
/// (or absent) wherever a .git directory is found on the way up.
static bool metadataIsSafe(StringRef Dir, bool Search) {
  SmallString<256> D(Dir);
  while (true) {
    SmallString<256> Git(D);
    sys::path::append(Git, ".git");
    fs::file_status St;
    if (!fs::status(Git, St, /*Follow=*/false)) {
      if (St.type() == fs::file_type::directory_file) {
        for (const char *Name :
             {"HEAD", "config", "commondir", "info/exclude"}) {
          SmallString<256> F(Git);
          sys::path::append(F, Name);
          fs::file_status FS;
          if (!fs::status(F, FS, /*Follow=*/false) &&
              FS.type() != fs::file_type::regular_file)
            return false;
        }
        return true;
      }
      // A gitlink file names the real git directory; so does a link.
      return St.type() == fs::file_type::regular_file;
    }
    if (!Search)
      return true;
    StringRef Parent = sys::path::parent_path(D);
    if (Parent.empty() || Parent == D)
      return true;
    D = Parent;
  }
}

std::shared_ptr<GitIgnore> GitIgnore::open(StringRef Dir, bool Search) {
  if (!metadataIsSafe(Dir, Search))
    return nullptr;
  std::string D = Dir.str();
  git_repository *R = nullptr;
  unsigned Flags = Search ? 0 : GIT_REPOSITORY_OPEN_NO_SEARCH;
  if (git_repository_open_ext(&R, D.c_str(), Flags, nullptr) != 0)
    return nullptr;
  const char *W = git_repository_workdir(R);
  if (!W) { // bare: nothing to ignore against
    git_repository_free(R);
    return nullptr;
  }
  auto G = std::make_shared<GitIgnore>();
  StringRef Workdir(W);
  if (Workdir.size() > 1)
    Workdir.consume_back("/");
  G->Workdir = Workdir.str();

  // Lowest precedence first: the list's last match wins.
  // core.excludesFile, by default $XDG_CONFIG_HOME/git/ignore.
  std::string Global;
  git_config *Cfg = nullptr;
  if (git_repository_config_snapshot(&Cfg, R) == 0) {
    git_buf Path = GIT_BUF_INIT;
    if (git_config_get_path(&Path, Cfg, "core.excludesfile") == 0) {
      Global = Path.ptr;
      git_buf_dispose(&Path);
    }
    git_config_free(Cfg);
  }
  if (Global.empty()) {
    const char *Xdg = std::getenv("XDG_CONFIG_HOME");
    const char *Home = std::getenv("HOME");
    if (Xdg && *Xdg)
      Global = std::string(Xdg) + "/git/ignore";
    else if (Home && *Home)
      Global = std::string(Home) + "/.config/git/ignore";
  }
  // The user's own file, outside the tree: links are fine, but it must
  // still be a regular file of sane size.
  if (!Global.empty())
    if (ReadResult F = readRegularFile(Global, MaxIgnoreFileBytes, "/"))
      G->Base.addText(F.Content);
  SmallString<256> Exclude(git_repository_path(R));
  sys::path::append(Exclude, "info", "exclude");
  if (ReadResult F = readRegularFile(Exclude, MaxIgnoreFileBytes, "/"))
    G->Base.addText(F.Content);
  git_repository_free(R);
  return G;
}

IgnoreMatch GitIgnore::matchBase(StringRef AbsPath, bool IsDir) const {
  StringRef Rel = AbsPath;
  if (!Rel.consume_front(Workdir) || !Rel.consume_front("/") || Rel.empty())
    return IgnoreMatch::None;
  return Base.match(Rel, IsDir);
}

} // namespace rtclint
