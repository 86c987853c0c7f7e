//===- GitSources.cpp - Sources read from git through libgit2 -------------===//
#include "workspace/GitSources.h"
#include "workspace/Walker.h"
#include "llvm/ADT/STLExtras.h"
#include <cstring>
#include <ctime>
#include <git2.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

template <typename T, void (*Free)(T *)> struct GitDeleter {
  void operator()(T *P) const { Free(P); }
};
template <typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using WalkPtr = GitPtr<git_revwalk, git_revwalk_free>;

std::string lastError(StringRef What) {
  const git_error *E = git_error_last();
  return What.str() + ": " + (E && E->message ? E->message : "unknown error");
}

bool looksBinary(StringRef Content) {
  StringRef Head = Content.take_front(8 << 10);
  return std::memchr(Head.data(), '\0', Head.size()) != nullptr;
}

std::string isoDate(const git_time &T) {
  std::time_t Secs = std::time_t(T.time);
  std::tm Tm;
  gmtime_r(&Secs, &Tm);
  char Buf[32];
  std::strftime(Buf, sizeof Buf, "%Y-%m-%dT%H:%M:%SZ", &Tm);
  return Buf;
}

git_diff_options diffOptions() {
  git_diff_options O;
  git_diff_options_init(&O, GIT_DIFF_OPTIONS_VERSION);
  O.context_lines = 0; // hunks then cover exactly the added lines
  O.interhunk_lines = 0;
  return O;
}

/// Detects renames so a moved file reports only what changed in it.
bool findRenames(git_diff *D) {
  git_diff_find_options F;
  git_diff_find_options_init(&F, GIT_DIFF_FIND_OPTIONS_VERSION);
  F.flags = GIT_DIFF_FIND_RENAMES;
  return git_diff_find_similar(D, &F) == 0;
}

} // namespace

std::unique_ptr<GitRepo> GitRepo::open(StringRef Path, std::string &Error) {
  GitLibrary Init; // keeps libgit2 up while opening
  git_repository *R = nullptr;
  std::string P = Path.empty() ? "." : Path.str();
  if (git_repository_open_ext(&R, P.c_str(), 0, nullptr) != 0) {
    Error = lastError("not a git repository (" + P + ")");
    return nullptr;
  }
  std::string Workdir;
  if (const char *W = git_repository_workdir(R)) {
    Workdir = W;
    if (Workdir.size() > 1 && Workdir.back() == '/')
      Workdir.pop_back();
  }
  return std::unique_ptr<GitRepo>(new GitRepo(R, std::move(Workdir)));
}

GitRepo::GitRepo(git_repository *R, std::string Workdir)
    : Repo(R), Workdir(std::move(Workdir)) {}

GitRepo::~GitRepo() { git_repository_free(Repo); }

std::string GitRepo::displayOf(StringRef RepoPath) const {
  if (Workdir.empty())
    return RepoPath.str();
  return displayPath(Workdir + "/" + RepoPath.str());
}

