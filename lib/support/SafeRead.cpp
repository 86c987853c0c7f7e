//===- SafeRead.cpp - Read a file from an untrusted tree ------------------===//

#include "support/SafeRead.h"
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;

namespace rtclint {

bool isPathUnder(StringRef Path, StringRef Dir) {
  if (Dir.ends_with("/") && Dir.size() > 1)
    Dir = Dir.drop_back();
  if (Dir == "/")
    return Path.starts_with("/");
  return Path == Dir || (Path.starts_with(Dir) && Path.size() > Dir.size() &&
                         Path[Dir.size()] == '/');
}

static const char *kindName(mode_t M) {
  if (S_ISFIFO(M))
    return "fifo";
  if (S_ISSOCK(M))
    return "socket";
  if (S_ISCHR(M))
    return "character device";
  if (S_ISBLK(M))
    return "block device";
  if (S_ISDIR(M))
    return "directory";
  return "not a regular file";
}

/// The path the open descriptor really names, from /proc; empty if unknown.
static std::string descriptorPath(int FD) {
  char Link[64];
  snprintf(Link, sizeof(Link), "/proc/self/fd/%d", FD);
  char Buf[PATH_MAX + 1];
  ssize_t N = ::readlink(Link, Buf, PATH_MAX);
  if (N <= 0)
    return "";
  return std::string(Buf, size_t(N));
}

ReadResult readRegularFile(StringRef Path, uint64_t MaxBytes, StringRef Root) {
  ReadResult R;
  auto fail = [&](ReadStatus S, std::string Detail) {
    R.Status = S;
    R.Detail = std::move(Detail);
    R.Content.clear();
    return std::move(R);
  };
  std::string P = Path.str();
  int Flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
  // In-tree links are allowed (the containment check below judges them);
  // without a root to check against, no link is followed at all.
  if (Root.empty())
    Flags |= O_NOFOLLOW;
  int FD;
  do
    FD = ::open(P.c_str(), Flags);
  while (FD < 0 && errno == EINTR);
  if (FD < 0) {
    int E = errno;
    if (E == ENOENT || E == ENOTDIR)
      return fail(ReadStatus::NotFound, std::strerror(E));
    if (E == ELOOP)
      return fail(ReadStatus::Outside, "symbolic link not followed");
    if (E == ENXIO) // a FIFO with no writer, or a socket
      return fail(ReadStatus::NotRegular, "fifo or socket");
    return fail(ReadStatus::Error, std::strerror(E));
  }
  struct Closer {
    int FD;
    ~Closer() { ::close(FD); }
  } Close{FD};

  struct stat St;
  if (::fstat(FD, &St) != 0)
    return fail(ReadStatus::Error, std::strerror(errno));
  if (!S_ISREG(St.st_mode))
    return fail(ReadStatus::NotRegular, kindName(St.st_mode));
  if (!Root.empty()) {
    // Judge where the descriptor points now, not what the path said when
    // the walk saw it: a link retargeted meanwhile is caught here.
    std::string Real = descriptorPath(FD);
    if (Real.empty() || !isPathUnder(Real, Root))
      return fail(ReadStatus::Outside, Real.empty() ? "unknown target" : Real);
  }
  if (uint64_t(St.st_size) > MaxBytes)
    return fail(ReadStatus::TooLarge, std::to_string(St.st_size));
  // Regular files never block; reading stays non-blocking, which is fine.
  R.Content.resize(size_t(St.st_size));
  size_t Have = 0;
  while (true) {
    if (Have == R.Content.size()) {
      // The file may have grown since fstat: read on, up to the cap.
      if (Have > MaxBytes)
        return fail(ReadStatus::TooLarge, std::to_string(Have));
      R.Content.resize(
          std::min<uint64_t>(MaxBytes + 1, std::max<size_t>(Have * 2, 4096)));
    }
    ssize_t N = ::read(FD, &R.Content[Have], R.Content.size() - Have);
    if (N < 0) {
      if (errno == EINTR)
        continue;
      return fail(ReadStatus::Error, std::strerror(errno));
    }
    if (N == 0)
      break;
    Have += size_t(N);
  }
  if (Have > MaxBytes)
    return fail(ReadStatus::TooLarge, std::to_string(Have));
  R.Content.resize(Have);
  R.Status = ReadStatus::Ok;
  return R;
}

} // namespace rtclint
