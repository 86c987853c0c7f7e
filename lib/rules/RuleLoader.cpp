//===- RuleLoader.cpp - YAML rule files to Rule objects -------------------===//
#include "rules/KeywordSelectivity.h"
#include "rules/PatternReader.h"
#include "rules/RuleSet.h"
#include "rules/RuleTables.h"
#include "rules/YamlUtil.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/Path.h"
#include <fmt/format.h>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

static bool isRuleId(StringRef Id) {
  return !Id.empty() && llvm::all_of(Id, [](char C) {
    return llvm::isDigit(C) || (C >= 'a' && C <= 'z') || C == '-';
  });
}

static const StringRef RuleKeys[] = {
    "id",        "title",       "category", "severity",      "message",
    "guide",     "description", "fix",      "examples",      "secret",
    "fallback",  "languages",   "paths",    "exclude-paths", "keywords",
    "patterns",  "source",      "tests",    "options",       "cwe",
    "references"};

/// One `options:` entry: {type, default, description}.
static bool readOption(YamlReader &R, const YAML::Node &Key,
                       const YAML::Node &N, RuleOption &O) {
  O.Name = Key.Scalar();
  if (!isRuleId(O.Name)) {
    R.error(Key, fmt::format("option name '{}' must be lower-case letters, "
                             "digits and '-'",
                             O.Name));
    return false;
  }
  static const StringRef Keys[] = {"type", "default", "description"};
  if (!R.checkKeys(N, Keys, "option"))
    return false;
  std::string Ty;
  bool Ok = R.getString(N, "type", Ty, /*Required=*/true);
  Ok &= R.getString(N, "description", O.Description, /*Required=*/true);
  if (!Ok)
    return false;
  if (auto T = parseOptionType(Ty))
    O.Ty = *T;
  else {
    R.error(N["type"], fmt::format("unknown option type '{}' (expected {})", Ty,
                                   expectedNames(optionTypeTable())));
    return false;
  }
  YAML::Node D = N["default"];
  if (!D) {
    R.error(N, "missing required key 'default'");
    return false;
  }
  auto Wrong = [&] {
    R.error(D,
            fmt::format("default of option '{}' must be {}", O.Name,
                        O.Ty == RuleOption::Type::Int    ? "an integer"
                        : O.Ty == RuleOption::Type::Bool ? "true or false"
                        : O.Ty == RuleOption::Type::List ? "a list of strings"
                                                         : "a string"));
    return false;
  };
  switch (O.Ty) {
  case RuleOption::Type::Int:
    if (!D.IsScalar() || StringRef(D.Scalar()).getAsInteger(10, O.IntDefault))
      return Wrong();
    break;
  case RuleOption::Type::Bool:
    if (!D.IsScalar() || (D.Scalar() != "true" && D.Scalar() != "false"))
      return Wrong();
    O.BoolDefault = D.Scalar() == "true";
    break;
  case RuleOption::Type::String:
    if (!D.IsScalar())
      return Wrong();
    O.StringDefault = D.Scalar();
    break;
  case RuleOption::Type::List:
    if (!D.IsSequence())
      return Wrong();
    for (const auto &E : D) {
      if (!E.IsScalar())
        return Wrong();
      O.ListDefault.push_back(E.Scalar());
    }
    break;
  }
  return true;
}

static bool readOptions(YamlReader &R, const YAML::Node &N, Rule &Out) {
  YAML::Node Os = N["options"];
  if (!Os)
    return true;
  if (!Os.IsMap()) {
    R.error(Os, "'options' must map option names to {type, default, "
                "description}");
    return false;
  }
  bool Ok = R.checkKeys(Os, {}, "options", /*AnyKey=*/true);
  for (const auto &KV : Os) {
    RuleOption O;
    if (readOption(R, KV.first, KV.second, O))
      Out.Options.push_back(std::move(O));
    else
      Ok = false;
  }
  return Ok;
}

/// `cwe: CWE-798` and `references: [https://...]`.
/// `fix:` is prose (a string), or a map with the prose as `text` and a quick
/// fix: `title`, a `replace` regex searched in the reported source bytes and
/// its RE2 rewrite `with`.
static bool readFix(YamlReader &R, const YAML::Node &N, Rule &Out) {
  YAML::Node F = N["fix"];
  if (!F || !F.IsMap())
    return R.getString(N, "fix", Out.Fix);
  static const StringRef Keys[] = {"text", "title", "replace", "with"};
  if (!R.checkKeys(F, Keys, "fix"))
    return false;
  RuleFix X;
  bool Ok = R.getString(F, "text", Out.Fix);
  Ok &= R.getString(F, "title", X.Title, /*Required=*/true);
  Ok &= R.getString(F, "with", X.With, /*Required=*/true);
  if (!F["replace"]) {
    R.error(F, "missing required key 'replace'");
    return false;
  }
  if (!R.getRegex(F, "replace", X.Replace))
    return false;
  if (YamlReader::matchesEmpty(*X.Replace)) {
    R.error(F["replace"], fmt::format("fix regex '{}' can match the empty "
                                      "string: the edit would insert text "
                                      "anywhere",
                                      X.Replace->pattern()));
    return false;
  }
  std::string Err;
  if (Ok && !X.Replace->CheckRewriteString(X.With, &Err)) {
    R.error(F["with"], fmt::format("invalid rewrite '{}': {}", X.With, Err));
    return false;
  }
  if (Ok)
    Out.Edit = std::move(X);
  return Ok;
}

