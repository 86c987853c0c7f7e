//===- FlowTest.cpp - Provenance, lifetime, time folding, conditions ------===//
#include "facts/Flow.h"
#include "FrontendUnderTest.h"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

using namespace rtclint;
using llvm::StringRef;

namespace {

/// Facts of one buffer and the flow questions over them.
struct Flowed {
  std::string Buf;
  FileFacts F;
  FlowIndex X;
  Flowed(Language L, std::string Src)
      : Buf(std::move(Src)), F(factsUnderTest(L, Buf)), X(F, Buf) {}

  /// The first call whose callee ends with Name.
  const CallFact &call(StringRef Name) const {
    for (const CallFact &C : F.Calls)
      if (StringRef(C.Callee).ends_with(Name))
        return C;
    FAIL("no call " << Name.str());
    return F.Calls.front();
  }
  /// The value spans of the call's option.
  std::vector<Span> option(StringRef Callee, StringRef Opt,
                           std::vector<unsigned> Pos = {}) const {
    return X.optionValues(call(Callee), Vocabulary({Opt.str()}), Pos);
  }
  std::string text(Span S) const {
    return Buf.substr(S.Begin, S.End - S.Begin);
  }
};

std::optional<double> fold(StringRef Text) {
  auto V = foldTime(Text, [](StringRef Name) -> std::optional<TimeValue> {
    if (Name == "ONE_DAY")
      return TimeValue{86400, 0};
    return std::nullopt;
  });
  if (!V)
    return std::nullopt;
  return lifetimeSeconds(*V);
}

} // namespace

TEST_CASE("time arithmetic folds in every SDK language's form", "[flow]") {
  struct {
    const char *Text;
    double Seconds;
  } Cases[] = {
      {"Date.now()/1000 + 7*24*3600", 604800},
      {"Math.round(new Date().getTime()/1000) + 2592000", 2592000},
      {"Date.now() + 2 * 3600 * 1000", 7200},
      {"time.time() + 30*86400", 2592000},
      {"int(time.time()) + ONE_DAY", 86400},
      {"datetime.now() + timedelta(days=7)", 604800},
      {"(datetime.utcnow() + timedelta(hours=2, minutes=30)).timestamp()",
       9000},
      {"time() + (7 * 24 * 60 * 60)", 604800},
      {"(System.currentTimeMillis() / 1000L) + 3600", 3600},
      {"Instant.now().plus(7, ChronoUnit.DAYS).getEpochSecond()", 604800},
      {"Instant.now().plusSeconds(90)", 90},
      {"Duration.ofDays(30)", 2592000},
      {"DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds()", 2592000},
      {"(DateTime.UtcNow.AddHours(1) - new DateTime(1970, 1, 1)).TotalSeconds",
       3600},
      {"Time.now.to_i + 30.days", 2592000},
      {"2.hours.from_now.to_i", 7200},
      {"time.Now().Add(30*24*time.Hour).Unix()", 2592000},
      {"TimeSpan.FromMinutes(15)", 900},
      {"2_592_000", 2592000},
  };
  for (const auto &C : Cases) {
    INFO(C.Text);
    std::optional<double> S = fold(C.Text);
    REQUIRE(S);
    CHECK(*S == Approx(C.Seconds));
  }
  // Unknown names do not fold.
  CHECK_FALSE(fold("Date.now()/1000 + lifetime"));
  CHECK_FALSE(fold("req.body.expiresAt"));
}

TEST_CASE("provenance follows variables, literals, JSON and templates",
          "[flow]") {
  Flowed P(Language::JavaScript, R"(
function mint(req, room) {
  const profile = { name: req.user.fullName, email: req.user.email };
  const data = JSON.stringify(profile);
  const label = `room=${room.id}&who=${req.query.phone}`;
  return ot.generateToken(room.sessionId, { data, label, role: 'x' });
}
)");
  std::vector<Span> Data = P.option("generateToken", "data");
  REQUIRE(Data.size() == 1);
  std::vector<FlowSource> Srcs = P.X.sources(Data[0]);
  auto Has = [&](StringRef Text, StringRef Via) {
    return llvm::any_of(Srcs, [&](const FlowSource &S) {
      return S.Text == Text && S.Via == Via;
    });
  };
  CHECK(Has("req.user.email", "data \u2190 profile"));
  CHECK(Has("email", "data \u2190 profile"));
  std::vector<Span> Label = P.option("generateToken", "label");
  REQUIRE(Label.size() == 1);
  std::vector<FlowSource> L = P.X.sources(Label[0]);
  CHECK(llvm::any_of(
      L, [](const FlowSource &S) { return S.Text == "req.query.phone"; }));
  CHECK(llvm::any_of(L, [](const FlowSource &S) { return S.Text == "who"; }));
}

