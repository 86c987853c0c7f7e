//===- Merge.h - Join the reports of a sharded scan -------------*- C++ -*-===//
#ifndef RTCLINT_REPORT_MERGE_H
#define RTCLINT_REPORT_MERGE_H

#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace rtclint {

struct ReportInput {
  std::string Name; // for messages
  std::string Text;
};

/// Joins JSON or SARIF reports (all of one format) written by the shards of
/// one scan into the report one unsharded scan writes: findings and results
/// in scan order with exact duplicates dropped, rules de-duplicated and
/// re-indexed, files and skipped entries joined, stats summed (the duration
/// is the slowest shard's). Returns false with Error set on bad input.
bool mergeReports(llvm::ArrayRef<ReportInput> Inputs, std::string &Out,
                  std::string &Error);

} // namespace rtclint

#endif
