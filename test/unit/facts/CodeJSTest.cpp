//===- CodeJSTest.cpp - The code pass over JavaScript and TypeScript ------===//
#include "CodeTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using rtclint::test::Parsed;

TEST_CASE("JS declarations, assignments and folded literals", "[code][js]") {
  Parsed P(Language::JavaScript, R"(const apiKey = "45828062";
let secret = "0123" + "4567" + 'ab';
var url = "https://" + host + "/v2";
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
config['secret'] = "cfg";
token ||= "t";
if (a == "b") {}
)");
  const StringFact *Key = P.str("45828062");
  REQUIRE(Key);
  CHECK(Key->Name == "apiKey");
  CHECK(Key->Bind == BindKind::Variable);
  CHECK(P.text(Key->Range) == "\"45828062\"");

  const StringFact *Sec = P.str("01234567ab");
  REQUIRE(Sec);
  CHECK(Sec->Name == "secret");
  CHECK(P.text(Sec->Range) == R"("0123" + "4567" + 'ab')");
  REQUIRE(P.bind("secret"));
  CHECK(P.bind("secret")->String == int(Sec - P.F.Strings.data()));

  // A non-literal operand: one fact per literal, none bound to `url`.
  REQUIRE(P.str("https://"));
  REQUIRE(P.str("/v2"));
  CHECK(P.str("https://")->Name.empty());
  CHECK(P.bind("url")->ValueText == R"("https://" + host + "/v2")");

  const BindingFact *Env = P.bind("process.env.NODE_TLS_REJECT_UNAUTHORIZED");
  REQUIRE(Env);
  CHECK(Env->Name == "NODE_TLS_REJECT_UNAUTHORIZED");
  CHECK(Env->Bind == BindKind::Assignment);
  CHECK(Env->ValueText == "'0'");

  const BindingFact *Cfg = P.bind("config.secret");
  REQUIRE(Cfg);
  CHECK(Cfg->Name == "secret");
  CHECK(P.text(Cfg->ValueRange) == "\"cfg\"");
  REQUIRE(P.bind("token"));
  // Comparisons are not bindings.
  CHECK_FALSE(P.bind("a"));
}

TEST_CASE("JS calls, constructions and object-literal arguments",
          "[code][js]") {
  Parsed P(Language::JavaScript, R"(
const opentok = new OpenTok(apiKey, '0123456789abcdef0123456789abcdef01234567');
const vonage = new Vonage({applicationId: "app-id", privateKey: './private.key'});
const agent = new https.Agent({ rejectUnauthorized: false });
const token = opentok.generateToken(sessionId, {role: 'moderator', data: `name=${name}`, expireTime: 3600});
OT.initSession(apiKey, sessionId).connect(token, cb);
)");
  const CallFact *OT = P.call("new OpenTok");
  REQUIRE(OT);
  CHECK(OT->IsConstruction);
  CHECK(OT->Name == "OpenTok");
  REQUIRE(OT->Args.size() == 2);
  CHECK(OT->Args[0].Text == "apiKey");
  CHECK(OT->Args[1].String >= 0);
  const StringFact *Secret = P.str("0123456789abcdef0123456789abcdef01234567");
  REQUIRE(Secret);
  CHECK(Secret->Call == P.callIndex("new OpenTok"));
  CHECK(Secret->ArgIndex == 1);
  CHECK(P.text(OT->Range).rfind("new OpenTok(", 0) == 0);

  const StringFact *App = P.str("app-id");
  REQUIRE(App);
  CHECK(App->Call == P.callIndex("new Vonage"));
  CHECK(App->ArgIndex == 0);
  CHECK(App->Name == "applicationId");
  CHECK(App->Bind == BindKind::ObjectKey);
  CHECK(P.str("./private.key")->Name == "privateKey");

  REQUIRE(P.call("new https.Agent"));
  const BindingFact *RU = P.bind("rejectUnauthorized");
  REQUIRE(RU);
  CHECK(RU->ValueText == "false");
  CHECK(RU->Call == P.callIndex("new https.Agent"));
  REQUIRE(RU->String >= 0);
  CHECK(P.F.Strings[RU->String].Kind == ValueKind::Bool);
  CHECK(P.F.Strings[RU->String].Name == "rejectUnauthorized");

  const CallFact *Gen = P.call("opentok.generateToken");
  REQUIRE(Gen);
  REQUIRE(Gen->Args.size() == 2);
  CHECK(Gen->Args[0].Text == "sessionId");
  const StringFact *Role = P.str("moderator");
  REQUIRE(Role);
  CHECK(Role->Name == "role");
  CHECK(Role->ArgIndex == 1);
  const StringFact *Data = P.str("name=${name}");
  REQUIRE(Data);
  CHECK(Data->Interpolated);
  CHECK(Data->Name == "data");
  const BindingFact *Exp = P.bind("expireTime");
  REQUIRE(Exp);
  CHECK(P.F.Strings[Exp->String].Kind == ValueKind::Number);
  CHECK(P.F.Strings[Exp->String].Value == "3600");

  REQUIRE(P.call("OT.initSession"));
  REQUIRE(P.call("OT.initSession().connect"));
  CHECK(P.call("OT.initSession().connect")->Name == "connect");
}

TEST_CASE("JS scopes: functions, classes, methods and arrows", "[code][js]") {
  Parsed P(Language::JavaScript, R"(function mint(a, b = "def") {
  return a;
}
class Server {
  constructor(key) { this.key = key; this.secret = "abc"; }
  start() { return run("x"); }
}
const handler = async (req, res) => {
  res.send("ok");
};
app.get('/token', (req, res) => {
  const t = opentok.generateToken(req.query.s);
});
)");
  int Mint = P.scope("mint"), Srv = P.scope("Server");
  int Ctor = P.scope("constructor"), Start = P.scope("start");
  int Handler = P.scope("handler");
  REQUIRE(Mint > 0);
  REQUIRE(Srv > 0);
  REQUIRE(Ctor > 0);
  REQUIRE(Start > 0);
  REQUIRE(Handler > 0);
  CHECK(P.F.Scopes[Mint].Kind == ScopeKind::Function);
  CHECK(P.F.Scopes[Srv].Kind == ScopeKind::Class);
  CHECK(P.F.Scopes[Ctor].Parent == Srv);
  CHECK(P.F.Scopes[Start].Parent == Srv);
  CHECK(P.text(P.F.Scopes[Mint].Range) ==
        "function mint(a, b = \"def\") {\n  return a;\n}");
  CHECK(P.text(P.F.Scopes[Start].Range) == "start() { return run(\"x\"); }");
  // Method heads are definitions, not calls.
  CHECK_FALSE(P.call("start"));
  CHECK_FALSE(P.call("constructor"));
  REQUIRE(P.call("run"));
  CHECK(P.call("run")->Scope == Start);

  const StringFact *Abc = P.str("abc");
  REQUIRE(Abc);
  CHECK(Abc->Path == "this.secret");
  CHECK(Abc->Bind == BindKind::Assignment);
  CHECK(Abc->Scope == Ctor);
  CHECK(P.str("ok")->Scope == Handler);

  // The anonymous route handler is a function scope inside the module.
  const CallFact *Gen = P.call("opentok.generateToken");
  REQUIRE(Gen);
  CHECK(Gen->Scope > 0);
  CHECK(P.F.Scopes[Gen->Scope].Kind == ScopeKind::Function);
  CHECK(P.F.Scopes[Gen->Scope].Parent == 0);
  // Calls inside a callback do not adopt the route call as their call.
  CHECK(P.bind("t")->Call == -1);
}

TEST_CASE("TypeScript annotations name the declared variable", "[code][ts]") {
  Parsed P(Language::TypeScript, R"(
const apiSecret: string = "s3cr3t";
let opts: Record<string, string> = { role: "publisher" };
class A {
  private key: string = "k";
  mint(id: string): Promise<string> { return gen(id); }
}
)");
  REQUIRE(P.str("s3cr3t"));
  CHECK(P.str("s3cr3t")->Name == "apiSecret");
  CHECK(P.str("s3cr3t")->Bind == BindKind::Variable);
  REQUIRE(P.bind("opts"));
  CHECK(P.str("publisher")->Path == "opts.role");
  CHECK(P.str("k")->Name == "key");
  CHECK(P.str("k")->Bind == BindKind::Field);
  CHECK(P.scope("mint") > 0);
  CHECK_FALSE(P.call("mint"));
}
