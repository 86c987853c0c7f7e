//===- WalkTest.cpp - walk() over real temporary trees --------------------===//

#include "TempTree.h"
#include "workspace/Walker.h"
#include <git2.h>
#include <unistd.h>

using namespace rtclint;
using rtclint::test::TempTree;

namespace {

/// Paths of the walked files, relative to the tree (the temp dir is never
/// under the current directory, so walk() reports them absolute).
std::vector<std::string> relFiles(const TempTree &T, const WalkResult &R) {
  std::vector<std::string> Out;
  for (const FileEntry &F : R.Files) {
    llvm::StringRef P = F.Path;
    REQUIRE(P.consume_front(T.Root + "/"));
    Out.push_back(P.str());
  }
  return Out;
}

const SkippedFile *findSkipped(const TempTree &T, const WalkResult &R,
                               llvm::StringRef Rel) {
  for (const SkippedFile &S : R.Skipped)
    if (S.Path == T.path(Rel))
      return &S;
  return nullptr;
}

WalkResult walkTree(const TempTree &T, WalkOptions O = {}) {
  return walk({T.Root}, O);
}

void gitInit(const TempTree &T, llvm::StringRef Rel = "") {
  git_libgit2_init();
  git_repository *Repo = nullptr;
  REQUIRE(git_repository_init(&Repo, T.path(Rel).c_str(), 0) == 0);
  git_repository_free(Repo);
  git_libgit2_shutdown();
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("walk lists files sorted and skips .git", "[walk]") {
  TempTree T;
  T.write("src/b.js");
  T.write("src/a.js");
  T.write("README.md");
  T.write(".git/config");          // not a repository, still never scanned
  T.write(".gitignore", "*.md\n"); // outside a repository: not honoured
  WalkResult R = walkTree(T);
  CHECK(relFiles(T, R) ==
        Strings{".gitignore", "README.md", "src/a.js", "src/b.js"});
  CHECK(R.IgnoredCount == 0);
  CHECK(R.Errors.empty());
  CHECK(R.Skipped.empty());
  REQUIRE(R.Files.size() == 4);
  CHECK(R.Files[2].AbsPath == T.path("src/a.js"));
  CHECK(R.Files[2].Size == 2);
}

TEST_CASE("walk honours .gitignore in a git repository", "[walk][git]") {
  TempTree T;
  gitInit(T);
  T.write(".gitignore", "*.log\n!keep.log\nbuild/\n");
  T.write("app.js");
  T.write("debug.log");
  T.write("keep.log");
  T.write("build/out.js");
  T.write("build/deep/more.js");
  T.write("sub/.gitignore", "local.txt\n");
  T.write("sub/local.txt");
  T.write("local.txt"); // the nested rule does not reach up
  T.write("sub/x.log");
  T.write("secret.tmp");
  T.write(".git/info/exclude", "secret.tmp\n");

  WalkResult R = walkTree(T);
  CHECK(relFiles(T, R) == Strings{".gitignore", "app.js", "keep.log",
                                  "local.txt", "sub/.gitignore"});
  // debug.log, build/ (pruned: counted once), sub/local.txt, sub/x.log,
  // secret.tmp.
  CHECK(R.IgnoredCount == 5);

  SECTION("a subdirectory root inherits the repository's rules") {
    WalkResult Sub = walk({T.path("sub")}, {});
    REQUIRE(Sub.Files.size() == 1);
    CHECK(Sub.Files[0].Path == T.path("sub/.gitignore"));
    CHECK(Sub.IgnoredCount == 2);
  }
  SECTION("UseIgnoreFiles=false lists everything but .git") {
    WalkOptions O;
    O.UseIgnoreFiles = false;
    WalkResult All = walkTree(T, O);
    CHECK(All.Files.size() == 11);
    CHECK(All.IgnoredCount == 0);
  }
  SECTION("an ignored file named explicitly is scanned") {
    WalkResult One = walk({T.path("debug.log")}, {});
    REQUIRE(One.Files.size() == 1);
    CHECK(One.Files[0].Path == T.path("debug.log"));
  }
  SECTION("an ignored directory named explicitly is scanned") {
    WalkResult Build = walk({T.path("build")}, {});
    CHECK(Build.Files.size() == 2);
  }
}

TEST_CASE("walk honours a nested git repository's own ignores", "[walk][git]") {
  TempTree T;
  gitInit(T);
  T.write(".gitignore", "*.gen\n");
  gitInit(T, "vendored");
  T.write("vendored/.gitignore", "*.tmp\n");
  T.write("vendored/a.gen"); // outer rules stop at the nested repository
  T.write("vendored/b.tmp");
  T.write("c.gen");
  WalkResult R = walkTree(T);
  CHECK(relFiles(T, R) ==
        Strings{".gitignore", "vendored/.gitignore", "vendored/a.gen"});
  CHECK(R.IgnoredCount == 2);
}

TEST_CASE("walk honours .rtclintignore at any level", "[walk]") {
  TempTree T; // not a git repository: .rtclintignore works anyway
  T.write(".rtclintignore", "# generated code\ngenerated/\n*.snap\n");
  T.write("generated/api.js");
  T.write("lib/generated/api.js");
  T.write("a.snap");
  T.write("lib/.rtclintignore", "/local.js\n!important.snap\n");
  T.write("lib/local.js");
  T.write("lib/deep/local.js");  // anchored pattern: only lib/local.js
  T.write("lib/important.snap"); // the deeper file re-includes it
  T.write("lib/other.snap");
  T.write("main.js");
  WalkResult R = walkTree(T);
  CHECK(relFiles(T, R) == Strings{".rtclintignore", "lib/.rtclintignore",
                                  "lib/deep/local.js", "lib/important.snap",
                                  "main.js"});
  CHECK(R.IgnoredCount == 5);
}

TEST_CASE("walk applies exclude globs with negation and anchoring", "[walk]") {
  TempTree T;
  T.write("app.min.js");
  T.write("keep.min.js");
  T.write("app.js");
  T.write("vendor/jquery.js");
  T.write("src/vendor/lib.js");
  T.write("src/a/fixtures/f.js");
  T.write("src/a/fixtures/deep/g.js");
  T.write("top.js");
  T.write("src/top.js");
  T.write("docs/build/z.js");
  T.write("build/y.js");
  WalkOptions O;
  O.Excludes = {"*.min.js", "!keep.min.js", "vendor/", "**/fixtures/**",
                "/top.js",  "docs/build",   "[invalid"};
  WalkResult R = walkTree(T, O);
  CHECK(relFiles(T, R) ==
        Strings{"app.js", "build/y.js", "keep.min.js", "src/top.js"});
  CHECK(R.IgnoredCount == 7);

  SECTION("excludes apply even with UseIgnoreFiles=false") {
    O.UseIgnoreFiles = false;
    CHECK(walkTree(T, O).Files.size() == 4);
  }
  SECTION("an excluded file given as a root is scanned") {
    WalkResult One = walk({T.path("app.min.js")}, O);
    CHECK(One.Files.size() == 1);
  }
}

TEST_CASE("walk reports oversized files", "[walk]") {
  TempTree T;
  T.write("big.txt", std::string(200, 'a'));
  T.write("small.txt", "ok");
  WalkOptions O;
  O.MaxFileSize = 100;
  WalkResult R = walkTree(T, O);
  CHECK(relFiles(T, R) == Strings{"small.txt"});
  const SkippedFile *S = findSkipped(T, R, "big.txt");
  REQUIRE(S);
  CHECK(S->Reason == SkipReason::TooLarge);
  CHECK(S->Detail == "200");
  // An explicit file root obeys the limit too.
  WalkResult One = walk({T.path("big.txt")}, O);
  CHECK(One.Files.empty());
  REQUIRE(One.Skipped.size() == 1);
  CHECK(One.Skipped[0].Reason == SkipReason::TooLarge);
}

TEST_CASE("walk never follows a symlink out of the root", "[walk]") {
  TempTree T, Outside;
  Outside.write("secret.js");
  Outside.write("dir/more.js");
  T.write("real.js");
  T.write("sub/x.js");
  T.symlink(Outside.path("secret.js"), "link-out.js");
  T.symlink(Outside.path("dir"), "link-out-dir");
  T.symlink(T.path("real.js"), "link-in.js");
  T.symlink(T.path("sub"), "link-dir");
  T.symlink(T.path("missing.js"), "dangling.js");

  WalkResult R = walkTree(T);
  // Files linked inside the root are scanned; linked directories are not
  // followed, their files are reached through the real path.
  CHECK(relFiles(T, R) == Strings{"link-in.js", "real.js", "sub/x.js"});
  const SkippedFile *Out = findSkipped(T, R, "link-out.js");
  REQUIRE(Out);
  CHECK(Out->Reason == SkipReason::SymlinkOutside);
  CHECK(Out->Detail == Outside.path("secret.js"));
  const SkippedFile *OutDir = findSkipped(T, R, "link-out-dir");
  REQUIRE(OutDir);
  CHECK(OutDir->Reason == SkipReason::SymlinkOutside);
  const SkippedFile *Dangling = findSkipped(T, R, "dangling.js");
  REQUIRE(Dangling);
  CHECK(Dangling->Reason == SkipReason::Unreadable);
  CHECK(R.Skipped.size() == 3);

  SECTION("the walk left the outside tree alone") {
    CHECK(llvm::sys::fs::exists(Outside.path("secret.js")));
  }
}

TEST_CASE("walk reports missing roots and unreadable directories", "[walk]") {
  TempTree T;
  T.write("ok.js");
  std::string Missing = T.path("nope");
  WalkResult R = walk({Missing, T.Root}, {});
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0] == Missing + ": No such file or directory");
  CHECK(R.Files.size() == 1);

