#include "LexTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;
using Strs = std::vector<std::string>;

TEST_CASE("SQL strings, escapes and quoted identifiers", "[lex][sql]") {
  Lexed X(Language::SQL,
          "INSERT INTO `rooms` (\"id\", name) VALUES (1, 'it''s', "
          "E'a\\tb', 'c\\'d', X'0fA0', N'n');");
  CHECK(X.values() == Strs{"it's", "a\tb", "c'd", "0fA0", "n"});
  CHECK(X.find("`rooms`")->is(TokenKind::Identifier));
  CHECK(X.find("\"id\"")->is(TokenKind::Identifier));
}

TEST_CASE("SQL comments and dollar quotes", "[lex][sql]") {
  Lexed X(Language::SQL, "-- a 'quoted' comment\n# mysql\n/* block\n */ "
                         "SELECT $$body's$$, $fn$x$fn$; /* open");
  CHECK(X.texts(TokenKind::Comment).size() == 4);
  CHECK(X.values() == Strs{"body's", "x"});
  CHECK(X.Toks.back().has(tokflags::Unterminated));
  Lexed Open(Language::SQL, "SELECT 'never closed");
  CHECK(Open.onlyString().has(tokflags::Unterminated));
  CHECK(Open.values() == Strs{"never closed"});
}

TEST_CASE("pg_dump COPY blocks become cells", "[lex][sql]") {
  Lexed X(Language::SQL, "COPY public.rooms (id, session_id, note) FROM "
                         "stdin;\n1\t1_MX4abc\t\\N\n2\t\tx y\n\\.\n"
                         "SELECT 'after';\n");
  CHECK(X.values() == Strs{"1", "1_MX4abc", "", "2", "x y", "after"});
  std::string Why;
  CHECK(wellFormed(X.Src, X.Toks, Why));
}

TEST_CASE("CSV cells, quoting and separators", "[lex][csv]") {
  Lexed X(Language::CSV, "name,\"api \"\"secret\"\"\"\r\nalpha,\"multi\nline\""
                         "\n,beta\n");
  CHECK(X.values() ==
        Strs{"name", "api \"secret\"", "alpha", "multi\nline", "beta"});
  auto Strings = X.all(TokenKind::String);
  CHECK(Strings[0].has(tokflags::Key));
  CHECK(Strings[1].has(tokflags::Key));
  CHECK_FALSE(Strings[2].has(tokflags::Key));
  CHECK(Strings[3].has(tokflags::Multiline));
  Lexed Tabs(Language::CSV, "a\tb,c\td\n1\t2,3\t4\n");
  CHECK(Tabs.values() == Strs{"a", "b,c", "d", "1", "2,3", "4"});
  Lexed Semi(Language::CSV, "a;b;c,d\n1;2;3\n");
  CHECK(Semi.values() == Strs{"a", "b", "c,d", "1", "2", "3"});
  Lexed Open(Language::CSV, "k\n\"open");
  CHECK(Open.all(TokenKind::String).back().has(tokflags::Unterminated));
}
