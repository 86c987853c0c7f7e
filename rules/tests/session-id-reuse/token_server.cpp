// rtclint-fixture: clang-only
// The route handler is a lambda: only the AST knows it runs per request.
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

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  httplib::Server svr;
  // One session for the whole process, made at start-up.
  const std::string lobby = ot.createSession();

  svr.Get("/lobby/token",
          [&](const httplib::Request &Req, httplib::Response &Res) {
            // ruleid: session-id-reuse
            Res.set_content(ot.generateToken(lobby), "text/plain");
          });

  svr.Post("/rooms/token",
           [&](const httplib::Request &Req, httplib::Response &Res) {
             // A session per meeting, made when the meeting is booked.
             std::string meeting = ot.createSession();
             // ok: session-id-reuse
             Res.set_content(ot.generateToken(meeting), "text/plain");
           });

  svr.listen("0.0.0.0", 8080);
}
