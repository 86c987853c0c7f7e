//===- YamlUtil.cpp -------------------------------------------------------===//
#include "rules/YamlUtil.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <fmt/format.h>
#include <re2/re2.h>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

using namespace rtclint;
using llvm::StringRef;

std::string Diagnostic::str() const {
  const char *Kind = Warning ? "warning" : "error";
  if (Line == 0)
    return fmt::format("{}: {}: {}", File, Kind, Message);
  return fmt::format("{}:{}:{}: {}: {}", File, Line, Column, Kind, Message);
}

void YamlReader::warning(const YAML::Node &N, const std::string &Msg) {
  Diagnostic D;
  D.File = File;
  D.Warning = true;
  if (!N.Mark().is_null()) {
    D.Line = unsigned(N.Mark().line + 1);
    D.Column = unsigned(N.Mark().column + 1);
  }
  D.Message = Msg;
  Diags.push_back(std::move(D));
}

void YamlReader::error(const YAML::Mark &M, const std::string &Msg) {
  Failed = true;
  Diagnostic D;
  D.File = File;
  if (!M.is_null()) {
    D.Line = unsigned(M.line + 1);
    D.Column = unsigned(M.column + 1);
  }
  D.Message = Msg;
  Diags.push_back(std::move(D));
}

void YamlReader::error(const YAML::Node &N, const std::string &Msg) {
  error(N.Mark(), Msg);
}

YAML::Mark YamlReader::keyMark(const YAML::Node &Map, StringRef Key) {
  if (Map.IsMap())
    for (const auto &KV : Map)
      if (KV.first.Scalar() == Key)
        return KV.first.Mark();
  return Map.Mark();
}

namespace {
/// Counts the documents of a stream without building nodes.
class DocumentCounter : public YAML::EventHandler {
public:
  unsigned Docs = 0;
  YAML::Mark Last;
  void OnDocumentStart(const YAML::Mark &M) override {
    ++Docs;
    Last = M;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                const std::string &) override {}
  void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};
} // namespace

/// yaml-cpp 0.7 never returns from LoadAll on a stream with a `,` outside a
/// flow collection: each step yields one more empty document without
/// consuming the token. A stream has at most one document more than its
/// `---`/`...` markers, so a parse that yields more has stopped advancing.
bool YamlReader::checkProgress(StringRef Text) {
  unsigned Markers = 0;
  for (StringRef Rest = Text; !Rest.empty();) {
    auto [Line, Tail] = Rest.split('\n');
    Markers += Line.starts_with("---") || Line.starts_with("...");
    Rest = Tail;
  }
  std::string Copy(Text);
  std::istringstream In(Copy);
  YAML::Parser P(In);
  DocumentCounter Counter;
  while (P.HandleNextDocument(Counter))
    if (Counter.Docs > Markers + 1) {
      size_t Pos = Counter.Last.pos >= 0 ? size_t(Counter.Last.pos) : 0;
      char C = Pos < Text.size() ? Text[Pos] : 0;
      error(
          Counter.Last,
          C == ',' || C == ']' || C == '}'
              ? fmt::format("'{}' outside a flow collection ([ ] or {{ }})", C)
              : std::string("malformed YAML: the parser stopped here"));
      return false;
    }
  return true;
}

bool YamlReader::parse(StringRef Text, std::vector<YAML::Node> &Docs) {
  try {
    if (!checkProgress(Text))
      return false;
    Docs = YAML::LoadAll(std::string(Text));
    return true;
  } catch (const YAML::Exception &E) {
    error(E.mark, E.msg);
    return false;
  }
}

static const char *typeName(const YAML::Node &N) {
  switch (N.Type()) {
  case YAML::NodeType::Map:
    return "a mapping";
  case YAML::NodeType::Sequence:
    return "a list";
  case YAML::NodeType::Scalar:
    return "a scalar";
  default:
    return "nothing";
  }
}

bool YamlReader::checkKeys(const YAML::Node &Map,
                           llvm::ArrayRef<StringRef> Allowed, StringRef What,
                           bool AnyKey) {
  if (!Map.IsMap()) {
    error(Map, fmt::format("{} must be a mapping, found {}", What.str(),
                           typeName(Map)));
    return false;
  }
  bool Ok = true;
  // yaml-cpp keeps every pair of a mapping but lookups see the first one
  // only: a repeated key would silently lose its second value.
  llvm::StringMap<YAML::Mark> Seen;
  for (const auto &KV : Map) {
    std::string K = KV.first.Scalar();
    auto [It, New] = Seen.try_emplace(K, KV.first.Mark());
    if (!New) {
      error(KV.first, fmt::format("duplicate key '{}' in {} (first at line "
                                  "{})",
                                  K, What.str(), It->second.line + 1));
      Ok = false;
      continue;
    }
    if (AnyKey || llvm::is_contained(Allowed, StringRef(K)))
      continue;
    std::string Known;
    for (StringRef A : Allowed)
      Known += (Known.empty() ? "" : ", ") + A.str();
    error(KV.first, fmt::format("unknown key '{}' in {} (expected one of: {})",
                                K, What.str(), Known));
    Ok = false;
  }
  return Ok;
}

