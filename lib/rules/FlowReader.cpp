//===- FlowReader.cpp - Value-flow keys of a call pattern -----------------===//
#include "rules/PatternReader.h"
#include <fmt/format.h>
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

bool PatternReader::optionRef(const YAML::Node &V, StringRef Name,
                              std::initializer_list<RuleOption::Type> Types) {
  const RuleOption *Found = nullptr;
  if (Options)
    for (const RuleOption &O : *Options)
      if (O.Name == Name)
        Found = &O;
  if (!Found) {
    R.error(V, fmt::format("'${}' names no option of this rule (declare it "
                           "under 'options:')",
                           Name.str()));
    return false;
  }
  for (RuleOption::Type T : Types)
    if (Found->Ty == T)
      return true;
  R.error(V, fmt::format("option '{}' is a {}; this key needs {}", Name.str(),
                         optionTypeName(Found->Ty).str(),
                         optionTypeName(*Types.begin()).str()));
  return false;
}

bool PatternReader::readWords(const YAML::Node &N, const char *Key,
                              WordsRef &Out) {
  YAML::Node V = N[Key];
  if (V.IsScalar() && StringRef(V.Scalar()).starts_with("$")) {
    Out.Option = V.Scalar().substr(1);
    return optionRef(V, Out.Option,
                     {RuleOption::Type::List, RuleOption::Type::String});
  }
  if (!R.getStringList(N, Key, Out.Words))
    return false;
  if (Out.Words.empty()) {
    R.error(V, fmt::format("'{}' needs at least one word", Key));
    return false;
  }
  return true;
}

bool PatternReader::readIntRef(const YAML::Node &N, const char *Key,
                               IntRef &Out) {
  YAML::Node V = N[Key];
  if (V.IsScalar() && StringRef(V.Scalar()).starts_with("$")) {
    Out.Option = V.Scalar().substr(1);
    return optionRef(V, Out.Option, {RuleOption::Type::Int});
  }
  int I = 0;
  if (!R.getInt(N, Key, I))
    return false;
  Out.Value = I;
  return true;
}

static bool readLifetimes(YamlReader &R, const YAML::Node &N, const char *Key,
                          std::vector<Lifetime> &Out) {
  std::vector<std::string> Names;
  if (!R.getStringList(N, Key, Names))
    return false;
  bool Ok = true;
  for (const std::string &S : Names) {
    if (auto L = parseLifetime(S)) {
      Out.push_back(*L);
      continue;
    }
    R.error(N[Key], fmt::format("unknown lifetime '{}' (expected unknown, "
                                "literal, config, module, class, startup, "
                                "app, keyed, request, function)",
                                S));
    Ok = false;
  }
  return Ok;
}

bool PatternReader::readFlow(const YAML::Node &N, Pattern &P) {
  static const char *const Keys[] = {
      "value-of",     "from",        "from-except",      "from-masked-by",
      "from-through", "from-keys",   "from-other-sense", "lifetime",
      "runs-in",      "longer-than", "resolves-to",      "conditional"};
  if (llvm::none_of(Keys, [&](const char *K) { return bool(N[K]); }))
    return true;
  auto Spec = std::make_shared<FlowSpec>();
  bool Ok = true;
  if (YAML::Node V = N["value-of"]) {
    Spec->HasValueOf = true;
    if (!V.IsMap()) {
      R.error(V, "'value-of' must be a mapping with 'option' and/or 'arg'");
      return false;
    }
    Ok &= R.checkKeys(V, {"option", "arg"}, "value-of");
    if (V["option"])
      Ok &= readWords(V, "option", Spec->OptionNames);
    if (YAML::Node A = V["arg"]) {
      std::vector<std::string> Ps;
      Ok &= R.getStringList(V, "arg", Ps);
      for (const std::string &S : Ps) {
        unsigned I;
        if (StringRef(S).getAsInteger(10, I)) {
          R.error(A, "argument positions are integers from 0");
          Ok = false;
        } else {
          Spec->Positions.push_back(I);
        }
      }
    }
    if (!V["option"] && !V["arg"]) {
      R.error(V, "'value-of' needs 'option' or 'arg'");
      Ok = false;
    }
  }
  if (N["from"])
    Ok &= readWords(N, "from", Spec->From.emplace());
  if (N["from-except"])
    Ok &= readWords(N, "from-except", Spec->FromExcept.emplace());
  if (N["from-masked-by"])
    Ok &= readWords(N, "from-masked-by", Spec->FromMaskedBy.emplace());
  if (N["from-through"])
    Ok &= readWords(N, "from-through", Spec->FromThrough.emplace());
  if (YAML::Node V = N["from-other-sense"]) {
    if (!V.IsMap() || !V["words"] || !V["context"]) {
      R.error(V, "'from-other-sense' must be a mapping with 'words' and "
                 "'context'");
      return false;
    }
    Ok &= R.checkKeys(V, {"words", "context"}, "from-other-sense");
    Ok &= readWords(V, "words", Spec->OtherSenseWords.emplace());
    Ok &= readWords(V, "context", Spec->OtherSenseContext.emplace());
  }
  if (N["from-keys"]) {
    bool B = true;
    Ok &= R.getBool(N, "from-keys", B);
    Spec->FromKeys = B;
  }
  if ((Spec->FromMaskedBy || Spec->FromKeys || Spec->FromThrough ||
       Spec->OtherSenseWords) &&
      !Spec->From) {
    R.error(N, "'from-masked-by', 'from-through', 'from-other-sense' and "
               "'from-keys' narrow 'from': add it");
    Ok = false;
  }
  if (N["lifetime"])
    Ok &= readLifetimes(R, N, "lifetime", Spec->Lifetimes);
  if (N["runs-in"])
    Ok &= readLifetimes(R, N, "runs-in", Spec->RunsIn);
  if (N["longer-than"])
    Ok &= readIntRef(N, "longer-than", Spec->LongerThan.emplace());
  RegexPtr Re;
  Ok &= R.getRegex(N, "resolves-to", Re);
  Spec->ResolvesTo = Re;
  if (N["conditional"]) {
    bool B = false;
    Ok &= R.getBool(N, "conditional", B);
    Spec->Conditional = B;
  }
  bool ValueKeys = Spec->From || N["from-except"] || !Spec->Lifetimes.empty() ||
                   Spec->LongerThan || Spec->ResolvesTo || Spec->Conditional;
  if (ValueKeys && !Spec->HasValueOf) {
    R.error(N, "'from', 'lifetime', 'longer-than', 'resolves-to' and "
               "'conditional' ask about a value: add 'value-of' to say which");
    Ok = false;
  }
  P.Flow = std::move(Spec);
  return Ok;
}
