// rtclint-fixture: clang-only
#include "../_stubs/cpp_web.h"

bool verifyIdToken(const std::string &Bearer);

void registerDrogonRoutes(opentok::OpenTok &Ot) {
  using namespace drogon;
  // ruleid: unauthenticated-moderation-endpoint
  app().registerHandler(
      "/broadcast/archive",
      [&](const HttpRequestPtr &Req, HttpAppFramework::Callback &&Done) {
        auto Res = HttpResponse::newHttpResponse();
        Res->setBody(Ot.startArchive(Req->getParameter("session")));
        Done(Res);
      },
      {Post});

  // ok: unauthenticated-moderation-endpoint
  app().registerHandler(
      "/host/archive",
      [&](const HttpRequestPtr &Req, HttpAppFramework::Callback &&Done) {
        auto Res = HttpResponse::newHttpResponse();
        Res->setBody(Ot.startArchive(Req->getParameter("session")));
        Done(Res);
      },
      {Post, "JwtFilter", "ModeratorFilter"});
}

using namespace Pistache;

class ModerationApi {
public:
  explicit ModerationApi(Rest::Router &Router) {
    // ruleid: unauthenticated-moderation-endpoint
    Rest::Routes::Post(Router, "/kick",
                       Rest::Routes::bind(&ModerationApi::kick, this));
  }

private:
  void kick(const Rest::Request &Req, Http::ResponseWriter Res) {
    Ot.forceDisconnect(Req.param(":session"), Req.param(":connection"));
    Res.send(Http::Code::Ok);
  }

  opentok::OpenTok Ot{45828062, std::getenv("OPENTOK_API_SECRET")};
};