TEST_CASE("options through builders, keywords, arrays and positions",
          "[flow]") {
  Flowed J(Language::Java, R"(class T {
  String t(String sid, User u) throws Exception {
    TokenOptions o = new TokenOptions.Builder().role(Role.MODERATOR).data(u.getEmail()).build();
    return ot.generateToken(sid, o);
  }
})");
  std::vector<Span> D = J.option("generateToken", "data");
  REQUIRE(D.size() == 1);
  CHECK(J.text(D[0]) == "u.getEmail()");
  Flowed Py(Language::Python, R"(def t(sid, user):
    return ot.generate_token(sid, role=Roles.moderator, data=user.email)
)");
  std::vector<Span> K = Py.option("generate_token", "data");
  REQUIRE(K.size() == 1);
  CHECK(Py.text(K[0]) == "user.email");
  Flowed Php(Language::PHP, R"(<?php
function t($ot, $sid, $user) {
  return $ot->generateToken($sid, ['role' => 'publisher', 'data' => $user->email]);
}
)");
  std::vector<Span> A = Php.option("generateToken", "data");
  REQUIRE(A.size() == 1);
  CHECK(Php.text(A[0]) == "$user->email");
  Flowed Cs(Language::CSharp, R"(class T {
  string M(string sid, string data) { return ot.GenerateToken(sid, Role.PUBLISHER, 0, data); }
})");
  std::vector<Span> P = Cs.option("GenerateToken", "data", {3});
  REQUIRE(P.size() == 1);
  CHECK(Cs.text(P[0]) == "data");
}

TEST_CASE("lifetime tells shared values from per-request ones", "[flow]") {
  Flowed P(Language::JavaScript, R"(
let shared;
opentok.createSession({}, (e, s) => { shared = s.sessionId; });
const rooms = new Map();
const fromEnv = process.env.SESSION_ID;
app.get('/a', (req, res) => {
  const local = makeSession();
  use(shared, rooms.get(req.params.room), fromEnv, app.get('sid'), local, req.query.sid);
});
)");
  const CallFact &Use = P.call("use");
  REQUIRE(Use.Args.size() == 6);
  CHECK(P.X.lifetime(Use.Args[0].Range) == Lifetime::Module);
  CHECK(P.X.lifetime(Use.Args[1].Range) == Lifetime::Keyed);
  CHECK(P.X.lifetime(Use.Args[2].Range) == Lifetime::Config);
  CHECK(P.X.lifetime(Use.Args[3].Range) == Lifetime::App);
  // The handler of a route fact: per request, not just "in a function".
  CHECK(P.X.lifetime(Use.Args[4].Range) == Lifetime::Request);
  CHECK(P.X.lifetime(Use.Args[5].Range) == Lifetime::Unknown);
  CHECK(P.X.placeOf(Use.Range.Begin) == Lifetime::Request);
  CHECK(P.X.placeOf(P.call("createSession").Range.Begin) == Lifetime::Module);
}

TEST_CASE("start-up code and class fields", "[flow]") {
  Flowed P(Language::Python, R"(session = ot.create_session()

@app.before_first_request
def boot():
    warm = ot.create_session()
    use(warm)

def handler():
    use(session.session_id)
)");
  std::vector<const CallFact *> Uses;
  for (const CallFact &C : P.F.Calls)
    if (C.Callee == "use")
      Uses.push_back(&C);
  REQUIRE(Uses.size() == 2);
  CHECK(P.X.lifetime(Uses[0]->Args[0].Range) == Lifetime::Startup);
  CHECK(P.X.lifetime(Uses[1]->Args[0].Range) == Lifetime::Module);
}

