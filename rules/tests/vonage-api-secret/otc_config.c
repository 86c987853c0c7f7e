/* Settings for the Linux kiosk built on the OpenTok C SDK. */
#include <stdlib.h>
#include <curl/curl.h>
#include <opentok.h>

#define API_KEY "45828062"
/* ruleid: vonage-api-secret */
#define API_SECRET "992cbec8ad5dcbb9a03e2d7f15041f706d1041c4"

// ruleid: vonage-api-secret
static const char *opentok_api_secret = "6cfa2319c43ea0262b42837f6fc2858e9717c2b6";

// ok: vonage-api-secret
#define FALLBACK_SECRET ""

// ok: vonage-api-secret
static const char *build_sha = "880e860c9321467db94d85b9bee8171a802de2a1";

// ok: vonage-api-secret
static const char *stream_checksum = "cbc1d7a2bf2f394777caa88b30d0cba186112728";

static struct curl_slist *legacy_headers(void) {
  struct curl_slist *h = NULL;
  // ruleid: vonage-api-secret
  h = curl_slist_append(h, "X-TB-PARTNER-AUTH: 45828062:d18526dbf13d45c7f0e2ff92566d3d69862c12cf");
  // ok: vonage-api-secret
  h = curl_slist_append(h, "Content-Type: application/json");
  return h;
}

static const char *secret_from_env(void) {
  // ok: vonage-api-secret
  const char *secret = getenv("OPENTOK_API_SECRET");
  return secret ? secret : "";
}

// ok: vonage-api-secret
static const char *region = "us"; /* API_SECRET "032c9341e8352cae0b1434bd6d908e5269387972" */
