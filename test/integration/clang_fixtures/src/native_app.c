/* A desktop client on the Vonage Video native SDK: it fetches a token from
 * the app's token server with libcurl, then joins the session. */
#include <curl/curl.h>
#include <opentok/opentok.h>
#include <stdio.h>
#include <stdlib.h>

#define TOKEN_SERVER_HOST "video-tokens.meetwell.io"
/* A URL from constant parts: only the preprocessor knows the whole value. */
#define TOKEN_URL "http://" TOKEN_SERVER_HOST "/api/session"
#define SECURE_URL "https://" TOKEN_SERVER_HOST "/api/session"
#define PARTNER_KEY "47521863"
#define DEMO_TOKEN "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9MDg2OTdhOGQ0MWJlZDQ0MGU1MDQ1NGYzMWFmMzE3NjgxM2UwMmVhNjpzZXNzaW9uX2lkPTJfTVg0ME56RTVNek0xTlg1LU1UYzJOREF3TURBd01EQXdNSDR5YUhCRGFGbG5RMlp5VERGemNFNTRibmxXYldsb1FTOS0mY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPW1vZGVyYXRvciZub25jZT0wLjQ3ODg3ODM4JmV4cGlyZV90aW1lPTE3NjQwODY0MDAmY29ubmVjdGlvbl9kYXRhPXJvbGUlM0Rob3N0"

typedef otc_session *(*session_factory)(const char *, const char *,
                                        const otc_session_callbacks *);

static int fetch_credentials(void) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, TOKEN_URL);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  int rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc;
}

static int fetch_credentials_securely(void) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, SECURE_URL);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  int rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc;
}

int main(void) {
  otc_session_callbacks callbacks = {0};
  if (fetch_credentials() != 0 && fetch_credentials_securely() != 0)
    return 1;
  /* A call through a typedef'd function pointer. */
  session_factory make_session = otc_session_new;
  otc_session *session = make_session(
      PARTNER_KEY,
      "2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-",
      &callbacks);
  otc_session_connect(session, DEMO_TOKEN);
  /* Negative: the token comes from the environment. */
  otc_session_connect(session, getenv("VONAGE_CLIENT_TOKEN"));
  otc_session_delete(session);
  return 0;
}