  T.write("locked/inner.js");
  T.lock("locked");
  if (::geteuid() == 0)
    return; // root reads a mode-000 directory anyway
  WalkResult L = walkTree(T);
  const SkippedFile *S = findSkipped(T, L, "locked");
  REQUIRE(S);
  CHECK(S->Reason == SkipReason::Unreadable);
  CHECK_FALSE(S->Detail.empty());
}

TEST_CASE("walk order does not depend on the thread count", "[walk]") {
  TempTree T;
  for (int D = 0; D < 6; ++D)
    for (int S = 0; S < 4; ++S)
      for (int F = 0; F < 5; ++F)
        T.write("d" + std::to_string(D) + "/s" + std::to_string(S) + "/f" +
                std::to_string(F) + ".js");
  T.write("d1/big.bin", std::string(300, 'b'));
  T.write("d4/huge.bin", std::string(300, 'b'));
  WalkOptions O;
  O.MaxFileSize = 100;
  O.Jobs = 1;
  WalkResult One = walkTree(T, O);
  O.Jobs = 8;
  WalkResult Many = walkTree(T, O);
  CHECK(One.Files.size() == 120);
  CHECK(relFiles(T, One) == relFiles(T, Many));
  CHECK(std::is_sorted(
      One.Files.begin(), One.Files.end(),
      [](const FileEntry &A, const FileEntry &B) { return A.Path < B.Path; }));
  REQUIRE(Many.Skipped.size() == 2);
  CHECK(Many.Skipped[0].Path == T.path("d1/big.bin"));
  CHECK(Many.Skipped[1].Path == T.path("d4/huge.bin"));
}

