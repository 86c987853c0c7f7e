//===- Server.cpp - rtclint as a language server --------------------------===//
#include "lsp/Server.h"
#include "lsp/Convert.h"
#include "lsp/Transport.h"
#include "lsp/Uri.h"
#include "llvm/Support/raw_ostream.h"

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;
using llvm::StringRef;

static void logLine(const llvm::Twine &Msg) {
  llvm::errs() << "rtclint lsp: " << Msg << "\n";
}

Encoding rtclint::lsp::negotiateEncoding(const json::Object &Caps) {
  auto Offers = [](const json::Array *A) {
    bool UTF8 = false;
    if (A)
      for (const json::Value &V : *A)
        if (V.getAsString() == StringRef("utf-8"))
          UTF8 = true;
    return UTF8;
  };
  if (const json::Object *G = Caps.getObject("general"))
    if (Offers(G->getArray("positionEncodings")))
      return Encoding::UTF8;
  if (Offers(Caps.getArray("offsetEncoding")))
    return Encoding::UTF8;
  return Encoding::UTF16;
}

Server::Server(ServerOptions O, SendFn S)
    : Opts(std::move(O)), Send(std::move(S)),
      A(
          Opts.LoadRules,
          [this](const Analysis &R) {
            notify("textDocument/publishDiagnostics",
                   publishParams(R, Enc.load()));
          },
          Opts.Debounce, Opts.Threaded) {}

void Server::reply(const json::Value &Id, json::Value Result) {
  Send(json::Object{
      {"jsonrpc", "2.0"}, {"id", Id}, {"result", std::move(Result)}});
}

void Server::replyError(const json::Value &Id, int Code,
                        const std::string &Message) {
  Send(json::Object{
      {"jsonrpc", "2.0"},
      {"id", Id},
      {"error", json::Object{{"code", Code}, {"message", Message}}}});
}

