//===- WriteReport.cpp - A report to a file or standard output ------------===//
#include "Commands.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace rtclint::cli {

bool writeReport(llvm::StringRef File, llvm::StringRef Report) {
  if (!File.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC, llvm::sys::fs::OF_None);
    if (!EC) {
      Out << Report;
      Out.close();
      EC = Out.error();
      Out.clear_error();
    }
    if (EC) {
      llvm::errs() << "rtclint: error: cannot write " << shown(File) << ": "
                   << EC.message() << "\n";
      return false;
    }
    return true;
  }
  llvm::outs() << Report;
  llvm::outs().flush();
  if (std::error_code EC = llvm::outs().error()) {
    llvm::outs().clear_error();
    llvm::errs() << "rtclint: error: cannot write the report: " << EC.message()
                 << "\n";
    return false;
  }
  return true;
}

} // namespace rtclint::cli