TEST_CASE("conditions: if blocks, ternaries, guards, assignments", "[flow]") {
  Flowed P(Language::JavaScript, R"(
function a(user) {
  if (user.isHost) {
    mint({ role: 'moderator' });
  }
}
function b(user) {
  mint({ role: user.isHost ? 'moderator' : 'publisher' });
}
function c(user) {
  let role = 'publisher';
  if (user.isHost) role = 'moderator';
  mint({ role });
}
function d(user) {
  if (!user.isHost) return deny();
  mint({ role: 'moderator' });
}
function e() {
  mint({ role: 'moderator' });
}
)");
  std::vector<ConditionContext> Got;
  std::vector<bool> Conditional;
  for (const CallFact &C : P.F.Calls)
    if (C.Callee == "mint") {
      auto Vs = P.X.optionValues(C, Vocabulary({"role"}), {});
      REQUIRE(Vs.size() == 1);
      auto Cond = P.X.condition(Vs[0]);
      if (!Cond)
        Cond = P.X.condition(C.Range);
      Conditional.push_back(bool(Cond));
      if (Cond)
        Got.push_back(*Cond);
    }
  CHECK(Conditional == std::vector<bool>{true, true, true, true, false});
  REQUIRE(Got.size() == 4);
  CHECK(Got[0].Keyword == "if");
  CHECK(Got[0].Text == "user.isHost");
  CHECK(Got[1].Keyword == "?:");
  CHECK(Got[3].Keyword == "if-return");
}

TEST_CASE("vocabulary compares names by words", "[flow]") {
  Vocabulary V({"email", "first_name", "name", "ip"}, {"roomName"});
  CHECK(V.match("userEmail") == "email");
  CHECK(V.match("USER_EMAIL") == "email");
  CHECK(V.match("getEmail") == "email");
  CHECK(V.match("firstName") == "firstname");
  CHECK(V.match("displayName") == "name");
  CHECK(V.match("roomName").empty());
  CHECK(V.match("emailVerified").empty());
  CHECK(V.match("zip").empty());
  CHECK(V.match("clientIp") == "ip");
  CHECK(V.equals("first-name"));
  CHECK_FALSE(V.equals("userEmail"));
}

TEST_CASE("a generic return type keeps the function scope", "[flow][code]") {
  FileFacts F = factsUnderTest(Language::Kotlin, R"(class A {
    fun token(id: String): Map<String, String> {
        val options = build()
        return mapOf("token" to mint(id, options))
    }
})");
  bool Found = false;
  for (const ScopeFact &S : F.Scopes)
    Found |= S.Kind == ScopeKind::Function && S.Name == "token";
  CHECK(Found);
}

TEST_CASE("absolute timestamps become lifetimes relative to now", "[flow]") {
  const double Now = 1767225600; // 2026-01-01T00:00:00Z
  const double Y2030 = 1893456000;
  auto Until = [&](StringRef Text) -> std::optional<FoldedLifetime> {
    auto V = foldTime(Text, [](StringRef) { return std::nullopt; });
    if (!V)
      return std::nullopt;
    return foldedLifetime(*V, Now);
  };
  const char *Dates[] = {
      "1893456000",
      "1893456000000",
      "new Date('2030-01-01').getTime() / 1000",
      "Math.floor(new Date('2030-01-01T00:00:00Z').getTime() / 1000)",
      "Date.UTC(2030, 0, 1) / 1000",
      "new Date(2030, 0, 1).getTime() / 1000",
      "Date.parse('2030-01-01') / 1000",
      "datetime(2030, 1, 1).timestamp()",
      "int(datetime.datetime(2030, 1, 1, tzinfo=timezone.utc).timestamp())",
      "datetime.fromisoformat('2030-01-01T01:00:00+01:00').timestamp()",
      "time.Date(2030, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()",
      "mktime(0, 0, 0, 1, 1, 2030)",
      "strtotime('2030-01-01 00:00:00')",
      "(new DateTime('2030-01-01'))->getTimestamp()",
      "Instant.parse(\"2030-01-01T00:00:00Z\").getEpochSecond()",
      "LocalDateTime.of(2030, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)",
      "new DateTimeOffset(2030, 1, 1, 0, 0, 0, "
      "TimeSpan.Zero).ToUnixTimeSeconds()",
      "Time.utc(2030, 1, 1).to_i",
  };
  for (const char *D : Dates) {
    INFO(D);
    auto L = Until(D);
    REQUIRE(L);
    REQUIRE(L->Until);
    CHECK(*L->Until == Approx(Y2030));
    CHECK(L->Seconds == Approx(Y2030 - Now));
  }
  // Relative values keep no date; a past date is a negative lifetime.
  auto Rel = Until("Date.now()/1000 + 3600");
  REQUIRE(Rel);
  CHECK_FALSE(Rel->Until);
  CHECK(Rel->Seconds == Approx(3600));
  auto Past = Until("1700000000");
  REQUIRE(Past);
  CHECK(Past->Seconds < 0);
  // The C# epoch subtraction still folds to a relative lifetime.
  auto Cs = Until(
      "(DateTime.UtcNow.AddHours(2) - new DateTime(1970, 1, 1)).TotalSeconds");
  REQUIRE(Cs);
  CHECK_FALSE(Cs->Until);
  CHECK(Cs->Seconds == Approx(7200));
  // Not dates: other strings, impossible months, years before the epoch.
  CHECK_FALSE(Until("new Date('soon').getTime() / 1000"));
  CHECK_FALSE(Until("datetime(2030, 13, 1).timestamp()"));
  CHECK_FALSE(parseDateTime("2030-01-01T25"));
  CHECK(parseDateTime("2030-01-01T00:00:00.250Z") == Approx(Y2030));
}