bool GitRepo::collect(git_diff *Diff, bool FromWorkdir, uint64_t MaxFileSize,
                      GitChanges &Out, std::string &Error) {
  // Without rename detection (an object missing from a partial clone) a
  // moved file is merely reported in full: not worth failing over.
  if (!findRenames(Diff))
    git_error_clear();
  size_t N = git_diff_num_deltas(Diff);
  for (size_t I = 0; I < N; ++I) {
    const git_diff_delta *D = git_diff_get_delta(Diff, I);
    if (D->status == GIT_DELTA_DELETED || D->status == GIT_DELTA_UNMODIFIED ||
        D->status == GIT_DELTA_IGNORED ||
        D->new_file.mode == GIT_FILEMODE_COMMIT ||
        D->new_file.mode == GIT_FILEMODE_LINK)
      continue;
    GitFile F;
    F.RepoPath = D->new_file.path;
    F.Path = displayOf(F.RepoPath);
    F.NewFile =
        D->status == GIT_DELTA_ADDED || D->status == GIT_DELTA_UNTRACKED;
    auto Skip = [&](SkipReason R, std::string Detail) {
      Out.Skipped.push_back({F.Path, R, std::move(Detail)});
    };
    if (FromWorkdir) {
      // No root: a path git reports is never followed through a link.
      FileEntry FE{F.Path, Workdir + "/" + F.RepoPath, 0, {}};
      LoadedFile LF = loadFile(FE, MaxFileSize);
      if (LF.Skip) {
        Out.Skipped.push_back(std::move(*LF.Skip));
        continue;
      }
      F.Content = std::move(LF.Content);
    } else {
      git_blob *B = nullptr;
      if (git_blob_lookup(&B, Repo, &D->new_file.id) != 0) {
        Skip(SkipReason::Unreadable, lastError("blob"));
        continue;
      }
      BlobPtr Blob(B);
      uint64_t Size = uint64_t(git_blob_rawsize(B));
      if (Size > MaxFileSize) {
        Skip(SkipReason::TooLarge, std::to_string(Size));
        continue;
      }
      F.Content.assign(static_cast<const char *>(git_blob_rawcontent(B)),
                       size_t(Size));
    }
    if (looksBinary(F.Content)) {
      Skip(SkipReason::Binary, "");
      continue;
    }
    git_patch *P = nullptr;
    if (git_patch_from_diff(&P, Diff, I) != 0 || !P) {
      Skip(SkipReason::Unreadable, lastError("diff"));
      continue;
    }
    GitPtr<git_patch, git_patch_free> Patch(P);
    size_t Hunks = git_patch_num_hunks(P);
    for (size_t H = 0; H < Hunks; ++H) {
      const git_diff_hunk *Hunk = nullptr;
      if (git_patch_get_hunk(&Hunk, nullptr, P, H) == 0 && Hunk->new_lines > 0)
        F.Added.push_back({unsigned(Hunk->new_start),
                           unsigned(Hunk->new_start + Hunk->new_lines - 1)});
    }
    if (F.Added.empty() && !F.NewFile)
      continue; // a mode change or a pure rename adds no line
    Out.Files.push_back(std::move(F));
  }
  llvm::sort(Out.Files, [](const GitFile &A, const GitFile &B) {
    return A.Path < B.Path;
  });
  return true;
}

bool GitRepo::staged(uint64_t MaxFileSize, GitChanges &Out,
                     std::string &Error) {
  git_index *I = nullptr;
  if (git_repository_index(&I, Repo) != 0) {
    Error = lastError("cannot read the index");
    return false;
  }
  IndexPtr Index(I);
  // An unborn HEAD (a new repository) compares against the empty tree.
  TreePtr Head;
  git_object *HeadObj = nullptr;
  int RC = git_revparse_single(&HeadObj, Repo, "HEAD^{tree}");
  if (RC == 0)
    Head.reset(reinterpret_cast<git_tree *>(HeadObj));
  else if (RC != GIT_ENOTFOUND && RC != GIT_EUNBORNBRANCH) {
    Error = lastError("cannot resolve HEAD");
    return false;
  }
  git_diff_options O = diffOptions();
  git_diff *D = nullptr;
  if (git_diff_tree_to_index(&D, Repo, Head.get(), I, &O) != 0) {
    Error = lastError("cannot diff the index");
    return false;
  }
  DiffPtr Diff(D);
  return collect(D, /*FromWorkdir=*/false, MaxFileSize, Out, Error);
}

bool GitRepo::changedSince(StringRef Rev, uint64_t MaxFileSize, GitChanges &Out,
                           std::string &Error) {
  if (Workdir.empty()) {
    Error = "--diff needs a work tree (the repository is bare)";
    return false;
  }
  std::string Spec = Rev.str() + "^{commit}";
  git_object *RevObj = nullptr, *HeadObj = nullptr;
  if (git_revparse_single(&RevObj, Repo, Spec.c_str()) != 0) {
    Error = lastError("unknown revision '" + Rev.str() + "'");
    return false;
  }
  ObjectPtr RevP(RevObj);
  if (git_revparse_single(&HeadObj, Repo, "HEAD^{commit}") != 0) {
    Error = lastError("cannot resolve HEAD");
    return false;
  }
  ObjectPtr HeadP(HeadObj);
  git_oid Base;
  if (git_merge_base(&Base, Repo, git_object_id(RevObj),
                     git_object_id(HeadObj)) != 0) {
    Error = lastError("no merge base between '" + Rev.str() + "' and HEAD");
    return false;
  }
  git_commit *C = nullptr;
  git_tree *T = nullptr;
  if (git_commit_lookup(&C, Repo, &Base) != 0) {
    Error = lastError("merge base");
    return false;
  }
  CommitPtr BaseCommit(C);
  if (git_commit_tree(&T, C) != 0) {
    Error = lastError("merge base tree");
    return false;
  }
  TreePtr Tree(T);
  git_diff_options O = diffOptions();
  O.flags |= GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS |
             GIT_DIFF_SHOW_UNTRACKED_CONTENT;
  git_diff *D = nullptr;
  if (git_diff_tree_to_workdir_with_index(&D, Repo, T, &O) != 0) {
    Error = lastError("cannot diff the work tree");
    return false;
  }
  DiffPtr Diff(D);
  return collect(D, /*FromWorkdir=*/true, MaxFileSize, Out, Error);
}

