#include "../_stubs/token_server.h"

struct Patient {
  std::string id;
  std::string email;
  std::string fullName;
  std::string roomName;
};
Patient lookupPatient(const std::string &Id);
std::string escapeJson(const std::string &S);

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  httplib::Server svr;

  svr.Post("/consult/token", [&](const httplib::Request &Req,
                                 httplib::Response &Res) {
    Patient P = lookupPatient(Req.get_param_value("patient"));
    opentok::TokenOptions Opts;
    // ruleid: pii-in-token-data
    Opts.data = "{\"email\":\"" + escapeJson(P.email) + "\"}";
    Res.set_content(ot.generateToken(Req.get_param_value("session"), Opts),
                    "text/plain");
  });

  svr.Post("/waiting-room/token", [&](const httplib::Request &Req,
                                      httplib::Response &Res) {
    Patient P = lookupPatient(Req.get_param_value("patient"));
    opentok::TokenOptions Opts;
    // Only an opaque ID and the room: nothing personal.
    // ok: pii-in-token-data
    Opts.data = "patient=" + P.id + "&room=" + P.roomName;
    Res.set_content(ot.generateToken(Req.get_param_value("session"), Opts),
                    "text/plain");
  });

  svr.listen("0.0.0.0", 8080);
}
