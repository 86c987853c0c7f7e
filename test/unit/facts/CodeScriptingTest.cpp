//===- CodeScriptingTest.cpp - The code pass over Python, Ruby and PHP ----===//
#include "CodeTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using llvm::StringRef;
using rtclint::test::Parsed;

TEST_CASE("Python bindings, keyword arguments and indentation scopes",
          "[code][python]") {
  Parsed P(Language::Python, R"(from opentok import Client
API_KEY = "45828062"
api_secret: str = "0123" "4567"
opentok = Client(API_KEY, api_secret)
session = opentok.create_session(media_mode=MediaModes.routed, e2ee=True)

class TokenView(View):
    secret = "abc"
    def __init__(self, key):
        self.api_secret = key
        self.cfg = {"secret": "s3", 'nested': {"k": 1}}

    def get(self, request):
        token = opentok.generate_token(session.session_id, role=Roles.moderator, data=f"name={request.user.email}")
        requests.get("http://api.opentok.com", verify=False)
        return token

config['secret'] = "x"
)");
  CHECK(P.str("45828062")->Name == "API_KEY");
  CHECK(P.str("45828062")->Bind == BindKind::Variable);
  const StringFact *Sec = P.str("01234567");
  REQUIRE(Sec);
  CHECK(Sec->Name == "api_secret");
  CHECK(P.text(Sec->Range) == "\"0123\" \"4567\"");

  const CallFact *Create = P.call("opentok.create_session");
  REQUIRE(Create);
  REQUIRE(Create->Args.size() == 2);
  CHECK(Create->Args[0].Keyword == "media_mode");
  CHECK(Create->Args[0].Text == "MediaModes.routed");
  CHECK(Create->Args[1].Keyword == "e2ee");
  REQUIRE(Create->Args[1].String >= 0);
  CHECK(P.F.Strings[Create->Args[1].String].Kind == ValueKind::Bool);
  CHECK(P.bind("media_mode")->Bind == BindKind::Keyword);

  int Cls = P.scope("TokenView"), Init = P.scope("__init__");
  int Get = P.scope("get");
  REQUIRE(Cls > 0);
  REQUIRE(Init > 0);
  REQUIRE(Get > 0);
  CHECK(P.F.Scopes[Cls].Kind == ScopeKind::Class);
  CHECK(P.F.Scopes[Init].Parent == Cls);
  CHECK(P.F.Scopes[Get].Parent == Cls);
  CHECK(P.text(P.F.Scopes[Get].Range).rfind("def get(", 0) == 0);
  CHECK(StringRef(P.text(P.F.Scopes[Get].Range)).ends_with("return token"));
  CHECK(P.str("abc")->Bind == BindKind::Field);
  CHECK(P.str("abc")->Scope == Cls);
  CHECK(P.bind("self.api_secret")->Scope == Init);
  CHECK(P.str("s3")->Path == "self.cfg.secret");
  CHECK(P.bind("self.cfg.nested.k"));

  const CallFact *Gen = P.call("opentok.generate_token");
  REQUIRE(Gen);
  CHECK(Gen->Scope == Get);
  REQUIRE(Gen->Args.size() == 3);
  CHECK(Gen->Args[1].Keyword == "role");
  const StringFact *Data = P.str("name={request.user.email}");
  REQUIRE(Data);
  CHECK(Data->Interpolated);
  CHECK(Data->Bind == BindKind::Keyword);
  CHECK(Data->ArgIndex == 2);
  const BindingFact *Verify = P.bind("verify");
  REQUIRE(Verify);
  CHECK(Verify->ValueText == "False");
  CHECK(Verify->Call == P.callIndex("requests.get"));
  // Dedent back to module level.
  CHECK(P.str("x")->Scope == 0);
  CHECK(P.str("x")->Path == "config.secret");
}

