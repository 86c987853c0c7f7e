#include <curl/curl.h>
#include <stdio.h>

// ruleid: plain-http-rest-url
#define OPENTOK_API_URL "http://api.opentok.com"
// ok: plain-http-rest-url
#define OPENTOK_API_URL_TLS "https://api.opentok.com"
// ok: plain-http-rest-url
#define LOCAL_TOKEN_SERVER "http://localhost:3000/token"

// ruleid: plain-http-rest-url
static const char *kTokenServer = "http://video-tokens.acme-corp.io/token";

int start_archive(const char *session_id, const char *jwt) {
  CURL *curl = curl_easy_init();
  char url[256];
  // ok: plain-http-rest-url
  snprintf(url, sizeof url, "http://%s/v2/project/%s/archive", getenv("API_HOST"), "45828062");
  // ruleid: plain-http-rest-url
  curl_easy_setopt(curl, CURLOPT_URL, "http://api.opentok.com/v2/project/45828062/archive");
  // ok: plain-http-rest-url
  curl_easy_setopt(curl, CURLOPT_PROXY, "http://10.0.2.2:8888"); /* not http://proxy.acme-corp.io */
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : -1;
}
