//===- GitScanTest.cpp - Staged, diff and history scans on real repos -----===//
#include "scan/GitScan.h"
#include "RuleTestUtil.h"
#include "scan/InstallHook.h"
#include "llvm/Support/MemoryBuffer.h"
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

std::shared_ptr<const RuleSet> rules() {
  static auto S = load(
      {rule("t-key", "patterns:\n  - on: string\n    value: 'KEY[0-9]{4}'\n")});
  return S;
}

/// A throw-away repository driven through the git command line.
class Repo : public TempDir {
public:
  Repo() {
    git("init -q -b main");
    git("config user.name Tester");
    git("config user.email tester@example.com");
    git("config commit.gpgsign false");
  }
  void git(const std::string &Args) {
    std::string Cmd = "git -C '" + Root + "' " + Args + " >/dev/null 2>&1";
    INFO(Cmd);
    REQUIRE(std::system(Cmd.c_str()) == 0);
  }
  void commit(const std::string &Msg, const std::string &Date) {
    git("add -A");
    git("-c user.name=Tester commit -q -m '" + Msg + "' --date='" + Date + "'");
  }
  std::unique_ptr<GitRepo> open() {
    std::string Err;
    auto R = GitRepo::open(Root, Err);
    INFO(Err);
    REQUIRE(R);
    return R;
  }
};

std::string lines(const GitFile &F) {
  std::string S;
  for (auto [A, B] : F.Added)
    S += std::to_string(A) + "-" + std::to_string(B) + " ";
  return S;
}

} // namespace

TEST_CASE("staged blobs come from the index, not the work tree",
          "[scan][git]") {
  Repo R;
  R.write("app.js", "const a = 1;\n");
  R.commit("init", "2024-01-01T00:00:00Z");
  R.write("app.js", "const a = 1;\nconst k = 'KEY1234';\n");
  R.git("add app.js");
  R.write("app.js", "const a = 1;\n"); // the secret is gone from disk only
  R.write("untracked.js", "const k = 'KEY9999';\n");

  GitChanges C;
  std::string Err;
  REQUIRE(R.open()->staged(1 << 20, C, Err));
  REQUIRE(C.Files.size() == 1);
  CHECK(C.Files[0].RepoPath == "app.js");
  CHECK(C.Files[0].Content == "const a = 1;\nconst k = 'KEY1234';\n");
  CHECK(lines(C.Files[0]) == "2-2 ");
  CHECK_FALSE(C.Files[0].NewFile);

  EngineOptions EO;
  ScanResult Res = scanChanges(Engine(rules(), EO), C, 2);
  REQUIRE(Res.Findings.size() == 1);
  CHECK(Res.Findings[0].Line == 2);
  CHECK(Res.Stats.FilesScanned == 1);
}

TEST_CASE("a repository without HEAD stages whole files", "[scan][git]") {
  Repo R;
  R.write("a.py", "x = 'KEY1234'\ny = 'KEY5678'\n");
  R.write("bin.dat", std::string("\0\1\2KEY1234", 10));
  R.git("add -A");
  GitChanges C;
  std::string Err;
  REQUIRE(R.open()->staged(1 << 20, C, Err));
  REQUIRE(C.Files.size() == 1);
  CHECK(C.Files[0].NewFile);
  REQUIRE(C.Skipped.size() == 1);
  CHECK(C.Skipped[0].Reason == SkipReason::Binary);
  auto Map = changedLineMap(C, false);
  CHECK(Map.lookup(C.Files[0].Path).all());
}

TEST_CASE("changed lines since the merge base", "[scan][git]") {
  Repo R;
  R.write("a.js", "1\n2\n3\n4\n");
  R.commit("base", "2024-01-01T00:00:00Z");
  R.git("checkout -q -b feature");
  R.write("a.js", "1\n2 changed\n3\n4\n5 added\n");
  R.commit("work", "2024-01-02T00:00:00Z");
  R.write("b.js", "new\n"); // untracked, not ignored
  R.write(".gitignore", "ignored.js\n");
  R.write("ignored.js", "x\n");
  GitChanges C;
  std::string Err;
  REQUIRE(R.open()->changedSince("main", 1 << 20, C, Err));
  REQUIRE(C.Files.size() == 3);
  CHECK(C.Files[0].RepoPath == ".gitignore");
  CHECK(C.Files[1].RepoPath == "a.js");
  CHECK(lines(C.Files[1]) == "2-2 5-5 ");
  CHECK(C.Files[2].RepoPath == "b.js");
  CHECK(C.Files[2].NewFile);
  CHECK_FALSE(R.open()->changedSince("no-such-rev", 1 << 20, C, Err));
  CHECK(StringRef(Err).contains("no-such-rev"));
}

