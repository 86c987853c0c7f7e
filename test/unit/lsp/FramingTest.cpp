//===- FramingTest.cpp - Content-Length frames ----------------------------===//
#include "lsp/Framing.h"
#include <catch2/catch.hpp>

using namespace rtclint::lsp;

static std::vector<Frame> drain(FrameParser &P) {
  std::vector<Frame> Out;
  while (std::optional<Frame> F = P.next())
    Out.push_back(*F);
  return Out;
}

TEST_CASE("frames split anywhere are reassembled", "[lsp]") {
  std::string In = frame("{\"a\":1}") + frame("{\"b\":\"\xc3\xa9\"}");
  for (size_t Cut = 0; Cut <= In.size(); ++Cut) {
    FrameParser P;
    P.feed(llvm::StringRef(In).take_front(Cut));
    std::vector<Frame> Got = drain(P);
    P.feed(llvm::StringRef(In).drop_front(Cut));
    for (Frame &F : drain(P))
      Got.push_back(F);
    REQUIRE(Got.size() == 2);
    CHECK(Got[0].Body == "{\"a\":1}");
    CHECK(Got[1].Body == "{\"b\":\"\xc3\xa9\"}");
    CHECK(P.pending() == 0);
  }
}

TEST_CASE("the length counts bytes, headers may vary", "[lsp]") {
  FrameParser P;
  P.feed("content-length:  3\r\nContent-Type: application/"
         "vscode-jsonrpc; charset=utf-8\r\n\r\nabcContent-Length: 1\n\nx");
  std::vector<Frame> F = drain(P);
  REQUIRE(F.size() == 2);
  CHECK(F[0].Body == "abc");
  CHECK(F[1].Body == "x");
}

TEST_CASE("malformed headers are reported and skipped", "[lsp]") {
  FrameParser P;
  P.feed("Content-Length: abc\r\n\r\n" // bad number
         "Content-Type: x\r\n\r\n"     // no length
         "garbage line\r\n\r\n" +
         frame("{}"));
  std::vector<Frame> F = drain(P);
  REQUIRE(F.size() == 4);
  CHECK(F[0].Error.find("bad Content-Length") != std::string::npos);
  CHECK(F[1].Error == "missing Content-Length");
  CHECK(F[2].Error == "malformed header line");
  CHECK(F[3].Error.empty());
  CHECK(F[3].Body == "{}");
}

TEST_CASE("oversized frames are skipped without buffering them", "[lsp]") {
  FrameParser P(/*MaxBody=*/8);
  P.feed("Content-Length: 20\r\n\r\n0123456789");
  std::vector<Frame> F = drain(P);
  REQUIRE(F.size() == 1);
  CHECK(F[0].Error.find("exceeds") != std::string::npos);
  P.feed("0123456789" + frame("ok"));
  F = drain(P);
  REQUIRE(F.size() == 1);
  CHECK(F[0].Body == "ok");
}

TEST_CASE("endless garbage without a header end is dropped", "[lsp]") {
  FrameParser P;
  P.feed(std::string(10000, 'x') + "\n" + frame("{}"));
  std::vector<Frame> F = drain(P);
  REQUIRE(F.size() == 2);
  CHECK(!F[0].Error.empty());
  CHECK(F[1].Body == "{}");
}
