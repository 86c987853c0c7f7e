//===- Validators.h - Structural checks behind `validate:` ------*- C++ -*-===//
#ifndef RTCLINT_RULES_VALIDATORS_H
#define RTCLINT_RULES_VALIDATORS_H

#include "rules/Rule.h"

namespace rtclint {

/// Shannon entropy of S in bits per byte.
double shannonEntropy(llvm::StringRef S);

/// A Vonage session ID: `1_`/`2_` + base64url of `1~key~ip~time~random~...`.
bool isSessionId(llvm::StringRef S);
/// A legacy `T1==` client token whose payload starts `partner_id=`.
bool isT1Token(llvm::StringRef S);
/// A JWT whose claims carry `scope: session.connect` (a client token).
bool isSessionConnectJwt(llvm::StringRef S);
/// A complete PEM private-key block with a real base64 body.
bool isPemPrivateKey(llvm::StringRef S);

bool runValidator(Validator V, llvm::StringRef S);
std::optional<Validator> parseValidator(llvm::StringRef Name);

} // namespace rtclint

#endif
