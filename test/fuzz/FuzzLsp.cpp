//===- FuzzLsp.cpp - libFuzzer target: LSP framing and dispatch -----------===//
//
// The bytes a client writes to `rtclint lsp`: framed by FrameParser, fed in
// chunks whose size the first byte picks (frames split across reads), and
// handled by a Server without its worker thread, so every scan a message
// triggers runs inside the input. Properties: nothing crashes, every message
// the server sends is valid JSON-RPC, and the server asks to exit only when
// a message named `exit`.
//
//===----------------------------------------------------------------------===//

#include "lsp/Server.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;

namespace {

std::shared_ptr<const RuleSet> builtinRules(const std::vector<std::string> &) {
  static std::shared_ptr<const RuleSet> Rules = [] {
    auto R = std::make_shared<RuleSet>();
    Diagnostics D;
    if (!R->loadBuiltin(D) || !R->finalize(D))
      __builtin_trap();
    return R;
  }();
  return Rules;
}

/// A message the server sent: JSON that round-trips, with "jsonrpc" 2.0 and
/// a method, a result or an error.
void checkSent(const json::Value &V) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << V;
  OS.flush();
  llvm::Expected<json::Value> Back = json::parse(Text);
  if (!Back) {
    llvm::consumeError(Back.takeError());
    __builtin_trap();
  }
  const json::Object *O = Back->getAsObject();
  if (!O || O->getString("jsonrpc") != llvm::StringRef("2.0"))
    __builtin_trap();
  if (!O->get("method") && !O->get("result") && !O->get("error"))
    __builtin_trap();
  if (const json::Object *E = O->getObject("error"))
    if (!E->getInteger("code") || !E->getString("message"))
      __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  size_t Chunk = Data[0] ? Data[0] : Size;
  llvm::StringRef In(reinterpret_cast<const char *>(Data) + 1, Size - 1);
  ServerOptions O;
  O.LoadRules = builtinRules;
  O.Debounce = std::chrono::milliseconds(0);
  O.Version = "fuzz";
  O.Threaded = false;
  Server S(std::move(O), checkSent);
  FrameParser P(1 << 16);
  while (!In.empty()) {
    P.feed(In.take_front(Chunk));
    In = In.drop_front(std::min(Chunk, In.size()));
    while (std::optional<Frame> F = P.next()) {
      if (S.handle(*F)) {
        // Only a message whose method is `exit` ends the server.
        llvm::Expected<json::Value> V = json::parse(F->Body);
        if (!V) {
          llvm::consumeError(V.takeError());
          __builtin_trap();
        }
        const json::Object *M = V->getAsObject();
        if (!M || M->getString("method") != llvm::StringRef("exit"))
          __builtin_trap();
        return 0;
      }
    }
    if (P.pending() > (1u << 16) + 8192 + 256)
      __builtin_trap(); // the parser must not buffer without bound
  }
  return 0;
}