void Server::notify(StringRef Method, json::Value Params) {
  Send(json::Object{
      {"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}});
}

std::optional<int> Server::handle(const Frame &F) {
  if (!F.Error.empty()) {
    logLine("dropped a malformed frame: " + F.Error);
    return std::nullopt;
  }
  llvm::Expected<json::Value> V = json::parse(F.Body);
  if (!V) {
    std::string Err = llvm::toString(V.takeError());
    logLine("invalid JSON: " + Err);
    replyError(nullptr, ParseError, "invalid JSON: " + Err);
    return std::nullopt;
  }
  return handle(*V);
}

std::optional<int> Server::handle(const json::Value &Message) {
  std::optional<int> Exit = dispatch(Message);
  if (!Opts.Threaded)
    A.runPending();
  return Exit;
}

std::optional<int> Server::dispatch(const json::Value &Message) {
  const json::Object *M = Message.getAsObject();
  const json::Value *Id = M ? M->get("id") : nullptr;
  std::optional<StringRef> Method = M ? M->getString("method") : std::nullopt;
  bool ValidId = Id && (Id->kind() == json::Value::Number ||
                        Id->kind() == json::Value::String);
  if (!M || (!Method && !Id) || (Id && !ValidId)) {
    logLine("not a JSON-RPC message");
    replyError(ValidId ? *Id : json::Value(nullptr), InvalidRequest,
               "not a JSON-RPC request or notification");
    return std::nullopt;
  }
  if (!Method) // a response: we send no requests that need answers
    return std::nullopt;
  const json::Value *P = M->get("params");
  const json::Object *Params = P ? P->getAsObject() : nullptr;
  if (!Id) {
    if (*Method == "exit")
      return ShutDown ? 0 : 1;
    if (!Initialized) {
      logLine("notification before initialize dropped: " + *Method);
      return std::nullopt;
    }
    notification(*Method, Params);
    return std::nullopt;
  }
  Result R = [&]() -> Result {
    if (*Method == "initialize") {
      if (Initialized)
        return std::pair(int(InvalidRequest),
                         std::string("already initialized"));
      if (!Params)
        return std::pair(int(InvalidParams),
                         std::string("initialize needs params"));
      return initialize(*Params);
    }
    if (!Initialized)
      return std::pair(int(ServerNotInitialized),
                       std::string("the server is not initialized"));
    if (ShutDown)
      return std::pair(int(InvalidRequest),
                       std::string("the server is shutting down"));
    return request(*Method, Params);
  }();
  if (auto *E = std::get_if<std::pair<int, std::string>>(&R)) {
    if (E->first == MethodNotFound)
      logLine("unknown method " + *Method);
    replyError(*Id, E->first, E->second);
  } else {
    reply(*Id, std::move(std::get<json::Value>(R)));
  }
  return std::nullopt;
}

Server::Result Server::initialize(const json::Object &Params) {
  json::Object Caps;
  if (const json::Object *C = Params.getObject("capabilities")) {
    Caps = *C;
    if (const json::Object *W = C->getObject("workspace"))
      if (const json::Object *D = W->getObject("didChangeWatchedFiles"))
        WatchRegistration =
            D->getBoolean("dynamicRegistration").value_or(false);
  }
  Encoding E = negotiateEncoding(Caps);
  Enc = E;
  Initialized = true;
  json::Object Result{
      {"capabilities",
       json::Object{
           {"positionEncoding", encodingName(E)},
           {"textDocumentSync",
            json::Object{{"openClose", true},
                         {"change", 2}, // incremental
                         {"save", json::Object{{"includeText", false}}}}},
           {"codeActionProvider",
            json::Object{{"codeActionKinds", json::Array{"quickfix"}}}},
       }},
      {"serverInfo",
       json::Object{{"name", "rtclint"}, {"version", Opts.Version}}}};
  // clangd's pre-3.17 extension, for clients that only know it.
  if (Caps.getArray("offsetEncoding"))
    Result["offsetEncoding"] = encodingName(E);
  return json::Value(std::move(Result));
}

static std::optional<Position> parsePosition(const json::Value *V) {
  const json::Object *O = V ? V->getAsObject() : nullptr;
  if (!O)
    return std::nullopt;
  std::optional<int64_t> L = O->getInteger("line"),
                         C = O->getInteger("character");
  if (!L || !C || *L < 0 || *C < 0 || *L > UINT32_MAX || *C > UINT32_MAX)
    return std::nullopt;
  return Position{unsigned(*L), unsigned(*C)};
}

Server::Result Server::codeAction(const json::Object &Params) {
  const json::Object *Doc = Params.getObject("textDocument");
  const json::Object *Range = Params.getObject("range");
  std::optional<StringRef> Uri = Doc ? Doc->getString("uri") : std::nullopt;
  std::optional<Position> S = Range ? parsePosition(Range->get("start"))
                                    : std::nullopt,
                          E = Range ? parsePosition(Range->get("end"))
                                    : std::nullopt;
  if (!Uri || !S || !E)
    return std::pair(int(InvalidParams),
                     std::string("codeAction needs textDocument and range"));
  std::optional<Analysis> An = A.latest(Uri->str());
  if (!An)
    return json::Value(json::Array{});
  return json::Value(codeActions(*An, An->Lang, *S, *E, Enc.load()));
}

Server::Result Server::request(StringRef Method, const json::Object *Params) {
  if (Method == "shutdown") {
    ShutDown = true;
    return json::Value(nullptr);
  }
  if (Method == "textDocument/codeAction") {
    if (!Params)
      return std::pair(int(InvalidParams), std::string("missing params"));
    return codeAction(*Params);
  }
  return std::pair(int(MethodNotFound), "unknown method " + Method.str());
}

bool rtclint::lsp::syncNotification(Analyzer &A, StringRef Method,
                                    const json::Object *Params, Encoding E) {
  static const StringRef Sync[] = {
      "textDocument/didOpen", "textDocument/didChange", "textDocument/didSave",
      "textDocument/didClose", "workspace/didChangeWatchedFiles"};
  if (!llvm::is_contained(Sync, Method))
    return false;
  auto Bad = [&] { logLine("malformed params of " + Method + " ignored"); };
  if (!Params)
    return Bad(), true;
  if (Method == "workspace/didChangeWatchedFiles") {
    const json::Array *Changes = Params->getArray("changes");
    bool Config = false;
    for (const json::Value &C : Changes ? *Changes : json::Array{})
      if (const json::Object *O = C.getAsObject())
        if (std::optional<StringRef> U = O->getString("uri"))
          if (std::optional<std::string> P = uriToPath(*U))
            Config |= isConfigFile(*P);
    if (Config)
      A.reloadConfigs();
    return true;
  }
  const json::Object *Doc = Params->getObject("textDocument");
  std::optional<StringRef> Uri = Doc ? Doc->getString("uri") : std::nullopt;
  if (!Uri)
    return Bad(), true;
  int64_t Version = Doc->getInteger("version").value_or(0);
  if (Method == "textDocument/didOpen") {
    std::optional<StringRef> Text = Doc->getString("text");
    if (!Text)
      return Bad(), true;
    A.open(Uri->str(), Doc->getString("languageId").value_or(""), Version,
           Text->str());
  } else if (Method == "textDocument/didChange") {
    const json::Array *Changes = Params->getArray("contentChanges");
    if (!Changes)
      return Bad(), true;
    std::vector<TextChange> Edits;
    for (const json::Value &C : *Changes) {
      const json::Object *O = C.getAsObject();
      std::optional<StringRef> Text = O ? O->getString("text") : std::nullopt;
      if (!Text)
        return Bad(), true;
      TextChange T;
      T.Text = Text->str();
      if (const json::Object *R = O->getObject("range")) {
        T.Start = parsePosition(R->get("start"));
        T.End = parsePosition(R->get("end"));
        if (!T.Start || !T.End)
          return Bad(), true;
      }
      Edits.push_back(std::move(T));
    }
    std::string Err;
    if (!A.change(Uri->str(), Version, std::move(Edits), E, Err))
      logLine(Err);
  } else if (Method == "textDocument/didSave") {
    std::optional<StringRef> Text = Params->getString("text");
    A.save(Uri->str(), Text ? std::optional(Text->str()) : std::nullopt);
  } else {
    A.close(Uri->str());
  }
  return true;
}

void Server::notification(StringRef Method, const json::Object *Params) {
  if (syncNotification(A, Method, Params, Enc.load()))
    return;
  if (Method == "initialized") {
    if (WatchRegistration)
      Send(json::Object{
          {"jsonrpc", "2.0"},
          {"id", "rtclint-watch-config"},
          {"method", "client/registerCapability"},
          {"params",
           json::Object{
               {"registrations",
                json::Array{json::Object{
                    {"id", "rtclint-config"},
                    {"method", "workspace/didChangeWatchedFiles"},
                    {"registerOptions",
                     json::Object{
                         {"watchers",
                          json::Array{json::Object{
                              {"globPattern", "**/.rtclint.yaml"}}}}}}}}}}}});
    return;
  }
  // $/ notifications may be ignored (the specification says so).
  if (!Method.starts_with("$/") && Method != "workspace/didChangeConfiguration")
    logLine("unknown notification " + Method + " ignored");
}

int rtclint::lsp::runServer(int InFd, int OutFd, ServerOptions Opts) {
  FrameWriter Out(OutFd);
  std::optional<int> Exit;
  {
    Server S(std::move(Opts), [&Out](const json::Value &V) { Out.write(V); });
    readFrames(InFd, [&](const Frame &F) {
      Exit = S.handle(F);
      return !Exit;
    });
  }
  if (!Exit)
    logLine("input closed without exit");
  // Without `exit` after `shutdown` the specification asks for code 1.
  return Exit.value_or(1);
}
