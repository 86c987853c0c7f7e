//===- Validators.cpp - Decoding checks for credential shapes -------------===//
#include "rules/Validators.h"
#include "rules/RuleTables.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/JSON.h"
#include <array>
#include <cmath>

using namespace rtclint;
using llvm::StringRef;

double rtclint::shannonEntropy(StringRef S) {
  if (S.empty())
    return 0;
  std::array<unsigned, 256> Count{};
  for (unsigned char C : S)
    ++Count[C];
  double H = 0, N = double(S.size());
  for (unsigned C : Count)
    if (C) {
      double P = C / N;
      H -= P * std::log2(P);
    }
  return H;
}

/// Lenient base64 / base64url decoding: maps the url alphabet, pads, and drops
/// a dangling sixth bit group, so truncated-but-real values still decode.
static bool decodeB64(StringRef In, std::string &Out) {
  std::string S;
  S.reserve(In.size() + 3);
  for (char C : In) {
    if (C == '-')
      C = '+';
    else if (C == '_')
      C = '/';
    else if (C == '=')
      break;
    if (!llvm::isAlnum(C) && C != '+' && C != '/')
      return false;
    S.push_back(C);
  }
  if (S.size() % 4 == 1)
    S.pop_back();
  while (S.size() % 4)
    S.push_back('=');
  std::vector<char> Bytes;
  if (llvm::Error E = llvm::decodeBase64(S, Bytes)) {
    llvm::consumeError(std::move(E));
    return false;
  }
  Out.assign(Bytes.begin(), Bytes.end());
  return true;
}

static bool isUuid(StringRef S) {
  if (S.size() != 36)
    return false;
  for (size_t I = 0; I < S.size(); ++I) {
    bool Dash = I == 8 || I == 13 || I == 18 || I == 23;
    if (Dash ? S[I] != '-' : !llvm::isHexDigit(S[I]))
      return false;
  }
  return true;
}

bool rtclint::isSessionId(StringRef S) {
  if (S.size() < 12 || S.size() > 255 || (S[0] != '1' && S[0] != '2') ||
      S[1] != '_' || !S.substr(2).starts_with("MX"))
    return false;
  std::string Plain;
  if (!decodeB64(S.substr(2), Plain))
    return false;
  llvm::SmallVector<StringRef, 8> Fields;
  StringRef(Plain).split(Fields, '~');
  // 1~<apiKey|applicationId>~<ip>~<create time>~<random>[~flags]
  if (Fields.size() < 5 || Fields[0] != "1")
    return false;
  StringRef Key = Fields[1];
  bool KeyOk =
      (!Key.empty() && llvm::all_of(Key, llvm::isDigit)) || isUuid(Key);
  return KeyOk && !Fields[3].empty();
}

bool rtclint::isT1Token(StringRef S) {
  if (!S.consume_front("T1=="))
    return false;
  std::string Plain;
  if (!decodeB64(S, Plain))
    return false;
  StringRef P(Plain);
  return P.starts_with("partner_id=") && P.contains("sig=");
}

bool rtclint::isSessionConnectJwt(StringRef S) {
  llvm::SmallVector<StringRef, 3> Parts;
  S.split(Parts, '.');
  if (Parts.size() != 3 || !Parts[0].starts_with("eyJ"))
    return false;
  std::string Payload;
  if (!decodeB64(Parts[1], Payload))
    return false;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Payload);
  if (!V) {
    llvm::consumeError(V.takeError());
    return false;
  }
  const llvm::json::Object *O = V->getAsObject();
  if (!O)
    return false;
  if (std::optional<StringRef> Scope = O->getString("scope"))
    return Scope->contains("session.connect");
  return false;
}

bool rtclint::isPemPrivateKey(StringRef S) {
  size_t B = S.find("-----BEGIN ");
  if (B == StringRef::npos)
    return false;
  StringRef Rest = S.substr(B + 11);
  size_t HeadEnd = Rest.find("-----");
  if (HeadEnd == StringRef::npos ||
      !Rest.take_front(HeadEnd).ends_with("PRIVATE KEY"))
    return false;
  Rest = Rest.substr(HeadEnd + 5);
  // The body runs to the END line; header lines such as "Proc-Type:" may
  // contain dashes.
  StringRef Body = Rest.take_front(Rest.find("-----END"));
  // Count base64 characters of the body, skipping header lines such as
  // "Proc-Type: 4,ENCRYPTED" and literal "\n" escapes left by some encodings.
  unsigned B64 = 0, Other = 0;
  llvm::SmallVector<StringRef, 32> Lines;
  Body.split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.contains(':'))
      continue;
    for (size_t I = 0; I < Line.size(); ++I) {
      char C = Line[I];
      if (C == '\\' && I + 1 < Line.size() && Line[I + 1] == 'n') {
        ++I;
        continue;
      }
      if (llvm::isAlnum(C) || C == '+' || C == '/' || C == '=')
        ++B64;
      else if (!llvm::isSpace(C))
        ++Other;
    }
  }
  // Real keys have hundreds of base64 characters; "...", "xxx" or "<key>"
  // bodies are documentation.
  if (B64 < 64 || Other > B64 / 10)
    return false;
  std::string Compact;
  for (char C : Body)
    if (llvm::isAlnum(C) || C == '+' || C == '/')
      Compact.push_back(C);
  return shannonEntropy(Compact) > 4.5;
}

bool rtclint::runValidator(Validator V, StringRef S) {
  switch (V) {
  case Validator::None:
    return true;
  case Validator::SessionId:
    return isSessionId(S);
  case Validator::T1Token:
    return isT1Token(S);
  case Validator::JwtSessionConnect:
    return isSessionConnectJwt(S);
  case Validator::PemPrivateKey:
    return isPemPrivateKey(S);
  }
  return false;
}

std::optional<Validator> rtclint::parseValidator(StringRef Name) {
  return parseName(validatorTable(), Name);
}
