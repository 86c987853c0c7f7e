//===- PatternReader.cpp - One `patterns:` entry to a Pattern -------------===//
#include "rules/PatternReader.h"
#include "rules/RoutePattern.h"
#include "rules/RuleTables.h"
#include "rules/Validators.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

/// Reads Key (a name or a list of names) against Table.
template <class E>
static bool readNames(YamlReader &R, const YAML::Node &Map, const char *Key,
                      llvm::ArrayRef<NamedValue<E>> Table, StringRef What,
                      std::vector<E> &Out) {
  std::vector<std::string> Names;
  bool Ok = R.getStringList(Map, Key, Names);
  for (const std::string &S : Names) {
    if (std::optional<E> V = parseName(Table, S)) {
      Out.push_back(*V);
      continue;
    }
    R.error(Map[Key], fmt::format("unknown {} '{}' (expected {})", What.str(),
                                  S, expectedNames(Table)));
    Ok = false;
  }
  return Ok;
}

static const char *const CombinatorKeys[] = {"all", "any", "not", "inside"};

bool PatternReader::readNode(const YAML::Node &N, Pattern &P, bool Condition) {
  if (!N.IsMap()) {
    R.error(N, "a pattern must be a mapping with 'on:' or one of all, any, "
               "not, inside");
    return false;
  }
  P.Line = unsigned(N.Mark().line + 1);
  P.Column = unsigned(N.Mark().column + 1);
  unsigned Ops = 0;
  for (const char *K : CombinatorKeys)
    Ops += bool(N[K]);
  if (Ops == 0)
    return readLeaf(N, P, Condition);
  if (N["on"]) {
    R.error(N["on"], "a pattern has either 'on:' or a combinator (all, any, "
                     "not, inside), not both");
    return false;
  }
  return readCombinator(N, P, Condition);
}

bool PatternReader::readWhere(const YAML::Node &N, Pattern &P) {
  std::vector<uint8_t> Bits;
  bool Ok = readNames(R, N, "where", whereTable(), "where constraint", Bits);
  for (uint8_t B : Bits)
    P.Where |= B;
  if (Ok && N["where"] && !P.Where) {
    R.error(N["where"], "'where' needs at least one constraint");
    Ok = false;
  }
  return Ok;
}

bool PatternReader::readCombinator(const YAML::Node &N, Pattern &P,
                                   bool Condition) {
  std::vector<StringRef> Allowed(std::begin(CombinatorKeys),
                                 std::end(CombinatorKeys));
  if (Condition)
    Allowed.push_back("where");
  bool Ok = R.checkKeys(N, Allowed, "pattern");
  StringRef Op;
  for (const char *K : CombinatorKeys)
    if (N[K]) {
      if (!Op.empty()) {
        R.error(N[K], fmt::format("'{}' and '{}' in one mapping: nest them "
                                  "(all: [..., not: ...])",
                                  Op.str(), K));
        return false;
      }
      Op = K;
    }
  static const NamedValue<PatternOn> Ops[] = {{"all", PatternOn::All},
                                              {"any", PatternOn::Any},
                                              {"not", PatternOn::Not},
                                              {"inside", PatternOn::Inside}};
  P.On = parseName(llvm::ArrayRef(Ops), Op).value_or(PatternOn::All);
  YAML::Node Body = N[Op.str()];
  if (P.On == PatternOn::Not || P.On == PatternOn::Inside) {
    if (!Condition) {
      R.error(N,
              fmt::format("'{}' is a condition: use it inside 'all' after the "
                          "pattern it constrains",
                          Op.str()));
      return false;
    }
    if (P.On == PatternOn::Inside && N["where"]) {
      R.error(N["where"], "'inside' relates by position; 'where' does not "
                          "apply to it");
      Ok = false;
    }
    if (!Body.IsMap()) {
      R.error(Body,
              fmt::format("'{}' takes one pattern (a mapping)", Op.str()));
      return false;
    }
    P.Children.emplace_back();
    // The operand of not / inside is a condition: it may itself be an
    // `inside` (not: {inside: ...}).
    Ok &= readNode(Body, P.Children.back(), /*Condition=*/true);
    if (P.On == PatternOn::Inside && P.Children.back().On == PatternOn::Not) {
      R.error(Body, "write 'not: {inside: ...}' rather than 'inside: {not: "
                    "...}'");
      Ok = false;
    }
  } else {
    if (!Body.IsSequence() || Body.size() == 0) {
      R.error(Body, fmt::format("'{}' must be a non-empty list of patterns",
                                Op.str()));
      return false;
    }
    for (size_t I = 0; I < Body.size(); ++I) {
      P.Children.emplace_back();
      // In `all`, the first pattern reports and the rest constrain it; in
      // `any`, every operand reports.
      bool Cond = P.On == PatternOn::All && I > 0;
      Ok &= readNode(Body[I], P.Children.back(), Cond);
    }
  }
  if (Condition)
    Ok &= readWhere(N, P);
  return Ok;
}

