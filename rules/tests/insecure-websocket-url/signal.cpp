#include <string>
#include <string_view>

namespace acme::video {

// ruleid: insecure-websocket-url
constexpr std::string_view kSignalUrl = "ws://signal.acme-corp.io/rooms";
// ok: insecure-websocket-url
constexpr std::string_view kSignalUrlTls = "wss://signal.acme-corp.io/rooms";
// ok: insecure-websocket-url
constexpr std::string_view kLoopback = "ws://[::1]:9002/rooms";

std::string chatUrl(const std::string &Room) {
  // ruleid: insecure-websocket-url
  return std::string("ws://chat.acme-corp.io/rooms/") + Room;
}

std::string hostUrl(const std::string &Host) {
  // ok: insecure-websocket-url
  return "ws://" + Host + "/rooms";
}

} // namespace acme::video