TEST_CASE("now is the start of the UTC day, or SOURCE_DATE_EPOCH", "[flow]") {
  double Now = referenceNow();
  CHECK(std::fmod(Now, 86400) == 0);
  setenv("SOURCE_DATE_EPOCH", "1800000123", 1);
  CHECK(referenceNow() == 1800000123);
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("Go and Python tuple assignments bind every name", "[flow][code]") {
  Flowed G(Language::Go, R"(package main

func main() {
	sess, err := ot.CreateSession(nil)
	var a, b = pair()
	http.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		tok, _ := ot.GenerateToken(sess.SessionId, nil)
		use(tok, err, a, b)
	})
}
)");
  for (const char *N : {"sess", "err", "a", "b", "tok"}) {
    INFO(N);
    CHECK(llvm::any_of(G.F.Bindings,
                       [&](const BindingFact &B) { return B.Name == N; }));
  }
  for (const BindingFact &B : G.F.Bindings)
    if (B.Name == "sess")
      CHECK(G.text(B.ValueRange) == "ot.CreateSession(nil)");
  const CallFact &Gen = G.call("GenerateToken");
  REQUIRE(!Gen.Args.empty());
  CHECK(G.X.lifetime(Gen.Args[0].Range) == Lifetime::Startup);

  Flowed P(Language::Python, R"(session, created = ot.create_session(), True

def token():
    return ot.generate_token(session.session_id)
)");
  const CallFact &T = P.call("generate_token");
  CHECK(P.X.lifetime(T.Args[0].Range) == Lifetime::Module);
}

TEST_CASE("parameter defaults: per call, or once where the def runs",
          "[flow][code]") {
  Flowed Js(Language::JavaScript, R"(
function handler(req, res, sid = makeSession()) {
  return ot.generateToken(sid);
}
)");
  const CallFact &Make = Js.call("makeSession");
  REQUIRE(Make.Scope > 0);
  CHECK(Js.F.Scopes[Make.Scope].Name == "handler");
  CHECK(Js.X.lifetime(Js.call("generateToken").Args[0].Range) ==
        Lifetime::Function);

  Flowed Py(Language::Python, R"(
def handler(request, sid=ot.create_session().session_id):
    return ot.generate_token(sid)

def other():
    return sid
)");
  CHECK(Py.call("create_session").Scope == 0);
  for (const BindingFact &B : Py.F.Bindings)
    if (B.Name == "sid")
      CHECK(Py.F.Scopes[B.Scope].Name == "handler");
  CHECK(Py.X.lifetime(Py.call("generate_token").Args[0].Range) ==
        Lifetime::Module);
}

