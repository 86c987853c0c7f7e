//===- RoutesTest.cpp - Route facts: routes, handlers and guards ----------===//
#include "CodeTestUtil.h"
#include "llvm/ADT/STLExtras.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using rtclint::test::Parsed;

namespace {

const RouteFact *route(const Parsed &P, llvm::StringRef Path) {
  for (const RouteFact &R : P.F.Routes)
    if (R.Path == Path)
      return &R;
  return nullptr;
}

std::vector<std::string> guards(const RouteFact &R) { return R.Middleware; }

} // namespace

TEST_CASE("Express routes: inline, router-wide and mounted guards",
          "[routes][node]") {
  Parsed P(Language::JavaScript, R"(const express = require('express');
const app = express();
app.use(express.json());
app.get('/health', (req, res) => res.send('ok'));
app.post('/token', requireAuth, (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sid) });
});
const api = express.Router();
api.use(passport.authenticate('jwt'));
api.post('/stop', stopArchive);
function stopArchive(req, res) { opentok.stopArchive(req.body.id); }
const m = express.Router();
m.get('/x', h);
app.use('/m', checkJwt, m);
axios.post('/token', { a: 1 });
)");
  REQUIRE(P.F.Routes.size() == 4);
  const RouteFact *H = route(P, "/health");
  REQUIRE(H);
  CHECK(H->Framework == "express");
  CHECK(H->Method == "GET");
  CHECK(guards(*H) == std::vector<std::string>{"express.json()"});
  CHECK(P.text(H->Body) == "(req, res) => res.send('ok')");

  const RouteFact *T = route(P, "/token");
  REQUIRE(T);
  CHECK(T->Method == "POST");
  CHECK(guards(*T) ==
        std::vector<std::string>{"express.json()", "requireAuth"});
  CHECK(T->Scope > 0);

  const RouteFact *S = route(P, "/stop");
  REQUIRE(S);
  CHECK(S->Handler == "stopArchive");
  REQUIRE(S->Scope > 0);
  CHECK(P.F.Scopes[S->Scope].Name == "stopArchive");
  CHECK(guards(*S) == std::vector<std::string>{"passport.authenticate('jwt')"});

  const RouteFact *X = route(P, "/x");
  REQUIRE(X);
  // The app's middleware before the mount, then the mount's own.
  CHECK(guards(*X) == std::vector<std::string>{"express.json()", "checkJwt"});
}

TEST_CASE("NestJS and Spring: decorators on the method and the class",
          "[routes][decorators]") {
  Parsed Nest(Language::TypeScript, R"(@Controller('video')
@UseGuards(AuthGuard('jwt'))
export class VideoController {
  @Post('token')
  @Roles('host')
  token(@Body() b) { return this.ot.generateToken(b.sid); }
}
)");
  REQUIRE(Nest.F.Routes.size() == 1);
  const RouteFact &N = Nest.F.Routes[0];
  CHECK(N.Framework == "nestjs");
  CHECK(N.Method == "POST");
  CHECK(N.Path == "video/token");
  CHECK(guards(N) == std::vector<std::string>{"@UseGuards(AuthGuard('jwt'))",
                                              "@Roles('host')"});

  Parsed Spring(Language::Java, R"java(@RestController
@RequestMapping("/api")
public class C {
    @PostMapping("/token")
    @PreAuthorize("isAuthenticated()")
    public String token() { return ot.generateToken(s); }
    @RequestMapping(value = "/s", method = RequestMethod.PUT)
    public String s() { return ""; }
}
)java");
  REQUIRE(Spring.F.Routes.size() == 2);
  CHECK(Spring.F.Routes[0].Path == "/api/token");
  CHECK(Spring.F.Routes[0].Method == "POST");
  CHECK(guards(Spring.F.Routes[0]) ==
        std::vector<std::string>{"@RestController",
                                 "@PreAuthorize(\"isAuthenticated()\")"});
  CHECK(Spring.F.Routes[1].Path == "/api/s");
  CHECK(Spring.F.Routes[1].Method == "PUT");
}

