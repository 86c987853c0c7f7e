//===- RuleTestUtil.h - Rules from text, scans, temp dirs for unit tests --===//
//
// Shared by the rules and engine unit tests: a rule file written inline, a
// RuleSet loaded from such texts, an engine scan of one buffer, and a
// temporary directory removed with its contents.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_TEST_RULETESTUTIL_H
#define RTCLINT_TEST_RULETESTUTIL_H

#include "engine/Engine.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <catch2/catch.hpp>

namespace rtclint::testutil {

/// A rule file: the header fields, then Rest (patterns and extras); a
/// default message unless Rest has one.
inline std::string rule(llvm::StringRef Id, llvm::StringRef Rest,
                        llvm::StringRef Category = "secrets",
                        llvm::StringRef Sev = "warning") {
  std::string Out = "id: " + Id.str() +
                    "\ntitle: T\ncategory: " + Category.str() +
                    "\nseverity: " + Sev.str() + "\n";
  if (!Rest.contains("message:"))
    Out += "message: found\n";
  return Out + Rest.str();
}

/// A route rule with the route evidence options the engine tests share: an
/// error for an unguarded route whose handler calls Callee (a regex), a
/// note for a guarded one with no role check. Head goes after the header
/// (`keywords: [...]`).
inline std::string routeRule(llvm::StringRef Id, llvm::StringRef Callee,
                             llvm::StringRef Head = "") {
  std::string Patterns;
  for (const char *Guard :
       {"    guarded: false\n", "    guarded: true\n    role-guarded: false\n"
                                "    severity: note\n    message: 'no role "
                                "{path}'\n"})
    Patterns += "  - on: route\n    calls: '" + Callee.str() + "'\n" + Guard;
  return rule(Id, "message: '{path} {callee}'\n" + Head.str() + R"(options:
  auth-guards:
    type: list
    default: ['(?i)require_?auth']
    description: d
  public-markers:
    type: list
    default: [AllowAnonymous]
    description: d
  user-checks:
    type: list
    default: ['req\.user']
    description: d
  rejections:
    type: list
    default: ['\b401\b']
    description: d
  role-guards:
    type: list
    default: ['(?i)role']
    description: d
patterns:
)" + Patterns,
              "access-control", "error");
}

/// Loads each text as r<N>.yaml (and an optional placeholder vocabulary);
/// fails the test on any diagnostic.
inline std::shared_ptr<const RuleSet>
load(std::initializer_list<std::string> Texts,
     llvm::StringRef Placeholders = "") {
  auto S = std::make_shared<RuleSet>();
  Diagnostics D;
  unsigned N = 0;
  for (const std::string &T : Texts)
    S->loadText("r" + std::to_string(N++) + ".yaml", T, false, D);
  if (!Placeholders.empty())
    S->loadText("placeholders.yaml", Placeholders, false, D);
  S->finalize(D);
  INFO((D.empty() ? "" : D.front().str()));
  REQUIRE(D.empty());
  return S;
}

inline std::vector<Finding> scan(std::shared_ptr<const RuleSet> S,
                                 llvm::StringRef Path, llvm::StringRef Buf,
                                 EngineOptions O = {},
                                 std::optional<Language> L = std::nullopt) {
  return Engine(std::move(S), std::move(O)).scanBuffer(Path, Buf, L);
}

/// The line of each finding, in order.
inline std::vector<unsigned> lines(const std::vector<Finding> &Fs) {
  std::vector<unsigned> Out;
  for (const Finding &F : Fs)
    Out.push_back(F.Line);
  return Out;
}

/// Two string rules the filter, config and scan tests share: `t-key`
/// (secrets, KEY and four digits) and `t-url` (transport, http://x).
inline std::shared_ptr<const RuleSet> keyAndUrlRules() {
  static auto S = load(
      {rule("t-key", "patterns:\n  - on: string\n    value: 'KEY[0-9]{4}'\n"),
       rule("t-url", "patterns:\n  - on: string\n    value: 'http://x'\n",
            "transport")});
  return S;
}

/// A unique directory, removed with everything in it.
class TempDir {
public:
  explicit TempDir(llvm::StringRef Prefix = "rtclint-test") {
    llvm::SmallString<128> P;
    REQUIRE(!llvm::sys::fs::createUniqueDirectory(Prefix, P));
    Root = std::string(P);
  }
  ~TempDir() { llvm::sys::fs::remove_directories(Root); }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;

  /// Writes Text to Root/Rel, creating folders; returns the path.
  std::string write(llvm::StringRef Rel, llvm::StringRef Text) {
    std::string P = Root + "/" + Rel.str();
    REQUIRE(
        !llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    REQUIRE(!EC);
    OS << Text;
    return P;
  }

  std::string Root;
};

} // namespace rtclint::testutil

#endif
