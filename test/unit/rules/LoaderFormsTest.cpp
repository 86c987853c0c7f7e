//===- LoaderFormsTest.cpp - File shapes, directories, duplicate ids ------===//
#include "RuleTestUtil.h"
#include "rules/BuiltinRules.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;
using rtclint::testutil::TempDir;

namespace {

std::string rule(StringRef Id, StringRef Extra = "") {
  return "id: " + Id.str() +
         "\ntitle: T\ncategory: secrets\nseverity: note\nmessage: m\n" +
         Extra.str() + "patterns:\n  - on: code\n    regex: 'zzz'\n";
}

std::vector<std::string> ids(const RuleSet &S) {
  std::vector<std::string> Out;
  for (const Rule &R : S.rules())
    Out.push_back(R.Id);
  return Out;
}

} // namespace

TEST_CASE("a `rules:` list holds several rules", "[loader]") {
  std::string Text = "rules:\n";
  for (StringRef Id : {"list-b", "list-a"}) {
    std::string R = rule(Id);
    // Indent each rule as a list item.
    std::string Item;
    bool First = true;
    for (StringRef Line : llvm::split(StringRef(R).rtrim('\n'), '\n')) {
      Item += (First ? "  - " : "    ") + Line.str() + "\n";
      First = false;
    }
    Text += Item;
  }
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadText("list.yaml", Text, false, D));
  REQUIRE(S.finalize(D));
  CHECK(D.empty());
  // finalize() sorts by id.
  CHECK(ids(S) == std::vector<std::string>{"list-a", "list-b"});
  CHECK(S.find("list-a")->File == "list.yaml");
  CHECK(S.find("list-b"));
  CHECK_FALSE(S.find("list-c"));

  SECTION("an error in the second rule is reported at its own line") {
    std::string Bad = Text;
    size_t At = Bad.find("severity: note", Bad.find("list-a"));
    Bad.replace(At, 14, "severity: loud");
    RuleSet S2;
    Diagnostics D2;
    CHECK_FALSE(S2.loadText("list.yaml", Bad, false, D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].Line == 13);
    CHECK(D2[0].Column == 15);
    CHECK_THAT(D2[0].Message, Catch::Contains("unknown severity 'loud'"));
  }
  SECTION("`rules:` must be a list") {
    RuleSet S2;
    Diagnostics D2;
    CHECK_FALSE(S2.loadText("list.yaml", "rules: nope\n", false, D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].Line == 1);
    CHECK(D2[0].Column == 8);
    CHECK_THAT(D2[0].Message, Catch::Contains("'rules' must be a list"));
  }
  SECTION("no other key beside `rules:`") {
    RuleSet S2;
    Diagnostics D2;
    CHECK_FALSE(S2.loadText("list.yaml", "version: 2\n" + Text, false, D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].Line == 1);
    CHECK(D2[0].Column == 1);
    CHECK_THAT(D2[0].Message, Catch::Contains("unknown key 'version'"));
  }
}

TEST_CASE("multi-document files hold one rule per document", "[loader]") {
  std::string Text = "---\n" + rule("doc-one") + "---\n" + rule("doc-two");
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadText("multi.yaml", Text, false, D));
  REQUIRE(S.finalize(D));
  CHECK(ids(S) == std::vector<std::string>{"doc-one", "doc-two"});

  // Positions in the second document count lines from the file's start.
  std::string Bad =
      "---\n" + rule("doc-one") + "---\n" + rule("doc-two", "colour: red\n");
  RuleSet S2;
  Diagnostics D2;
  CHECK_FALSE(S2.loadText("multi.yaml", Bad, false, D2));
  REQUIRE(D2.size() == 1);
  CHECK(D2[0].Line == 16);
  CHECK(D2[0].Column == 1);
  // The good document still loaded.
  REQUIRE(S2.finalize(D2));
  CHECK(ids(S2) == std::vector<std::string>{"doc-one"});
}

TEST_CASE("empty and comment-only files load no rules", "[loader]") {
  for (StringRef Text : {"", "\n\n", "# nothing here yet\n", "---\n...\n"}) {
    RuleSet S;
    Diagnostics D;
    CHECK(S.loadText("empty.yaml", Text, false, D));
    CHECK(D.empty());
    CHECK(S.finalize(D));
    CHECK(S.rules().empty());
  }
  // A document that is a bare scalar is not a rule.
  RuleSet S;
  Diagnostics D;
  CHECK_FALSE(S.loadText("scalar.yaml", "just text\n", false, D));
  REQUIRE(D.size() == 1);
  CHECK(D[0].Line == 1);
  CHECK_THAT(D[0].Message, Catch::Contains("must be a mapping"));
}

TEST_CASE("duplicate ids across two files are an error", "[loader]") {
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadText("a.yaml", rule("twice"), false, D));
  REQUIRE(S.loadText("b.yaml", rule("twice"), false, D));
  REQUIRE(S.loadText("c.yaml", rule("once"), false, D));
  CHECK_FALSE(S.finalize(D));
  REQUIRE(D.size() == 1);
  CHECK(D[0].File == "b.yaml");
  CHECK_THAT(D[0].Message, Catch::Contains("duplicate rule id 'twice'") &&
                               Catch::Contains("a.yaml"));
  // One definition stays; the other rules are unaffected.
  CHECK(ids(S) == std::vector<std::string>{"once", "twice"});
}

// Duplicate ids point at the second `id:`, like every other rule error.
TEST_CASE("duplicate id errors carry the position of the second id",
          "[loader]") {
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadText("a.yaml", rule("twice"), false, D));
  REQUIRE(S.loadText("b.yaml", rule("twice"), false, D));
  CHECK_FALSE(S.finalize(D));
  REQUIRE(D.size() == 1);
  CHECK(D[0].File == "b.yaml");
  CHECK(D[0].Line == 1);
  CHECK(D[0].Column == 5);
}

