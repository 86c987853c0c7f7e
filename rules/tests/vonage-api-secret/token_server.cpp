// Minimal token minting service written against a C++ OpenTok port.
#include <cstdlib>
#include <string>

#include "opentok/OpenTok.h"

namespace clinic {

// ruleid: vonage-api-secret
constexpr const char *kApiSecret = "35a1b1ae5ee124f073b36ae957e705320df37208";

struct Credentials {
  int apiKey = 45828062;
  // ruleid: vonage-api-secret
  std::string apiSecret = "45cf469fe7e24be007b8bd4b2ecd2f53f6455acb";
};

// ruleid: vonage-api-secret
static opentok::OpenTok client(45828062, "eb95a8fef257bc678fd0de7a996f58f18577c514");

// ok: vonage-api-secret
static opentok::OpenTok liveClient(45828062, std::getenv("OPENTOK_API_SECRET"));

// ok: vonage-api-secret
constexpr const char *kPlaceholderSecret = "YOUR_API_SECRET";

// ok: vonage-api-secret
constexpr const char *kGitSha = "880e860c9321467db94d85b9bee8171a802de2a1";

// ok: vonage-api-secret
constexpr const char *kFirmwareDigest = "cbc1d7a2bf2f394777caa88b30d0cba186112728";

// ok: vonage-api-secret
constexpr const char *kTraceId = "0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34";

// ok: vonage-api-secret
constexpr int kRetries = 3; // kApiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"

} // namespace clinic
