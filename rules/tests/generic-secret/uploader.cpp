// Archive uploader of the recording agent.
#include <cstdlib>
#include <string>

namespace agent {

// ruleid: generic-secret
const std::string kStorageAccessKey = "m7I7WniaooTY3wggAP68Fdfqs8xW";

struct Credentials {
  std::string user = "recorder";
  // ruleid: generic-secret
  std::string password = "V+cgmo&!^KXRRfihfXg4";
};

// ok: generic-secret
const std::string kAccessKeyFile = "config/storage-access.key";

// ok: generic-secret
const std::string kSecretEnv = "AGENT_STORAGE_SECRET";

// ok: generic-secret
const char *kToken = std::getenv("AGENT_TOKEN");

// ok: generic-secret
const std::string kPassword = "********************";

} // namespace agent
