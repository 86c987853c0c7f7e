//===- RoutePatternsTest.cpp - calls / guarded / role-guarded, options ----===//
#include "RuleTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

const std::string OpenRoute = routeRule("t-open", "\\bmint$");

const char *const Server = R"(const express = require('express');
function helper(id) { return svc.mint(id); }
app.get('/a', (req, res) => res.json(helper(req.query.id)));
app.get('/b', requireAuth, (req, res) => res.json(svc.mint(1)));
app.get('/c', teamGate, (req, res) => res.json(svc.mint(1)));
app.get('/d', requireAuth, requireRole('host'), (req, res) => svc.mint(1));
app.get('/e', (req, res) => {
  if (!req.user) return res.status(401).end();
  res.json(svc.mint(1));
});
app.get('/f', (req, res) => res.send('ok'));
)";

std::vector<std::pair<unsigned, std::string>>
found(const std::vector<Finding> &Fs) {
  std::vector<std::pair<unsigned, std::string>> Out;
  for (const Finding &F : Fs)
    Out.push_back({F.Line, F.Message});
  return Out;
}

} // namespace

TEST_CASE("route patterns: handler calls through helpers, guards, roles",
          "[engine][routes]") {
  auto S = load({OpenRoute});
  auto Fs = scan(S, "server.js", Server);
  using V = std::vector<std::pair<unsigned, std::string>>;
  CHECK(found(Fs) == V{{3, "GET /a svc.mint"},
                       {4, "no role GET /b"},
                       {5, "GET /c svc.mint"},
                       {7, "no role GET /e"}});
}

TEST_CASE("route patterns: a team's guard names from the config add to "
          "the defaults",
          "[engine][routes][options]") {
  auto S = load({OpenRoute});
  EngineOptions O;
  O.RuleOptions["t-open"]["auth-guards"] = {"teamGate"};
  auto Fs = scan(S, "server.js", Server, O);
  std::vector<unsigned> Lines;
  for (const Finding &F : Fs)
    Lines.push_back(F.Line);
  // /c is guarded now (a note: no role); requireAuth still counts.
  CHECK(Lines == std::vector<unsigned>{3, 4, 5, 7});
  CHECK(Fs[2].Message == "no role GET /c");
}
