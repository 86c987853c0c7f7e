//===- KeyFileContext.h - What a committed key file sits next to -*- C++
//-*-===//
#ifndef RTCLINT_FACTS_KEYFILECONTEXT_H
#define RTCLINT_FACTS_KEYFILECONTEXT_H

#include "facts/Facts.h"
#include "llvm/ADT/StringRef.h"

namespace rtclint {

/// A key file (`*.key`, `*.pem`, `*.p8`) holding a PEM private key, next to
/// the configuration of a Vonage application (the Vonage or Nexmo CLI's
/// `vonage_app.json` / `.nexmo-app`, or a `.env` / JSON / YAML config naming
/// a Vonage application ID): the key is that application's credential. Adds
/// a StringFact for the PEM block whose Path names the configuration
/// ("vonage_app.json", ".env:VONAGE_APPLICATION_ID"), so rules can tell a
/// Vonage key from any other. Siblings are read without following links,
/// only if regular, and at most 64 KiB each.
void addKeyFileContext(llvm::StringRef Path, llvm::StringRef Buf, FileFacts &F);

} // namespace rtclint

#endif
