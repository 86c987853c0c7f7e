//===- GitIgnore.cpp - .gitignore answers from libgit2 --------------------===//

#include "workspace/GitIgnore.h"
#include <git2.h>

using namespace llvm;

namespace rtclint {

GitLibrary::GitLibrary() { git_libgit2_init(); }
GitLibrary::~GitLibrary() { git_libgit2_shutdown(); }

std::shared_ptr<GitIgnore> GitIgnore::open(StringRef Dir, bool Search) {
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
  StringRef Workdir(W);
  if (Workdir.size() > 1)
    Workdir.consume_back("/");
  return std::shared_ptr<GitIgnore>(new GitIgnore(R, Workdir.str()));
}

GitIgnore::GitIgnore(git_repository *First, std::string Workdir)
    : Workdir(std::move(Workdir)), Free{First} {}

GitIgnore::~GitIgnore() {
  for (git_repository *R : Free)
    git_repository_free(R);
}

git_repository *GitIgnore::acquire() {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    if (!Free.empty()) {
      git_repository *R = Free.back();
      Free.pop_back();
      return R;
    }
  }
  git_repository *R = nullptr;
  if (git_repository_open_ext(&R, Workdir.c_str(),
                              GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
    return nullptr;
  return R;
}

void GitIgnore::release(git_repository *R) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Free.push_back(R);
}

bool GitIgnore::isIgnored(StringRef AbsPath) {
  StringRef Rel = AbsPath;
  if (!Rel.consume_front(Workdir) || !Rel.consume_front("/") || Rel.empty())
    return false;
  git_repository *R = acquire();
  if (!R)
    return false;
  int Ignored = 0;
  std::string RelStr = Rel.str();
  if (git_ignore_path_is_ignored(&Ignored, R, RelStr.c_str()) != 0)
    Ignored = 0;
  release(R);
  return Ignored == 1;
}

} // namespace rtclint
