#include "../_stubs/token_server.h"

bool verifyIdToken(const std::string &Bearer);

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  httplib::Server svr;

  // ruleid: unauthenticated-token-endpoint
  svr.Post("/kiosk/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             Res.set_content(ot.generateToken(Req.get_param_value("session")),
                             "text/plain");
           });

  // ok: unauthenticated-token-endpoint
  svr.Post("/staff/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             if (!verifyIdToken(Req.get_header_value("Authorization"))) {
               Res.status = 401;
               return;
             }
             Res.set_content(ot.generateToken(Req.get_param_value("session")),
                             "text/plain");
           });

  // ok: unauthenticated-token-endpoint
  svr.Get("/health", [](const httplib::Request &, httplib::Response &Res) {
    Res.set_content("ok", "text/plain");
  });

  svr.listen("0.0.0.0", 8080);
}
