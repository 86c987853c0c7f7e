//===- Config.h - The .rtclint.yaml project configuration -------*- C++ -*-===//
//
// A config is read in two steps: load() checks syntax, keys and types (it
// needs no rules), then validate() checks rule ids and rule options against
// the rule set, which may itself include the config's extra rule dirs. The
// result is a plain value the command line maps onto engine and walk options.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_CONFIG_CONFIG_H
#define RTCLINT_CONFIG_CONFIG_H

#include "rules/Diagnostic.h"
#include "rules/Rule.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rtclint {

class RuleSet;

/// The file name looked for upwards from each scanned path.
inline constexpr const char *ConfigFileName = ".rtclint.yaml";

/// A position in the config file, for errors found after loading.
struct ConfigPos {
  unsigned Line = 0, Column = 0; // 1-based
};

/// A rule option as written: a scalar or a list of scalars.
struct OptionValue {
  std::vector<std::string> Items;
  bool IsList = false;
  ConfigPos Pos;
};

struct RuleConfig {
  std::optional<bool> Enabled;
  std::optional<Severity> Sev;
  std::map<std::string, OptionValue> Options;
  ConfigPos Pos; // of the rule id key
};

/// An id or category listed under enable: / disable:.
struct ConfigName {
  std::string Name;
  ConfigPos Pos;
};

struct Config {
  std::string File; // as given or found; empty for the default config
  std::string Dir;  // absolute directory of File
  std::map<std::string, RuleConfig> Rules;
  std::vector<ConfigName> Enable;    // turn on (also off-by-default rules)
  std::vector<ConfigName> Disable;   // turn off rules or categories
  std::vector<std::string> Exclude;  // gitignore-style globs
  std::vector<std::string> RuleDirs; // absolute (relative ones: to Dir)
  bool RequireE2EE = false;          // policy: routed sessions need E2EE
  std::optional<bool> IncludeTests;  // test code like other code
  ConfigPos RequireE2EEPos;
};

/// Largest config file read; anything bigger is a mistake, not a config.
inline constexpr uint64_t MaxConfigSize = 1 << 20;

/// Reads Path only if it is a regular file no larger than MaxSize; FIFOs,
/// devices and directories are refused without blocking.
bool readRegularFile(llvm::StringRef Path, uint64_t MaxSize, std::string &Out,
                     std::string &Error);

/// Parses Path; every problem is a Diagnostic with line and column.
std::optional<Config> loadConfig(llvm::StringRef Path, Diagnostics &Diags);
/// Parses Text as if read from File (for tests and editors).
std::optional<Config> parseConfig(llvm::StringRef File, llvm::StringRef Text,
                                  Diagnostics &Diags);

/// Unknown rule ids and categories, options a rule does not declare or of
/// the wrong type. Returns false if any.
bool validateConfig(const Config &C, const RuleSet &Rules, Diagnostics &Diags);

/// The nearest .rtclint.yaml in the directory of Path (or Path itself, when
/// a directory) and its parents; empty when there is none.
std::string findConfig(llvm::StringRef Path);

/// The commented starter config `rtclint init` writes.
llvm::StringRef starterConfig();

/// Writes the starter config to Path; refuses to replace an existing file.
bool writeStarterConfig(llvm::StringRef Path, std::string &Error);

} // namespace rtclint

#endif
