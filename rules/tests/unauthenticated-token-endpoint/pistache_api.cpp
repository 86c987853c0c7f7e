// rtclint-fixture: clang-only
#include "../_stubs/cpp_web.h"

using namespace Pistache;

bool verifyIdToken(const std::string &Bearer);

class TokenApi {
public:
  explicit TokenApi(Rest::Router &Router) {
    // ruleid: unauthenticated-token-endpoint
    Rest::Routes::Post(Router, "/open/token",
                       Rest::Routes::bind(&TokenApi::openToken, this));
    // ok: unauthenticated-token-endpoint
    Rest::Routes::Post(Router, "/checked/token",
                       Rest::Routes::bind(&TokenApi::checkedToken, this));
  }

private:
  void openToken(const Rest::Request &Req, Http::ResponseWriter Res) {
    Res.send(Http::Code::Ok, Ot.generateToken(Req.param(":session")));
  }

  void checkedToken(const Rest::Request &Req, Http::ResponseWriter Res) {
    if (!verifyIdToken(Req.header("Authorization"))) {
      Res.send(Http::Code::Unauthorized);
      return;
    }
    Res.send(Http::Code::Ok, Ot.generateToken(Req.param(":session")));
  }

  opentok::OpenTok Ot{45828062, std::getenv("OPENTOK_API_SECRET")};
};

// Every route of this router passes the middleware first.
class GuardedApi {
public:
  explicit GuardedApi(Rest::Router &Router) {
    Router.addMiddleware(
        Rest::Routes::middleware(&GuardedApi::requireAuth, this));
    // ok: unauthenticated-token-endpoint
    Rest::Routes::Post(Router, "/staff/token",
                       Rest::Routes::bind(&GuardedApi::token, this));
  }

private:
  bool requireAuth(Rest::Request &Req, Http::ResponseWriter &Res) {
    if (verifyIdToken(Req.header("Authorization")))
      return true;
    Res.send(Http::Code::Unauthorized);
    return false;
  }

  void token(const Rest::Request &Req, Http::ResponseWriter Res) {
    Res.send(Http::Code::Ok, Ot.generateToken(Req.param(":session")));
  }

  opentok::OpenTok Ot{45828062, std::getenv("OPENTOK_API_SECRET")};
};
