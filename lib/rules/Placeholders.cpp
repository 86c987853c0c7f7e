//===- Placeholders.cpp - The shared "not a secret" vocabulary ------------===//
#include "rules/Placeholders.h"
#include "rules/YamlUtil.h"
#include "llvm/ADT/StringExtras.h"
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

static void readRegexes(YamlReader &R, const YAML::Node &Doc, StringRef Key,
                        std::vector<RegexPtr> &Out) {
  YAML::Node Ps = Doc[Key.str()];
  if (!Ps)
    return;
  if (!Ps.IsSequence()) {
    R.error(Ps, "'" + Key.str() + "' must be a list of regexes");
    return;
  }
  for (const auto &P : Ps)
    if (RegexPtr Re = R.compileRegex(P))
      Out.push_back(Re);
}

bool Placeholders::load(StringRef File, StringRef Text, Diagnostics &Diags) {
  YamlReader R(File.str(), Diags);
  std::vector<YAML::Node> Docs;
  if (!R.parse(Text, Docs))
    return false;
  for (const YAML::Node &Doc : Docs) {
    if (!Doc || Doc.IsNull())
      continue;
    static const StringRef Keys[] = {"exact", "patterns", "examples",
                                     "fake-files"};
    if (!R.checkKeys(Doc, Keys, "placeholder file"))
      continue;
    std::vector<std::string> Words;
    R.getStringList(Doc, "exact", Words);
    R.getStringList(Doc, "examples", Words);
    for (const std::string &W : Words)
      Exact.insert(StringRef(W).lower());
    readRegexes(R, Doc, "patterns", Patterns);
    readRegexes(R, Doc, "fake-files", FakeFiles);
  }
  return !R.failed();
}

/// True for "aaaaaaaa", "0000", "********": one repeated character.
static bool isOneCharRun(StringRef V) {
  return V.size() >= 3 && V.find_first_not_of(V[0]) == StringRef::npos;
}

/// True for runs like "0123456789abcdef0123..." or "abcdefgh...": most
/// neighbours are consecutive characters (wrapping 9->a and f->0 in hex).
static bool isSequentialRun(StringRef V) {
  if (V.size() < 8)
    return false;
  unsigned Steps = 0;
  for (size_t I = 1; I < V.size(); ++I) {
    char A = llvm::toLower(V[I - 1]), B = llvm::toLower(V[I]);
    if (B == A + 1 || (A == '9' && B == 'a') || (A == 'f' && B == '0') ||
        (A == '9' && B == '0') || (A == 'z' && B == 'a'))
      ++Steps;
  }
  return Steps * 10 >= (V.size() - 1) * 8;
}

bool Placeholders::isPlaceholder(StringRef Value) const {
  StringRef V = Value.trim();
  if (V.empty() || isOneCharRun(V) || isSequentialRun(V))
    return true;
  if (Exact.contains(V.lower()))
    return true;
  return llvm::any_of(Patterns, [&](const RegexPtr &Re) {
    return RE2::PartialMatch(re2::StringPiece(V.data(), V.size()), *Re);
  });
}

bool Placeholders::isFakeFile(StringRef ProjectPath) const {
  return llvm::any_of(FakeFiles, [&](const RegexPtr &Re) {
    return RE2::PartialMatch(
        re2::StringPiece(ProjectPath.data(), ProjectPath.size()), *Re);
  });
}
