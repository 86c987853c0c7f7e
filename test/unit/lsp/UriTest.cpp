//===- UriTest.cpp - file:// URIs -----------------------------------------===//
#include "lsp/Uri.h"
#include <catch2/catch.hpp>

using namespace rtclint::lsp;

TEST_CASE("file URIs decode and encode", "[lsp]") {
  CHECK(uriToPath("file:///tmp/a%20b/c%C3%A9.js") == "/tmp/a b/c\xc3\xa9.js");
  CHECK(uriToPath("file://localhost/x.c") == "/x.c");
  CHECK(!uriToPath("untitled:Untitled-1"));
  CHECK(!uriToPath("file://server/share/x.c"));
  CHECK(!uriToPath("file:///bad%2"));
  CHECK(!uriToPath("file:///nul%00"));
  std::string P = "/tmp/a b/#x%\xc3\xa9.js";
  CHECK(pathToUri(P) == "file:///tmp/a%20b/%23x%25%C3%A9.js");
  CHECK(uriToPath(pathToUri(P)) == P);
}
