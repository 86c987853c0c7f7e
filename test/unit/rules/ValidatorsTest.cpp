//===- ValidatorsTest.cpp - Entropy and the `validate:` checks ------------===//
//
// Credentials are built here from their documented structure, so the tests
// say what a session ID, T1 token, JWT or PEM key is, not what one sample
// happens to look like.
//
//===----------------------------------------------------------------------===//
#include "rules/Validators.h"
#include "llvm/Support/Base64.h"
#include <catch2/catch.hpp>
#include <random>

using namespace rtclint;
using llvm::StringRef;

namespace {

std::string b64(StringRef S) { return llvm::encodeBase64(S); }

/// base64url without padding, as session IDs and JWTs use it.
std::string b64url(StringRef S) {
  std::string Out = llvm::encodeBase64(S);
  for (char &C : Out)
    C = C == '+' ? '-' : C == '/' ? '_' : C;
  while (!Out.empty() && Out.back() == '=')
    Out.pop_back();
  return Out;
}

std::string randomFrom(StringRef Alphabet, size_t N, unsigned Seed) {
  std::mt19937 Gen(Seed);
  std::uniform_int_distribution<size_t> Pick(0, Alphabet.size() - 1);
  std::string Out;
  for (size_t I = 0; I < N; ++I)
    Out.push_back(Alphabet[Pick(Gen)]);
  return Out;
}

const char *const Hex = "0123456789abcdef";
const char *const B64Chars =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string sessionId(char Version, StringRef Plain) {
  return std::string(1, Version) + "_" + b64url(Plain);
}

std::string pem(StringRef Label, StringRef Body, StringRef NL = "\n") {
  std::string Out = "-----BEGIN " + Label.str() + "-----" + NL.str();
  for (size_t I = 0; I < Body.size(); I += 64)
    Out += Body.substr(I, 64).str() + NL.str();
  return Out + "-----END " + Label.str() + "-----" + NL.str();
}

std::string jwt(StringRef ClaimsJson) {
  return b64url(R"({"alg":"HS256","typ":"JWT"})") + "." + b64url(ClaimsJson) +
         "." + b64url(randomFrom(B64Chars, 32, 7));
}

} // namespace

TEST_CASE("shannonEntropy in bits per byte", "[entropy]") {
  CHECK(shannonEntropy("") == 0.0);
  CHECK(shannonEntropy("a") == 0.0);
  CHECK(shannonEntropy("aaaaaaaaaaaa") == 0.0);
  CHECK(shannonEntropy("abababab") == Approx(1.0));
  CHECK(shannonEntropy("ab") == Approx(1.0));
  CHECK(shannonEntropy("0123456789abcdef") == Approx(4.0));
  CHECK(shannonEntropy("aabb") == Approx(1.0));
  // Four symbols with probabilities 1/2, 1/4, 1/8, 1/8: 1.75 bits.
  CHECK(shannonEntropy("aaaabbcd") == Approx(1.75));
  std::string Random = randomFrom(Hex, 40, 1);
  CHECK(shannonEntropy(Random) > 3.5);
  CHECK(shannonEntropy(Random) <= 4.0);
}

