//===- RuleLoader.cpp - YAML rule files to Rule objects
//--------------------===//
#include "rules/RuleSet.h"
#include "rules/Validators.h"
#include "rules/YamlUtil.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"
#include <fmt/format.h>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

static std::optional<BindKind> parseBind(StringRef S) {
  return llvm::StringSwitch<std::optional<BindKind>>(S)
      .Case("none", BindKind::None)
      .Case("variable", BindKind::Variable)
      .Case("assignment", BindKind::Assignment)
      .Case("field", BindKind::Field)
      .Case("object-key", BindKind::ObjectKey)
      .Case("keyword", BindKind::Keyword)
      .Case("config-key", BindKind::ConfigKey)
      .Case("define", BindKind::Define)
      .Case("attribute", BindKind::Attribute)
      .Default(std::nullopt);
}

static std::optional<ValueKind> parseKind(StringRef S) {
  return llvm::StringSwitch<std::optional<ValueKind>>(S)
      .Case("string", ValueKind::String)
      .Case("number", ValueKind::Number)
      .Case("bool", ValueKind::Bool)
      .Case("null", ValueKind::Null)
      .Default(std::nullopt);
}

static bool isRuleId(StringRef Id) {
  return !Id.empty() && llvm::all_of(Id, [](char C) {
    return llvm::isDigit(C) || (C >= 'a' && C <= 'z') || C == '-';
  });
}

namespace {
/// Reads one pattern mapping; keys allowed depend on `on:`.
class PatternReader {
public:
  PatternReader(YamlReader &R) : R(R) {}
  bool read(const YAML::Node &N, Pattern &P);

private:
  YamlReader &R;
  bool readCommon(const YAML::Node &N, Pattern &P);
};
} // namespace

bool PatternReader::readCommon(const YAML::Node &N, Pattern &P) {
  bool Ok = R.getLanguages(N, "languages", P.Languages);
  Ok &= R.getGlobs(N, "paths", P.Paths.Include);
  Ok &= R.getGlobs(N, "exclude-paths", P.Paths.Exclude);
  std::string Sev;
  if (R.getString(N, "severity", Sev) && !Sev.empty()) {
    P.SeverityOverride = parseSeverity(Sev);
    if (!P.SeverityOverride) {
      R.error(N["severity"], fmt::format("unknown severity '{}' (expected "
                                         "error, warning, note or off)",
                                         Sev));
      Ok = false;
    }
  }
  Ok &= R.getString(N, "message", P.Message);
  Ok &= R.getBool(N, "comments", P.Comments);
  return Ok;
}

