/* Minimal Vonage Video REST client used by the kiosk firmware. */
#include <curl/curl.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>

#define OT_SESSION_URL "https://api.opentok.com/session/create"

int create_session(const char *jwt, char *out, size_t out_len) {
  CURL *curl = curl_easy_init();
  struct curl_slist *headers = NULL;
  char auth[1024];
  if (!curl)
    return -1;
  snprintf(auth, sizeof auth, "X-OPENTOK-AUTH: %s", jwt);
  headers = curl_slist_append(headers, auth);
  curl_easy_setopt(curl, CURLOPT_URL, OT_SESSION_URL);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  /* ruleid: tls-verification-disabled */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  /* ruleid: tls-verification-disabled */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : -1;
}

int create_session_strict(const char *jwt) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, OT_SESSION_URL);
  /* ok: tls-verification-disabled */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  /* ok: tls-verification-disabled */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  /* ok: tls-verification-disabled */
  curl_easy_setopt(curl, CURLOPT_CAINFO, "/etc/ssl/certs/ca-certificates.crt");
  /* ok: tls-verification-disabled */
  fprintf(stderr, "refusing to run with CURLOPT_SSL_VERIFYPEER 0\n");
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : -1;
}

SSL_CTX *make_signal_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  /* ruleid: tls-verification-disabled */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}

SSL_CTX *make_strict_signal_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_default_verify_paths(ctx);
  /* ok: tls-verification-disabled */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  return ctx;
}

void embed_python(void) {
  /* ruleid: tls-verification-disabled */
  putenv("PYTHONHTTPSVERIFY=0");
  /* ok: tls-verification-disabled */
  const char *verify = getenv("PYTHONHTTPSVERIFY");
  (void)verify;
}
