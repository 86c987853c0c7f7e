// SMS meeting invitations sent through Twilio
#include <cstdlib>
#include "integrations.h"

namespace app {

// ruleid: twilio-key
constexpr const char *kTwilioAuthToken = "500803cb98dc935deae6d0093459b79b";
// ruleid: twilio-key
constexpr const char *kTwilioApiSecret = "wCCr4akI64cyFapQHWa9P8wgLRax3WPV";
// ruleid: twilio-key
constexpr const char *kTwilioApiKey = "SK2499f717c63ed5b47fd113e37fee9765";
// ok: twilio-key
constexpr const char *kTwilioAccountSid = "AC2ed7542e3f7128c3555127e4507b503c";
// ok: twilio-key
constexpr const char *kSampleTwilioAuthToken = "your_auth_token";
// ok: twilio-key
constexpr const char *kZeroAuthToken = "00000000000000000000000000000000";
// ok: twilio-key
constexpr const char *kAuthTokenHash = "5e3d1f92f0049f6efb5ea7841cba6dcd";
// ok: twilio-key
constexpr const char *kCacheKey = "9ed85c937eaff7584591de0ea22f2d04";
// ok: twilio-key
constexpr int kRetryLimit = 3; // was "787288993d68ccfa4d1765d9c133d597" before rotation

void configure(UploadConfig &cfg) {
  // ruleid: twilio-key
  cfg.authToken = "210779895feefb37c986847182905b0e";
  // ruleid: twilio-key
  cfg.apiKeySid = "SK3e0d154279dee1d59a8d4032cb9d5059";
  // ok: twilio-key
  cfg.accountSid = "ACcb2c06e8c54554f2cc4cfac2b3f5230a";
  // ok: twilio-key
  cfg.messagingServiceSid = "MG787288993d68ccfa4d1765d9c133d597";
  // ok: twilio-key
  const char *prodTwilioAuthToken = std::getenv("PROD_TWILIO_AUTH_TOKEN");
  // ok: twilio-key
  cfg.sessionAuthToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl";
}

} // namespace app
