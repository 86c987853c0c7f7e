//===- SafeReadTest.cpp - Reading files of an untrusted tree --------------===//

#include "support/SafeRead.h"
#include "workspace/TempTree.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rtclint;
using rtclint::test::TempTree;

TEST_CASE("regular files inside the root are read", "[saferead]") {
  TempTree T;
  T.write("a.txt", "hello\n");
  ReadResult R = readRegularFile(T.path("a.txt"), 100, T.path(""));
  REQUIRE(R);
  CHECK(R.Content == "hello\n");
  T.symlink(T.path("a.txt"), "in.txt"); // in-tree link: fine
  CHECK(readRegularFile(T.path("in.txt"), 100, T.path("")).Content ==
        "hello\n");
}

TEST_CASE("a FIFO is refused without blocking", "[saferead]") {
  TempTree T;
  REQUIRE(::mkfifo(T.path("fifo").c_str(), 0600) == 0);
  ReadResult R = readRegularFile(T.path("fifo"), 100, T.path(""));
  CHECK(R.Status == ReadStatus::NotRegular);
  CHECK(R.Detail == "fifo");
  // Also with a writer attached, so open() succeeds.
  int W = ::open(T.path("fifo").c_str(), O_RDWR | O_NONBLOCK);
  REQUIRE(W >= 0);
  CHECK(readRegularFile(T.path("fifo"), 100, T.path("")).Status ==
        ReadStatus::NotRegular);
  ::close(W);
}

TEST_CASE("devices and links out of the tree are refused", "[saferead]") {
  TempTree T;
  T.symlink("/dev/zero", "zero");
  ReadResult Z = readRegularFile(T.path("zero"), 100, T.path(""));
  CHECK(Z.Status == ReadStatus::NotRegular);
  CHECK(Z.Content.empty());
  TempTree Other;
  Other.write("secret.txt", "outside\n");
  T.symlink(Other.path("secret.txt"), "out.txt");
  ReadResult O = readRegularFile(T.path("out.txt"), 100, T.path(""));
  CHECK(O.Status == ReadStatus::Outside);
  CHECK(O.Content.empty());
  // Without a root no link is followed at all.
  CHECK(readRegularFile(T.path("out.txt"), 100).Status == ReadStatus::Outside);
  CHECK(readRegularFile(T.path("missing"), 100, T.path("")).Status ==
        ReadStatus::NotFound);
}

TEST_CASE("the size cap holds", "[saferead]") {
  TempTree T;
  T.write("big.txt", std::string(1000, 'a'));
  ReadResult R = readRegularFile(T.path("big.txt"), 999, T.path(""));
  CHECK(R.Status == ReadStatus::TooLarge);
  CHECK(R.Detail == "1000");
  CHECK(readRegularFile(T.path("big.txt"), 1000, T.path("")).Content.size() ==
        1000);
}

TEST_CASE("isPathUnder compares whole components", "[saferead]") {
  CHECK(isPathUnder("/a/b", "/a"));
  CHECK(isPathUnder("/a", "/a"));
  CHECK(isPathUnder("/a/b", "/a/"));
  CHECK_FALSE(isPathUnder("/ab", "/a"));
  CHECK(isPathUnder("/x", "/"));
}
