/* Telemetry uplink of the clinic kiosk. */
#include <stdlib.h>

/* ruleid: generic-secret */
#define MQTT_PASSWORD "tOOjh5Gzn64jFM8uZMdhLJ3AK_fZ"

// ruleid: generic-secret
static const char *device_token = "8dyHA0D29NjTugeYlOLoyWTIRvzo";

// ok: generic-secret
#define MQTT_PASSWORD_ENV "KIOSK_MQTT_PASSWORD"

// ok: generic-secret
static const char *ca_file = "/etc/kiosk/ca.pem";

// ok: generic-secret
static const char *token_url = "https://telemetry.example.com/v1/token";

static const char *password_from_env(void) {
  // ok: generic-secret
  const char *password = getenv("KIOSK_MQTT_PASSWORD");
  return password ? password : "";
}