bool YamlReader::getString(const YAML::Node &Map, const char *Key,
                           std::string &Out, bool Required) {
  YAML::Node N = Map[Key];
  if (!N) {
    if (Required)
      error(Map, fmt::format("missing required key '{}'", Key));
    return !Required;
  }
  if (!N.IsScalar()) {
    error(N, fmt::format("'{}' must be a string, found {}", Key, typeName(N)));
    return false;
  }
  Out = N.Scalar();
  return true;
}

bool YamlReader::getBool(const YAML::Node &Map, const char *Key, bool &Out) {
  YAML::Node N = Map[Key];
  if (!N)
    return true;
  if (N.IsScalar()) {
    StringRef S = N.Scalar();
    if (S == "true" || S == "false") {
      Out = S == "true";
      return true;
    }
  }
  error(N, fmt::format("'{}' must be true or false", Key));
  return false;
}

bool YamlReader::getNumber(const YAML::Node &Map, const char *Key,
                           double &Out) {
  YAML::Node N = Map[Key];
  if (!N)
    return true;
  double D;
  if (N.IsScalar() && !StringRef(N.Scalar()).getAsDouble(D)) {
    Out = D;
    return true;
  }
  error(N, fmt::format("'{}' must be a number", Key));
  return false;
}

bool YamlReader::getInt(const YAML::Node &Map, const char *Key, int &Out) {
  YAML::Node N = Map[Key];
  if (!N)
    return true;
  int I;
  if (N.IsScalar() && !StringRef(N.Scalar()).getAsInteger(10, I) && I >= 0) {
    Out = I;
    return true;
  }
  error(N, fmt::format("'{}' must be a non-negative integer", Key));
  return false;
}

bool YamlReader::getStringList(const YAML::Node &Map, const char *Key,
                               std::vector<std::string> &Out) {
  YAML::Node N = Map[Key];
  if (!N)
    return true;
  if (N.IsScalar()) {
    Out.push_back(N.Scalar());
    return true;
  }
  if (!N.IsSequence()) {
    error(N, fmt::format("'{}' must be a list of strings", Key));
    return false;
  }
  bool Ok = true;
  for (const auto &E : N) {
    if (!E.IsScalar()) {
      error(E, fmt::format("'{}' must be a list of strings", Key));
      Ok = false;
      continue;
    }
    Out.push_back(E.Scalar());
  }
  return Ok;
}

RegexPtr YamlReader::compileRegex(const YAML::Node &V) {
  if (!V.IsScalar()) {
    error(V, "a regex must be a string");
    return nullptr;
  }
  RE2::Options Opts;
  Opts.set_log_errors(false);
  Opts.set_max_mem(64 << 20);
  auto R = std::make_shared<RE2>(V.Scalar(), Opts);
  if (!R->ok()) {
    error(V, fmt::format("invalid regex '{}': {}", V.Scalar(), R->error()));
    return nullptr;
  }
  return R;
}

/// Texts on which a regex that can match the empty string shows a zero-length
/// match: RE2 has no public emptiness test, and leftmost-first search returns
/// an empty match at one of these positions for every optional, starred or
/// assertion-only regex (`x*`, `(a)?`, `a|`, `\b`, `^$`, `(?m)^`).
static const char *const EmptyProbes[] = {"",   " ",    "a", "0",  "a b",
                                          "\n", "\n\n", "-", "_x_"};

bool YamlReader::matchesEmpty(const RE2 &Re) {
  for (const char *P : EmptyProbes) {
    re2::StringPiece Text(P), M;
    for (size_t Pos = 0; Pos <= Text.size(); ++Pos)
      if (Re.Match(Text, Pos, Text.size(), RE2::UNANCHORED, &M, 1) && M.empty())
        return true;
  }
  return false;
}

bool YamlReader::getReportedRegex(const YAML::Node &Map, const char *Key,
                                  RegexPtr &Out) {
  if (!getRegex(Map, Key, Out))
    return false;
  if (Out && matchesEmpty(*Out)) {
    error(Map[Key], fmt::format("'{}' regex '{}' can match the empty string: "
                                "it would report empty findings",
                                Key, Out->pattern()));
    Out = nullptr;
    return false;
  }
  return true;
}

bool YamlReader::getRegex(const YAML::Node &Map, const char *Key,
                          RegexPtr &Out) {
  YAML::Node N = Map[Key];
  if (!N)
    return true;
  Out = compileRegex(N);
  return Out != nullptr;
}

bool YamlReader::getGlobs(const YAML::Node &Map, const char *Key,
                          std::vector<Glob> &Out) {
  std::vector<std::string> Strs;
  if (!getStringList(Map, Key, Strs))
    return false;
  for (const std::string &S : Strs) {
    llvm::Expected<Glob> G = Glob::create(S);
    if (!G) {
      error(Map[Key], fmt::format("invalid glob '{}': {}", S,
                                  llvm::toString(G.takeError())));
      return false;
    }
    Out.push_back(std::move(*G));
  }
  return true;
}

bool YamlReader::getLanguages(const YAML::Node &Map, const char *Key,
                              std::vector<Language> &Out) {
  std::vector<std::string> Strs;
  if (!getStringList(Map, Key, Strs))
    return false;
  for (const std::string &S : Strs) {
    if (S == "all" || S == "any") {
      Out.clear();
      return true;
    }
    std::optional<Language> L = parseLanguage(S);
    if (!L) {
      error(Map[Key], fmt::format("unknown language '{}'", S));
      return false;
    }
    Out.push_back(*L);
  }
  return true;
}