bool PatternReader::readCommon(const YAML::Node &N, Pattern &P) {
  bool Ok = R.getLanguages(N, "languages", P.Languages);
  Ok &= R.getGlobs(N, "paths", P.Paths.Include);
  Ok &= R.getGlobs(N, "exclude-paths", P.Paths.Exclude);
  std::string S;
  if (R.getString(N, "severity", S) && !S.empty()) {
    P.SeverityOverride = parseSeverity(S);
    if (!P.SeverityOverride) {
      R.error(N["severity"], fmt::format("unknown severity '{}' (expected {})",
                                         S, expectedNames(severityTable())));
      Ok = false;
    }
  }
  S.clear();
  if (R.getString(N, "tests", S) && !S.empty()) {
    if (auto T = parseTestPolicy(S))
      P.Tests = *T;
    else {
      R.error(N["tests"], fmt::format("unknown test policy '{}' (expected {})",
                                      S, expectedNames(testPolicyTable())));
      Ok = false;
    }
  }
  Ok &= R.getString(N, "message", P.Message);
  Ok &= R.getBool(N, "comments", P.Comments);
  return Ok;
}

bool PatternReader::readLeaf(const YAML::Node &N, Pattern &P, bool Condition) {
  std::string On;
  if (!R.getString(N, "on", On, /*Required=*/true))
    return false;
  std::optional<PatternOn> Kind = parseName(patternOnTable(), On);
  if (!Kind) {
    R.error(N["on"], fmt::format("unknown pattern kind '{}' (expected {}, or a "
                                 "combinator: all, any, not, inside)",
                                 On, expectedNames(patternOnTable())));
    return false;
  }
  P.On = *Kind;
  static const StringRef Common[] = {
      "on",       "languages", "paths",    "exclude-paths",
      "severity", "message",   "comments", "tests"};
  std::vector<StringRef> Allowed(std::begin(Common), std::end(Common));
  if (Condition)
    Allowed.push_back("where");
  auto Add = [&](std::initializer_list<StringRef> Ks) {
    Allowed.insert(Allowed.end(), Ks);
  };
  switch (P.On) {
  case PatternOn::String:
    Add({"value", "not-value", "name", "not-name", "path", "bind", "call",
         "arg", "kinds", "entropy", "charset", "min-length", "max-length",
         "validate"});
    break;
  case PatternOn::Binding:
    Add({"value", "not-value", "name", "not-name", "path", "bind", "call",
         "arg"});
    break;
  case PatternOn::Call:
    Add({"callee", "args", "keywords", "value-of", "from", "from-except",
         "from-masked-by", "from-through", "from-other-sense", "from-keys",
         "lifetime", "runs-in", "longer-than", "resolves-to", "conditional"});
    break;
  case PatternOn::Code:
  case PatternOn::Text:
    Add({"regex", "entropy", "charset", "min-length", "max-length",
         "validate"});
    break;
  case PatternOn::File:
    Add({"path", "regex"});
    break;
  case PatternOn::Scope:
    Add({"name", "kind"});
    break;
  case PatternOn::Route:
    Add({"path", "method", "calls", "guarded", "role-guarded"});
    break;
  case PatternOn::Ast:
    Add({"ast", "bind"});
    break;
  default:
    break;
  }
  bool Ok = R.checkKeys(N, Allowed, "pattern");
  Ok &= readCommon(N, P);
  if (Condition)
    Ok &= readWhere(N, P);

  switch (P.On) {
  case PatternOn::String:
  case PatternOn::Binding:
    Ok &= readStringOrBinding(N, P);
    break;
  case PatternOn::Call:
    Ok &= readCall(N, P);
    Ok &= readFlow(N, P);
    break;
  case PatternOn::Code:
  case PatternOn::Text:
    if (!N["regex"]) {
      R.error(N, fmt::format("a {} pattern needs 'regex'", On));
      Ok = false;
    }
    Ok &= R.getReportedRegex(N, "regex", P.Regex);
    break;
  case PatternOn::File:
    if (!N["path"]) {
      R.error(N, "a file pattern needs 'path'");
      Ok = false;
    }
    Ok &= R.getGlobs(N, "path", P.FileGlobs);
    Ok &= R.getReportedRegex(N, "regex", P.Regex);
    break;
  case PatternOn::Scope:
    Ok &= R.getRegex(N, "name", P.Name);
    Ok &= readNames(R, N, "kind", scopeKindTable(), "scope kind", P.ScopeKinds);
    break;
  case PatternOn::Route:
    Ok &= R.getRegex(N, "path", P.QualifiedPath);
    Ok &= R.getRegex(N, "method", P.Method);
    Ok &= readRoutePattern(R, N, P);
    break;
  case PatternOn::Ast:
    // Compiled (and checked) by lib/clang, which knows the matcher syntax.
    if (!N["ast"]) {
      R.error(N, "an ast pattern needs 'ast' (a clang-query matcher)");
      Ok = false;
    } else {
      P.AstLine = unsigned(N["ast"].Mark().line + 1);
      P.AstColumn = unsigned(N["ast"].Mark().column + 1);
    }
    Ok &= R.getString(N, "ast", P.Ast);
    Ok &= R.getString(N, "bind", P.AstBind);
    break;
  default:
    break;
  }
  if (P.On == PatternOn::String || P.On == PatternOn::Code ||
      P.On == PatternOn::Text)
    Ok &= readPartChecks(N, P);
  return Ok;
}

