//===- PlaceholdersTest.cpp - Values that are never secrets ---------------===//
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>
#include <random>

using namespace rtclint;
using llvm::StringRef;

namespace {

std::string randomFrom(StringRef Alphabet, size_t N, unsigned Seed) {
  std::mt19937 Gen(Seed);
  std::uniform_int_distribution<size_t> Pick(0, Alphabet.size() - 1);
  std::string Out;
  for (size_t I = 0; I < N; ++I)
    Out.push_back(Alphabet[Pick(Gen)]);
  return Out;
}

/// The rules and vocabulary shipped in rules/, as the engine sees them.
RuleSet builtinSet() {
  RuleSet Set;
  Diagnostics D;
  REQUIRE(Set.loadBuiltin(D));
  REQUIRE(Set.finalize(D));
  return Set;
}

} // namespace

TEST_CASE("a small vocabulary: exact words and patterns", "[placeholders]") {
  Placeholders P;
  Diagnostics D;
  CHECK(P.empty());
  REQUIRE(P.load("ph.yaml",
                 "exact: [Hunter2, 's3cr3t-value']\n"
                 "patterns: ['^tmpl-[a-z]+$']\n"
                 "examples: [DOCEXAMPLEKEY123]\n",
                 D));
  CHECK(D.empty());
  CHECK_FALSE(P.empty());
  // Exact words match whole values, case-insensitively, after trimming.
  CHECK(P.isPlaceholder("hunter2"));
  CHECK(P.isPlaceholder("HUNTER2"));
  CHECK(P.isPlaceholder("  hunter2 "));
  CHECK(P.isPlaceholder("S3CR3T-VALUE"));
  CHECK_FALSE(P.isPlaceholder("hunter22"));
  CHECK_FALSE(P.isPlaceholder("my hunter2"));
  CHECK(P.isPlaceholder("docexamplekey123"));
  // Patterns are searched in the value.
  CHECK(P.isPlaceholder("tmpl-abc"));
  CHECK_FALSE(P.isPlaceholder("tmpl-abc1"));
  // Structural cases need no vocabulary.
  CHECK(P.isPlaceholder(""));
  CHECK(P.isPlaceholder(" \t\n"));
  CHECK(P.isPlaceholder("zzzzzzzz"));
  CHECK(P.isPlaceholder("abcdefghijklmnop"));
  CHECK(P.isPlaceholder("0123456789abcdef0123456789abcdef01234567"));
  CHECK_FALSE(P.isPlaceholder(randomFrom("0123456789abcdef", 40, 5)));

  SECTION("vocabulary errors have positions") {
    Placeholders Q;
    Diagnostics D2;
    CHECK_FALSE(Q.load("ph.yaml", "exact: [a]\npatterns: ['(?<=x)y']\n", D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].File == "ph.yaml");
    CHECK(D2[0].Line == 2);
    CHECK(D2[0].Column == 12);
    CHECK_THAT(D2[0].Message, Catch::Contains("invalid regex"));

    Diagnostics D3;
    CHECK_FALSE(Q.load("ph.yaml", "exact: [a]\nwords: [b]\n", D3));
    REQUIRE(D3.size() == 1);
    CHECK(D3[0].Line == 2);
    CHECK(D3[0].Column == 1);
    CHECK_THAT(D3[0].Message, Catch::Contains("unknown key 'words'"));

    Diagnostics D4;
    CHECK_FALSE(Q.load("ph.yaml", "patterns: '^x$'\n", D4));
    REQUIRE(D4.size() == 1);
    CHECK(D4[0].Line == 1);
    CHECK(D4[0].Column == 11);
  }
}

TEST_CASE("placeholders.yaml is loaded through RuleSet::loadText",
          "[placeholders]") {
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadText("x/placeholders.yaml", "exact: [opensesame]\n", false, D));
  REQUIRE(S.finalize(D));
  CHECK(S.rules().empty());
  CHECK(S.placeholders().isPlaceholder("OpenSesame"));
}

TEST_CASE("the built-in vocabulary", "[placeholders]") {
  RuleSet Set = builtinSet();
  const Placeholders &P = Set.placeholders();
  REQUIRE_FALSE(P.empty());
  SECTION("placeholders") {
    for (StringRef V : {"",
                        "   ",
                        "<#apikey#>",
                        "<#API Secret#>",
                        "YOUR_API_SECRET",
                        "your-api-secret",
                        "YourApiKey",
                        "xxxxxxxx",
                        "XXXX-XXXX-XXXX",
                        "********",
                        "changeme",
                        "ChangeMe",
                        "${OPENTOK_SECRET}",
                        "{{ secrets.OPENTOK_SECRET }}",
                        "<API_SECRET>",
                        "0123456789abcdef0123456789abcdef01234567",
                        "1234567890abcdef1234567890abcdef1234567890",
                        "AKIAIOSFODNN7EXAMPLE",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "dummy-secret",
                        "REPLACE_ME",
                        "secret_goes_here",
                        "env:OPENTOK_SECRET"}) {
      INFO("value: '" << V.str() << "'");
      CHECK(P.isPlaceholder(V));
    }
  }
  SECTION("real-looking credentials") {
    std::string Hex40 = randomFrom("0123456789abcdef", 40, 17);
    std::string Aws =
        "AKIA" + randomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 23);
    std::string AwsSecret = randomFrom(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40,
        29);
    for (const std::string &V : {Hex40, Aws, AwsSecret}) {
      INFO("value: '" << V << "'");
      CHECK_FALSE(P.isPlaceholder(V));
    }
    // Near-misses of the vocabulary stay findings.
    CHECK_FALSE(P.isPlaceholder("AKIAIOSFODNN7EXAMPLF"));
  }
}
