// Facts of data files: SQL scripts and dumps, CSV/TSV exports.
#include "FactsTestUtil.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

const StringFact &byValue(const FileFacts &F, llvm::StringRef V) {
  return onlyString(F, &StringFact::Value, V);
}

} // namespace

TEST_CASE("sql facts: INSERT values are named after their columns",
          "[facts][sql]") {
  FileFacts F = factsUnderTest(
      Language::SQL, "-- rooms of the demo\n"
                     "INSERT INTO public.rooms (id, session_id, token) VALUES\n"
                     "  (1, '1_MX4abc', 'T1==def'),\n"
                     "  (2, 'f(x, y)', 'T1==ghi');\n"
                     "INSERT INTO settings VALUES ('plain');\n");
  const StringFact &S = byValue(F, "1_MX4abc");
  CHECK(S.Name == "session_id");
  CHECK(S.Path == "public.rooms.session_id");
  CHECK(S.Bind == BindKind::ConfigKey);
  CHECK(byValue(F, "T1==ghi").Name == "token");
  // A comma inside a string does not shift the columns.
  CHECK(byValue(F, "f(x, y)").Name == "session_id");
  // No column list: the table names the value.
  CHECK(byValue(F, "plain").Path == "settings");
  CHECK(byValue(F, "plain").Name.empty());
  REQUIRE(findBinding(F, &BindingFact::Path, "public.rooms.token"));
}

TEST_CASE("sql facts: settings rows name their value", "[facts][sql]") {
  FileFacts F = factsUnderTest(
      Language::SQL, "INSERT INTO wp_options (option_id, option_name, "
                     "option_value) VALUES (7, 'vonage_api_secret', 'x1'), "
                     "(8, 'blogname', 'Demo');\n");
  CHECK(byValue(F, "x1").Name == "vonage_api_secret");
  CHECK(byValue(F, "x1").Path == "wp_options.vonage_api_secret");
  CHECK(byValue(F, "Demo").Name == "blogname");
  REQUIRE(findBinding(F, &BindingFact::Name, "vonage_api_secret"));
}

TEST_CASE("sql facts: assignments and comparisons", "[facts][sql]") {
  FileFacts F = factsUnderTest(
      Language::SQL, "SET @api_secret = 'abc';\n"
                     "UPDATE accounts SET vonage.api_key = 'k1', note = 'n' "
                     "WHERE name = 'demo';\n"
                     "SELECT 'unbound';\n");
  CHECK(byValue(F, "abc").Name == "@api_secret");
  CHECK(byValue(F, "abc").Bind == BindKind::Assignment);
  CHECK(byValue(F, "k1").Name == "api_key");
  CHECK(byValue(F, "k1").Path == "vonage.api_key");
  CHECK(byValue(F, "demo").Name == "name");
  CHECK(byValue(F, "unbound").Bind == BindKind::None);
}

TEST_CASE("sql facts: COPY rows and comments", "[facts][sql]") {
  FileFacts F = factsUnderTest(Language::SQL,
                               "COPY rooms (id, session_id, note) FROM stdin;\n"
                               "1\t\t2_MX4xyz\n"
                               "2\t1_MX4abc\t\\N\n"
                               "\\.\n"
                               "/* was 'T1==old' */\n");
  // Empty cells still count as columns.
  CHECK(byValue(F, "2_MX4xyz").Name == "note");
  CHECK(byValue(F, "1_MX4abc").Name == "session_id");
  CHECK(byValue(F, "1_MX4abc").Path == "rooms.session_id");
  REQUIRE(F.Comments.size() == 1);
  bool InComment = false;
  for (const StringFact &S : F.Strings)
    InComment |= S.InComment && S.Value == "T1==old";
  CHECK(InComment);
}

TEST_CASE("csv facts: cells are named after their header", "[facts][csv]") {
  FileFacts F = factsUnderTest(Language::CSV, "name,api_secret,count\n"
                                              "demo,\"s3cr,et\",12\n"
                                              ",other,3\n");
  CHECK(byValue(F, "s3cr,et").Name == "api_secret");
  CHECK(byValue(F, "s3cr,et").Bind == BindKind::ConfigKey);
  CHECK(byValue(F, "other").Name == "api_secret");
  CHECK(byValue(F, "demo").Name == "name");
  CHECK(byValue(F, "12").Kind == ValueKind::Number);
  // Header cells are names, not values.
  for (const StringFact &S : F.Strings)
    CHECK(S.Value != "api_secret");
}

TEST_CASE("folds: joins and accumulation assemble one value",
          "[facts][folds]") {
  auto Values = [](Language L, llvm::StringRef Src) {
    FileFacts F = factsUnderTest(L, Src);
    std::vector<std::string> V;
    for (const StringFact &S : F.Strings)
      V.push_back(S.Name + "=" + S.Value);
    return V;
  };
  auto Has = [](const std::vector<std::string> &V, llvm::StringRef S) {
    return llvm::is_contained(V, S.str());
  };
  CHECK(Has(Values(Language::JavaScript, "const k = ['a', 'b'].join('-');"),
            "k=a-b"));
  CHECK(Has(Values(Language::JavaScript, "const k = ['a', 'b'].join();"),
            "k=a,b"));
  CHECK(Has(Values(Language::Python, "k = ':'.join(('a', 'b'))\n"), "k=a:b"));
  CHECK(Has(Values(Language::Ruby, "k = ['a', 'b'].join\n"), "k=ab"));
  CHECK(Has(Values(Language::PHP, "<?php $k = implode('/', array('a', 'b'));"),
            "k=a/b"));
  CHECK(Has(Values(Language::JavaScript, "let k = 'a';\nk += 'b';\nk += 'c';"),
            "k=abc"));
  CHECK(Has(Values(Language::PHP, "<?php $k = 'a';\n$k .= 'b';"), "k=ab"));
  // Not literal all the way: nothing is assembled.
  CHECK_FALSE(Has(Values(Language::JavaScript, "let k = 'a';\nk += v;"), "k=a"
                                                                         "v"));
  auto Mixed = Values(Language::JavaScript, "const k = ['a', x].join('-');");
  CHECK_FALSE(llvm::any_of(Mixed, [](const std::string &S) {
    return llvm::StringRef(S).contains("a-");
  }));
  // A reassignment starts over.
  auto Re = Values(Language::Python, "k = 'a'\nk = 'b'\nk += 'c'\n");
  CHECK(Has(Re, "k=bc"));
  CHECK_FALSE(Has(Re, "k=abc"));
}

TEST_CASE("python: a string on the next line is a new statement",
          "[facts][python]") {
  FileFacts F = factsUnderTest(Language::Python,
                               "SECRET = 'abc'\n\"\"\"The secret.\"\"\"\n"
                               "X = ('a'\n     'b')\n");
  CHECK(byValue(F, "abc").Name == "SECRET");
  CHECK(byValue(F, "The secret.").Name.empty());
  // Inside brackets a line break does not end the statement.
  byValue(F, "ab");
}
