/* SMS meeting invitations sent through Twilio */
#include <stdlib.h>
#include "integrations.h"

// ruleid: twilio-key
#define TWILIO_AUTH_TOKEN "500803cb98dc935deae6d0093459b79b"
// ruleid: twilio-key
#define TWILIO_API_SECRET "wCCr4akI64cyFapQHWa9P8wgLRax3WPV"
// ruleid: twilio-key
#define TWILIO_API_KEY "SK2499f717c63ed5b47fd113e37fee9765"
// ok: twilio-key
#define TWILIO_ACCOUNT_SID "AC2ed7542e3f7128c3555127e4507b503c"
// ok: twilio-key
#define SAMPLE_TWILIO_AUTH_TOKEN "your_auth_token"
// ok: twilio-key
#define ZERO_AUTH_TOKEN "00000000000000000000000000000000"
// ok: twilio-key
#define AUTH_TOKEN_HASH "5e3d1f92f0049f6efb5ea7841cba6dcd"
// ok: twilio-key
#define CACHE_KEY "9ed85c937eaff7584591de0ea22f2d04"
// ok: twilio-key
static const int retry_limit = 3; /* was "787288993d68ccfa4d1765d9c133d597" before rotation */

void configure(struct upload_config *cfg)
{
    // ruleid: twilio-key
    cfg->auth_token = "210779895feefb37c986847182905b0e";
    // ruleid: twilio-key
    cfg->api_key_sid = "SK3e0d154279dee1d59a8d4032cb9d5059";
    // ok: twilio-key
    cfg->account_sid = "ACcb2c06e8c54554f2cc4cfac2b3f5230a";
    // ok: twilio-key
    cfg->messaging_service_sid = "MG787288993d68ccfa4d1765d9c133d597";
    // ok: twilio-key
    const char *prod_twilio_auth_token = getenv("PROD_TWILIO_AUTH_TOKEN");
    // ok: twilio-key
    cfg->session_auth_token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl";
}