bool PatternReader::read(const YAML::Node &N, Pattern &P) {
  if (!N.IsMap()) {
    R.error(N, "a pattern must be a mapping with an 'on:' key");
    return false;
  }
  std::string On;
  if (!R.getString(N, "on", On, /*Required=*/true))
    return false;
  static const StringRef Common[] = {
      "on",       "languages", "paths",   "exclude-paths",
      "severity", "message",   "comments"};
  std::vector<StringRef> Allowed(std::begin(Common), std::end(Common));
  auto Add = [&](std::initializer_list<StringRef> Ks) {
    Allowed.insert(Allowed.end(), Ks);
  };
  if (On == "string") {
    P.On = PatternOn::String;
    Add({"value", "not-value", "name", "not-name", "path", "bind", "call",
         "arg", "kinds", "entropy", "charset", "min-length", "max-length",
         "validate"});
  } else if (On == "binding") {
    P.On = PatternOn::Binding;
    Add({"value", "not-value", "name", "not-name", "path", "bind", "call",
         "arg"});
  } else if (On == "call") {
    P.On = PatternOn::Call;
    Add({"callee", "args", "keywords"});
  } else if (On == "code" || On == "text") {
    P.On = On == "code" ? PatternOn::Code : PatternOn::Text;
    Add({"regex", "entropy", "charset", "min-length", "max-length",
         "validate"});
  } else if (On == "file") {
    P.On = PatternOn::File;
    Add({"path", "regex"});
  } else {
    R.error(N["on"], fmt::format("unknown pattern kind '{}' (expected string, "
                                 "binding, call, code, text or file)",
                                 On));
    return false;
  }
  bool Ok = R.checkKeys(N, Allowed, "pattern");
  Ok &= readCommon(N, P);

  switch (P.On) {
  case PatternOn::String:
  case PatternOn::Binding: {
    Ok &= R.getRegex(N, "value", P.Value);
    Ok &= R.getRegex(N, "not-value", P.NotValue);
    Ok &= R.getRegex(N, "name", P.Name);
    Ok &= R.getRegex(N, "not-name", P.NotName);
    Ok &= R.getRegex(N, "path", P.QualifiedPath);
    Ok &= R.getRegex(N, "call", P.CallRe);
    Ok &= R.getInt(N, "arg", P.Arg);
    std::vector<std::string> Binds;
    Ok &= R.getStringList(N, "bind", Binds);
    for (const std::string &B : Binds) {
      if (auto K = parseBind(B))
        P.Binds.push_back(*K);
      else {
        R.error(N["bind"], fmt::format("unknown binding kind '{}'", B));
        Ok = false;
      }
    }
    if (P.On == PatternOn::String) {
      if (!N["value"]) {
        R.error(N, "a string pattern needs 'value'");
        Ok = false;
      }
      std::vector<std::string> Kinds;
      Ok &= R.getStringList(N, "kinds", Kinds);
      if (!Kinds.empty())
        P.Kinds.clear();
      for (const std::string &K : Kinds) {
        if (auto VK = parseKind(K))
          P.Kinds.push_back(*VK);
        else {
          R.error(N["kinds"], fmt::format("unknown value kind '{}'", K));
          Ok = false;
        }
      }
    } else if (!P.Value && !P.Name && !P.QualifiedPath) {
      R.error(N, "a binding pattern needs 'value', 'name' or 'path'");
      Ok = false;
    }
    break;
  }
  case PatternOn::Call: {
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
        for (const auto &KV : K) {
          if (RegexPtr Re = R.compileRegex(KV.second))
            P.Keywords.emplace_back(KV.first.Scalar(), Re);
          else
            Ok = false;
        }
      }
    }
    break;
  }
  case PatternOn::Code:
  case PatternOn::Text:
    if (!N["regex"]) {
      R.error(N, fmt::format("a {} pattern needs 'regex'", On));
      Ok = false;
    }
    Ok &= R.getRegex(N, "regex", P.Regex);
    break;
  case PatternOn::File:
    if (!N["path"]) {
      R.error(N, "a file pattern needs 'path'");
      Ok = false;
    }
    Ok &= R.getGlobs(N, "path", P.FileGlobs);
    Ok &= R.getRegex(N, "regex", P.Regex);
    break;
  }

  if (P.On == PatternOn::String || P.On == PatternOn::Code ||
      P.On == PatternOn::Text) {
    Ok &= R.getNumber(N, "entropy", P.Entropy);
    std::vector<std::string> Classes;
    Ok &= R.getStringList(N, "charset", Classes);
    for (const std::string &C : Classes) {
      uint8_t Bit = llvm::StringSwitch<uint8_t>(C)
                        .Case("lower", charset::Lower)
                        .Case("upper", charset::Upper)
                        .Case("digit", charset::Digit)
                        .Case("symbol", charset::Symbol)
                        .Default(0);
      if (!Bit) {
        R.error(N["charset"], fmt::format("unknown character class '{}' "
                                          "(expected lower, upper, digit or "
                                          "symbol)",
                                          C));
        Ok = false;
      }
      P.Charset |= Bit;
    }
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
        R.error(N["validate"],
                fmt::format("unknown validator '{}' (expected session-id, "
                            "t1-token, jwt-session-connect or pem-private-key)",
                            V));
        Ok = false;
      }
    }
  }
  return Ok;
}

static const StringRef RuleKeys[] = {
    "id",       "title",         "category",    "severity",
    "message",  "guide",         "description", "fix",
    "examples", "secret",        "fallback",    "languages",
    "paths",    "exclude-paths", "keywords",    "patterns"};

static const StringRef Categories[] = {
    "secrets",        "transport", "token-data", "sessions",
    "access-control", "archiving", "media"};

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
  if (!Out.Category.empty() &&
      !llvm::is_contained(Categories, StringRef(Out.Category))) {
    R.error(N["category"],
            fmt::format("unknown category '{}' (expected secrets, transport, "
                        "token-data, sessions, access-control, archiving or "
                        "media)",
                        Out.Category));
    Ok = false;
  }
  std::string Sev;
  Ok &= R.getString(N, "severity", Sev, true);
  if (!Sev.empty()) {
    if (auto S = parseSeverity(Sev))
      Out.Sev = *S;
    else {
      R.error(N["severity"], fmt::format("unknown severity '{}' (expected "
                                         "error, warning, note or off)",
                                         Sev));
      Ok = false;
    }
  }
  Ok &= R.getString(N, "message", Out.Message, true);
  Ok &= R.getString(N, "guide", Out.Guide);
  Ok &= R.getString(N, "description", Out.Description);
  Ok &= R.getString(N, "fix", Out.Fix);
  if (YAML::Node E = N["examples"]) {
    static const StringRef ExKeys[] = {"bad", "good"};
    if (R.checkKeys(E, ExKeys, "examples")) {
      Ok &= R.getString(E, "bad", Out.BadExample);
      Ok &= R.getString(E, "good", Out.GoodExample);
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

  YAML::Node Ps = N["patterns"];
  if (!Ps) {
    R.error(N, "missing required key 'patterns'");
    return false;
  }
  if (!Ps.IsSequence() || Ps.size() == 0) {
    R.error(Ps, "'patterns' must be a non-empty list");
    return false;
  }
  PatternReader PR(R);
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
