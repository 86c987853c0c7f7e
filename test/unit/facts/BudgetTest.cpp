//===- BudgetTest.cpp - The per-file fact budget --------------------------===//
#include "facts/Extract.h"
#include <catch2/catch.hpp>

using namespace rtclint;

namespace {

const std::string Secret = "9f3a7c1e5b2d80469f3a7c1e5b2d80469f3a7c1e";

const StringFact *valueFact(const FileFacts &F, const std::string &V) {
  for (const StringFact &S : F.Strings)
    if (S.Value == V)
      return &S;
  return nullptr;
}

size_t factCount(const FileFacts &F) {
  size_t N = F.Strings.size() + F.Bindings.size() + F.Calls.size() +
             F.Scopes.size() + F.Comments.size();
  for (const CallFact &C : F.Calls)
    N += C.Args.size();
  return N;
}

std::string repeat(const std::string &Unit, size_t N) {
  std::string S;
  for (size_t I = 0; I < N; ++I)
    S += Unit;
  return S;
}

} // namespace

TEST_CASE("Under the budget nothing is cut", "[budget]") {
  std::string Src = repeat("f('ab', 1);\n", 50) +
                    "const OPENTOK_API_SECRET = '" + Secret + "';\n";
  FileFacts F = extractFacts(Language::JavaScript, Src);
  CHECK(F.BudgetCut == NoBudgetCut);
  CHECK(F.Calls.size() == 50);
}

TEST_CASE("Past the budget only secret candidates are kept", "[budget]") {
  // Padding of calls and short literals, then a comment, a credential bound
  // to a name, a qualified one and a short literal.
  std::string Src = repeat("f('ab', 1);", 5000) +
                    "\n// a note\nconst OPENTOK_API_SECRET = '" + Secret +
                    "';\nconfig.opentok.secret = \"" + Secret +
                    "\";\ng('short');\n";
  FileFacts F = extractFacts(Language::JavaScript, Src, 200);
  REQUIRE(F.BudgetCut != NoBudgetCut);
  CHECK(F.BudgetCut < Src.find("// a note"));
  // The structural facts stop at the budget; past it, two candidates.
  CHECK(factCount(F) <= 200 + 8);
  CHECK(F.Calls.size() < 5000);
  const StringFact *A = valueFact(F, Secret);
  REQUIRE(A);
  CHECK(A->Name == "OPENTOK_API_SECRET");
  CHECK(A->Bind == BindKind::Variable);
  CHECK(A->Range.Begin == Src.find("'" + Secret));
  const StringFact &B = F.Strings.back(); // the last candidate
  CHECK(B.Value == Secret);
  CHECK(B.Name == "secret");
  CHECK(B.Path == "config.opentok.secret");
  CHECK_FALSE(valueFact(F, "short"));
  // The comment past the cut still leaves the code view.
  size_t Note = Src.find("// a note");
  CHECK(F.CodeView.substr(Note, 9) == std::string(9, ' '));
  CHECK(F.CodeView.size() == Src.size());
}

TEST_CASE("A shell command with a million words stays bounded", "[budget]") {
  std::string Src =
      "curl " + repeat("ab ", 20000) + "\nAPI_SECRET=" + Secret + "\n";
  FileFacts F = extractFacts(Language::Shell, Src, 1000);
  REQUIRE(F.BudgetCut != NoBudgetCut);
  CHECK(factCount(F) <= 1000 + 4);
  const StringFact *S = valueFact(F, Secret);
  REQUIRE(S);
  CHECK(S->Name == "API_SECRET");
}

TEST_CASE("Configuration files are cut at the budget too", "[budget]") {
  std::string Src = "{\"items\": [" + repeat("\"ab\", ", 5000) +
                    "\"x\"], \"opentok\": {\"apiSecret\": \"" + Secret +
                    "\"}}\n";
  FileFacts F = extractFacts(Language::JSON, Src, 300);
  REQUIRE(F.BudgetCut != NoBudgetCut);
  CHECK(factCount(F) <= 300 + 4);
  const StringFact *S = valueFact(F, Secret);
  REQUIRE(S);
  CHECK(S->Name == "apiSecret");
  CHECK(S->Bind == BindKind::ConfigKey);
}