static bool readReferences(YamlReader &R, const YAML::Node &N, Rule &Out) {
  bool Ok = R.getString(N, "cwe", Out.Cwe);
  if (!Out.Cwe.empty()) {
    StringRef C = Out.Cwe;
    unsigned Num;
    if (!C.consume_front("CWE-") || C.getAsInteger(10, Num)) {
      R.error(N["cwe"], fmt::format("cwe '{}' must be written CWE-<number> "
                                    "(CWE-798)",
                                    Out.Cwe));
      Ok = false;
    }
  }
  if (!R.getStringList(N, "references", Out.References))
    return false;
  for (size_t I = 0; I < Out.References.size(); ++I) {
    StringRef U = Out.References[I];
    if (!U.starts_with("https://") && !U.starts_with("http://")) {
      YAML::Node L = N["references"];
      R.error(L.IsSequence() ? L[I] : L,
              fmt::format("reference '{}' must be an http(s) URL", U));
      Ok = false;
    }
  }
  return Ok;
}

/// Warns about keywords that most files contain: they switch the prefilter
/// off for the rule without saying so. A fallback rule (a catch-all over
/// secret-like names) is broad by design and exempt.
static void checkKeywords(YamlReader &R, const YAML::Node &N, const Rule &Out) {
  if (Out.Fallback)
    return;
  YAML::Node L = N["keywords"];
  for (size_t I = 0; I < Out.Keywords.size(); ++I) {
    KeywordFrequency F = keywordFrequency(Out.Keywords[I]);
    if (F.FileShare < CommonKeywordShare)
      continue;
    R.warning(L.IsSequence() ? L[I] : L,
              fmt::format("keyword '{}' is not selective: {} of {} common "
                          "code words contain it, so an estimated {:.0f}% of "
                          "files do; use a longer, rarer literal",
                          Out.Keywords[I], F.Words, F.Sample,
                          F.FileShare * 100));
  }
}