TEST_CASE("isSessionId decodes Vonage session IDs", "[validators]") {
  // 1~<api key or application id>~<ip>~<creation time>~<random>~
  std::string Numeric =
      "1~45828062~127.0.0.1~Thu Mar 14 10:22:31 PDT 2024~0.9183456~";
  std::string Uuid = "1~a1b2c3d4-e5f6-4789-abcd-0123456789ab~~1710436951227~"
                     "QzRyT0dtbUdpWkJlK2E~MX4~";
  for (char V : {'1', '2'}) {
    INFO("prefix " << V);
    CHECK(isSessionId(sessionId(V, Numeric)));
    CHECK(isSessionId(sessionId(V, Uuid)));
  }
  CHECK_THAT(sessionId('1', Numeric), Catch::StartsWith("1_MX4"));
  // Standard base64 ('+', '/') decodes as well as base64url.
  std::string Std = "1_" + b64(Numeric);
  CHECK(isSessionId(Std));
  CHECK(runValidator(Validator::SessionId, sessionId('2', Numeric)));

  SECTION("negatives") {
    std::string Good = sessionId('1', Numeric);
    CHECK_FALSE(isSessionId(""));
    CHECK_FALSE(isSessionId("1_MX4"));
    CHECK_FALSE(isSessionId(Good.substr(0, 8)));
    // Truncated inside the key: too few fields.
    CHECK_FALSE(isSessionId(Good.substr(0, 14)));
    CHECK_FALSE(isSessionId("3_" + Good.substr(2)));
    CHECK_FALSE(isSessionId("1-" + Good.substr(2)));
    // Wrong first field.
    CHECK_FALSE(isSessionId(sessionId('1', "2~45828062~~1710436951227~abc~")));
    CHECK_FALSE(isSessionId(sessionId('1', "11~45828062~~1710436951227~abc~")));
    // A key that is neither numeric nor a UUID.
    CHECK_FALSE(isSessionId(sessionId('1', "1~apikey~~1710436951227~abc~")));
    CHECK_FALSE(isSessionId(sessionId('1', "1~~~1710436951227~abc~")));
    // No creation time.
    CHECK_FALSE(isSessionId(sessionId('1', "1~45828062~1.2.3.4~~abc~")));
    // Not base64 at all.
    CHECK_FALSE(isSessionId("1_MX4!!!!#####$$$$$%%%%"));
    CHECK_FALSE(isSessionId("1_MX4 0NTgy ODA2Mn5-"));
    // Garbled: the right prefix, random base64 after it.
    CHECK_FALSE(isSessionId("1_MX" + randomFrom(B64Chars, 60, 3)));
  }
}

TEST_CASE("isT1Token decodes legacy client tokens", "[validators]") {
  std::string Payload = "partner_id=45828062&sig=" + randomFrom(Hex, 40, 11) +
                        ":session_id=1_MX40NTgyODA2Mn5-&create_time="
                        "1710436951&role=publisher&nonce=0.4453";
  std::string Token = "T1==" + b64(Payload);
  CHECK(isT1Token(Token));
  CHECK(runValidator(Validator::T1Token, Token));
  // Some SDKs strip the padding; the url alphabet is accepted too.
  CHECK(isT1Token("T1==" + b64url(Payload)));

  SECTION("negatives") {
    CHECK_FALSE(isT1Token(""));
    CHECK_FALSE(isT1Token("T1=="));
    CHECK_FALSE(isT1Token(b64(Payload)));
    CHECK_FALSE(isT1Token("T2==" + b64(Payload)));
    CHECK_FALSE(isT1Token("T1==" + b64("session_id=1_MX4&sig=abc")));
    CHECK_FALSE(isT1Token("T1==" + b64("partner_id=45828062&role=x")));
    CHECK_FALSE(isT1Token("T1==!!!not*base64!!!"));
    CHECK_FALSE(isT1Token("T1==" + randomFrom(B64Chars, 80, 5)));
  }
}

TEST_CASE("isSessionConnectJwt reads the claims", "[validators]") {
  std::string Client = jwt(R"({"iss":"45828062","ist":"project",)"
                           R"("iat":1710436951,"exp":1710523351,)"
                           R"("scope":"session.connect",)"
                           R"("session_id":"1_MX40NTgyODA2Mn5-","role":)"
                           R"("publisher"})");
  CHECK(isSessionConnectJwt(Client));
  CHECK(runValidator(Validator::JwtSessionConnect, Client));

  SECTION("negatives") {
    // A REST (project) JWT has another scope.
    CHECK_FALSE(isSessionConnectJwt(
        jwt(R"({"iss":"45828062","ist":"project","scope":"archive.read"})")));
    CHECK_FALSE(isSessionConnectJwt(
        jwt(R"({"iss":"45828062","ist":"project","exp":1710523351})")));
    CHECK_FALSE(isSessionConnectJwt(jwt(R"({"scope":42})")));
    CHECK_FALSE(isSessionConnectJwt(jwt(R"(["session.connect"])")));
    CHECK_FALSE(isSessionConnectJwt(jwt(R"({"scope":"session.connect")")));
    CHECK_FALSE(isSessionConnectJwt(jwt("not json")));
    // Structure: three dot-separated parts, a JSON header.
    std::string NoSig = Client.substr(0, Client.rfind('.'));
    CHECK_FALSE(isSessionConnectJwt(NoSig));
    CHECK_FALSE(isSessionConnectJwt(Client + ".extra"));
    CHECK_FALSE(isSessionConnectJwt("abc" + Client.substr(3)));
    CHECK_FALSE(isSessionConnectJwt(""));
  }
}