TEST_CASE("Ruby calls without parentheses, hashes and blocks", "[code][ruby]") {
  Parsed P(Language::Ruby, R"(require 'opentok'
API_SECRET = "0123456789abcdef0123456789abcdef01234567"
opentok = OpenTok::OpenTok.new api_key, API_SECRET
set :session, opentok.create_session
class TokenServer < Sinatra::Base
  def self.mint(session_id)
    @secret ||= "abc"
    opts = {role: :moderator, :data => "name", "expire" => 10}
    token = opentok.generate_token session_id, role: :moderator, data: "x"
  end
  get '/token' do
    if params[:x]
      puts "hi"
    end
    opentok.generate_token(session_id, role: :publisher)
  end
end
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
)");
  const CallFact *New = P.call("OpenTok::OpenTok.new");
  REQUIRE(New);
  CHECK(New->IsConstruction);
  REQUIRE(New->Args.size() == 2);
  CHECK(New->Args[1].Text == "API_SECRET");
  CHECK(P.bind("opentok")->ValueText ==
        "OpenTok::OpenTok.new api_key, API_SECRET");
  REQUIRE(P.call("set"));
  CHECK(P.call("set")->Args.size() == 2);
  REQUIRE(P.call("opentok.create_session"));

  int Cls = P.scope("TokenServer"), Mint = P.scope("mint");
  REQUIRE(Cls > 0);
  REQUIRE(Mint > 0);
  CHECK(P.F.Scopes[Mint].Parent == Cls);
  CHECK(P.text(P.F.Scopes[Mint].Range).rfind("def self.mint", 0) == 0);
  CHECK(StringRef(P.text(P.F.Scopes[Mint].Range)).ends_with("end"));
  CHECK(P.str("abc")->Path == "@secret");
  CHECK(P.str("abc")->Name == "secret");
  CHECK(P.bind("opts.role")->ValueText == ":moderator");
  CHECK(P.str("name")->Path == "opts.data");
  CHECK(P.bind("opts.expire")->Bind == BindKind::ObjectKey);

  // `generate_token session_id, role: :moderator` (no parentheses).
  const CallFact *Gen = P.call("opentok.generate_token");
  REQUIRE(Gen);
  CHECK(Gen->Scope == Mint);
  REQUIRE(Gen->Args.size() == 3);
  CHECK(Gen->Args[0].Text == "session_id");
  CHECK(Gen->Args[1].Keyword == "role");
  CHECK(Gen->Args[1].Text == ":moderator");
  CHECK(P.str("x")->Bind == BindKind::Keyword);
  CHECK(P.str("x")->ArgIndex == 2);

  // The do-block of `get '/token'` is a function scope of the class; the
  // `if ... end` inside it does not close it.
  const StringFact *Route = P.str("/token");
  REQUIRE(Route);
  CHECK(P.F.Calls[Route->Call].Callee == "get");
  int Block = P.str("hi")->Scope;
  CHECK(P.F.Scopes[Block].Kind == ScopeKind::Function);
  CHECK(P.F.Scopes[Block].Parent == Cls);
  int Last = -1;
  for (size_t I = 0; I < P.F.Calls.size(); ++I)
    if (P.F.Calls[I].Callee == "opentok.generate_token")
      Last = int(I);
  CHECK(P.F.Calls[Last].Scope == Block);
  CHECK(P.bind("http.verify_mode")->ValueText == "OpenSSL::SSL::VERIFY_NONE");
  CHECK(P.bind("http.verify_mode")->Scope == 0);
}

