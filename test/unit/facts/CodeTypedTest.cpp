//===- CodeTypedTest.cpp - Java, Kotlin, C#, Go, Swift, C, Objective-C ----===//
#include "CodeTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using rtclint::test::Parsed;

TEST_CASE("Java fields, builders and method scopes", "[code][java]") {
  Parsed P(Language::Java, R"(public class TokenController {
    private static final String API_SECRET = "0123456789abcdef0123456789abcdef01234567";
    private final OpenTok opentok = new OpenTok(45828062, API_SECRET);
    @GetMapping("/token")
    public String token(@RequestParam String name) throws OpenTokException {
        String token = opentok.generateToken(sessionId, new TokenOptions.Builder().role(Role.MODERATOR).data("name=" + name).build());
        Session session = new Session.Builder(context, API_KEY, SESSION_ID).build();
        int ttl = 5;
        return token;
    }
}
)");
  int Cls = P.scope("TokenController"), M = P.scope("token");
  REQUIRE(Cls > 0);
  REQUIRE(M > 0);
  CHECK(P.F.Scopes[M].Parent == Cls);
  const StringFact *Sec = P.str("0123456789abcdef0123456789abcdef01234567");
  REQUIRE(Sec);
  CHECK(Sec->Name == "API_SECRET");
  CHECK(Sec->Bind == BindKind::Field);
  CHECK(Sec->Scope == Cls);
  const CallFact *OT = P.call("new OpenTok");
  REQUIRE(OT);
  CHECK(OT->Args[0].Text == "45828062");
  CHECK_FALSE(P.call("token")); // the method head
  REQUIRE(P.call("new TokenOptions.Builder"));
  CHECK(P.call("new TokenOptions.Builder")->IsConstruction);
  const CallFact *Role = P.call("new TokenOptions.Builder().role");
  REQUIRE(Role);
  CHECK_FALSE(Role->IsConstruction);
  CHECK(Role->Args[0].Text == "Role.MODERATOR");
  CHECK(P.str("name=")->Call ==
        P.callIndex("new TokenOptions.Builder().role().data"));
  REQUIRE(P.call("new Session.Builder"));
  CHECK(P.call("new Session.Builder")->Args.size() == 3);
  CHECK(P.bind("token")->Bind == BindKind::Variable);
  CHECK(P.bind("token")->Scope == M);
  CHECK(P.F.Strings[P.bind("ttl")->String].Kind == ValueKind::Number);
}

TEST_CASE("Kotlin declarations and named arguments", "[code][kotlin]") {
  Parsed P(Language::Kotlin, R"(const val API_SECRET = "abc"
class TokenService(private val apiKey: String = "k1") {
    val secret: String = "s1"
    fun mint(sessionId: String): String {
        val session = Session.Builder(context, API_KEY, SESSION_ID).build()
        session.connect(token)
        fetch(url = "http://x.com", retries = 3)
        return token
    }
}
)");
  CHECK(P.str("abc")->Name == "API_SECRET");
  CHECK(P.str("abc")->Bind == BindKind::Variable);
  CHECK(P.str("k1")->Name == "apiKey");
  CHECK(P.str("s1")->Name == "secret");
  CHECK(P.str("s1")->Bind == BindKind::Field);
  int Mint = P.scope("mint");
  REQUIRE(Mint > 0);
  CHECK(P.F.Scopes[Mint].Parent == P.scope("TokenService"));
  REQUIRE(P.call("session.connect"));
  const CallFact *Fetch = P.call("fetch");
  REQUIRE(Fetch);
  REQUIRE(Fetch->Args.size() == 2);
  CHECK(Fetch->Args[0].Keyword == "url");
  CHECK(Fetch->Args[1].Keyword == "retries");
  CHECK(P.str("http://x.com")->Bind == BindKind::Keyword);
  CHECK(P.str("http://x.com")->Scope == Mint);
}

TEST_CASE("C# constants, initializers and named arguments", "[code][csharp]") {
  Parsed P(Language::CSharp, R"(namespace App {
  public class Tokens : Controller {
    private const string ApiSecret = "abc";
    public string Secret { get; set; } = "def";
    public IActionResult Get() {
      var opentok = new OpenTok(45828062, ApiSecret);
      string token = session.GenerateToken(Role.MODERATOR, expireTime, data);
      var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (a, b, c, d) => true };
      Foo(named: "v");
      return Ok(token);
    }
  }
}
)");
  CHECK(P.str("abc")->Name == "ApiSecret");
  CHECK(P.str("abc")->Bind == BindKind::Field);
  CHECK(P.str("def")->Name == "Secret");
  int Get = P.scope("Get");
  REQUIRE(Get > 0);
  CHECK(P.F.Scopes[Get].Parent == P.scope("Tokens"));
  CHECK(P.F.Scopes[P.scope("Tokens")].Parent == P.scope("App"));
  REQUIRE(P.call("new OpenTok"));
  REQUIRE(P.call("session.GenerateToken"));
  CHECK(P.call("session.GenerateToken")->Args[0].Text == "Role.MODERATOR");
  const BindingFact *CB = P.bind("ServerCertificateCustomValidationCallback");
  REQUIRE(CB);
  CHECK(CB->Bind == BindKind::ObjectKey);
  CHECK(CB->ValueText == "(a, b, c, d) => true");
  CHECK(P.str("v")->Name == "named");
  CHECK(P.str("v")->Bind == BindKind::Keyword);
}

