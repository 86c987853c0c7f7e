//===- ReadFile.cpp - Read a small regular file safely --------------------===//
//
// A config path may name a FIFO or a device (by mistake or on purpose);
// opening it non-blocking and checking the opened descriptor's type means
// rtclint neither hangs nor reads an endless stream.
//
//===----------------------------------------------------------------------===//
#include "config/Config.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rtclint;

bool rtclint::readRegularFile(llvm::StringRef Path, uint64_t MaxSize,
                              std::string &Out, std::string &Error) {
  std::string P = Path.str();
  int FD = ::open(P.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (FD < 0) {
    Error = std::strerror(errno);
    return false;
  }
  struct stat St;
  bool Ok = false;
  if (::fstat(FD, &St) != 0) {
    Error = std::strerror(errno);
  } else if (!S_ISREG(St.st_mode)) {
    Error = "not a regular file";
  } else if (uint64_t(St.st_size) > MaxSize) {
    Error = "file too large (" + std::to_string(St.st_size) + " bytes, limit " +
            std::to_string(MaxSize) + ")";
  } else {
    Out.clear();
    char Buf[16384];
    Ok = true;
    for (;;) {
      ssize_t N = ::read(FD, Buf, sizeof Buf);
      if (N < 0 && errno == EINTR)
        continue;
      if (N < 0) {
        Error = std::strerror(errno);
        Ok = false;
        break;
      }
      if (N == 0)
        break;
      Out.append(Buf, size_t(N));
      // The file may grow after fstat; the cap still holds.
      if (Out.size() > MaxSize) {
        Error = "file too large";
        Ok = false;
        break;
      }
    }
  }
  ::close(FD);
  return Ok;
}
