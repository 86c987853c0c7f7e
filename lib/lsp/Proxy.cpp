//===- Proxy.cpp - rtclint's diagnostics inside clangd's ------------------===//
#include "lsp/Proxy.h"
#include "lsp/Convert.h"
#include "lsp/Server.h"
#include "lsp/Subprocess.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <thread>
#include <unistd.h>

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;
using llvm::StringRef;

static void logLine(const llvm::Twine &Msg) {
  llvm::errs() << "rtclint clangd: " << Msg << "\n";
}

/// Request ids as map keys: numbers and strings never collide in practice
/// within one client, and the kind is kept by the prefix.
static std::optional<std::string> idKey(const json::Object &M) {
  const json::Value *Id = M.get("id");
  if (!Id)
    return std::nullopt;
  if (std::optional<int64_t> N = Id->getAsInteger())
    return "n" + std::to_string(*N);
  if (std::optional<StringRef> S = Id->getAsString())
    return "s" + S->str();
  return std::nullopt;
}

static std::optional<Position> position(const json::Object *O) {
  if (!O)
    return std::nullopt;
  std::optional<int64_t> L = O->getInteger("line"),
                         C = O->getInteger("character");
  if (!L || !C || *L < 0 || *C < 0)
    return std::nullopt;
  return Position{unsigned(*L), unsigned(*C)};
}

Proxy::Proxy(const ProxyOptions &Opts, FrameWriter &ToEditor,
             FrameWriter &ToServer)
    : ToEditor(ToEditor), ToServer(ToServer),
      A(
          Opts.LoadRules,
          [this](const Analysis &R) {
            json::Object P = publishParams(R, Enc.load());
            std::lock_guard<std::mutex> L(M);
            if (json::Array *D = P.getArray("diagnostics"))
              OwnDiags[R.Uri] = std::move(*D);
            publishMerged(R.Uri, std::nullopt);
          },
          Opts.Debounce) {}

void Proxy::publishMerged(const std::string &Uri,
                          std::optional<int64_t> Version) {
  json::Array All;
  if (auto It = ServerDiags.find(Uri); It != ServerDiags.end())
    All = It->second;
  if (auto It = OwnDiags.find(Uri); It != OwnDiags.end()) {
    All.reserve(All.size() + It->second.size());
    for (const json::Value &D : It->second)
      All.push_back(D);
  }
  json::Object P{{"uri", Uri}, {"diagnostics", std::move(All)}};
  if (Version)
    P["version"] = *Version;
  ToEditor.write(json::Object{{"jsonrpc", "2.0"},
                              {"method", "textDocument/publishDiagnostics"},
                              {"params", std::move(P)}});
}

bool Proxy::fromEditor(const Frame &F) {
  if (!F.Error.empty()) {
    logLine("dropped a malformed frame from the editor: " + F.Error);
    return false;
  }
  llvm::Expected<json::Value> V = json::parse(F.Body);
  if (!V) {
    // clangd answers it; we only could not look inside.
    llvm::consumeError(V.takeError());
    ToServer.write(StringRef(F.Body));
    return false;
  }
  const json::Object *Msg = V->getAsObject();
  std::optional<StringRef> Method =
      Msg ? Msg->getString("method") : std::nullopt;
  const json::Value *PV = Msg ? Msg->get("params") : nullptr;
  const json::Object *Params = PV ? PV->getAsObject() : nullptr;
  if (Method && Msg->get("id")) {
    std::lock_guard<std::mutex> L(M);
    if (*Method == "initialize")
      InitializeId = idKey(*Msg);
    if (*Method == "textDocument/codeAction" && Params)
      if (const json::Object *Doc = Params->getObject("textDocument"))
        if (const json::Object *R = Params->getObject("range")) {
          auto S = position(R->getObject("start")),
               E = position(R->getObject("end"));
          auto Uri = Doc->getString("uri");
          auto Key = idKey(*Msg);
          if (S && E && Uri && Key)
            Actions[*Key] = {Uri->str(), *S, *E};
        }
  }
  if (Method && *Method == "textDocument/didClose" && Params)
    if (const json::Object *Doc = Params->getObject("textDocument"))
      if (std::optional<StringRef> Uri = Doc->getString("uri")) {
        std::lock_guard<std::mutex> L(M);
        ServerDiags.erase(Uri->str());
        OwnDiags.erase(Uri->str());
      }
  bool Exit = Method && *Method == "exit";
  if (Exit)
    ExitSent = true; // before clangd can see it and end
  // Forward first: clangd's latency is not ours to add to.
  ToServer.write(StringRef(F.Body));
  if (Method && !Msg->get("id"))
    syncNotification(A, *Method, Params, Enc.load());
  return Exit;
}

