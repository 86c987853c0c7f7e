//===- RuleTables.cpp - The vocabularies of rule files --------------------===//
#include "rules/RuleTables.h"
#include "llvm/ADT/STLExtras.h"

using namespace rtclint;
using llvm::StringRef;

std::string rtclint::orList(llvm::ArrayRef<StringRef> Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += I + 1 == Names.size() ? " or " : ", ";
    Out += Names[I].str();
  }
  return Out;
}

llvm::ArrayRef<StringRef> rtclint::ruleCategories() {
  static const StringRef Names[] = {
#define RTCLINT_CATEGORY(N) N,
#include "rules/Categories.def"
  };
  return Names;
}

bool rtclint::isRuleCategory(StringRef S) {
  return llvm::is_contained(ruleCategories(), S);
}

llvm::ArrayRef<NamedValue<Severity>> rtclint::severityTable() {
  static const NamedValue<Severity> T[] = {
#define RTCLINT_SEVERITY(E, N) {N, Severity::E, false},
#define RTCLINT_SEVERITY_ALIAS(E, N) {N, Severity::E, true},
#include "rules/Severities.def"
  };
  return T;
}

StringRef rtclint::severityName(Severity S) {
  return nameOf(severityTable(), S);
}

std::optional<Severity> rtclint::parseSeverity(StringRef S) {
  return parseName(severityTable(), S);
}

llvm::ArrayRef<NamedValue<PatternOn>> rtclint::patternOnTable() {
  static const NamedValue<PatternOn> T[] = {
      {"string", PatternOn::String}, {"binding", PatternOn::Binding},
      {"call", PatternOn::Call},     {"code", PatternOn::Code},
      {"text", PatternOn::Text},     {"file", PatternOn::File},
      {"scope", PatternOn::Scope},   {"route", PatternOn::Route},
      {"ast", PatternOn::Ast}};
  return T;
}

StringRef rtclint::patternOnName(PatternOn O) {
  switch (O) {
  case PatternOn::All:
    return "all";
  case PatternOn::Any:
    return "any";
  case PatternOn::Not:
    return "not";
  case PatternOn::Inside:
    return "inside";
  default:
    return nameOf(patternOnTable(), O);
  }
}

llvm::ArrayRef<NamedValue<TestPolicy>> rtclint::testPolicyTable() {
  static const NamedValue<TestPolicy> T[] = {{"keep", TestPolicy::Keep},
                                             {"lower", TestPolicy::Lower},
                                             {"off", TestPolicy::Off}};
  return T;
}

StringRef rtclint::testPolicyName(TestPolicy P) {
  return nameOf(testPolicyTable(), P);
}

std::optional<TestPolicy> rtclint::parseTestPolicy(StringRef S) {
  return parseName(testPolicyTable(), S);
}

llvm::ArrayRef<NamedValue<RuleOption::Type>> rtclint::optionTypeTable() {
  using T = RuleOption::Type;
  static const NamedValue<T> Tab[] = {{"int", T::Int},
                                      {"string", T::String},
                                      {"bool", T::Bool},
                                      {"list", T::List}};
  return Tab;
}

StringRef rtclint::optionTypeName(RuleOption::Type T) {
  return nameOf(optionTypeTable(), T);
}

std::string rtclint::optionDefaultText(const RuleOption &O) {
  switch (O.Ty) {
  case RuleOption::Type::Int:
    return std::to_string(O.IntDefault);
  case RuleOption::Type::Bool:
    return O.BoolDefault ? "true" : "false";
  case RuleOption::Type::String:
    return O.StringDefault;
  case RuleOption::Type::List: {
    std::string Out = "[";
    for (const std::string &S : O.ListDefault)
      Out += (Out.size() > 1 ? ", " : "") + S;
    return Out + "]";
  }
  }
  return "";
}

std::optional<RuleOption::Type> rtclint::parseOptionType(StringRef S) {
  return parseName(optionTypeTable(), S);
}

llvm::ArrayRef<NamedValue<RuleSource>> rtclint::ruleSourceTable() {
  static const NamedValue<RuleSource> T[] = {{"patterns", RuleSource::Patterns},
                                             {"engine", RuleSource::Engine}};
  return T;
}

llvm::ArrayRef<NamedValue<ScopeKind>> rtclint::scopeKindTable() {
  static const NamedValue<ScopeKind> T[] = {{"module", ScopeKind::Module},
                                            {"class", ScopeKind::Class},
                                            {"function", ScopeKind::Function},
                                            {"block", ScopeKind::Block}};
  return T;
}

llvm::ArrayRef<NamedValue<uint8_t>> rtclint::whereTable() {
  static const NamedValue<uint8_t> T[] = {{"same-scope", where::SameScope},
                                          {"same-call", where::SameCall},
                                          {"flows-into", where::FlowsInto},
                                          {"flows-from", where::FlowsFrom}};
  return T;
}

llvm::ArrayRef<NamedValue<uint8_t>> rtclint::charsetTable() {
  static const NamedValue<uint8_t> T[] = {{"lower", charset::Lower},
                                          {"upper", charset::Upper},
                                          {"digit", charset::Digit},
                                          {"symbol", charset::Symbol}};
  return T;
}

llvm::ArrayRef<NamedValue<BindKind>> rtclint::bindKindTable() {
  static const NamedValue<BindKind> T[] = {{"none", BindKind::None},
                                           {"variable", BindKind::Variable},
                                           {"assignment", BindKind::Assignment},
                                           {"field", BindKind::Field},
                                           {"object-key", BindKind::ObjectKey},
                                           {"keyword", BindKind::Keyword},
                                           {"config-key", BindKind::ConfigKey},
                                           {"define", BindKind::Define},
                                           {"attribute", BindKind::Attribute}};
  return T;
}

llvm::ArrayRef<NamedValue<ValueKind>> rtclint::valueKindTable() {
  static const NamedValue<ValueKind> T[] = {{"string", ValueKind::String},
                                            {"number", ValueKind::Number},
                                            {"bool", ValueKind::Bool},
                                            {"null", ValueKind::Null}};
  return T;
}

llvm::ArrayRef<NamedValue<Validator>> rtclint::validatorTable() {
  static const NamedValue<Validator> T[] = {
      {"session-id", Validator::SessionId},
      {"t1-token", Validator::T1Token},
      {"jwt-session-connect", Validator::JwtSessionConnect},
      {"pem-private-key", Validator::PemPrivateKey}};
  return T;
}

const RuleOption *Rule::option(StringRef Name) const {
  for (const RuleOption &O : Options)
    if (O.Name == Name)
      return &O;
  return nullptr;
}
