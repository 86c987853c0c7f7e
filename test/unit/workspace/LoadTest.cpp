//===- LoadTest.cpp - loadFile and displayPath ----------------------------===//

#include "TempTree.h"
#include "workspace/Walker.h"
#include <unistd.h>

using namespace rtclint;
using rtclint::test::TempTree;

static FileEntry entry(const TempTree &T, llvm::StringRef Rel) {
  return FileEntry{"shown/" + Rel.str(), T.path(Rel), 0};
}

TEST_CASE("loadFile reads text, including invalid UTF-8", "[load]") {
  TempTree T;
  T.write("a.js", "const k = 'x';\n");
  T.write("latin1.txt", "caf\xe9 \xff\xfe secret\n");
  LoadedFile A = loadFile(entry(T, "a.js"), 1 << 20);
  CHECK_FALSE(A.Skip);
  CHECK(A.Content == "const k = 'x';\n");
  LoadedFile B = loadFile(entry(T, "latin1.txt"), 1 << 20);
  CHECK_FALSE(B.Skip);
  CHECK(B.Content == "caf\xe9 \xff\xfe secret\n");
}

TEST_CASE("loadFile skips binary files by a NUL in the first 8 KiB", "[load]") {
  TempTree T;
  T.write("img.png", std::string("\x89PNG\0\0", 6) + "rest");
  LoadedFile Bin = loadFile(entry(T, "img.png"), 1 << 20);
  REQUIRE(Bin.Skip);
  CHECK(Bin.Skip->Reason == SkipReason::Binary);
  CHECK(Bin.Skip->Path == "shown/img.png");
  CHECK(Bin.Content.empty());
  // A NUL after the first 8 KiB does not make a file binary.
  T.write("late.txt", std::string(9000, 'a') + std::string(1, '\0'));
  LoadedFile Late = loadFile(entry(T, "late.txt"), 1 << 20);
  CHECK_FALSE(Late.Skip);
  CHECK(Late.Content.size() == 9001);
}

TEST_CASE("loadFile re-checks the size limit", "[load]") {
  TempTree T;
  T.write("grown.js", std::string(500, 'a'));
  LoadedFile F = loadFile(entry(T, "grown.js"), 100);
  REQUIRE(F.Skip);
  CHECK(F.Skip->Reason == SkipReason::TooLarge);
  CHECK(F.Skip->Detail == "500");
}

TEST_CASE("loadFile reports unreadable files", "[load]") {
  TempTree T;
  LoadedFile Gone = loadFile(entry(T, "gone.js"), 1 << 20);
  REQUIRE(Gone.Skip);
  CHECK(Gone.Skip->Reason == SkipReason::Unreadable);
  CHECK(Gone.Skip->Detail == "No such file or directory");

  T.write("locked.js");
  T.lock("locked.js");
  if (::geteuid() == 0)
    return; // root reads mode-000 files anyway
  LoadedFile Locked = loadFile(entry(T, "locked.js"), 1 << 20);
  REQUIRE(Locked.Skip);
  CHECK(Locked.Skip->Reason == SkipReason::Unreadable);
  CHECK(Locked.Skip->Detail == "Permission denied");
}

TEST_CASE("displayPath is relative under the current directory", "[path]") {
  llvm::SmallString<256> Cwd;
  REQUIRE(!llvm::sys::fs::current_path(Cwd));
  std::string C(Cwd);
  CHECK(displayPath(C + "/src/a.js") == "src/a.js");
  CHECK(displayPath(C + "/src/./x/../a.js") == "src/a.js");
  CHECK(displayPath("./src/a.js") == "src/a.js");
  CHECK(displayPath("src//a.js") == "src/a.js");
  CHECK(displayPath(".") == ".");
  CHECK(displayPath(C) == ".");
  CHECK(displayPath("/definitely/not/here/../a.js") == "/definitely/not/a.js");
  // A sibling whose name only starts like the cwd is not under it.
  CHECK(displayPath(C + "-other/a.js") == C + "-other/a.js");
  std::string Parent(llvm::sys::path::parent_path(C));
  if (!Parent.empty() && Parent != "/")
    CHECK(displayPath("../x.js") == Parent + "/x.js");
}

TEST_CASE("walk reports paths under the current directory relatively",
          "[path]") {
  llvm::SmallString<256> Cwd;
  REQUIRE(!llvm::sys::fs::current_path(Cwd));
  TempTree T;
  T.write("sub/a.js");
  REQUIRE(!llvm::sys::fs::set_current_path(T.Root));
  WalkResult R = walk({"."}, {});
  WalkResult S = walk({"./sub/"}, {});
  REQUIRE(!llvm::sys::fs::set_current_path(Cwd));
  REQUIRE(R.Files.size() == 1);
  CHECK(R.Files[0].Path == "sub/a.js");
  CHECK(R.Files[0].AbsPath == T.path("sub/a.js"));
  REQUIRE(S.Files.size() == 1);
  CHECK(S.Files[0].Path == "sub/a.js");
}

TEST_CASE("anchored excludes read like the displayed paths", "[path]") {
  llvm::SmallString<256> Cwd;
  REQUIRE(!llvm::sys::fs::current_path(Cwd));
  TempTree T;
  T.write("src/gen/a.js");
  T.write("src/b.js");
  T.write("gen/c.js");
  REQUIRE(!llvm::sys::fs::set_current_path(T.Root));
  WalkOptions O;
  O.Excludes = {"src/gen/"};
  WalkResult R = walk({"src"}, O);
  REQUIRE(!llvm::sys::fs::set_current_path(Cwd));
  REQUIRE(R.Files.size() == 1);
  CHECK(R.Files[0].Path == "src/b.js");
  CHECK(R.IgnoredCount == 1);
}