bool PatternReader::readStringOrBinding(const YAML::Node &N, Pattern &P) {
  // The value regex picks the reported part: it must not match nothing.
  bool Ok = R.getReportedRegex(N, "value", P.Value);
  Ok &= R.getRegex(N, "not-value", P.NotValue);
  Ok &= R.getRegex(N, "name", P.Name);
  Ok &= R.getRegex(N, "not-name", P.NotName);
  Ok &= R.getRegex(N, "path", P.QualifiedPath);
  Ok &= R.getRegex(N, "call", P.CallRe);
  Ok &= R.getInt(N, "arg", P.Arg);
  Ok &= readNames(R, N, "bind", bindKindTable(), "binding kind", P.Binds);
  if (P.On == PatternOn::String) {
    if (!N["value"]) {
      R.error(N, "a string pattern needs 'value'");
      Ok = false;
    }
    if (N["kinds"]) {
      P.Kinds.clear();
      Ok &= readNames(R, N, "kinds", valueKindTable(), "value kind", P.Kinds);
    }
  } else if (!N["value"] && !P.Name && !P.QualifiedPath) {
    R.error(N, "a binding pattern needs 'value', 'name' or 'path'");
    Ok = false;
  }
  return Ok;
}

bool PatternReader::readCall(const YAML::Node &N, Pattern &P) {
  bool Ok = true;
  if (!R.getRegex(N, "callee", P.Callee) || !P.Callee) {
    if (!N["callee"])
      R.error(N, "a call pattern needs 'callee'");
    Ok = false;
  }
  if (YAML::Node A = N["args"]) {
    if (!A.IsMap()) {
      R.error(A, "'args' must map argument positions to regexes");
      Ok = false;
    } else {
      Ok &= R.checkKeys(A, {}, "args", /*AnyKey=*/true);
      for (const auto &KV : A) {
        unsigned Idx;
        if (StringRef(KV.first.Scalar()).getAsInteger(10, Idx)) {
          R.error(KV.first, "argument positions are integers from 0");
          Ok = false;
          continue;
        }
        if (RegexPtr Re = R.compileRegex(KV.second))
          P.Args.emplace_back(Idx, Re);
        else
          Ok = false;
      }
    }
  }
  if (YAML::Node K = N["keywords"]) {
    if (!K.IsMap()) {
      R.error(K, "'keywords' must map keyword names to regexes");
      Ok = false;
    } else {
      Ok &= R.checkKeys(K, {}, "keywords", /*AnyKey=*/true);
      for (const auto &KV : K) {
        if (RegexPtr Re = R.compileRegex(KV.second))
          P.Keywords.emplace_back(KV.first.Scalar(), Re);
        else
          Ok = false;
      }
    }
  }
  return Ok;
}

bool PatternReader::readPartChecks(const YAML::Node &N, Pattern &P) {
  bool Ok = R.getNumber(N, "entropy", P.Entropy);
  std::vector<uint8_t> Bits;
  Ok &= readNames(R, N, "charset", charsetTable(), "character class", Bits);
  for (uint8_t B : Bits)
    P.Charset |= B;
  int Min = 0, Max = 0;
  Ok &= R.getInt(N, "min-length", Min);
  Ok &= R.getInt(N, "max-length", Max);
  P.MinLength = unsigned(Min);
  P.MaxLength = unsigned(Max);
  std::string V;
  if (R.getString(N, "validate", V) && !V.empty()) {
    if (auto Val = parseValidator(V))
      P.Validate = *Val;
    else {
      R.error(N["validate"], fmt::format("unknown validator '{}' (expected {})",
                                         V, expectedNames(validatorTable())));
      Ok = false;
    }
  }
  return Ok;
}
