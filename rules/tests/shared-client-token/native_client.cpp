// A native (Linux) C++ client built on the OpenTok C SDK.
#include <cstdlib>
#include <opentok.h>
#include <string>

namespace video {

// ruleid: shared-client-token
static const std::string kToken = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9MDg2OTdhOGQ0MWJlZDQ0MGU1MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjpzZXNzaW9uX2lkPTJfTVg0ME56RTVNek0xTlg1LU1UYzJOREF3TURBd01EQXdNSDR5YUhCRGFGbG5RMlp5VERGemNFNTRibmxXYldsb1FTOS0mY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPW1vZGVyYXRvciZub25jZT0wLjQ3ODg3ODM4JmV4cGlyZV90aW1lPTE3NjQwODY0MDAmY29ubmVjdGlvbl9kYXRhPXJvbGUlM0Rob3N0";
// ok: shared-client-token
static const std::string kTokenEnvVar = "OPENTOK_TOKEN";

class Client {
public:
  void connect(otc_session *session) {
    // ruleid: shared-client-token
    otc_session_connect(session, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o");
    // ok: shared-client-token
    otc_session_connect(session, std::getenv(kTokenEnvVar.c_str()));
    // ok: shared-client-token
    otc_session_connect(session, tokenFromServer_.c_str());
  }

private:
  // ok: shared-client-token
  std::string tokenFromServer_ = "";
  // ok: shared-client-token
  std::string example_ = "T1==not-a-real-token";
};

} // namespace video
