#include <string>
#include <string_view>

namespace acme::video {

// ruleid: plain-http-rest-url
constexpr std::string_view kVonageVideoApi = "http://video.api.vonage.com";
// ok: plain-http-rest-url
constexpr std::string_view kVonageVideoApiTls = "https://video.api.vonage.com";
// ruleid: plain-http-rest-url
const std::string kTelemetryUrl = "http://telemetry.acme-corp.io/v1/events";
// ok: plain-http-rest-url
const std::string kLoopback = "http://127.0.0.1:9000/metrics";

std::string sessionCreateUrl() {
  // ruleid: plain-http-rest-url
  return std::string("http://api.opentok.com") + "/session/create";
}

std::string withScheme(const std::string &Host) {
  // ok: plain-http-rest-url
  return "http://" + Host;
}

// ok: plain-http-rest-url
const std::string kDocs = "http://www.example.net/docs";

} // namespace acme::video