bool GitRepo::commits(StringRef Range, std::vector<CommitInfo> &Out,
                      std::string &Error) {
  git_revwalk *W = nullptr;
  if (git_revwalk_new(&W, Repo) != 0) {
    Error = lastError("revwalk");
    return false;
  }
  WalkPtr Walk(W);
  // Parents before children: the first commit to add a line is its origin.
  git_revwalk_sorting(W,
                      GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE);
  std::string R = Range.str();
  int RC;
  if (R.empty()) {
    RC = git_revwalk_push_glob(W, "*"); // every ref under refs/
    if (RC == 0 && git_repository_head_unborn(Repo) == 0)
      RC = git_revwalk_push_head(W); // a detached HEAD is no ref
  } else if (Range.contains("..")) {
    RC = git_revwalk_push_range(W, R.c_str());
  } else {
    git_object *O = nullptr;
    std::string Spec = R + "^{commit}";
    RC = git_revparse_single(&O, Repo, Spec.c_str());
    if (RC == 0) {
      RC = git_revwalk_push(W, git_object_id(O));
      git_object_free(O);
    }
  }
  if (RC != 0) {
    Error = lastError("cannot walk '" + (R.empty() ? "all refs" : R) + "'");
    return false;
  }
  git_oid Id;
  while ((RC = git_revwalk_next(&Id, W)) == 0) {
    git_commit *C = nullptr;
    if (git_commit_lookup(&C, Repo, &Id) != 0) {
      Error = lastError("commit");
      return false;
    }
    CommitPtr Commit(C);
    if (git_commit_parentcount(C) > 1)
      continue;
    CommitInfo I;
    I.Id = git_oid_tostr_s(&Id);
    const git_signature *A = git_commit_author(C);
    I.Author = A->name ? A->name : "";
    I.Email = A->email ? A->email : "";
    I.Date = isoDate(A->when);
    if (const char *S = git_commit_summary(C))
      I.Summary = S;
    Out.push_back(std::move(I));
  }
  if (RC != GIT_ITEROVER) {
    Error = lastError("revwalk");
    return false;
  }
  return true;
}

bool GitRepo::commitChanges(const CommitInfo &CI, uint64_t MaxFileSize,
                            GitChanges &Out, std::string &Error) {
  git_oid Id;
  git_commit *C = nullptr;
  if (git_oid_fromstr(&Id, CI.Id.c_str()) != 0 ||
      git_commit_lookup(&C, Repo, &Id) != 0) {
    Error = lastError("commit " + CI.Id);
    return false;
  }
  CommitPtr Commit(C);
  git_tree *T = nullptr, *PT = nullptr;
  if (git_commit_tree(&T, C) != 0) {
    Error = lastError("tree of " + CI.Id);
    return false;
  }
  TreePtr Tree(T), ParentTree;
  if (git_commit_parentcount(C) > 0) {
    git_commit *P = nullptr;
    if (git_commit_parent(&P, C, 0) != 0 || git_commit_tree(&PT, P) != 0) {
      git_commit_free(P);
      Error = lastError("parent of " + CI.Id);
      return false;
    }
    git_commit_free(P);
    ParentTree.reset(PT);
  }
  git_diff_options O = diffOptions();
  git_diff *D = nullptr;
  if (git_diff_tree_to_tree(&D, Repo, PT, T, &O) != 0) {
    Error = lastError("diff of " + CI.Id);
    return false;
  }
  DiffPtr Diff(D);
  return collect(D, /*FromWorkdir=*/false, MaxFileSize, Out, Error);
}
