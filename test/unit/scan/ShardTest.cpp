//===- ShardTest.cpp - Partitioning a tree over N machines ----------------===//
#include "scan/Shard.h"
#include <catch2/catch.hpp>
#include <numeric>

using namespace rtclint;

TEST_CASE("a shard is K/N with 1 <= K <= N", "[shard]") {
  ShardSpec S;
  std::string Err;
  CHECK(parseShard("2/4", S, Err));
  CHECK(S.Index == 2);
  CHECK(S.Count == 4);
  CHECK(S.active());
  CHECK(parseShard("1/1", S, Err));
  CHECK_FALSE(S.active());
  for (const char *Bad : {"0/3", "4/3", "3", "a/b", "1/0", "/2", "1/2/3", ""})
    CHECK_FALSE(parseShard(Bad, S, Err));
  CHECK_THAT(Err, Catch::Contains("K/N"));
}

TEST_CASE("every file lands in exactly one shard, balanced by size",
          "[shard]") {
  std::vector<std::string> Keys;
  std::vector<uint64_t> Sizes;
  for (unsigned I = 0; I < 1000; ++I) {
    Keys.push_back("src/f" + std::to_string(I) + ".js");
    Sizes.push_back((I * 7919) % 5000 + (I % 97 == 0 ? 200000 : 0));
  }
  for (unsigned N : {1u, 2u, 3u, 7u}) {
    std::vector<unsigned> Of = assignShards(Keys, Sizes, N);
    REQUIRE(Of.size() == Keys.size());
    std::vector<uint64_t> Bytes(N);
    for (size_t I = 0; I < Of.size(); ++I) {
      REQUIRE(Of[I] < N);
      Bytes[Of[I]] += Sizes[I];
    }
    uint64_t Max = *std::max_element(Bytes.begin(), Bytes.end());
    uint64_t Min = *std::min_element(Bytes.begin(), Bytes.end());
    uint64_t Biggest = *std::max_element(Sizes.begin(), Sizes.end());
    // Greedy largest-first: no shard exceeds another by more than a file.
    CHECK(Max - Min <= Biggest);
  }
}

TEST_CASE("the partition does not depend on the order files were walked",
          "[shard]") {
  std::vector<std::string> Keys = {"a", "b", "c", "d", "e", "f"};
  std::vector<uint64_t> Sizes = {10, 10, 10, 5, 5, 0};
  std::vector<unsigned> Of = assignShards(Keys, Sizes, 3);
  std::vector<std::string> RevKeys(Keys.rbegin(), Keys.rend());
  std::vector<uint64_t> RevSizes(Sizes.rbegin(), Sizes.rend());
  std::vector<unsigned> RevOf = assignShards(RevKeys, RevSizes, 3);
  for (size_t I = 0; I < Keys.size(); ++I)
    CHECK(Of[I] == RevOf[Keys.size() - 1 - I]);
}
