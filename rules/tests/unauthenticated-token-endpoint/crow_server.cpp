#include "../_stubs/cpp_web.h"

bool verifyIdToken(const std::string &Bearer);

// Local Crow middleware: it checks the bearer token on the routes that
// name it, and only there.
struct JwtAuth : crow::ILocalMiddleware {
  struct context {
    std::string userId;
  };
  void before_handle(crow::request &Req, crow::response &Res, context &Ctx);
  void after_handle(crow::request &, crow::response &, context &) {}
};

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));
  crow::App<crow::CORSHandler, JwtAuth> app;

  // CORS is not authentication: the route is open.
  // ruleid: unauthenticated-token-endpoint
  CROW_ROUTE(app, "/lobby/token")
      .methods("POST"_method)([&](const crow::request &Req) {
        return crow::response(ot.generateToken(Req.url_param("session")));
      });

  // ok: unauthenticated-token-endpoint
  CROW_ROUTE(app, "/meeting/token")
      .methods(crow::HTTPMethod::Post)
      .CROW_MIDDLEWARES(app, JwtAuth)([&](const crow::request &Req) {
        return crow::response(ot.generateToken(Req.url_param("session")));
      });

  // ok: unauthenticated-token-endpoint
  CROW_ROUTE(app, "/webinar/token")([&](const crow::request &Req) {
    if (!verifyIdToken(Req.get_header_value("Authorization")))
      return crow::response(401);
    return crow::response(ot.generateToken(Req.url_param("session")));
  });

  // ok: unauthenticated-token-endpoint
  CROW_ROUTE(app, "/status")([] { return crow::response("up"); });

  app.port(8080).run();
}