TEST_CASE("PHP variables, arrays and concatenation", "[code][php]") {
  Parsed P(Language::PHP, R"(<?php
use OpenTok\OpenTok;
$apiSecret = 'abc' . 'def';
$opentok = new OpenTok($apiKey, $apiSecret);
class Tokens {
    private $secret = "s1";
    public function mint($sessionId) {
        $this->secret = "s2";
        $config['secret'] = 'cfg';
        $token = $this->opentok->generateToken($sessionId, ['role' => Role::MODERATOR, 'data' => "name=$name", 'expireTime' => time() + 3600]);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        return $token;
    }
}
$s = $opentok->createSession(array('mediaMode' => MediaMode::ROUTED, 'e2ee' => true));
)");
  const StringFact *Sec = P.str("abcdef");
  REQUIRE(Sec);
  CHECK(Sec->Name == "apiSecret");
  CHECK(P.text(Sec->Range) == "'abc' . 'def'");
  const CallFact *New = P.call("new OpenTok");
  REQUIRE(New);
  CHECK(New->Args[1].Text == "$apiSecret");

  int Cls = P.scope("Tokens"), Mint = P.scope("mint");
  REQUIRE(Cls > 0);
  REQUIRE(Mint > 0);
  CHECK(P.str("s1")->Bind == BindKind::Field);
  CHECK(P.str("s2")->Path == "this.secret");
  CHECK(P.str("s2")->Scope == Mint);
  CHECK(P.str("cfg")->Path == "config.secret");

  const CallFact *Gen = P.call("$this->opentok->generateToken");
  REQUIRE(Gen);
  CHECK(Gen->Name == "generateToken");
  const BindingFact *Role = P.bind("role");
  REQUIRE(Role);
  CHECK(Role->Bind == BindKind::ObjectKey);
  CHECK(Role->ValueText == "Role::MODERATOR");
  CHECK(Role->Call == P.callIndex("$this->opentok->generateToken"));
  CHECK(Role->ArgIndex == 1);
  CHECK(P.bind("expireTime")->ValueText == "time() + 3600");
  CHECK(P.str("name=$name")->Interpolated);

  // array(...) is a literal: its values belong to createSession.
  const BindingFact *E2ee = P.bind("e2ee");
  REQUIRE(E2ee);
  CHECK(E2ee->Call == P.callIndex("$opentok->createSession"));
  CHECK(P.F.Strings[E2ee->String].Kind == ValueKind::Bool);
}

TEST_CASE("PHP array keys written as class constants", "[code][php]") {
  Parsed P(Language::PHP, R"(<?php
$a = ['verify' => false, RequestOptions::VERIFY => false, CURLOPT_X => 0,
      self::KEY => 1, \GuzzleHttp\RequestOptions::TIMEOUT => 5];
$strict->request('POST', '/s', [RequestOptions::VERIFY => "ca.pem"]);
$b = [$x + 1 => 2];
)");
  // Keys of an array bound to $a are qualified by it.
  const BindingFact *Verify = P.bind("a.RequestOptions.VERIFY");
  REQUIRE(Verify);
  CHECK(Verify->Bind == BindKind::ObjectKey);
  CHECK(Verify->Name == "VERIFY");
  CHECK(P.text(Verify->NameRange) == "VERIFY");
  CHECK(Verify->ValueText == "false");
  CHECK(Verify->Call == -1);
  REQUIRE(P.bind("a.verify"));
  REQUIRE(P.bind("a.CURLOPT_X"));
  const BindingFact *Key = P.bind("a.self.KEY");
  REQUIRE(Key);
  CHECK(Key->Name == "KEY");
  CHECK(Key->ValueText == "1");
  const BindingFact *Timeout = P.bind("a.GuzzleHttp.RequestOptions.TIMEOUT");
  REQUIRE(Timeout);
  CHECK(Timeout->Name == "TIMEOUT");

  // The literal value is bound to the constant, and the call still sees it.
  const StringFact *Ca = P.str("ca.pem");
  REQUIRE(Ca);
  CHECK(Ca->Name == "VERIFY");
  CHECK(Ca->Path == "RequestOptions.VERIFY");
  CHECK(Ca->Bind == BindKind::ObjectKey);
  CHECK(Ca->Call == P.callIndex("$strict->request"));

  // An expression key is no name.
  for (const BindingFact &B : P.F.Bindings)
    CHECK(B.Name != "x");
}
