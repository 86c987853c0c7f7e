// rtclint-fixture: clang-only
#include "../_stubs/token_server.h"

struct Caller {
  std::string id;
  std::string email;
  std::string phone;
};
Caller currentCaller(const httplib::Request &Req);
std::string jsonObject(const std::string &Key, const std::string &Value);

// ruleid: pii-in-token-data
#define CALLER_DATA(c) ("email=" + (c).email)
// ok: pii-in-token-data
#define OPAQUE_DATA(c) ("caller=" + (c).id)
// ruleid: pii-in-token-data
#define SUPPORT_DATA "phone=+15550100"
// A macro wrapping a call.
// ruleid: pii-in-token-data
#define PHONE_JSON(c) jsonObject("contact", (c).phone)
// Only passes its argument on: the value is what the expansion site wrote.
#define TOKEN_DATA(x) (x)

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  httplib::Server svr;

  svr.Post("/support/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             opentok::TokenOptions Opts;
             Opts.data = CALLER_DATA(currentCaller(Req));
             Res.set_content(ot.generateToken(Req.get_param_value("s"), Opts),
                             "text/plain");
           });

  svr.Post("/agent/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             opentok::TokenOptions Opts;
             Opts.data = OPAQUE_DATA(currentCaller(Req));
             Res.set_content(ot.generateToken(Req.get_param_value("s"), Opts),
                             "text/plain");
           });

  svr.Post("/hotline/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             opentok::TokenOptions Opts;
             Opts.data = SUPPORT_DATA;
             Res.set_content(ot.generateToken(Req.get_param_value("s"), Opts),
                             "text/plain");
           });

  svr.Post("/callback/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             opentok::TokenOptions Opts;
             Opts.data = PHONE_JSON(currentCaller(Req));
             Res.set_content(ot.generateToken(Req.get_param_value("s"), Opts),
                             "text/plain");
           });

  svr.Post("/queue/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             Caller C = currentCaller(Req);
             opentok::TokenOptions Opts;
             // ruleid: pii-in-token-data
             Opts.data = TOKEN_DATA(C.email);
             Res.set_content(ot.generateToken(Req.get_param_value("s"), Opts),
                             "text/plain");
           });

  svr.listen("0.0.0.0", 8080);
}
