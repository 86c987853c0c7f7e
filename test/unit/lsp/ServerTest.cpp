//===- ServerTest.cpp - The server's protocol handling in-process ---------===//
#include "lsp/Server.h"
#include <catch2/catch.hpp>
#include <condition_variable>

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;

namespace {

/// A credential of real shape, built at run time so this file is not one.
std::string hexSecret() {
  std::string S;
  for (int I = 0; I < 40; ++I)
    S += "9f3a7c1e5b2d8046"[(I * 7) % 16];
  return S;
}

std::shared_ptr<const RuleSet> builtinRules(const std::vector<std::string> &) {
  static std::shared_ptr<const RuleSet> Rules = [] {
    auto R = std::make_shared<RuleSet>();
    Diagnostics D;
    R->loadBuiltin(D);
    R->finalize(D);
    return R;
  }();
  return Rules;
}

/// A server whose output is collected; waits are bounded only to turn a
/// hang into a failure.
struct Harness {
  std::mutex M;
  std::condition_variable CV;
  std::vector<json::Value> Out;
  Server S;

  Harness()
      : S(ServerOptions{builtinRules, std::chrono::milliseconds(0), "test"},
          [this](json::Value V) {
            std::lock_guard<std::mutex> L(M);
            Out.push_back(std::move(V));
            CV.notify_all();
          }) {}

  std::optional<int> send(const std::string &Body) {
    return S.handle(Frame{Body, ""});
  }
  json::Value last() {
    std::lock_guard<std::mutex> L(M);
    REQUIRE(!Out.empty());
    return Out.back();
  }
  /// The next publishDiagnostics for Uri after the first Skip messages.
  json::Object waitPublish(size_t &Seen) {
    std::unique_lock<std::mutex> L(M);
    while (true) {
      for (; Seen < Out.size(); ++Seen) {
        const json::Object *O = Out[Seen].getAsObject();
        if (O->getString("method") == "textDocument/publishDiagnostics")
          return *O->getObject("params");
      }
      REQUIRE(CV.wait_for(L, std::chrono::seconds(60)) ==
              std::cv_status::no_timeout);
    }
  }
};

std::vector<std::string> codes(const json::Object &Params) {
  std::vector<std::string> Out;
  for (const json::Value &D : *Params.getArray("diagnostics"))
    Out.push_back(D.getAsObject()->getString("code")->str());
  return Out;
}

const char *InitUtf16 = R"({"jsonrpc":"2.0","id":1,"method":"initialize",
  "params":{"capabilities":{}}})";

} // namespace

TEST_CASE("lifecycle and errors per the specification", "[lsp]") {
  Harness H;
  H.send(R"({"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction"})");
  CHECK(H.last().getAsObject()->getObject("error")->getInteger("code") ==
        ServerNotInitialized);
  H.send(InitUtf16);
  json::Value Init = H.last();
  const json::Object *Caps =
      Init.getAsObject()->getObject("result")->getObject("capabilities");
  CHECK(Caps->getString("positionEncoding") == "utf-16");
  CHECK(Caps->getObject("textDocumentSync")->getInteger("change") == 2);
  H.send(R"({"jsonrpc":"2.0","id":2,"method":"no/such"})");
  CHECK(H.last().getAsObject()->getObject("error")->getInteger("code") ==
        MethodNotFound);
  H.send("{not json");
  json::Value Err = H.last();
  const json::Object *E = Err.getAsObject();
  CHECK(E->getObject("error")->getInteger("code") == ParseError);
  CHECK(E->get("id")->kind() == json::Value::Null);
  H.send("[1,2]");
  CHECK(H.last().getAsObject()->getObject("error")->getInteger("code") ==
        InvalidRequest);
  size_t Before = H.Out.size();
  H.send(R"({"jsonrpc":"2.0","method":"no/such/notification"})");
  H.send(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}})");
  CHECK(H.Out.size() == Before); // notifications are never answered
  CHECK(!H.S.handle(Frame{"", "missing Content-Length"}));
  H.send(R"({"jsonrpc":"2.0","id":3,"method":"shutdown"})");
  CHECK(H.last().getAsObject()->get("result")->kind() == json::Value::Null);
  H.send(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction"})");
  CHECK(H.last().getAsObject()->getObject("error")->getInteger("code") ==
        InvalidRequest);
  CHECK(H.send(R"({"jsonrpc":"2.0","method":"exit"})") == 0);
}

