/* A stand-in for libcurl's header: just what the fixtures use. */
#ifndef FIXTURE_CURL_H
#define FIXTURE_CURL_H

typedef void CURL;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_SSL_VERIFYHOST = 81
} CURLoption;

CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
int curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);

#endif
