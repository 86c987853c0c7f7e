//===- KeyFileContext.cpp - Vonage configuration next to a key file -------===//
#include "facts/KeyFileContext.h"
#include "support/SafeRead.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

/// Files the Vonage and Nexmo CLIs write next to the key they download.
constexpr StringRef CLIFiles[] = {"vonage_app.json", ".nexmo-app",
                                  ".vonage-app"};
/// Configuration files that may name the application the key belongs to.
constexpr StringRef ConfigFiles[] = {
    ".env",        ".env.local",  ".env.example",
    ".env.sample", "config.json", "app.json",
    "config.yaml", "config.yml",  "application.properties"};

/// `VONAGE_APPLICATION_ID`, `NEXMO_APP_ID`, `"vonage": {"applicationId"`:
/// the name of the matched setting, or empty.
std::string vonageAppSetting(StringRef Content) {
  static const llvm::Regex Setting(
      "(VONAGE|NEXMO|vonage|nexmo|Vonage|Nexmo)[A-Za-z_.\"': {-]{0,24}"
      "(APPLICATION_ID|APP_ID|application_?[iI]d|applicationId|app_?[iI]d)");
  llvm::SmallVector<StringRef, 1> M;
  if (!Setting.match(Content, &M))
    return "";
  // Keep it a name: letters, digits, `_`, `.`.
  std::string Name;
  for (char C : M[0])
    if (llvm::isAlnum(C) || C == '_' || C == '.')
      Name += C;
  return Name;
}

} // namespace

void rtclint::addKeyFileContext(StringRef Path, StringRef Buf, FileFacts &F) {
  namespace path = llvm::sys::path;
  StringRef Ext = path::extension(Path);
  if (Ext != ".key" && Ext != ".pem" && Ext != ".p8")
    return;
  size_t B = Buf.find("-----BEGIN ");
  if (B == StringRef::npos)
    return;
  size_t E = Buf.find("-----END ", B);
  if (E == StringRef::npos)
    return;
  size_t Close = Buf.find("-----", E + 9);
  if (Close == StringRef::npos ||
      !Buf.slice(B, Close).contains("PRIVATE KEY-----"))
    return;
  Close += 5;

  llvm::SmallString<256> Dir(path::parent_path(Path));
  std::string Context;
  for (StringRef Name : CLIFiles) {
    llvm::SmallString<256> P(Dir);
    path::append(P, Name);
    if (readRegularFile(P, 64 << 10)) {
      Context = Name.str();
      break;
    }
  }
  for (size_t I = 0; Context.empty() && I < std::size(ConfigFiles); ++I) {
    llvm::SmallString<256> P(Dir);
    path::append(P, ConfigFiles[I]);
    ReadResult R = readRegularFile(P, 64 << 10);
    if (!R)
      continue;
    std::string Setting = vonageAppSetting(R.Content);
    if (!Setting.empty())
      Context = ConfigFiles[I].str() + ":" + Setting;
  }
  if (Context.empty())
    return;
  StringFact S;
  S.Value = Buf.slice(B, Close).str();
  S.Range = Span{uint32_t(B), uint32_t(Close)};
  S.Name = path::filename(Path).str();
  S.Path = std::move(Context);
  S.Bind = BindKind::ConfigKey;
  F.Strings.push_back(std::move(S));
}
