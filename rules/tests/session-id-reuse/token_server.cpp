// rtclint-fixture: clang-only
// The route handler is a lambda: only the AST knows it runs per request.
#include "../_stubs/token_server.h"

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
