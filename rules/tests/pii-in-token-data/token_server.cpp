#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

// Declarations the fixture uses instead of the library headers (cpp-httplib
// and a C++ OpenTok token helper), so that Clang parses it anywhere.
namespace httplib {
struct Request {
  std::string body;
  std::string get_param_value(const std::string &Key) const;
  std::string get_header_value(const std::string &Key) const;
};
struct Response {
  int status = 200;
  void set_content(const std::string &Body, const char *Type);
};
class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  Server &Get(const std::string &Pattern, Handler H);
  Server &Post(const std::string &Pattern, Handler H);
  Server &
  set_pre_routing_handler(std::function<int(const Request &, Response &)> H);
  bool listen(const std::string &Host, int Port);
};
} // namespace httplib

namespace opentok {
struct TokenOptions {
  std::string role = "publisher";
  std::string data;
  long expireTime = 0;
};
class OpenTok {
public:
  OpenTok(int ApiKey, const std::string &Secret);
  std::string createSession();
  std::string generateToken(const std::string &SessionId,
                            const TokenOptions &Opts = {});
};
} // namespace opentok

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
