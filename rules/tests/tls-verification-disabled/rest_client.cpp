// C++ REST client for the Vonage Video API (archives, sessions).
#include <boost/asio/ssl.hpp>
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <memory>
#include <string>

namespace ssl = boost::asio::ssl;

class VonageRestClient {
public:
  explicit VonageRestClient(std::string Jwt) : jwt_(std::move(Jwt)) {}

  std::string createSession() {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    curl_easy_setopt(curl.get(), CURLOPT_URL, "https://video.api.vonage.com/session/create");
    // ruleid: tls-verification-disabled
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, false);
    // ok: tls-verification-disabled
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_perform(curl.get());
    return {};
  }

  cpr::Response startArchive(const std::string &sessionId) {
    // ruleid: tls-verification-disabled
    return cpr::Post(cpr::Url{base_ + "/archive"}, cpr::VerifySsl{false},
                     cpr::Header{{"Authorization", "Bearer " + jwt_}},
                     cpr::Body{"{\"sessionId\":\"" + sessionId + "\"}"});
  }

  cpr::Response stopArchive(const std::string &archiveId) {
    // ok: tls-verification-disabled
    return cpr::Post(cpr::Url{base_ + "/archive/" + archiveId + "/stop"}, cpr::VerifySsl{true},
                     cpr::Header{{"Authorization", "Bearer " + jwt_}});
  }

private:
  std::string jwt_;
  std::string base_ = "https://video.api.vonage.com/v2/project/app";
};

void configureSignalling(ssl::context &ctx) {
  // ruleid: tls-verification-disabled
  ctx.set_verify_mode(ssl::verify_none);
  // ruleid: tls-verification-disabled
  SSL_CTX_set_verify(ctx.native_handle(), SSL_VERIFY_NONE, nullptr);
}

void configureStrictSignalling(ssl::context &ctx) {
  ctx.set_default_verify_paths();
  // ok: tls-verification-disabled
  ctx.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
  // ok: tls-verification-disabled
  ctx.set_verify_callback(ssl::host_name_verification("video.api.vonage.com"));
}
