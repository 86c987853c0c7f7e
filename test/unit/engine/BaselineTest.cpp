//===- BaselineTest.cpp - Baseline files and the baseline filter ----------===//
#include "engine/Baseline.h"
#include "RuleTestUtil.h"
#include "facts/Extract.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;
using llvm::StringRef;

namespace {

const char *const Secret = "KEYq8rT3vX9kLm2Nw7Pb4Yc6H";

std::shared_ptr<const RuleSet> rules() {
  static auto S =
      load({rule("t-key", "secret: true\npatterns:\n  - on: string\n    value: "
                          "'KEY[A-Za-z0-9]{22}'\n")});
  return S;
}

void applyBaseline(const Baseline &B, StringRef Path, StringRef Buf,
                   std::vector<Finding> &Fs) {
  FileFacts Facts = extractFacts(Language::JavaScript, Buf);
  BaselineFilter(std::make_shared<Baseline>(B))
      .apply(FilterInput{Path, Buf, Facts}, Fs);
}

std::string text(const Baseline &B) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  B.write(OS);
  return S;
}

} // namespace

TEST_CASE("line shifts do not resurrect baselined findings",
          "[engine][baseline]") {
  std::string Old = "const a = '" + std::string(Secret) + "';\n";
  Baseline B = makeBaseline(scan(rules(), "app.js", Old), nullptr);
  REQUIRE(B.size() == 1);

  std::string New = "// header\n\n\nfunction f() {}\n" + Old +
                    "const b = 'KEYzzzzzzzzzzzzzzzzzzzzzz';\n";
  std::vector<Finding> Fs = scan(rules(), "app.js", New);
  REQUIRE(Fs.size() == 2);
  applyBaseline(B, "app.js", New, Fs);
  CHECK(Fs[0].Line == 5);
  REQUIRE(Fs[0].Suppressed);
  CHECK(Fs[0].Suppressed->How == Suppression::Baseline);
  CHECK_FALSE(Fs[1].Suppressed); // the new one still counts
}

TEST_CASE("baseline files are sorted, line-stable and hold no secret",
          "[engine][baseline]") {
  std::string Buf = "const a = '" + std::string(Secret) + "';\n";
  std::vector<Finding> Fs = scan(rules(), "z.js", Buf);
  auto More = scan(rules(), "a.js", Buf);
  Fs.insert(Fs.end(), More.begin(), More.end());
  Baseline B = makeBaseline(Fs, nullptr);
  std::string T = text(B);
  CHECK(T.find(Secret) == std::string::npos);
  CHECK(T.find(std::string(Secret).substr(0, 8)) == std::string::npos);
  llvm::SmallVector<StringRef, 4> Lines;
  StringRef(T).rtrim('\n').split(Lines, '\n');
  REQUIRE(Lines.size() == 2);
  CHECK(Lines[0].starts_with("{\"fingerprint\":\""));
  CHECK(Lines[0].ends_with("\"rule\":\"t-key\",\"path\":\"a.js\"}"));
  CHECK(Lines[1].contains("\"path\":\"z.js\""));

  // Round trip; reasons survive a rewrite.
  Diagnostics D;
  std::string WithReason = Lines[0].drop_back().str() +
                           ",\"reason\":\"rotated in 2025\"}\n" +
                           Lines[1].str() + "\n";
  auto Parsed = Baseline::parse("b.jsonl", WithReason, D);
  REQUIRE(Parsed);
  CHECK(D.empty());
  Baseline Again = makeBaseline(Fs, &*Parsed);
  CHECK(text(Again) == WithReason);
  CHECK(text(makeBaseline(Fs, nullptr)) == T); // deterministic
}

TEST_CASE("in-source suppressions stay out of the baseline",
          "[engine][baseline]") {
  std::vector<Finding> Fs(2);
  Fs[0].Fingerprint = "1";
  Fs[1].Fingerprint = "2";
  Fs[1].Suppressed = Suppression{Suppression::InSource, ""};
  CHECK(makeBaseline(Fs, nullptr).size() == 1);
}

TEST_CASE("malformed baseline lines are errors with their line",
          "[engine][baseline]") {
  Diagnostics D;
  auto B = Baseline::parse("b.jsonl",
                           "{\"fingerprint\":\"ab\",\"rule\":\"x\"}\n"
                           "not json\n"
                           "{\"fingerprint\":\"cd\",\"color\":\"red\"}\n"
                           "{\"rule\":\"x\"}\n",
                           D);
  CHECK_FALSE(B);
  REQUIRE(D.size() == 3);
  CHECK(D[0].Line == 2);
  CHECK(D[1].Line == 3);
  CHECK(D[1].Message == "unknown key 'color' in baseline entry");
  CHECK(D[2].Line == 4);
}
