#include "../_stubs/cpp_web.h"

struct RequireLogin : crow::ILocalMiddleware {
  struct context {
    std::string userId;
    bool host = false;
  };
  void before_handle(crow::request &Req, crow::response &Res, context &Ctx);
  void after_handle(crow::request &, crow::response &, context &) {}
};

bool isHost(const crow::request &Req, const std::string &SessionId);

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  crow::App<crow::CORSHandler, RequireLogin> app; // RequireLogin is local

  // ruleid: unauthenticated-moderation-endpoint
  CROW_ROUTE(app, "/archive/start")
      .methods("POST"_method)([&](const crow::request &Req) {
        return crow::response(ot.startArchive(Req.url_param("session")));
      });

  // Signed in, but any user may throw anyone out: a note.
  // ruleid: unauthenticated-moderation-endpoint
  CROW_ROUTE(app, "/rooms/kick")
      .methods("POST"_method)
      .CROW_MIDDLEWARES(app, RequireLogin)([&](const crow::request &Req) {
        ot.forceDisconnect(Req.url_param("session"), Req.url_param("conn"));
        return crow::response(204);
      });

  // ok: unauthenticated-moderation-endpoint
  CROW_ROUTE(app, "/archive/stop")
      .methods("POST"_method)
      .CROW_MIDDLEWARES(app, RequireLogin)([&](const crow::request &Req) {
        if (!isHost(Req, Req.url_param("session")))
          return crow::response(403);
        ot.stopArchive(Req.url_param("archive"));
        return crow::response(204);
      });

  app.port(8080).run();
}
