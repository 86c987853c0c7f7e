//===- PositionTest.cpp - UTF-8/UTF-16 positions --------------------------===//
#include "lsp/Position.h"
#include <catch2/catch.hpp>

using namespace rtclint::lsp;

// "é" is 2 bytes and 1 UTF-16 unit; "😀" 4 bytes and 2 units.
static const std::string Text = "a\xc3\xa9"
                                "b\r\n\xf0\x9f\x98\x80x\ny";

TEST_CASE("byte offsets to positions per encoding", "[lsp]") {
  PositionMap U16(Text, Encoding::UTF16), U8(Text, Encoding::UTF8),
      U32(Text, Encoding::UTF32);
  size_t B = Text.find('b'), X = Text.find('x'), Y = Text.find('y');
  CHECK(U16.position(B) == Position{0, 2});
  CHECK(U8.position(B) == Position{0, 3});
  CHECK(U16.position(X) == Position{1, 2});
  CHECK(U8.position(X) == Position{1, 4});
  CHECK(U32.position(X) == Position{1, 1});
  CHECK(U16.position(Y) == Position{2, 0});
  CHECK(U16.position(Text.size()) == Position{2, 1});
}

TEST_CASE("positions to byte offsets round-trip and clamp", "[lsp]") {
  for (Encoding E : {Encoding::UTF8, Encoding::UTF16, Encoding::UTF32}) {
    PositionMap M(Text, E);
    for (size_t Off : {size_t(0), Text.find('b'), Text.find('x'),
                       Text.find('y'), Text.size()})
      CHECK(M.offset(M.position(Off)) == Off);
  }
  PositionMap M(Text, Encoding::UTF16);
  CHECK(M.offset({0, 99}) == Text.find('\r')); // past the line end
  CHECK(M.offset({9, 0}) == Text.size());      // past the last line
  // Between the halves of a surrogate pair: the end of the character.
  CHECK(M.offset({1, 1}) == Text.find('x'));
}

TEST_CASE("a final line break opens an empty last line", "[lsp]") {
  PositionMap M("ab\n", Encoding::UTF16);
  CHECK(M.position(3) == Position{1, 0});
  CHECK(M.offset({1, 0}) == 3);
  CHECK(M.position(2) == Position{0, 2});
}

TEST_CASE("invalid UTF-8 counts one unit per byte", "[lsp]") {
  std::string Bad = "\xff\xc3z";
  CHECK(measure(Bad, Encoding::UTF16) == 3);
  CHECK(measure(Bad, Encoding::UTF8) == 3);
  CHECK(measure("\xe2\x82\xac", Encoding::UTF16) == 1);
}