void Proxy::fromServer(const Frame &F) {
  if (!F.Error.empty()) {
    logLine("dropped a malformed frame from clangd: " + F.Error);
    return;
  }
  llvm::Expected<json::Value> V = json::parse(F.Body);
  json::Object *Msg = V ? V->getAsObject() : nullptr;
  if (!V)
    llvm::consumeError(V.takeError());
  if (!Msg) {
    ToEditor.write(StringRef(F.Body));
    return;
  }
  std::optional<StringRef> Method = Msg->getString("method");
  if (Method && *Method == "textDocument/publishDiagnostics") {
    json::Object *P = Msg->getObject("params");
    std::optional<StringRef> Uri = P ? P->getString("uri") : std::nullopt;
    json::Array *D = P ? P->getArray("diagnostics") : nullptr;
    if (Uri && D) {
      std::lock_guard<std::mutex> L(M);
      ServerDiags[Uri->str()] = std::move(*D);
      publishMerged(Uri->str(), P->getInteger("version"));
      return;
    }
  }
  if (!Method) {
    std::optional<std::string> Key = idKey(*Msg);
    std::unique_lock<std::mutex> L(M);
    if (Key && Key == InitializeId) {
      // The encoding clangd chose is the one every position uses.
      InitializeId.reset();
      if (json::Object *R = Msg->getObject("result")) {
        std::optional<StringRef> E;
        if (json::Object *C = R->getObject("capabilities"))
          E = C->getString("positionEncoding");
        if (!E)
          E = R->getString("offsetEncoding");
        Enc = E && *E == "utf-8"    ? Encoding::UTF8
              : E && *E == "utf-32" ? Encoding::UTF32
                                    : Encoding::UTF16;
      }
    }
    if (auto It = Key ? Actions.find(*Key) : Actions.end();
        It != Actions.end()) {
      auto [Uri, S, E] = It->second;
      Actions.erase(It);
      L.unlock();
      json::Value *Result = Msg->get("result");
      if (Result &&
          (Result->kind() == json::Value::Null || Result->getAsArray()))
        if (std::optional<Analysis> An = A.latest(Uri)) {
          json::Array Mine = codeActions(*An, An->Lang, S, E, Enc.load());
          if (!Mine.empty()) {
            json::Array All;
            if (json::Array *Theirs = Result->getAsArray())
              All = std::move(*Theirs);
            All.reserve(All.size() + Mine.size());
            for (json::Value &X : Mine)
              All.push_back(std::move(X));
            *Result = std::move(All);
            ToEditor.write(json::Value(std::move(*Msg)));
            return;
          }
        }
    }
  }
  ToEditor.write(StringRef(F.Body));
}

int rtclint::lsp::runProxy(int InFd, int OutFd,
                           const std::vector<std::string> &Argv,
                           const ProxyOptions &Opts) {
  std::string Err;
  std::optional<Child> C = spawnPiped(Argv, Err);
  if (!C) {
    logLine(Err);
    return 2;
  }
  FrameWriter ToEditor(OutFd), ToServer(C->ToChild);
  bool SawExit = false;
  {
    Proxy P(Opts, ToEditor, ToServer);
    std::atomic<bool> Exiting{false};
    std::thread FromServer([&] {
      readFrames(C->FromChild, [&](const Frame &F) {
        P.fromServer(F);
        return true;
      });
      if (!Exiting && !P.exitSent()) {
        // clangd died under the editor: end too, so the editor sees the
        // server go and can restart it, rather than talk to nobody.
        int Code = waitChild(C->Pid);
        logLine("clangd exited unexpectedly (code " + llvm::Twine(Code) + ")");
        std::_Exit(Code ? Code : 1);
      }
    });
    readFrames(InFd, [&](const Frame &F) {
      SawExit = P.fromEditor(F);
      return !SawExit;
    });
    Exiting = true;
    // clangd ends when its input does (after `exit`, or the editor left).
    close(C->ToChild);
    FromServer.join();
  }
  close(C->FromChild);
  int Code = waitChild(C->Pid);
  return SawExit ? Code : 1;
}
