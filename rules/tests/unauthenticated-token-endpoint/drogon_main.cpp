// rtclint-fixture: clang-only
#include "../_stubs/cpp_web.h"

using namespace drogon;

int main() {
  opentok::OpenTok ot(45828062, std::getenv("OPENTOK_API_SECRET"));

  // A rate limit is not authentication.
  // ruleid: unauthenticated-token-endpoint
  app().registerHandler(
      "/guest/token",
      [&](const HttpRequestPtr &Req, HttpAppFramework::Callback &&Done) {
        auto Res = HttpResponse::newHttpResponse();
        Res->setBody(ot.generateToken(Req->getParameter("session")));
        Done(Res);
      },
      {Post, "RateLimitFilter"});

  // ok: unauthenticated-token-endpoint
  app().registerHandler(
      "/member/token",
      [&](const HttpRequestPtr &Req, HttpAppFramework::Callback &&Done) {
        auto Res = HttpResponse::newHttpResponse();
        Res->setBody(ot.generateToken(Req->getParameter("session")));
        Done(Res);
      },
      {Post, "JwtFilter"});

  // ok: unauthenticated-token-endpoint
  app().registerHandler(
      "/ping", [](const HttpRequestPtr &, HttpAppFramework::Callback &&Done) {
        Done(HttpResponse::newHttpResponse());
      });

  app().addListener("0.0.0.0", 8080).run();
}
