//===- PrefilterTest.cpp - RuleSet::candidates ----------------------------===//
#include "rules/RuleSet.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using llvm::StringRef;

namespace {

std::string rule(StringRef Id, StringRef Body) {
  return "id: " + Id.str() +
         "\ntitle: T\ncategory: secrets\nseverity: warning\nmessage: m\n" +
         Body.str();
}

struct Fixture {
  RuleSet S;
  Fixture(std::initializer_list<std::string> Texts) {
    Diagnostics D;
    unsigned N = 0;
    for (const std::string &T : Texts)
      REQUIRE(S.loadText("r" + std::to_string(N++) + ".yaml", T, false, D));
    REQUIRE(S.finalize(D));
  }
  /// Whether rule Id is a candidate for Content.
  bool in(StringRef Id, StringRef Content) const {
    const Rule *R = S.find(Id);
    REQUIRE(R);
    llvm::BitVector C = S.candidates(Content);
    REQUIRE(C.size() == S.rules().size());
    return C.test(unsigned(R - S.rules().data()));
  }
};

} // namespace

TEST_CASE("keywords decide, case-insensitively", "[prefilter]") {
  Fixture F({rule("kw-rule", "keywords: [OpenTok, vonage]\n"
                             "patterns:\n  - on: string\n    value: 'x'\n")});
  // Keywords are stored lower-case.
  CHECK(F.S.find("kw-rule")->Keywords ==
        std::vector<std::string>{"opentok", "vonage"});
  CHECK(F.in("kw-rule", "const ot = new OpenTok(key, secret);"));
  CHECK(F.in("kw-rule", "OPENTOK_SECRET=1"));
  CHECK(F.in("kw-rule", "import vonage"));
  CHECK_FALSE(F.in("kw-rule", "const x = 'x';"));
  CHECK_FALSE(F.in("kw-rule", ""));
  CHECK_FALSE(F.in("kw-rule", "open tok"));
}

TEST_CASE("literal atoms of value regexes stand in for keywords",
          "[prefilter]") {
  Fixture F({rule("aws-like", "patterns:\n  - on: string\n"
                              "    value: '(?P<secret>AKIA[A-Z2-7]{16})'\n")});
  CHECK_FALSE(F.in("aws-like", "const key = process.env.AWS_KEY;"));
  CHECK_FALSE(F.in("aws-like", "AKI A"));
  CHECK(F.in("aws-like", "const key = 'AKIA2OGYBAH6QRTKWZ5M';"));
  // The content is lower-cased before the atoms are searched.
  CHECK(F.in("aws-like", "akia"));
}

TEST_CASE("a rule whose keywords are given ignores its regex atoms",
          "[prefilter]") {
  Fixture F({rule("kw-and-atom", "keywords: [credentials]\npatterns:\n"
                                 "  - on: string\n    value: 'AKIA'\n")});
  CHECK(F.in("kw-and-atom", "Credentials.new"));
  CHECK_FALSE(F.in("kw-and-atom", "AKIA2OGYBAH6QRTKWZ5M"));
}

TEST_CASE("rules no literal can rule out are always candidates",
          "[prefilter]") {
  Fixture F(
      {rule("no-atoms", "patterns:\n  - on: string\n"
                        "    value: '^[0-9a-f]{40}$'\n"),
       rule("one-atomless", "patterns:\n  - on: string\n    value: 'AKIA'\n"
                            "  - on: code\n    regex: '\\d{6}'\n"),
       rule("call-rule", "patterns:\n  - on: call\n    callee: 'OpenTok'\n"),
       rule("file-rule", "patterns:\n  - on: file\n    path: ['*.pem']\n"),
       rule("atom-rule", "patterns:\n  - on: code\n    regex: 'BEGIN RSA'\n")});
  for (StringRef Content :
       {StringRef(""), StringRef("nothing to see"), StringRef("3f9a0c")}) {
    INFO("content: " << Content.str());
    CHECK(F.in("no-atoms", Content));
    CHECK(F.in("one-atomless", Content));
    CHECK(F.in("call-rule", Content));
    CHECK(F.in("file-rule", Content));
    CHECK_FALSE(F.in("atom-rule", Content));
  }
  CHECK(F.in("atom-rule", "-----begin rsa private key-----"));
}

TEST_CASE("several rules share one prefilter pass", "[prefilter]") {
  Fixture F({rule("a-rule", "keywords: [alpha]\npatterns:\n  - on: string\n"
                            "    value: 'x'\n"),
             rule("b-rule", "keywords: [beta, alpha]\npatterns:\n"
                            "  - on: string\n    value: 'x'\n"),
             rule("c-rule", "patterns:\n  - on: text\n    regex: 'gamma'\n")});
  llvm::BitVector C = F.S.candidates("ALPHA and GAMMA");
  CHECK(C.count() == 3);
  C = F.S.candidates("beta");
  CHECK(C.count() == 1);
  CHECK(F.in("b-rule", "beta"));
  C = F.S.candidates("delta");
  CHECK(C.none());
}
