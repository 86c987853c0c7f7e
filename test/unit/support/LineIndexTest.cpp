//===- LineIndexTest.cpp - Lines of LF, CRLF and lone-CR text -------------===//

#include "support/LineIndex.h"
#include <catch2/catch.hpp>

using namespace rtclint;

TEST_CASE("LF, CRLF and lone CR each end a line", "[lines]") {
  llvm::StringRef Buf = "a\nbb\r\ncc\rd";
  LineIndex L(Buf);
  CHECK(L.lineCount() == 4);
  CHECK(L.line(0) == 1);
  CHECK(L.line(2) == 2);
  CHECK(L.column(3) == 2);
  CHECK(L.line(4) == 2); // the CR of CRLF belongs to line 2
  CHECK(L.line(6) == 3);
  CHECK(L.line(9) == 4);
  CHECK(L.column(9) == 1);
  CHECK(L.lineText(2) == "bb");
  CHECK(L.lineText(3) == "cc");
  CHECK(L.lineText(4) == "d");
  CHECK(L.lineStart(4) == 9);
}

TEST_CASE("a lone-CR file has as many lines as it shows", "[lines]") {
  LineIndex L("x = 1\ry = 'secret'\rz\r");
  CHECK(L.lineCount() == 3);
  CHECK(L.line(6) == 2);
  CHECK(L.lineText(2) == "y = 'secret'");
  CHECK(L.line(100) == 3); // past the end: the last line
}

TEST_CASE("an empty buffer has one empty line", "[lines]") {
  LineIndex L("");
  CHECK(L.lineCount() == 1);
  CHECK(L.line(0) == 1);
  CHECK(L.column(0) == 1);
  CHECK(L.lineText(1).empty());
}

TEST_CASE("UTF-16 columns count code units, in any order of queries",
          "[lines]") {
  // "é" is 2 bytes and 1 unit, "€" 3 bytes and 1 unit, U+1D11E 4 bytes and
  // 2 units (a surrogate pair).
  llvm::StringRef Buf = "x\n\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9Ez\nq";
  LineIndex L(Buf);
  size_t Z = Buf.find('z');
  CHECK(L.column(Z) == 10);
  CHECK(L.utf16Column(Z) == 5);
  CHECK(L.utf16Column(2) == 1);
  CHECK(L.utf16Column(4) == 2);
  CHECK(L.utf16Column(Z) == 5);
  CHECK(L.utf16Column(7) == 3); // backwards from the cursor
  CHECK(L.utf16Column(Buf.size() - 1) == 1);
  CHECK(L.utf16Column(Z + 1) == 6); // the line break after z
  CHECK(L.utf16Column(0) == 1);
  // A stray continuation byte adds nothing, a stray lead byte one unit.
  LineIndex Bad("\x80\xFFz");
  CHECK(Bad.utf16Column(2) == 2);
}
