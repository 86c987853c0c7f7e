//===- InstallHook.cpp - A plain git pre-commit hook ----------------------===//
#include "scan/InstallHook.h"
#include "workspace/GitIgnore.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <git2.h>

using namespace rtclint;
using llvm::StringRef;

std::string rtclint::hookScript(StringRef Binary) {
  std::string Quoted = "'";
  for (char C : Binary)
    Quoted += C == '\'' ? std::string("'\\''") : std::string(1, C);
  Quoted += "'";
  return std::string("#!/bin/sh\n") + HookMarker +
         " (written by `rtclint install-hook`).\n"
         "# Scans the staged changes; findings on added lines block the "
         "commit.\n"
         "# Skip once with `git commit --no-verify`.\n"
         "rtclint=" +
         Quoted +
         "\n"
         "[ -x \"$rtclint\" ] || rtclint=rtclint\n"
         "exec \"$rtclint\" scan --staged\n";
}

/// core.hooksPath when set (relative to the work tree), else .git/hooks.
static bool hooksDir(git_repository *R, std::string &Dir, std::string &Error) {
  git_config *Cfg = nullptr;
  if (git_repository_config_snapshot(&Cfg, R) == 0) {
    const char *P = nullptr;
    if (git_config_get_string(&P, Cfg, "core.hooksPath") == 0 && P && *P) {
      llvm::SmallString<256> D(P);
      const char *W = git_repository_workdir(R);
      if (!llvm::sys::path::is_absolute(D) && W) {
        D = W;
        llvm::sys::path::append(D, P);
      }
      Dir = std::string(D);
    }
    git_config_free(Cfg);
  }
  if (!Dir.empty())
    return true;
  git_buf Buf = GIT_BUF_INIT;
  if (git_repository_item_path(&Buf, R, GIT_REPOSITORY_ITEM_HOOKS) != 0) {
    const git_error *E = git_error_last();
    Error = E && E->message ? E->message : "cannot find the hooks folder";
    return false;
  }
  Dir = Buf.ptr;
  git_buf_dispose(&Buf);
  return true;
}

bool rtclint::installHook(StringRef RepoPath, StringRef Binary, bool Force,
                          std::string &Written, std::string &Error) {
  GitLibrary Lib;
  git_repository *R = nullptr;
  std::string P = RepoPath.empty() ? "." : RepoPath.str();
  if (git_repository_open_ext(&R, P.c_str(), 0, nullptr) != 0) {
    Error = "not inside a git repository";
    return false;
  }
  std::string Dir;
  bool Ok = hooksDir(R, Dir, Error);
  git_repository_free(R);
  if (!Ok)
    return false;
  llvm::SmallString<256> Hook(Dir);
  llvm::sys::path::append(Hook, "pre-commit");
  Written = std::string(Hook);
  if (llvm::sys::fs::exists(Hook) && !Force) {
    auto Old = llvm::MemoryBuffer::getFile(Hook);
    if (!Old || !(*Old)->getBuffer().contains(HookMarker)) {
      Error = Written + " exists and was not written by rtclint; use --force "
                        "to replace it";
      return false;
    }
  }
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir)) {
    Error = "cannot create " + Dir + ": " + EC.message();
    return false;
  }
  // Replace, never write through: the old hook may be a symlink.
  std::error_code RemoveEC = llvm::sys::fs::remove(Hook);
  (void)RemoveEC; // a missing hook is fine; the write below reports errors
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(Hook, EC, llvm::sys::fs::OF_Text);
    if (!EC) {
      OS << hookScript(Binary);
      OS.close();
      if (OS.has_error())
        EC = OS.error();
    }
  }
  if (!EC)
    EC = llvm::sys::fs::setPermissions(Hook, llvm::sys::fs::all_read |
                                                 llvm::sys::fs::all_exe |
                                                 llvm::sys::fs::owner_write);
  if (EC) {
    Error = "cannot write " + Written + ": " + EC.message();
    return false;
  }
  return true;
}