TEST_CASE("isPemPrivateKey wants a complete block with a real body",
          "[validators]") {
  std::string Body = randomFrom(B64Chars, 600, 42);
  CHECK(isPemPrivateKey(pem("PRIVATE KEY", Body)));
  CHECK(isPemPrivateKey(pem("RSA PRIVATE KEY", Body)));
  CHECK(isPemPrivateKey(pem("EC PRIVATE KEY", Body)));
  CHECK(isPemPrivateKey(pem("OPENSSH PRIVATE KEY", Body)));
  CHECK(runValidator(Validator::PemPrivateKey, pem("PRIVATE KEY", Body)));
  // Text around the block, CRLF line ends.
  CHECK(
      isPemPrivateKey("key = \"\"\"\n" + pem("PRIVATE KEY", Body) + "\"\"\""));
  CHECK(isPemPrivateKey(pem("PRIVATE KEY", Body, "\r\n")));
  // JSON and .env files keep the key on one line with literal \n escapes.
  CHECK(isPemPrivateKey(pem("PRIVATE KEY", Body, "\\n")));

  SECTION("negatives") {
    CHECK_FALSE(isPemPrivateKey(pem("PRIVATE KEY", "...")));
    CHECK_FALSE(isPemPrivateKey(pem("PRIVATE KEY", "<your private key>")));
    CHECK_FALSE(isPemPrivateKey(pem("PRIVATE KEY", std::string(600, 'x'))));
    CHECK_FALSE(isPemPrivateKey(pem("PUBLIC KEY", Body)));
    CHECK_FALSE(isPemPrivateKey(pem("RSA PUBLIC KEY", Body)));
    CHECK_FALSE(isPemPrivateKey(pem("CERTIFICATE", Body)));
    CHECK_FALSE(isPemPrivateKey("-----BEGIN PRIVATE KEY-----"));
    CHECK_FALSE(isPemPrivateKey("-----BEGIN PRIVATE KEY-----\n"));
    CHECK_FALSE(isPemPrivateKey(Body));
    CHECK_FALSE(isPemPrivateKey(""));
  }
}

// Traditional encrypted keys carry "Proc-Type:"/"DEK-Info:" header lines with
// dashes in them; the body still runs to the END line.
TEST_CASE("isPemPrivateKey accepts encrypted keys with Proc-Type headers",
          "[validators]") {
  std::string Body = randomFrom(B64Chars, 600, 43);
  std::string Key = "-----BEGIN RSA PRIVATE KEY-----\n"
                    "Proc-Type: 4,ENCRYPTED\n"
                    "DEK-Info: AES-128-CBC,3F17F5316E2BAC89F3D1DDC3A3FDA2E1\n"
                    "\n";
  for (size_t I = 0; I < Body.size(); I += 64)
    Key += Body.substr(I, 64) + "\n";
  Key += "-----END RSA PRIVATE KEY-----\n";
  CHECK(isPemPrivateKey(Key));
}

TEST_CASE("validator names", "[validators]") {
  CHECK(parseValidator("session-id") == Validator::SessionId);
  CHECK(parseValidator("t1-token") == Validator::T1Token);
  CHECK(parseValidator("jwt-session-connect") == Validator::JwtSessionConnect);
  CHECK(parseValidator("pem-private-key") == Validator::PemPrivateKey);
  CHECK_FALSE(parseValidator("session_id"));
  CHECK_FALSE(parseValidator(""));
  // No validator accepts anything.
  CHECK(runValidator(Validator::None, ""));
  CHECK(runValidator(Validator::None, "whatever"));
}
