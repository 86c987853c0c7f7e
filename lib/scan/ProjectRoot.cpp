//===- ProjectRoot.cpp - Where project-relative paths start ---------------===//
#include "scan/ProjectRoot.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <git2.h>

using namespace rtclint;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

static bool isUnder(llvm::StringRef P, llvm::StringRef Dir) {
  return P == Dir || (P.starts_with(Dir) && P.size() > Dir.size() &&
                      (P[Dir.size()] == '/' || Dir.ends_with("/")));
}

std::string rtclint::projectRootOf(llvm::StringRef ScanRoot) {
  llvm::SmallString<256> Real;
  if (fs::real_path(ScanRoot, Real))
    return "";
  std::string Dir = fs::is_directory(Real) ? std::string(Real)
                                           : path::parent_path(Real).str();
  git_libgit2_init();
  git_buf Buf = GIT_BUF_INIT;
  std::string Root = Dir;
  if (git_repository_discover(&Buf, Dir.c_str(), /*across_fs=*/0, nullptr) ==
      0) {
    git_repository *Repo = nullptr;
    if (git_repository_open(&Repo, Buf.ptr) == 0) {
      if (const char *W = git_repository_workdir(Repo)) {
        llvm::SmallString<256> WReal;
        if (!fs::real_path(W, WReal))
          Root = std::string(WReal);
      }
      git_repository_free(Repo);
    }
    git_buf_dispose(&Buf);
  }
  git_libgit2_shutdown();
  while (Root.size() > 1 && Root.back() == '/')
    Root.pop_back();
  return Root;
}

ProjectPaths::ProjectPaths(const std::vector<std::string> &ScanRoots) {
  for (const std::string &R : ScanRoots) {
    std::string P = projectRootOf(R);
    if (!P.empty() && !llvm::is_contained(Roots, P))
      Roots.push_back(std::move(P));
  }
}

std::string ProjectPaths::relative(llvm::StringRef AbsPath) const {
  const std::string *Best = nullptr;
  for (const std::string &R : Roots)
    if (isUnder(AbsPath, R) && (!Best || R.size() > Best->size()))
      Best = &R;
  llvm::StringRef Rel = AbsPath;
  if (Best) {
    Rel = Rel.drop_front(Best->size());
    Rel.consume_front("/");
  }
  std::string Out = Rel.str();
  std::replace(Out.begin(), Out.end(), '\\', '/');
  return Out;
}
