//===- ConfigLoader.cpp - Parse .rtclint.yaml -----------------------------===//
//
// Every key is checked: a typo in a config silently doing nothing is worse
// than an error, so unknown keys and wrong types stop the run (exit 2) with
// the position yaml-cpp recorded for the node.
//
//===----------------------------------------------------------------------===//
#include "config/Config.h"
#include "rules/YamlUtil.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <fmt/format.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

ConfigPos posOf(const YAML::Node &N) {
  YAML::Mark M = N.Mark();
  if (M.is_null())
    return {};
  return {unsigned(M.line + 1), unsigned(M.column + 1)};
}

class ConfigParser {
public:
  ConfigParser(StringRef File, Diagnostics &Diags) : R(File.str(), Diags) {}

  std::optional<Config> parse(StringRef Text, Config C) {
    std::vector<YAML::Node> Docs;
    if (!R.parse(Text, Docs))
      return std::nullopt;
    if (Docs.size() > 1) {
      R.error(Docs[1], "a config holds one YAML document");
      return std::nullopt;
    }
    if (Docs.empty() || Docs[0].IsNull())
      return C; // an empty config is the default one
    const YAML::Node &Top = Docs[0];
    if (!R.checkKeys(Top,
                     {"rules", "enable", "disable", "exclude", "rule-dirs",
                      "policy", "include-tests"},
                     "the config"))
      return std::nullopt;
    bool Ok = true;
    if (YAML::Node N = Top["rules"])
      Ok &= parseRules(N, C);
    Ok &= names(Top, "enable", C.Enable);
    Ok &= names(Top, "disable", C.Disable);
    Ok &= R.getStringList(Top, "exclude", C.Exclude);
    std::vector<std::string> Dirs;
    Ok &= R.getStringList(Top, "rule-dirs", Dirs);
    for (const std::string &D : Dirs) {
      llvm::SmallString<256> P(D);
      if (!llvm::sys::path::is_absolute(P)) {
        P = C.Dir;
        llvm::sys::path::append(P, D);
      }
      llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
      C.RuleDirs.push_back(std::string(P));
    }
    if (YAML::Node P = Top["policy"]) {
      if (R.checkKeys(P, {"require-e2ee"}, "policy")) {
        Ok &= R.getBool(P, "require-e2ee", C.RequireE2EE);
        if (P["require-e2ee"])
          C.RequireE2EEPos = posOf(P["require-e2ee"]);
      } else {
        Ok = false;
      }
    }
    if (Top["include-tests"]) {
      bool B = true;
      Ok &= R.getBool(Top, "include-tests", B);
      C.IncludeTests = B;
    }
    if (!Ok || R.failed())
      return std::nullopt;
    return C;
  }

private:
  bool names(const YAML::Node &Top, const char *Key,
             std::vector<ConfigName> &Out) {
    YAML::Node N = Top[Key];
    if (!N)
      return true;
    if (N.IsScalar()) {
      Out.push_back({N.Scalar(), posOf(N)});
      return true;
    }
    if (!N.IsSequence()) {
      R.error(
          N, fmt::format("'{}' must be a list of rule ids or categories", Key));
      return false;
    }
    bool Ok = true;
    for (const YAML::Node &E : N) {
      if (!E.IsScalar()) {
        R.error(E, fmt::format("'{}' must be a list of rule ids or categories",
                               Key));
        Ok = false;
        continue;
      }
      Out.push_back({E.Scalar(), posOf(E)});
    }
    return Ok;
  }

  bool severity(const YAML::Node &N, std::optional<Severity> &Out) {
    if (N.IsScalar())
      if (auto S = parseSeverity(N.Scalar())) {
        Out = S;
        return true;
      }
    R.error(N, fmt::format("unknown severity '{}' (expected error, warning, "
                           "note or off)",
                           N.IsScalar() ? N.Scalar() : std::string("?")));
    return false;
  }

