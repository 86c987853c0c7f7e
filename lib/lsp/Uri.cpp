//===- Uri.cpp - file:// URIs and paths -----------------------------------===//
#include "lsp/Uri.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint::lsp;
using llvm::StringRef;

std::optional<std::string> rtclint::lsp::uriToPath(StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return std::nullopt;
  // "file://host/path": only the local host is ours.
  if (!Uri.starts_with("/")) {
    auto [Host, Rest] = Uri.split('/');
    if (Host != "localhost" || Rest.empty())
      return std::nullopt;
    Uri = Uri.drop_front(Host.size());
  }
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] != '%') {
      Out += Uri[I];
      continue;
    }
    if (I + 2 >= Uri.size() || !llvm::isHexDigit(Uri[I + 1]) ||
        !llvm::isHexDigit(Uri[I + 2]))
      return std::nullopt;
    Out += char(llvm::hexDigitValue(Uri[I + 1]) * 16 +
                llvm::hexDigitValue(Uri[I + 2]));
    I += 2;
  }
  if (Out.find('\0') != std::string::npos)
    return std::nullopt;
  return Out;
}

std::string rtclint::lsp::pathToUri(StringRef Path) {
  std::string Out = "file://";
  for (char C : Path) {
    if (llvm::isAlnum(C) || StringRef("/-._~!$&'()*+,;=:@").contains(C)) {
      Out += C;
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit((unsigned char)C >> 4, false);
    Out += llvm::hexdigit((unsigned char)C & 15, false);
  }
  return Out;
}