TEST_CASE("Go declarations and composite literals", "[code][go]") {
  Parsed P(Language::Go, R"(package main
const apiSecret = "abc"
var apiKey string = "123"
var (
	secret2 = "s2"
)
type Server struct {
	ot *opentok.OpenTok
}
func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	tok, err := s.ot.GenerateToken(sessionID, &opentok.TokenOptions{Role: opentok.Moderator, Data: "x"})
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	if err != nil {
		return
	}
	ot := opentok.New(apiKey, apiSecret)
}
)");
  CHECK(P.str("abc")->Name == "apiSecret");
  CHECK(P.str("123")->Name == "apiKey");
  CHECK(P.str("123")->Bind == BindKind::Variable);
  CHECK(P.str("s2")->Name == "secret2");
  CHECK(P.scope("Server") > 0);
  int Tok = P.scope("Token");
  REQUIRE(Tok > 0);
  const BindingFact *Skip = P.bind("InsecureSkipVerify");
  REQUIRE(Skip);
  CHECK(Skip->Bind == BindKind::ObjectKey);
  CHECK(Skip->ValueText == "true");
  CHECK(Skip->Scope == Tok);
  CHECK(P.str("x")->Name == "Data");
  CHECK(P.str("x")->Call == P.callIndex("s.ot.GenerateToken"));
  CHECK(P.str("x")->ArgIndex == 1);
  REQUIRE(P.call("opentok.New"));
  CHECK(P.bind("ot")->Bind == BindKind::Variable);
  CHECK(P.bind("ot")->Scope == Tok);
}

TEST_CASE("Swift labels and constants", "[code][swift]") {
  Parsed P(Language::Swift, R"(let kApiKey = ""
let kSessionId = "1_MX40NTgyODA2Mn5-"
var kToken: String = "T1==abc"
class ViewController: UIViewController {
    override func viewDidLoad() {
        session = OTSession(apiKey: kApiKey, sessionId: kSessionId, delegate: self)
        session?.connect(withToken: kToken, error: &error)
        let dict = ["secret": "abc"]
    }
}
)");
  CHECK(P.str("")->Name == "kApiKey");
  CHECK(P.str("T1==abc")->Name == "kToken");
  const CallFact *OT = P.call("OTSession");
  REQUIRE(OT);
  REQUIRE(OT->Args.size() == 3);
  CHECK(OT->Args[0].Keyword == "apiKey");
  CHECK(OT->Args[1].Keyword == "sessionId");
  CHECK(OT->Args[1].Text == "kSessionId");
  const CallFact *Conn = P.call("session?.connect");
  REQUIRE(Conn);
  CHECK(Conn->Args[0].Keyword == "withToken");
  CHECK(Conn->Scope == P.scope("viewDidLoad"));
  CHECK(P.str("abc")->Path == "dict.secret");
}

TEST_CASE("C defines, declarations and calls", "[code][c]") {
  Parsed P(Language::C, R"(#define API_KEY ""
#define API_SECRET "0123" \
  "4567"
#define TIMEOUT 30
static const char *session_id = "1_MX4abc";
char token[] = "T1==xyz";
int main(int argc, char **argv) {
  otc_session *session = otc_session_new(API_KEY, session_id, &callbacks);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  return 0;
}
)");
  const BindingFact *Key = P.bind("API_KEY");
  REQUIRE(Key);
  CHECK(Key->Bind == BindKind::Define);
  CHECK(Key->ValueText == "\"\"");
  CHECK(P.str("")->Bind == BindKind::Define);
  const StringFact *Sec = P.str("01234567");
  REQUIRE(Sec);
  CHECK(Sec->Name == "API_SECRET");
  CHECK(P.bind("API_SECRET")->ValueText == "\"0123\" \"4567\"");
  CHECK(P.F.Strings[P.bind("TIMEOUT")->String].Kind == ValueKind::Number);
  CHECK(P.str("1_MX4abc")->Name == "session_id");
  CHECK(P.str("1_MX4abc")->Bind == BindKind::Variable);
  CHECK(P.str("T1==xyz")->Name == "token");
  int Main = P.scope("main");
  REQUIRE(Main > 0);
  CHECK_FALSE(P.call("main"));
  const CallFact *New = P.call("otc_session_new");
  REQUIRE(New);
  CHECK(New->Scope == Main);
  CHECK(New->Args.size() == 3);
  CHECK(P.call("curl_easy_setopt")->Args[2].Text == "0L");
}

