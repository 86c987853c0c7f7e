//===- ProjectRoutesTest.cpp - The project phase: routes across files -----===//
#include "engine/ProjectRoutes.h"
#include "RuleTestUtil.h"
#include "source/Source.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

const std::string TokenRule =
    routeRule("t-token", "\\bgenerateToken$", "keywords: [generatetoken]\n");

using FileList = std::vector<std::pair<std::string, std::string>>;

/// A project scanned file by file, in the given order, then joined.
struct Project {
  explicit Project(FileList Files)
      : Files(std::move(Files)), E(load({TokenRule}), EngineOptions{}) {
    for (const auto &[Path, Text] : this->Files)
      Results.push_back(E.scan({Path, Path, Text, detectLanguage(Path, Text)}));
  }

  void join() {
    std::vector<FileResult *> Ptrs;
    for (FileResult &R : Results)
      Ptrs.push_back(&R);
    joinRoutes(E, Ptrs);
  }

  /// "path:line message" of every finding, in file order.
  std::vector<std::string> findings() const {
    std::vector<std::string> Out;
    for (size_t I = 0; I < Files.size(); ++I)
      for (const Finding &F : Results[I].Findings) {
        std::string S =
            Files[I].first + ":" + std::to_string(F.Line) + " " + F.Message;
        for (const Note &N : F.Notes)
          S += " [" + N.Loc.Path + ":" + std::to_string(N.Loc.Line) + " " +
               N.Message + "]";
        Out.push_back(std::move(S));
      }
    return Out;
  }

  FileList Files;
  Engine E;
  std::vector<FileResult> Results;
};

const char *const Handlers = R"(const svc = require('./svc');
function token(req, res) {
  res.json({ token: svc.generateToken(req.query.room) });
}
function health(req, res) {
  res.send('ok');
}
module.exports = { token, health };
)";

const char *const Routes = R"(const express = require('express');
const h = require('./handlers');
const router = express.Router();
router.get('/token', h.token);
router.get('/health', h.health);
module.exports = router;
)";

const char *const InlineRoutes = R"(const express = require('express');
const router = express.Router();
router.get('/token', (req, res) => res.json(svc.generateToken(1)));
module.exports = router;
)";

using V = std::vector<std::string>;

} // namespace

TEST_CASE("project routes: only route files get an index",
          "[engine][routes][project]") {
  Project P({{"handlers.js", Handlers},
             {"routes.js", Routes},
             {"README.md", "express routes live in routes.js\n"},
             {"util.js", "function add(a, b) { return a + b; }\n"}});
  CHECK(P.Results[0].Routes); // has the rule's keyword: a handler
  CHECK(P.Results[1].Routes); // declares routes
  CHECK_FALSE(P.Results[2].Routes);
  CHECK_FALSE(P.Results[3].Routes);
  // The route whose handler is elsewhere waits for the join.
  CHECK(P.findings().empty());
}

TEST_CASE("project routes: a handler in another file is joined to its route",
          "[engine][routes][project]") {
  Project P({{"handlers.js", Handlers}, {"routes.js", Routes}});
  P.join();
  CHECK(P.findings() == V{"routes.js:4 GET /token svc.generateToken "
                          "[handlers.js:2 the handler token "
                          "calls svc.generateToken]"});
}

TEST_CASE("project routes: a handler that is not found reports nothing",
          "[engine][routes][project]") {
  Project P(FileList{{"routes.js", Routes}});
  P.join();
  CHECK(P.findings().empty());
}

TEST_CASE("project routes: a guard mounted in another file drops the finding",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const api = require('./routes');
const app = express();
app.use(requireAuth);
app.use('/api', api);
)";
  Project P({{"server.js", Server}, {"routes.js", InlineRoutes}});
  CHECK(P.findings() == V{"routes.js:3 GET /token svc.generateToken"});
  P.join();
  // Authenticated in server.js but no role is checked: the rule's note.
  CHECK(P.findings() == V{"routes.js:3 no role GET /token"});
}

TEST_CASE("project routes: the mount's own guard argument counts",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const app = express();
app.use('/api', requireAuth, require('./routes'));
)";
  Project P({{"server.js", Server}, {"routes.js", InlineRoutes}});
  P.join();
  CHECK(P.findings() == V{"routes.js:3 no role GET /token"});
}

TEST_CASE("project routes: a role guard in another file silences the note",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const app = express();
app.use('/api', requireAuth, requireRole('host'), require('./routes'));
)";
  Project P({{"server.js", Server}, {"routes.js", InlineRoutes}});
  P.join();
  CHECK(P.findings().empty());
}

TEST_CASE("project routes: a handler elsewhere behind auth gets the note",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const app = express();
app.use(requireAuth);
app.use('/api', require('./routes'));
)";
  Project P({{"server.js", Server},
             {"handlers.js", Handlers},
             {"routes.js", Routes}});
  P.join();
  CHECK(P.findings() == V{"routes.js:4 no role GET /token [handlers.js:2 the "
                          "handler token calls svc.generateToken]"});
}

TEST_CASE("project routes: middleware added after the mount does not count",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const api = require('./routes');
const app = express();
app.use('/api', api);
app.use(requireAuth);
)";
  Project P({{"server.js", Server}, {"routes.js", InlineRoutes}});
  P.join();
  CHECK(P.findings() == V{"routes.js:3 GET /token svc.generateToken"});
}

TEST_CASE("project routes: guards of another receiver do not count",
          "[engine][routes][project]") {
  const char *Server = R"(const express = require('express');
const api = require('./routes');
const app = express();
const admin = express();
admin.use(requireAuth);
app.use('/api', api);
)";
  Project P({{"server.js", Server}, {"routes.js", InlineRoutes}});
  P.join();
  CHECK(P.findings() == V{"routes.js:3 GET /token svc.generateToken"});
}

TEST_CASE("project routes: the join is deterministic",
          "[engine][routes][project]") {
  // Two files define `token`: the one the route's file imports wins,
  // whatever the order the files come in.
  const char *Other = R"(function token(req, res) {
  res.json(svc.generateToken('other'));
}
module.exports = { token };
)";
  FileList Files{
      {"other.js", Other}, {"handlers.js", Handlers}, {"routes.js", Routes}};
  Project A(Files);
  A.join();
  std::reverse(Files.begin(), Files.end());
  Project B(Files);
  B.join();
  Project C(Files);
  C.join();
  V Want{"routes.js:4 GET /token svc.generateToken [handlers.js:2 the handler "
         "token "
         "calls svc.generateToken]"};
  CHECK(A.findings() == Want);
  CHECK(B.findings() == Want);
  CHECK(C.findings() == B.findings());
}