TEST_CASE("Flask and FastAPI: decorators, filters and dependencies",
          "[routes][python]") {
  Parsed P(Language::Python, R"(from fastapi import FastAPI
app = FastAPI()

@app.before_request
def check():
    pass

@app.route('/token', methods=['POST'])
@login_required
def token():
    return ot.generate_token(sid)

@app.get('/me')
async def me(user=Depends(get_current_user)):
    return 1
)");
  REQUIRE(P.F.Routes.size() == 2);
  const RouteFact *T = route(P, "/token");
  REQUIRE(T);
  CHECK(T->Method == "POST");
  REQUIRE(T->Guards.size() == 2);
  CHECK(T->Guards[0].Text == "@app.before_request check");
  CHECK_FALSE(T->Guards[0].Body.empty());
  CHECK(T->Guards[1].Text == "@login_required");
  const RouteFact *M = route(P, "/me");
  REQUIRE(M);
  CHECK(M->Framework == "fastapi");
  CHECK(guards(*M).back() == "Depends(get_current_user)");
}

TEST_CASE("Rails controllers: before_action only/except, skips",
          "[routes][ruby]") {
  Parsed P(Language::Ruby, R"(class RoomsController < ApplicationController
  before_action :authenticate_user!, except: [:open]
  skip_before_action :authenticate_user!, only: :skipped
  def show; end
  def open; end
  def skipped; end
  private
  def helper; end
end
)");
  REQUIRE(P.F.Routes.size() == 3);
  auto Has = [&](llvm::StringRef Path) {
    const RouteFact *R = route(P, Path);
    REQUIRE(R);
    return llvm::any_of(R->Guards, [](const GuardFact &G) {
      return llvm::StringRef(G.Text).contains("authenticate_user!");
    });
  };
  CHECK(Has("RoomsController#show"));
  CHECK_FALSE(Has("RoomsController#open"));
  CHECK_FALSE(Has("RoomsController#skipped"));
  CHECK_FALSE(route(P, "RoomsController#helper"));
}

TEST_CASE("Go, PHP, Kotlin and C#: groups and chained guards",
          "[routes][groups]") {
  Parsed Go(Language::Go, R"(package main
import "github.com/gin-gonic/gin"
func main() {
	r := gin.Default()
	api := r.Group("/api", AuthRequired())
	api.POST("/token", h)
	http.Handle("/x", requireAuth(http.HandlerFunc(x)))
}
)");
  REQUIRE(Go.F.Routes.size() == 2);
  CHECK(Go.F.Routes[0].Framework == "gin");
  CHECK(guards(Go.F.Routes[0]) == std::vector<std::string>{"AuthRequired()"});
  CHECK(Go.F.Routes[1].Handler == "x");
  CHECK(guards(Go.F.Routes[1]) == std::vector<std::string>{"requireAuth"});

  Parsed Php(Language::PHP, R"(<?php
Route::middleware(['auth'])->group(function () {
    Route::post('/a', function () { return 1; });
});
Route::get('/b', [TokenController::class, 'show'])->middleware('auth:sanctum');
)");
  REQUIRE(Php.F.Routes.size() == 2);
  CHECK(llvm::is_contained(guards(Php.F.Routes[0]), "middleware(['auth'])"));
  CHECK(Php.F.Routes[1].Handler == "TokenController@show");
  CHECK(guards(Php.F.Routes[1]) ==
        std::vector<std::string>{"middleware('auth:sanctum')"});

  Parsed Kt(Language::Kotlin, R"(fun Application.module() {
    routing {
        authenticate("jwt") {
            post("/token") { call.respond(1) }
        }
    }
}
)");
  REQUIRE(Kt.F.Routes.size() == 1);
  CHECK(Kt.F.Routes[0].Framework == "ktor");
  CHECK(llvm::is_contained(guards(Kt.F.Routes[0]), "authenticate(\"jwt\")"));

  Parsed Cs(Language::CSharp, R"([Authorize]
public class VideoController : ControllerBase {
    [HttpPost("token")]
    [AllowAnonymous]
    public IActionResult Token() { return Ok(); }
}
app.MapPost("/t", () => 1).RequireAuthorization();
)");
  REQUIRE(Cs.F.Routes.size() == 2);
  CHECK(guards(Cs.F.Routes[0]) ==
        std::vector<std::string>{"[Authorize]", "[AllowAnonymous]"});
  CHECK(guards(Cs.F.Routes[1]) ==
        std::vector<std::string>{"RequireAuthorization()"});
}