TEST_CASE("overlapping roots list each file once", "[walk]") {
  TempTree T;
  T.write("src/a.js");
  T.write("src/b.js");
  WalkResult R = walk({T.Root, T.path("src/a.js"), T.path("src")}, {});
  CHECK(relFiles(T, R) == Strings{"src/a.js", "src/b.js"});
}

TEST_CASE("walk honours git's global excludes file", "[walk][git]") {
  TempTree T, Config;
  Config.write("git/ignore", "*.swp\n");
  gitInit(T);
  T.write("a.js");
  T.write("a.js.swp");
  // libgit2 reads the search path when it is initialised, which walk() does.
  const char *Old = std::getenv("XDG_CONFIG_HOME");
  std::string Saved = Old ? Old : "";
  ::setenv("XDG_CONFIG_HOME", Config.Root.c_str(), 1);
  WalkResult R = walkTree(T);
  if (Old)
    ::setenv("XDG_CONFIG_HOME", Saved.c_str(), 1);
  else
    ::unsetenv("XDG_CONFIG_HOME");
  CHECK(relFiles(T, R) == Strings{"a.js"});
  CHECK(R.IgnoredCount == 1);
}

TEST_CASE("a subdirectory root sees .rtclintignore files up to the work tree",
          "[walk][git]") {
  TempTree T;
  gitInit(T);
  T.write(".rtclintignore", "*.gen.js\nsrc/legacy/\n");
  T.write("src/a.js");
  T.write("src/b.gen.js");
  T.write("src/legacy/old.js");
  WalkResult R = walk({T.path("src")}, {});
  REQUIRE(R.Files.size() == 1);
  CHECK(R.Files[0].Path == T.path("src/a.js"));
  CHECK(R.IgnoredCount == 2);
  // Outside a repository only the root's own ignore files count.
  TempTree Plain;
  Plain.write(".rtclintignore", "*.gen.js\n");
  Plain.write("src/b.gen.js");
  CHECK(walk({Plain.path("src")}, {}).Files.size() == 1);
}
