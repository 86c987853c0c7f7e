//===- RuleTables.h - The vocabularies of rule files ----------------------===//
//
// One table per vocabulary of the rule schema; the loader, its error text,
// `rtclint explain` and the generated docs all take names from here.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_RULES_RULETABLES_H
#define RTCLINT_RULES_RULETABLES_H

#include "rules/NameTable.h"
#include "rules/Rule.h"

namespace rtclint {

/// Category names in catalog order (Categories.def).
llvm::ArrayRef<llvm::StringRef> ruleCategories();
bool isRuleCategory(llvm::StringRef S);

llvm::ArrayRef<NamedValue<Severity>> severityTable();
llvm::ArrayRef<NamedValue<PatternOn>> patternOnTable();
llvm::ArrayRef<NamedValue<TestPolicy>> testPolicyTable();
llvm::ArrayRef<NamedValue<RuleOption::Type>> optionTypeTable();
llvm::ArrayRef<NamedValue<RuleSource>> ruleSourceTable();
llvm::ArrayRef<NamedValue<ScopeKind>> scopeKindTable();
llvm::ArrayRef<NamedValue<uint8_t>> whereTable();
llvm::ArrayRef<NamedValue<uint8_t>> charsetTable();
llvm::ArrayRef<NamedValue<BindKind>> bindKindTable();
llvm::ArrayRef<NamedValue<ValueKind>> valueKindTable();
llvm::ArrayRef<NamedValue<Validator>> validatorTable();

} // namespace rtclint

#endif