TEST_CASE("history reports a secret once, at its oldest commit",
          "[scan][git]") {
  Repo R;
  R.write("a.js", "const k = 'KEY1234';\n");
  R.commit("add key", "2024-01-01T00:00:00Z");
  R.write("a.js", "const k = 'KEY1234';\nconst j = 'KEY5678';\n");
  R.commit("second key", "2024-01-02T00:00:00Z");
  R.write("b.js", "// copy\nconst k = 'KEY1234';\n");
  R.commit("copy key", "2024-01-03T00:00:00Z");
  R.git("rm -q a.js b.js");
  R.commit("remove", "2024-01-04T00:00:00Z");

  auto G = R.open();
  EngineOptions EO;
  HistoryResult H;
  std::string Err;
  REQUIRE(scanHistory(Engine(rules(), EO), *G, HistoryOptions{}, H, Err));
  CHECK(H.Commits.size() == 4);
  REQUIRE(H.Scan.Findings.size() == 2);
  const CommitInfo &First = H.Commits[H.CommitOf[0]];
  CHECK(First.Summary == "add key");
  CHECK(First.Date == "2024-01-01T00:00:00Z");
  CHECK(First.Author == "Tester");
  CHECK(First.Id.size() == 40);
  CHECK(H.Scan.Findings[0].Line == 1);
  CHECK(H.Commits[H.CommitOf[1]].Summary == "second key");
  CHECK(H.Scan.Findings[1].Line == 2);

  // A range limits the walk: the copy in b.js is then the first sighting.
  HistoryResult Ranged;
  HistoryOptions O;
  O.Range = "HEAD~2..HEAD";
  REQUIRE(scanHistory(Engine(rules(), EO), *G, O, Ranged, Err));
  CHECK(Ranged.Commits.size() == 2);
  REQUIRE(Ranged.Scan.Findings.size() == 1);
  CHECK(Ranged.Commits[Ranged.CommitOf[0]].Summary == "copy key");
  CHECK(Ranged.Scan.Findings[0].Line == 2);
}

TEST_CASE("install-hook writes its own hook and respects foreign ones",
          "[scan][hook]") {
  Repo R;
  std::string Path, Err;
  REQUIRE(installHook(R.Root, "/opt/it's/rtclint", false, Path, Err));
  CHECK(StringRef(Path).ends_with("/.git/hooks/pre-commit"));
  auto Text = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Text);
  CHECK((*Text)->getBuffer() == hookScript("/opt/it's/rtclint"));
  CHECK((*Text)->getBuffer().contains("rtclint='/opt/it'\\''s/rtclint'\n"));
  CHECK(llvm::sys::fs::can_execute(Path));
  // Its own hook is updated in place.
  REQUIRE(installHook(R.Root, "/usr/bin/rtclint", false, Path, Err));

  R.write(".git/hooks/pre-commit", "#!/bin/sh\nmake lint\n");
  CHECK_FALSE(installHook(R.Root, "/usr/bin/rtclint", false, Path, Err));
  CHECK(StringRef(Err).contains("use --force"));
  auto Kept = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Kept);
  CHECK((*Kept)->getBuffer() == "#!/bin/sh\nmake lint\n");
  REQUIRE(installHook(R.Root, "/usr/bin/rtclint", true, Path, Err));

  // core.hooksPath wins over .git/hooks.
  R.git("config core.hooksPath .githooks");
  REQUIRE(installHook(R.Root, "/usr/bin/rtclint", false, Path, Err));
  CHECK(StringRef(Path).ends_with("/.githooks/pre-commit"));
}
