//===- SafeRead.h - Read a file from an untrusted tree --------------------===//
//
// Every file rtclint reads from a scanned repository (sources, ignore files,
// rule files) goes through readRegularFile: the tree may be hostile, so a
// FIFO must not block, a device or a link to /dev/zero must not be read, a
// link must not lead out of the tree, and nothing is read past a size cap.
// The checks run on the opened descriptor, so swapping the file between the
// walk and the read changes nothing.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_SUPPORT_SAFEREAD_H
#define RTCLINT_SUPPORT_SAFEREAD_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace rtclint {

enum class ReadStatus : unsigned char {
  Ok,
  NotFound,   // no such file
  NotRegular, // FIFO, socket, device or directory (Detail names the kind)
  Outside,    // a link whose target leaves Root
  TooLarge,   // bigger than MaxBytes (Detail holds the size)
  Error,      // open or read failed (Detail holds the message)
};

struct ReadResult {
  ReadStatus Status = ReadStatus::Error;
  std::string Content; // set when Status is Ok
  std::string Detail;  // why not, for stats and warnings
  explicit operator bool() const { return Status == ReadStatus::Ok; }
};

/// Reads Path, which must be a regular file of at most MaxBytes. When Root is
/// not empty, the file's resolved location must lie under Root (an absolute,
/// symlink-free directory): a link out of the tree is refused. Opens with
/// O_NONBLOCK (a FIFO cannot block) and, when Root is empty, O_NOFOLLOW.
ReadResult readRegularFile(llvm::StringRef Path, uint64_t MaxBytes,
                           llvm::StringRef Root = "");

/// Whether Path equals Dir or lies below it ('/'-separated, no trailing '/'
/// needed on Dir).
bool isPathUnder(llvm::StringRef Path, llvm::StringRef Dir);

} // namespace rtclint

#endif