TEST_CASE("a user rule may override a built-in id", "[loader]") {
  RuleSet S;
  Diagnostics D;
  REQUIRE(S.loadBuiltin(D));
  INFO((D.empty() ? "" : D[0].str()));
  REQUIRE(D.empty());
  size_t Builtins = 0;
  {
    RuleSet Probe;
    Diagnostics PD;
    REQUIRE(Probe.loadBuiltin(PD));
    REQUIRE(Probe.finalize(PD));
    Builtins = Probe.rules().size();
    REQUIRE(Probe.find("aws-access-key"));
    CHECK(Probe.find("aws-access-key")->Builtin);
  }
  REQUIRE(S.loadText("mine/aws.yaml", rule("aws-access-key"), false, D));
  REQUIRE(S.finalize(D));
  CHECK(D.empty());
  CHECK(S.rules().size() == Builtins);
  const Rule *R = S.find("aws-access-key");
  REQUIRE(R);
  CHECK_FALSE(R->Builtin);
  CHECK(R->File == "mine/aws.yaml");
  CHECK(R->Sev == Severity::Note);

  // Two user rules with the built-in's id still collide with each other.
  RuleSet S2;
  Diagnostics D2;
  REQUIRE(S2.loadBuiltin(D2));
  REQUIRE(S2.loadText("a.yaml", rule("aws-access-key"), false, D2));
  REQUIRE(S2.loadText("b.yaml", rule("aws-access-key"), false, D2));
  CHECK_FALSE(S2.finalize(D2));
  REQUIRE(D2.size() == 1);
  CHECK_THAT(D2[0].Message, Catch::Contains("duplicate rule id"));
}

// Referencing builtinRuleFiles() here also pulls the embedded rules into the
// link: CMake lists rtclint_builtin_rules before rtclint_rules, which needs it.
TEST_CASE("the embedded rule files are sorted and exclude fixtures",
          "[loader]") {
  llvm::ArrayRef<EmbeddedFile> Files = builtinRuleFiles();
  REQUIRE_FALSE(Files.empty());
  bool HasPlaceholders = false;
  for (size_t I = 0; I < Files.size(); ++I) {
    StringRef P = Files[I].Path;
    INFO(P.str());
    CHECK(P.ends_with(".yaml"));
    CHECK_FALSE(P.starts_with("tests/"));
    CHECK_FALSE(Files[I].Text.empty());
    if (I)
      CHECK(StringRef(Files[I - 1].Path) < P);
    HasPlaceholders |= P == "placeholders.yaml";
  }
  CHECK(HasPlaceholders);
}

TEST_CASE("built-in rules all load, validate and are marked", "[loader]") {
  RuleSet S;
  Diagnostics D;
  bool Ok = S.loadBuiltin(D) && S.finalize(D);
  INFO((D.empty() ? "" : D[0].str()));
  REQUIRE(Ok);
  REQUIRE_FALSE(S.rules().empty());
  for (const Rule &R : S.rules()) {
    CHECK(R.Builtin);
    CHECK_THAT(R.File, Catch::StartsWith("<builtin>/rules/"));
    // Engine-sourced rules (unused-suppression) have no patterns.
    CHECK(R.Patterns.empty() == (R.Source == RuleSource::Engine));
  }
  CHECK_FALSE(S.placeholders().empty());
}

TEST_CASE("loadDirectory reads *.yaml recursively, skipping tests/",
          "[loader]") {
  TempDir T;
  T.write("secrets/one.yaml", rule("dir-one"));
  T.write("transport/deep/two.yml", rule("dir-two"));
  T.write("README.md", "not a rule");
  // Fixtures are not rules, even when they look like YAML.
  T.write("tests/dir-one/config.yaml", "key: [unclosed\n");
  T.write(".hidden/three.yaml", rule("dir-three"));
  T.write("placeholders.yaml", "exact: [hunter2]\n");

  RuleSet S;
  Diagnostics D;
  bool Ok = S.loadDirectory(T.Root, D);
  INFO((D.empty() ? "" : D[0].str()));
  REQUIRE(Ok);
  REQUIRE(S.finalize(D));
  CHECK(ids(S) == std::vector<std::string>{"dir-one", "dir-two"});
  CHECK(S.find("dir-one")->File == T.Root + "/secrets/one.yaml");
  CHECK_FALSE(S.find("dir-one")->Builtin);
  // placeholders.yaml extends the vocabulary instead of defining rules.
  CHECK(S.placeholders().isPlaceholder("HUNTER2"));
  CHECK_FALSE(S.placeholders().isPlaceholder("hunter3"));

  SECTION("errors name the file on disk") {
    std::string Bad =
        T.write("secrets/bad.yaml", rule("dir-bad", "colour: red\n"));
    RuleSet S2;
    Diagnostics D2;
    CHECK_FALSE(S2.loadDirectory(T.Root, D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].File == Bad);
    CHECK(D2[0].Line == 6);
    CHECK(D2[0].Column == 1);
    // The other files still loaded.
    REQUIRE(S2.finalize(D2));
    CHECK(ids(S2) == std::vector<std::string>{"dir-one", "dir-two"});
  }
  SECTION("a missing directory is an error") {
    RuleSet S2;
    Diagnostics D2;
    CHECK_FALSE(S2.loadDirectory(T.Root + "/nope", D2));
    REQUIRE(D2.size() == 1);
    CHECK(D2[0].File == T.Root + "/nope");
    CHECK_THAT(D2[0].Message, Catch::Contains("does not exist"));
  }
}