TEST_CASE("Objective-C messages and method scopes", "[code][objc]") {
  Parsed P(Language::ObjC, R"(#import "ViewController.h"
static NSString* const kApiKey = @"";
#define API_SECRET @"abc" @"def"
@implementation ViewController
- (void)viewDidLoad {
    [super viewDidLoad];
    _session = [[OTSession alloc] initWithApiKey:kApiKey sessionId:kSessionId delegate:self];
    [_session connectWithToken:@"T1==tok" error:&error];
    NSDictionary *d = @{@"secret": @"xyz"};
}
@end
)");
  CHECK(P.str("")->Name == "kApiKey");
  CHECK(P.str("abcdef")->Name == "API_SECRET");
  int Cls = P.scope("ViewController"), M = P.scope("viewDidLoad");
  REQUIRE(Cls > 0);
  REQUIRE(M > 0);
  CHECK(P.F.Scopes[M].Parent == Cls);
  const CallFact *Init =
      P.call("[[OTSession alloc] initWithApiKey:sessionId:delegate:]");
  REQUIRE(Init);
  CHECK(Init->Name == "initWithApiKey:sessionId:delegate:");
  REQUIRE(Init->Args.size() == 3);
  CHECK(Init->Args[0].Keyword == "initWithApiKey");
  CHECK(Init->Args[1].Text == "kSessionId");
  CHECK(Init->Scope == M);
  REQUIRE(P.call("[OTSession alloc]"));
  CHECK(P.call("[OTSession alloc]")->Args.empty());
  CHECK(P.call("[super viewDidLoad]"));
  const StringFact *Tok = P.str("T1==tok");
  REQUIRE(Tok);
  CHECK(Tok->Call == P.callIndex("[_session connectWithToken:error:]"));
  CHECK(Tok->ArgIndex == 0);
  CHECK(Tok->Name == "connectWithToken");
  CHECK(Tok->Bind == BindKind::Keyword);
  CHECK(P.str("xyz")->Name == "secret");
}

TEST_CASE("C++ direct-initialisation constructs its type", "[code][cpp]") {
  Parsed P(Language::Cpp, R"(#include "opentok/OpenTok.h"
namespace clinic {
static opentok::OpenTok client(45828062, "s1");
int f(int a, char *b);
std::string label(size_t);
void g(const std::string &s) {
  opentok::OpenTok local{key, "s2"};
  OpenTok *c = new OpenTok(k, "s3");
  std::lock_guard<std::mutex> guard(mu);
  int n(5);
  OpenTok &ref(other);
}
struct Holder {
  OpenTok member(Key, Secret);
  std::string name{"s4"};
};
}
)");
  const CallFact *Client = P.call("opentok::OpenTok");
  REQUIRE(Client);
  CHECK(Client->IsConstruction);
  CHECK(Client->Name == "OpenTok");
  CHECK(P.text(Client->CalleeRange) == "opentok::OpenTok");
  REQUIRE(Client->Args.size() == 2);
  CHECK(Client->Args[0].Text == "45828062");
  const StringFact *S1 = P.str("s1");
  REQUIRE(S1);
  CHECK(S1->Call == P.callIndex("opentok::OpenTok"));
  CHECK(S1->ArgIndex == 1);

  // Braces: the second construction of the same type, inside g.
  int G = P.scope("g");
  REQUIRE(G > 0);
  const StringFact *S2 = P.str("s2");
  REQUIRE(S2);
  REQUIRE(S2->Call >= 0);
  const CallFact &Local = P.F.Calls[S2->Call];
  CHECK(Local.Callee == "opentok::OpenTok");
  CHECK(Local.IsConstruction);
  CHECK(Local.Scope == G);
  CHECK(S2->ArgIndex == 1);
  CHECK(Local.Args[0].Text == "key");

  const StringFact *S3 = P.str("s3");
  REQUIRE(S3);
  REQUIRE(S3->Call == P.callIndex("new OpenTok"));
  CHECK(P.F.Calls[S3->Call].IsConstruction);
  CHECK(S3->ArgIndex == 1);

  const CallFact *Lock = P.call("std::lock_guard<std::mutex>");
  REQUIRE(Lock);
  CHECK(Lock->Name == "lock_guard");
  CHECK(Lock->Args[0].Text == "mu");
  const StringFact *S4 = P.str("s4");
  REQUIRE(S4);
  REQUIRE(S4->Call >= 0);
  CHECK(P.F.Calls[S4->Call].Callee == "std::string");

  // Declarations, built-in types, references and methods construct nothing.
  for (const char *Name : {"f", "label", "g", "int", "OpenTok"})
    CHECK_FALSE(P.call(Name));
  for (const CallFact &C : P.F.Calls)
    for (const ArgFact &A : C.Args)
      CHECK((A.Text != "Key" && A.Text != "other"));
}
