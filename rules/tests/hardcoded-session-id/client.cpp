#include <opentok.h>
#include <cstdlib>
#include <string>

namespace acme::video {

// ruleid: hardcoded-session-id
constexpr const char *kDemoSessionId = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA";
// ok: hardcoded-session-id
constexpr const char *kPlaceholder = "YOUR_SESSION_ID";

class Room {
public:
  explicit Room(std::string SessionId) : Id(std::move(SessionId)) {}
  void connect(const std::string &Token);

private:
  std::string Id;
};

Room makeDemoRoom() {
  // ruleid: hardcoded-session-id
  return Room(std::string("2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-"));
}

Room makeRoom(const char *FromServer) {
  // ok: hardcoded-session-id
  return Room(FromServer ? FromServer : std::getenv("SESSION_ID"));
}

// ok: hardcoded-session-id
const std::string kGarbled = "1_MX4fjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGv";

} // namespace acme::video