TEST_CASE("Calls that look like routes but are not", "[routes][negative]") {
  Parsed P(Language::JavaScript, R"(axios.get('/api/token', { params: p });
cache.get('/token', fallback);
app.get('setting');
fetch('/token').then(r => r.json());
)");
  CHECK(P.F.Routes.empty());
}

TEST_CASE("C++ without Clang: cpp-httplib and Crow", "[routes][cpp]") {
  Parsed P(Language::Cpp, R"(#include <httplib.h>
struct JwtAuth : crow::ILocalMiddleware {};
crow::App<crow::CookieParser, JwtAuth> app;
void health(const httplib::Request &, httplib::Response &Res) {}
int main() {
  httplib::Server svr;
  httplib::Client cli("https://auth.example.com");
  svr.set_pre_routing_handler([](const auto &Req, auto &Res) { return 0; });
  svr.Post("/token", [&](const httplib::Request &Req, httplib::Response &Res) {
    Res.set_content(ot.generateToken(Req.body), "text/plain");
  });
  svr.Get("/health", health);
  cli.Get("/userinfo", Headers);
  cli.Get("/export", [&](const char *Data, size_t Len) { return true; });
  CROW_ROUTE(app, "/room")
      .methods("POST"_method, crow::HTTPMethod::Put)
      .CROW_MIDDLEWARES(app, JwtAuth)([](const crow::request &Req) {
        return crow::response(200);
      });
  CROW_ROUTE(app, "/status")(statusPage);
}
)");
  REQUIRE(P.F.Routes.size() == 5);
  const RouteFact *T = route(P, "/token");
  REQUIRE(T);
  CHECK(T->Framework == "cpp-httplib");
  CHECK(T->Method == "POST");
  CHECK(llvm::StringRef(P.text(T->Body)).starts_with("[&](const httplib"));
  REQUIRE(T->Guards.size() == 1);
  CHECK(llvm::StringRef(T->Guards[0].Text)
            .starts_with("svr.set_pre_routing_handler("));
  CHECK(P.text(T->Guards[0].Body) ==
        "[](const auto &Req, auto &Res) { return 0; }");
  const RouteFact *H = route(P, "/health");
  REQUIRE(H);
  CHECK(H->Handler == "health");
  REQUIRE(H->Scope > 0);
  CHECK(P.F.Scopes[H->Scope].Name == "health");
  // The client's request is not a route.
  CHECK_FALSE(route(P, "/userinfo"));
  CHECK_FALSE(route(P, "/export"));

  std::vector<std::string> Methods;
  for (const RouteFact &R : P.F.Routes)
    if (R.Path == "/room") {
      Methods.push_back(R.Method);
      CHECK(R.Framework == "crow");
      // JwtAuth is local: it guards only where the route names it.
      CHECK(guards(R) ==
            std::vector<std::string>{"crow::CookieParser", "JwtAuth"});
      CHECK(llvm::StringRef(P.text(R.Body)).starts_with("[](const crow"));
    }
  CHECK(Methods == std::vector<std::string>{"POST", "PUT"});
  const RouteFact *S = route(P, "/status");
  REQUIRE(S);
  CHECK(S->Method == "GET");
  CHECK(S->Handler == "statusPage");
  CHECK(guards(*S) == std::vector<std::string>{"crow::CookieParser"});
}
