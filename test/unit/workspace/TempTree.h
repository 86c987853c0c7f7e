//===- TempTree.h - Throw-away directory trees for walker tests -----------===//
#ifndef RTCLINT_TEST_WORKSPACE_TEMPTREE_H
#define RTCLINT_TEST_WORKSPACE_TEMPTREE_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <catch2/catch.hpp>
#include <string>
#include <sys/stat.h>

namespace rtclint::test {

/// A unique directory under the system temp dir, removed on destruction.
class TempTree {
public:
  TempTree() {
    llvm::SmallString<256> P;
    REQUIRE(!llvm::sys::fs::createUniqueDirectory("rtclint-ws", P));
    llvm::SmallString<256> Real;
    REQUIRE(!llvm::sys::fs::real_path(P, Real)); // /tmp may be a symlink
    Root = std::string(Real);
  }
  ~TempTree() {
    // Restore permissions a test took away, so the tree can be removed.
    for (const std::string &P : Locked)
      ::chmod(P.c_str(), 0755);
    llvm::sys::fs::remove_directories(Root);
  }
  TempTree(const TempTree &) = delete;
  TempTree &operator=(const TempTree &) = delete;

  std::string path(llvm::StringRef Rel) const {
    return Rel.empty() ? Root : Root + "/" + Rel.str();
  }

  /// Writes Content to Rel, creating the parent directories.
  std::string write(llvm::StringRef Rel, llvm::StringRef Content = "x\n") {
    std::string P = path(Rel);
    REQUIRE(
        !llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    REQUIRE(!EC);
    OS << Content;
    return P;
  }

  std::string mkdir(llvm::StringRef Rel) {
    std::string P = path(Rel);
    REQUIRE(!llvm::sys::fs::create_directories(P));
    return P;
  }

  void symlink(llvm::StringRef Target, llvm::StringRef Rel) {
    REQUIRE(!llvm::sys::fs::create_link(Target, path(Rel)));
  }

  void lock(llvm::StringRef Rel) {
    std::string P = path(Rel);
    REQUIRE(::chmod(P.c_str(), 0) == 0);
    Locked.push_back(P);
  }

  std::string Root;

private:
  std::vector<std::string> Locked;
};

} // namespace rtclint::test

#endif