TEST_CASE("instance fields live as long as their object", "[flow]") {
  Flowed J(Language::Java, R"(
@RestController
public class TokenController {
    private final String sessionId = opentok.createSession().getSessionId();
    private final String other;

    public TokenController() { this.other = opentok.createSession().getSessionId(); }

    @GetMapping("/t")
    public String t() { return opentok.generateToken(sessionId) + opentok.generateToken(this.other); }
}

class Meeting {
    private final String sessionId = opentok.createSession().getSessionId();
    String token() { return opentok.generateToken(sessionId); }
}
)");
  std::vector<Lifetime> Got;
  for (const CallFact &C : J.F.Calls)
    if (C.Name == "generateToken")
      Got.push_back(J.X.lifetime(C.Args[0].Range));
  CHECK(Got == std::vector<Lifetime>{Lifetime::Class, Lifetime::Class,
                                     Lifetime::Unknown});
  Flowed K(Language::Kotlin, R"(
object Video {
    val sessionId = opentok.createSession().sessionId
    fun token() = opentok.generateToken(sessionId)
}
class Room {
    val sessionId = opentok.createSession().sessionId
    fun token() = opentok.generateToken(sessionId)
}
)");
  Got.clear();
  for (const CallFact &C : K.F.Calls)
    if (C.Name == "generateToken")
      Got.push_back(K.X.lifetime(C.Args[0].Range));
  CHECK(Got == std::vector<Lifetime>{Lifetime::Class, Lifetime::Unknown});
  Flowed Cs(Language::CSharp, R"(
public class VideoService {
    private readonly string _sessionId = OpenTok.CreateSession().Id;
    public string Token() => OpenTok.GenerateToken(_sessionId);
}
public static class Setup {
    public static void Add(IServiceCollection s) => s.AddSingleton<IVideo, VideoService>();
}
)");
  CHECK(Cs.X.lifetime(Cs.call("GenerateToken").Args[0].Range) ==
        Lifetime::Class);
}

TEST_CASE("exceptions compare by trailing words too", "[flow]") {
  Vocabulary V({"token"}, {"cache_token"});
  CHECK(V.match("get_cache_token").empty());
  CHECK(V.match("cacheToken").empty());
  CHECK(V.match("clientToken") == "token");
}

TEST_CASE("Go's trailing err or ok holds no value of the call",
          "[flow][code]") {
  Flowed G(Language::Go, R"(package main

func main() {
	keyBytes, err := x509.MarshalPKCS8PrivateKey(priv)
	v, ok := cache[k]
	a, b := pair()
	use(keyBytes, err, v, ok, a, b)
}
)");
  for (const BindingFact &B : G.F.Bindings) {
    INFO(B.Name);
    if (B.Name == "err" || B.Name == "ok")
      CHECK(B.ValueRange.empty());
    if (B.Name == "keyBytes" || B.Name == "a" || B.Name == "b")
      CHECK_FALSE(B.ValueRange.empty());
  }
}

TEST_CASE("through: only pass-through calls carry their arguments", "[flow]") {
  Flowed P(Language::JavaScript, R"(
function f(secret, token) {
  const sig = crypto.createHmac('sha256', secret).digest('hex');
  console.log(sig, util.format('%s', token), hash(token));
}
)");
  const CallFact &Log = P.call("console.log");
  Vocabulary Through({"format"});
  auto Texts = [&](size_t Arg) {
    std::vector<std::string> Out;
    for (const FlowSource &S : P.X.sources(Log.Args[Arg].Range, &Through))
      Out.push_back(S.Text);
    return Out;
  };
  CHECK_FALSE(llvm::is_contained(Texts(0), "secret"));
  CHECK(llvm::is_contained(Texts(1), "token"));
  CHECK_FALSE(llvm::is_contained(Texts(2), "token"));
  CHECK(llvm::is_contained(Texts(2), "hash"));
  // Without a list every call carries its arguments.
  std::vector<FlowSource> All = P.X.sources(Log.Args[2].Range);
  CHECK(
      llvm::any_of(All, [](const FlowSource &S) { return S.Text == "token"; }));
}

TEST_CASE("static members through their type; constant instance fields",
          "[flow]") {
  Flowed S(Language::Swift, R"(
enum Keys {
    static let sessionId = "1_MX4xfn5-session"
}
final class Call {
    func start() { join(sessionId: Keys.sessionId) }
}
)");
  const CallFact &J = S.call("join");
  REQUIRE(!J.Args.empty());
  CHECK(
      llvm::is_contained(S.X.constants(J.Args[0].Range), "1_MX4xfn5-session"));
  CHECK(S.X.lifetime(J.Args[0].Range) == Lifetime::Class);

  Flowed K(Language::Kotlin, R"(
class CallActivity : AppCompatActivity() {
    private val SESSION_ID = "2_MX4xfn5-fixed"
    private var roomId = "lobby"
    fun start() { join(SESSION_ID, roomId) }
    fun move(to: String) { roomId = to }
}
)");
  const CallFact &KJ = K.call("join");
  REQUIRE(KJ.Args.size() == 2);
  CHECK(K.X.lifetime(KJ.Args[0].Range) == Lifetime::Class);
  CHECK(K.X.lifetime(KJ.Args[1].Range) == Lifetime::Unknown);
}