TEST_CASE("exit without shutdown is code 1", "[lsp]") {
  Harness H;
  H.send(InitUtf16);
  CHECK(H.send(R"({"jsonrpc":"2.0","method":"exit"})") == 1);
}

TEST_CASE("UTF-8 when the client offers it", "[lsp]") {
  json::Object Caps{
      {"general",
       json::Object{{"positionEncodings", json::Array{"utf-16", "utf-8"}}}}};
  CHECK(negotiateEncoding(Caps) == Encoding::UTF8);
  CHECK(negotiateEncoding(json::Object{}) == Encoding::UTF16);
  CHECK(negotiateEncoding(json::Object{
            {"offsetEncoding", json::Array{"utf-8"}}}) == Encoding::UTF8);
}

TEST_CASE("diagnostics follow edits and close", "[lsp]") {
  Harness H;
  H.send(InitUtf16);
  H.send(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  std::string Line =
      "const ot = new OpenTok('45828062', '" + hexSecret() + "');\n";
  std::string Text = "// \xc3\xa9\xc3\xa9\n" + Line;
  json::Value Open = json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didOpen"},
      {"params",
       json::Object{{"textDocument", json::Object{{"uri", "untitled:/x/app.js"},
                                                  {"languageId", "javascript"},
                                                  {"version", 1},
                                                  {"text", Text}}}}}};
  size_t Seen = 0;
  H.S.handle(Open);
  json::Object P = H.waitPublish(Seen);
  std::vector<std::string> C = codes(P);
  REQUIRE(!C.empty());
  CHECK(llvm::is_contained(C, "vonage-api-secret"));
  // Redacted: the message never holds the secret.
  for (const json::Value &D : *P.getArray("diagnostics"))
    CHECK(D.getAsObject()->getString("message")->find(hexSecret()) ==
          llvm::StringRef::npos);

  // Code action at the finding: a suppression in JavaScript's syntax.
  const json::Object *R =
      (*P.getArray("diagnostics"))[0].getAsObject()->getObject("range");
  H.S.handle(json::Object{
      {"jsonrpc", "2.0"},
      {"id", 9},
      {"method", "textDocument/codeAction"},
      {"params", json::Object{{"textDocument",
                               json::Object{{"uri", "untitled:/x/app.js"}}},
                              {"range", json::Object(*R)},
                              {"context", json::Object{}}}}});
  json::Value Reply = H.last();
  const json::Array *Acts = Reply.getAsObject()->getArray("result");
  REQUIRE(Acts);
  REQUIRE(!Acts->empty());
  std::string Acted;
  llvm::raw_string_ostream(Acted) << (*Acts)[0];
  CHECK(Acted.find("// rtclint-ignore-next-line: ") != std::string::npos);

  // An incremental edit replacing the secret's line (line 1) clears it.
  H.S.handle(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didChange"},
      {"params",
       json::Object{
           {"textDocument",
            json::Object{{"uri", "untitled:/x/app.js"}, {"version", 2}}},
           {"contentChanges",
            json::Array{json::Object{
                {"range",
                 json::Object{
                     {"start", json::Object{{"line", 1}, {"character", 0}}},
                     {"end", json::Object{{"line", 2}, {"character", 0}}}}},
                {"text", "const ot = null;\n"}}}}}}});
  P = H.waitPublish(++Seen);
  CHECK(P.getInteger("version") == 2);
  CHECK(codes(P).empty());

  // Back with a full-text change, then closed: cleared again.
  H.S.handle(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didChange"},
      {"params",
       json::Object{
           {"textDocument",
            json::Object{{"uri", "untitled:/x/app.js"}, {"version", 3}}},
           {"contentChanges", json::Array{json::Object{{"text", Text}}}}}}});
  P = H.waitPublish(++Seen);
  CHECK(!codes(P).empty());
  H.S.handle(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didClose"},
      {"params", json::Object{{"textDocument",
                               json::Object{{"uri", "untitled:/x/app.js"}}}}}});
  P = H.waitPublish(++Seen);
  CHECK(codes(P).empty());
}