  bool parseRules(const YAML::Node &N, Config &C) {
    if (!N.IsMap()) {
      R.error(N, "'rules' must be a mapping from rule id to settings");
      return false;
    }
    bool Ok = true;
    for (const auto &KV : N) {
      std::string Id = KV.first.Scalar();
      if (C.Rules.count(Id)) {
        R.error(KV.first, fmt::format("rule '{}' is configured twice", Id));
        Ok = false;
        continue;
      }
      RuleConfig RC;
      RC.Pos = posOf(KV.first);
      const YAML::Node &V = KV.second;
      if (V.IsScalar()) {
        // Shorthand: `rule-id: off` / `rule-id: error`.
        Ok &= severity(V, RC.Sev);
      } else if (!R.checkKeys(V, {"enabled", "severity", "options"},
                              fmt::format("rule '{}'", Id))) {
        Ok = false;
      } else {
        if (V["enabled"]) {
          bool B = true;
          Ok &= R.getBool(V, "enabled", B);
          RC.Enabled = B;
        }
        if (YAML::Node S = V["severity"])
          Ok &= severity(S, RC.Sev);
        if (YAML::Node O = V["options"])
          Ok &= options(O, Id, RC);
      }
      C.Rules.emplace(Id, std::move(RC));
    }
    return Ok;
  }

  bool options(const YAML::Node &O, const std::string &Id, RuleConfig &RC) {
    if (!O.IsMap()) {
      R.error(O, fmt::format("options of rule '{}' must be a mapping", Id));
      return false;
    }
    bool Ok = true;
    for (const auto &KV : O) {
      OptionValue V;
      V.Pos = posOf(KV.second);
      const YAML::Node &N = KV.second;
      if (N.IsScalar()) {
        V.Items.push_back(N.Scalar());
      } else if (N.IsSequence()) {
        V.IsList = true;
        for (const YAML::Node &E : N) {
          if (!E.IsScalar()) {
            R.error(E, fmt::format("option '{}' must be a value or a list of "
                                   "values",
                                   KV.first.Scalar()));
            Ok = false;
            continue;
          }
          V.Items.push_back(E.Scalar());
        }
      } else {
        R.error(N.IsNull() ? KV.first : N,
                fmt::format("option '{}' must be a value or a list of values",
                            KV.first.Scalar()));
        Ok = false;
        continue;
      }
      RC.Options[KV.first.Scalar()] = std::move(V);
    }
    return Ok;
  }

  YamlReader R;
};

} // namespace

std::optional<Config> rtclint::parseConfig(StringRef File, StringRef Text,
                                           Diagnostics &Diags) {
  Config C;
  C.File = File.str();
  llvm::SmallString<256> Abs(File);
  // On failure the path stays relative, which still works.
  std::error_code AbsEC = llvm::sys::fs::make_absolute(Abs);
  (void)AbsEC;
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  C.Dir = std::string(llvm::sys::path::parent_path(Abs));
  return ConfigParser(File, Diags).parse(Text, std::move(C));
}

std::optional<Config> rtclint::loadConfig(StringRef Path, Diagnostics &Diags) {
  std::string Text, Error;
  if (!readRegularFile(Path, MaxConfigSize, Text, Error)) {
    Diags.push_back({Path.str(), 0, 0, "cannot read config: " + Error});
    return std::nullopt;
  }
  return parseConfig(Path, Text, Diags);
}

std::string rtclint::findConfig(StringRef Path) {
  llvm::SmallString<256> Dir(Path.empty() ? "." : Path);
  std::error_code DirEC = llvm::sys::fs::make_absolute(Dir);
  (void)DirEC; // on failure the path stays relative, which still works
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  if (!llvm::sys::fs::is_directory(Dir))
    llvm::sys::path::remove_filename(Dir);
  for (StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, ConfigFileName);
    llvm::sys::fs::file_status St;
    if (!llvm::sys::fs::status(Candidate, St) &&
        St.type() == llvm::sys::fs::file_type::regular_file)
      return std::string(Candidate);
  }
  return {};
}
