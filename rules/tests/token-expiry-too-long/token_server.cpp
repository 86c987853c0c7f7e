#include "../_stubs/token_server.h"

constexpr long kDay = 24 * 60 * 60;
constexpr long kMonth = 30 * kDay;

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  httplib::Server svr;

  svr.Post("/recordings/token", [&](const httplib::Request &Req,
                                    httplib::Response &Res) {
    opentok::TokenOptions Opts;
    // ruleid: token-expiry-too-long
    Opts.expireTime = kMonth;
    Res.set_content(ot.generateToken(Req.get_param_value("session"), Opts),
                    "text/plain");
  });

  svr.Post(
      "/calls/token", [&](const httplib::Request &Req, httplib::Response &Res) {
        opentok::TokenOptions Opts;
        // ok: token-expiry-too-long
        Opts.expireTime = 2 * 60 * 60;
        Res.set_content(ot.generateToken(Req.get_param_value("session"), Opts),
                        "text/plain");
      });

  svr.listen("0.0.0.0", 8080);
}
