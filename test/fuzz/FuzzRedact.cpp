//===- FuzzRedact.cpp - libFuzzer property target: redaction --------------===//
//
// No input may make any finding's message, snippet or note show a credential
// the engine found in that input, whichever rule reports the line.
//
//===----------------------------------------------------------------------===//

#include "engine/Engine.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

namespace {

const Engine &engine() {
  static const Engine E = [] {
    auto Rules = std::make_shared<RuleSet>();
    Diagnostics Diags;
    if (!Rules->loadBuiltin(Diags) || !Rules->finalize(Diags))
      __builtin_trap();
    return Engine(std::move(Rules), EngineOptions{});
  }();
  return E;
}

// The first byte picks the file name, so every frontend family is reached.
const char *const Names[] = {
    "server.js", "app.py",     "app.rb",       "main.go", "App.java",
    "index.php", "conf.yaml",  ".env",         "main.c",  "App.swift",
    "cfg.json",  "run.sh",     "Program.cs",   "a.kt",    "index.html",
    "app.xml",   "Dockerfile", "settings.ini", "a.tf",    "a.m",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  const char *Name = Names[Data[0] % (sizeof(Names) / sizeof(Names[0]))];
  llvm::StringRef Content(reinterpret_cast<const char *>(Data) + 1, Size - 1);
  std::vector<Finding> Fs = engine().scanBuffer(Name, Content);
  std::vector<llvm::StringRef> Secrets;
  for (const Finding &F : Fs)
    if (F.Secret && F.Range.End <= Content.size() &&
        F.Range.End - F.Range.Begin >= 12)
      Secrets.push_back(Content.slice(F.Range.Begin, F.Range.End));
  for (llvm::StringRef S : Secrets)
    for (const Finding &F : Fs) {
      if (F.Message.find(S) != std::string::npos ||
          F.Snippet.find(S) != std::string::npos)
        __builtin_trap();
      for (const Note &N : F.Notes)
        if (N.Message.find(S) != std::string::npos)
          __builtin_trap();
    }
  return 0;
}
