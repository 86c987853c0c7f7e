//===- Redactor.cpp - Mask every secret-looking span of a line ------------===//
#include "engine/Redactor.h"
#include "engine/Finding.h"
#include "llvm/ADT/STLExtras.h"
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

namespace {

/// Credential shapes masked wherever they appear. The `v` group is what is
/// masked. Built once; RE2 matching is thread-safe.
const RE2 &shapes() {
  static const RE2 Re(
      // URL user-info password: scheme://user:PASSWORD@
      R"((?i)[a-z][a-z0-9+.-]*://[^/\s:@'"]*:(?P<v>[^/\s@'"]+)@)"
      // Credential query or form parameters: ?token=VALUE, &api_secret=...
      R"(|(?i)[?&;](?:[a-z_-]*(?:token|secret|password|passwd|pwd|apikey|api_key|signature|sig|auth|credential|key)[a-z_-]*)=(?P<v2>[^&#;\s'"]+))"
      // Client tokens, JWTs, and common provider key prefixes.
      R"(|(?P<v3>T1==[A-Za-z0-9+/=]{16,}))"
      R"(|(?P<v4>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*))"
      R"(|(?P<v5>(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_-]{20}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,}|AIza[A-Za-z0-9_-]{35}))"
      // Slack webhooks carry their secret in the path.
      R"(|hooks\.slack\.com/services/(?P<v6>[A-Za-z0-9/]{16,}))");
  return Re;
}

} // namespace

void Redactor::addSecret(StringRef Secret) {
  // Very short "secrets" would mask ordinary words everywhere.
  if (Secret.size() < 6)
    return;
  if (!llvm::is_contained(Secrets, Secret))
    Secrets.push_back(Secret.str());
}

std::vector<std::pair<size_t, size_t>> Redactor::spans(StringRef Text) const {
  std::vector<std::pair<size_t, size_t>> Out;
  for (const std::string &S : Secrets)
    for (size_t P = Text.find(S); P != StringRef::npos;
         P = Text.find(S, P + S.size()))
      Out.push_back({P, P + S.size()});
  const RE2 &Re = shapes();
  int N = Re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> G(N);
  size_t Pos = 0;
  re2::StringPiece In(Text.data(), Text.size());
  while (Pos < Text.size() &&
         Re.Match(In, Pos, Text.size(), RE2::UNANCHORED, G.data(), N)) {
    for (int I = 1; I < N; ++I)
      if (G[I].data() && !G[I].empty()) {
        size_t B = G[I].data() - Text.data();
        Out.push_back({B, B + G[I].size()});
      }
    size_t End = G[0].data() - Text.data() + G[0].size();
    Pos = std::max(End, Pos + 1);
  }
  llvm::sort(Out);
  std::vector<std::pair<size_t, size_t>> Merged;
  for (auto S : Out) {
    if (!Merged.empty() && S.first <= Merged.back().second)
      Merged.back().second = std::max(Merged.back().second, S.second);
    else
      Merged.push_back(S);
  }
  return Merged;
}

std::string Redactor::apply(StringRef Text,
                            std::vector<size_t> *Offsets) const {
  auto Spans = spans(Text);
  std::string Out;
  if (Offsets)
    Offsets->assign(Text.size() + 1, 0);
  size_t Pos = 0;
  auto Copy = [&](size_t To) {
    for (; Pos < To; ++Pos) {
      if (Offsets)
        (*Offsets)[Pos] = Out.size();
      Out.push_back(Text[Pos]);
    }
  };
  for (auto [B, E] : Spans) {
    Copy(B);
    if (Offsets)
      (*Offsets)[Pos] = Out.size();
    Out += redact(Text.slice(B, E));
    // Inside the mask, offsets map to its end: a range ending in a secret
    // underlines the whole mask.
    for (++Pos; Pos < E; ++Pos)
      if (Offsets)
        (*Offsets)[Pos] = Out.size();
  }
  Copy(Text.size());
  if (Offsets)
    (*Offsets)[Text.size()] = Out.size();
  return Out;
}
