//===- YamlUtil.h - Typed reads of yaml-cpp nodes ---------------*- C++ -*-===//
//
// Rules and configs share one way of reading YAML: every wrong type or
// unknown key becomes a Diagnostic at the node's line:column.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_YAMLUTIL_H
#define RTCLINT_RULES_YAMLUTIL_H

#include "rules/Diagnostic.h"
#include "rules/Rule.h"
#include "llvm/ADT/ArrayRef.h"
#include <yaml-cpp/yaml.h>

namespace rtclint {

class YamlReader {
public:
  YamlReader(std::string File, Diagnostics &Diags)
      : File(std::move(File)), Diags(Diags) {}

  /// Parses Text; on a syntax error reports it and returns false.
  bool parse(llvm::StringRef Text, std::vector<YAML::Node> &Docs);
  bool checkProgress(llvm::StringRef Text);

  void error(const YAML::Node &N, const std::string &Msg);
  void error(const YAML::Mark &M, const std::string &Msg);
  void warning(const YAML::Node &N, const std::string &Msg);
  /// Where Key itself is written in Map (its value's position is N[Key]).
  static YAML::Mark keyMark(const YAML::Node &Map, llvm::StringRef Key);

  /// Reports every key of Map not in Allowed, and every key given twice.
  /// Returns false if any.
  /// AnyKey: only duplicates are errors (maps of user-chosen keys).
  bool checkKeys(const YAML::Node &Map, llvm::ArrayRef<llvm::StringRef> Allowed,
                 llvm::StringRef What, bool AnyKey = false);

  bool getString(const YAML::Node &Map, const char *Key, std::string &Out,
                 bool Required = false);
  bool getBool(const YAML::Node &Map, const char *Key, bool &Out);
  bool getNumber(const YAML::Node &Map, const char *Key, double &Out);
  bool getInt(const YAML::Node &Map, const char *Key, int &Out);
  bool getStringList(const YAML::Node &Map, const char *Key,
                     std::vector<std::string> &Out);
  /// Compiles an RE2 regex; a bad regex is reported at the value's position.
  bool getRegex(const YAML::Node &Map, const char *Key, RegexPtr &Out);
  RegexPtr compileRegex(const YAML::Node &Value);
  /// getRegex for a regex whose match is reported: one that can match the
  /// empty string is an error.
  bool getReportedRegex(const YAML::Node &Map, const char *Key, RegexPtr &Out);
  static bool matchesEmpty(const re2::RE2 &Re);
  bool getGlobs(const YAML::Node &Map, const char *Key, std::vector<Glob> &Out);
  bool getLanguages(const YAML::Node &Map, const char *Key,
                    std::vector<Language> &Out);

  const std::string &file() const { return File; }
  bool failed() const { return Failed; }

private:
  std::string File;
  Diagnostics &Diags;
  bool Failed = false;
};

} // namespace rtclint

#endif
