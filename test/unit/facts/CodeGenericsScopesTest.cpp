//===- CodeGenericsScopesTest.cpp - Generic calls, lambdas, anonymous classes //
#include "CodeTestUtil.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using namespace rtclint::test;

TEST_CASE("calls with type arguments are calls", "[code][generics]") {
  Parsed Ts(Language::TypeScript,
            "const t = client.mint<TokenClaims>(sessionId, { role });\n");
  const CallFact *M = Ts.call("client.mint");
  REQUIRE(M);
  CHECK(M->Name == "mint");
  REQUIRE(M->Args.size() == 2);
  CHECK(M->Args[0].Text == "sessionId");

  Parsed Cs(Language::CSharp, "class A { void F() { var d = "
                              "Deserialize<Dictionary<string, int>>(json); "
                              "var m = new Dictionary<string, object>(); } }");
  REQUIRE(Cs.call("Deserialize"));
  CHECK(Cs.call("Deserialize")->Args.size() == 1);
  REQUIRE(Cs.call("new Dictionary"));
  CHECK(Cs.call("new Dictionary")->IsConstruction);

  Parsed J(
      Language::Java,
      "class A { void f() { List<String> l = Collections.<String>emptyList(); "
      "Map<String, List<String>> m = new HashMap<String, "
      "List<String>>(16); } }");
  REQUIRE(J.call("Collections.emptyList"));
  const CallFact *H = J.call("new HashMap");
  REQUIRE(H);
  CHECK(H->IsConstruction);
  REQUIRE(H->Args.size() == 1);
  CHECK(H->Args[0].Text == "16");

  Parsed Kt(Language::Kotlin,
            "fun f() {\n  val m = mapOf<String, String>(\"a\" to b)\n}\n");
  REQUIRE(Kt.call("mapOf"));
  Parsed Sw(Language::Swift, "let v = decode<Token>(data)\n");
  REQUIRE(Sw.call("decode"));
  Parsed Cpp(Language::Cpp,
             "void f() { auto p = std::make_shared<Session>(id, 3); }\n");
  REQUIRE(Cpp.call("std::make_shared"));
  CHECK(Cpp.call("std::make_shared")->Args.size() == 2);
}

TEST_CASE("comparisons are not generic calls", "[code][generics]") {
  // JavaScript has no type arguments: `a < b > (c)` compares.
  Parsed Js(Language::JavaScript, "if (a < b > (c)) { go(); }\n");
  CHECK_FALSE(Js.call("a"));
  CHECK_FALSE(Js.call("b"));
  // Elsewhere the type arguments are written tight: with spaces, a
  // comparison (Java has no `f<T>(x)` at all, only `x.<T>f()`).
  Parsed J(Language::Java, "class A { boolean f() { return a<b>(c); } }");
  CHECK_FALSE(J.call("a"));
  Parsed Spaced(Language::TypeScript, "const x = a < b > (c);\n");
  CHECK_FALSE(Spaced.call("a"));
  Parsed Jsx(Language::TypeScript, "const v = <p>Hello <b>(world)</b></p>;\n");
  CHECK_FALSE(Jsx.call("Hello"));
  // An operator between the brackets: not a type argument list.
  Parsed Ts(Language::TypeScript, "const x = a<b + 1>(c);\n");
  CHECK_FALSE(Ts.call("a"));
  Parsed Cs(Language::CSharp, "class A { bool F() => x<y && z>(w); }");
  CHECK_FALSE(Cs.call("x"));
}

TEST_CASE("Java anonymous classes get a class scope", "[code][scopes]") {
  Parsed J(Language::Java, R"(class Server {
    void start() {
        server.setHandler(new Handler() {
            @Override
            public void handle(Request req) {
                mint(req);
            }
        });
    }
})");
  int Anon = J.scope("Handler");
  REQUIRE(Anon >= 0);
  CHECK(J.F.Scopes[Anon].Kind == ScopeKind::Class);
  int Handle = J.scope("handle");
  REQUIRE(Handle >= 0);
  CHECK(J.F.Scopes[Handle].Kind == ScopeKind::Function);
  CHECK(J.within(Handle, Anon));
  const CallFact *Mint = J.call("mint");
  REQUIRE(Mint);
  CHECK(Mint->Scope == Handle);
  CHECK(J.call("server.setHandler"));
}

TEST_CASE("Kotlin and Swift trailing lambdas get function scopes",
          "[code][scopes]") {
  Parsed Kt(Language::Kotlin, R"(fun Application.module() {
    routing {
        post("/token") { call ->
            val s = mint()
        }
    }
    if (ready) {
        check()
    }
}
)");
  int Module = Kt.scope("module");
  REQUIRE(Module >= 0);
  const CallFact *Mint = Kt.call("mint");
  REQUIRE(Mint);
  CHECK(Mint->Scope != Module);
  CHECK(Kt.F.Scopes[Mint->Scope].Kind == ScopeKind::Function);
  CHECK(Kt.within(Mint->Scope, Module));
  int Lambda = Kt.F.Scopes[Mint->Scope].Parent;
  CHECK(Lambda != Module); // routing { ... } is a lambda too
  CHECK(Kt.within(Lambda, Module));
  REQUIRE(Kt.call("post"));
  CHECK(Kt.call("post")->Args.size() == 1);
  // An if block is no lambda.
  REQUIRE(Kt.call("check"));
  CHECK(Kt.call("check")->Scope == Module);

  Parsed Sw(Language::Swift, R"(func join() {
    session.connect(withToken: token) { error in
        report(error)
    }
    if a == b {
        plain()
    }
    var v: some View {
        body()
    }
}
)");
  int Join = Sw.scope("join");
  REQUIRE(Join >= 0);
  REQUIRE(Sw.call("report"));
  CHECK(Sw.call("report")->Scope != Join);
  CHECK(Sw.within(Sw.call("report")->Scope, Join));
  REQUIRE(Sw.call("plain"));
  CHECK(Sw.call("plain")->Scope == Join);
  REQUIRE(Sw.call("body"));
  CHECK(Sw.call("body")->Scope == Join);
}
