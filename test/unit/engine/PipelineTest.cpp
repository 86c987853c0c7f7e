//===- PipelineTest.cpp - The frontend seam and the exception boundary ----===//
#include "RuleTestUtil.h"
#include "facts/Extract.h"
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

constexpr llvm::StringLiteral Hex = "9f3a7c1e5b2d80469f3a7c1e5b2d80469f3a7c1e";

std::shared_ptr<const RuleSet> hexRule() {
  return load({rule("t-hex", "secret: true\npatterns:\n  - on: string\n"
                             "    value: '(?P<secret>[0-9a-f]{40})'\n")});
}

/// Claims files ending in .fake; Mode says what it does with them.
class FakeFrontend final : public Frontend {
public:
  enum Mode { Throw, Related, Slow } M;
  explicit FakeFrontend(Mode M) : M(M) {}
  llvm::StringRef name() const override { return "fake"; }
  bool handles(const SourceBuffer &Src) const override {
    return Src.Path.ends_with(".fake");
  }
  FileFacts extract(const SourceBuffer &Src) const override {
    if (M == Throw)
      throw std::runtime_error("frontend exploded");
    if (M == Slow)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    FileFacts F = extractFacts(Language::JavaScript, Src.Content);
    if (M == Related)
      F.Related.push_back({{0, uint32_t(Src.Content.size())},
                           "defs.h",
                           7,
                           9,
                           "expanded from the macro defined here"});
    return F;
  }
};

/// Findings point at rules the RuleSet owns: keep it alive past the engine.
FileResult scanWith(FakeFrontend::Mode M, llvm::StringRef Path,
                    unsigned BudgetMs = 20000) {
  static std::shared_ptr<const RuleSet> Rules = hexRule();
  EngineOptions O;
  O.Frontends.push_back(std::make_shared<FakeFrontend>(M));
  O.FileBudgetMs = BudgetMs;
  Engine E(Rules, O);
  std::string Buf = "const k = '" + Hex.str() + "';\n";
  return E.scan({Path, Path, Buf, Language::JavaScript});
}

} // namespace

TEST_CASE("a frontend that throws fails its file, not the scan",
          "[engine][pipeline]") {
  FileResult R = scanWith(FakeFrontend::Throw, "a.fake");
  REQUIRE(R.Failure);
  CHECK(R.Failure->Reason == SkipReason::Failed);
  CHECK(R.Failure->Path == "a.fake");
  CHECK(llvm::StringRef(R.Failure->Detail).contains("frontend exploded"));
  CHECK(R.Findings.empty());
  // Files the failing frontend does not claim go to the token frontend.
  FileResult Other = scanWith(FakeFrontend::Throw, "a.js");
  CHECK_FALSE(Other.Failure);
  CHECK(Other.Frontend == "token");
  CHECK(Other.Findings.size() == 1);
}

TEST_CASE("facts say which frontend made them, and related facts become "
          "notes",
          "[engine][pipeline]") {
  FileResult R = scanWith(FakeFrontend::Related, "b.fake");
  REQUIRE_FALSE(R.Failure);
  CHECK(R.Frontend == "fake");
  REQUIRE(R.Findings.size() == 1);
  REQUIRE(R.Findings[0].Notes.size() == 1);
  const Note &N = R.Findings[0].Notes[0];
  CHECK(N.Loc.Path == "defs.h");
  CHECK(N.Loc.Line == 7);
  CHECK(N.Loc.Column == 9);
  CHECK(N.Message == "expanded from the macro defined here");
  CHECK(R.Findings[0].R != nullptr);
  CHECK(R.Findings[0].R->Id == "t-hex");
}

TEST_CASE("a file past the per-file budget is skipped with reason budget",
          "[engine][pipeline]") {
  FileResult R = scanWith(FakeFrontend::Slow, "c.fake", /*BudgetMs=*/1);
  REQUIRE(R.Failure);
  CHECK(R.Failure->Reason == SkipReason::Budget);
  CHECK(R.Findings.empty());
}