static bool readRule(YamlReader &R, const YAML::Node &N, Rule &Out) {
  bool Ok = R.checkKeys(N, RuleKeys, "rule");
  if (!N.IsMap())
    return false;
  Ok &= R.getString(N, "id", Out.Id, true);
  if (YAML::Node IdNode = N["id"]) {
    Out.IdLine = unsigned(IdNode.Mark().line + 1);
    Out.IdColumn = unsigned(IdNode.Mark().column + 1);
  }
  if (!Out.Id.empty() && !isRuleId(Out.Id)) {
    R.error(N["id"], fmt::format("rule id '{}' must be lower-case letters, "
                                 "digits and '-'",
                                 Out.Id));
    Ok = false;
  }
  Ok &= R.getString(N, "title", Out.Title, true);
  Ok &= R.getString(N, "category", Out.Category, true);
  if (!Out.Category.empty() && !isRuleCategory(Out.Category)) {
    R.error(N["category"], fmt::format("unknown category '{}' (expected {})",
                                       Out.Category, orList(ruleCategories())));
    Ok = false;
  }
  std::string Sev;
  Ok &= R.getString(N, "severity", Sev, true);
  if (!Sev.empty()) {
    if (auto S = parseSeverity(Sev))
      Out.Sev = *S;
    else {
      R.error(N["severity"], fmt::format("unknown severity '{}' (expected {})",
                                         Sev, expectedNames(severityTable())));
      Ok = false;
    }
  }
  Ok &= R.getString(N, "message", Out.Message, true);
  Ok &= R.getString(N, "guide", Out.Guide);
  Ok &= R.getString(N, "description", Out.Description);
  Ok &= readFix(R, N, Out);
  if (YAML::Node E = N["examples"]) {
    static const StringRef ExKeys[] = {"bad", "good", "language", "path"};
    Out.ExamplesLine = unsigned(YamlReader::keyMark(N, "examples").line + 1);
    if (R.checkKeys(E, ExKeys, "examples")) {
      Ok &= R.getString(E, "bad", Out.BadExample);
      Ok &= R.getString(E, "good", Out.GoodExample);
      Ok &= R.getString(E, "path", Out.ExamplePath);
      std::vector<Language> Ls;
      if (E["language"] && E["language"].IsSequence()) {
        R.error(E["language"], "'language' must be one language");
        Ok = false;
      } else if (R.getLanguages(E, "language", Ls) && Ls.size() == 1) {
        Out.ExampleLanguage = Ls.front();
      }
    } else {
      Ok = false;
    }
  }
  Ok &= R.getBool(N, "secret", Out.Secret);
  Ok &= R.getBool(N, "fallback", Out.Fallback);
  Ok &= R.getLanguages(N, "languages", Out.Languages);
  Ok &= R.getGlobs(N, "paths", Out.Paths.Include);
  Ok &= R.getGlobs(N, "exclude-paths", Out.Paths.Exclude);
  Ok &= R.getStringList(N, "keywords", Out.Keywords);
  for (std::string &K : Out.Keywords)
    K = llvm::StringRef(K).lower();
  Ok &= readOptions(R, N, Out);
  Ok &= readReferences(R, N, Out);
  std::string Tests;
  if (R.getString(N, "tests", Tests) && !Tests.empty()) {
    if (auto T = parseTestPolicy(Tests))
      Out.Tests = *T;
    else {
      R.error(N["tests"], fmt::format("unknown test policy '{}' (expected {})",
                                      Tests, expectedNames(testPolicyTable())));
      Ok = false;
    }
  }
  std::string Source;
  if (R.getString(N, "source", Source) && !Source.empty()) {
    if (auto S = parseName(ruleSourceTable(), Source))
      Out.Source = *S;
    else {
      R.error(N["source"],
              fmt::format("unknown rule source '{}' (expected {})", Source,
                          expectedNames(ruleSourceTable())));
      return false; // which keys it needs depends on the source
    }
  }
  checkKeywords(R, N, Out);

  YAML::Node Ps = N["patterns"];
  if (Out.Source == RuleSource::Engine) {
    // An engine component reports it; the matcher never runs it.
    for (const char *K : {"patterns", "keywords"})
      if (N[K]) {
        R.error(R.keyMark(N, K), fmt::format("a 'source: engine' rule has no "
                                             "'{}': an "
                                             "engine component reports it",
                                             K));
        Ok = false;
      }
    return Ok;
  }
  if (!Ps) {
    R.error(N, "missing required key 'patterns'");
    return false;
  }
  if (!Ps.IsSequence() || Ps.size() == 0) {
    R.error(Ps, "'patterns' must be a non-empty list");
    return false;
  }
  PatternReader PR(R, &Out.Options);
  for (const auto &PN : Ps) {
    Pattern P;
    if (PR.read(PN, P))
      Out.Patterns.push_back(std::move(P));
    else
      Ok = false;
  }
  return Ok;
}

bool RuleSet::loadText(StringRef File, StringRef Text, bool Builtin,
                       Diagnostics &Diags) {
  // Chained over every loaded file, in load order: what a result cache keys on.
  llvm::BLAKE3 H;
  H.update(Digest);
  H.update(File);
  H.update(llvm::StringRef("\0", 1));
  H.update(Text);
  Digest = llvm::toHex(H.final(), /*LowerCase=*/true);
  YamlReader R(File.str(), Diags);
  std::vector<YAML::Node> Docs;
  if (!R.parse(Text, Docs))
    return false;
  if (llvm::sys::path::filename(File) == "placeholders.yaml")
    return Holders.load(File, Text, Diags);

  bool Ok = true;
  for (const YAML::Node &Doc : Docs) {
    if (!Doc || Doc.IsNull())
      continue;
    // Either one rule per document or `rules: [...]`.
    std::vector<YAML::Node> RuleNodes;
    if (Doc.IsMap() && Doc["rules"] && !Doc["id"]) {
      static const StringRef Top[] = {"rules"};
      if (!R.checkKeys(Doc, Top, "rule file") || !Doc["rules"].IsSequence()) {
        if (!Doc["rules"].IsSequence())
          R.error(Doc["rules"], "'rules' must be a list of rules");
        Ok = false;
        continue;
      }
      for (const auto &RN : Doc["rules"])
        RuleNodes.push_back(RN);
    } else {
      RuleNodes.push_back(Doc);
    }
    for (const YAML::Node &RN : RuleNodes) {
      Rule Rl;
      Rl.File = File.str();
      Rl.Builtin = Builtin;
      if (readRule(R, RN, Rl))
        Rules.push_back(std::move(Rl));
      else
        Ok = false;
    }
  }
  return Ok;
}
