// A C++ service that calls the Vonage Video REST API: URLs are assembled
// from constant parts with std::string, as such services often do.
#include <cstdio>
#include <string>

namespace video {

#define API_HOST "api.opentok.com"
constexpr const char *kScheme = "http://";
constexpr const char *kSecureScheme = "https://";
// Not secret-like by name: only the constexpr below makes it the secret.
#define PROJECT_CREDENTIAL "8c1f4e7a92b03d56e1a7c4f08b92d3e6a5f71c08"
constexpr const char *kApiSecret = PROJECT_CREDENTIAL;

int post(const std::string &url, const std::string &body);

class ArchiveClient {
public:
  int start(const std::string &session) {
    // A URL from constant parts: http://api.opentok.com/v2/project/...
    const std::string url = std::string(kScheme) + API_HOST + "/v2/project";
    return post(url, session);
  }
  int stop(const std::string &archive) {
    // Negative: https built the same way.
    const std::string url =
        std::string(kSecureScheme) + API_HOST + "/v2/project";
    return post(url, archive);
  }
  int status(int id) {
    char url[256];
    std::snprintf(url, sizeof url, "%s%s/v2/archive/%d", kScheme, API_HOST, 42);
    return post(url, std::to_string(id));
  }
};

} // namespace video
