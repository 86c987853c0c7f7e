//===- ClangSetup.cpp - The clang frontend for scan -p and rules test -----===//
#include "Commands.h"
#include "clang/AstQueries.h"
#include "clang/ClangFrontend.h"
#include "llvm/Support/raw_ostream.h"

namespace rtclint::cli {

bool addClangFrontend(const RuleSet &Rules, ClangFrontendOptions CO,
                      std::vector<std::shared_ptr<const Frontend>> &Out) {
  Diagnostics Diags; // bad matchers were reported when the rules loaded
  CO.Queries = AstQueries::compile(Rules, Diags);
  auto FE = makeClangFrontend(CO);
  if (!FE) {
    llvm::errs() << "rtclint: error: " << llvm::toString(FE.takeError())
                 << "\n";
    return false;
  }
  Out.push_back(std::move(*FE));
  return true;
}

} // namespace rtclint::cli
