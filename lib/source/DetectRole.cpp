//===- DetectRole.cpp - Client, server, config or test --------------------===//
//
// Role changes how rules weigh a finding (a secret in client code ships to
// every user; a token in a test fixture is usually fake). The path decides
// first, then SDK and framework markers in the first 16 KiB of the file.
//
//===----------------------------------------------------------------------===//

#include "source/Source.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace llvm;

namespace rtclint {

StringRef roleName(Role R) {
  switch (R) {
  case Role::Unknown:
    return "unknown";
  case Role::Client:
    return "client";
  case Role::Server:
    return "server";
  case Role::Config:
    return "config";
  case Role::Test:
    return "test";
  }
  return "unknown";
}

StringRef skipReasonName(SkipReason R) {
  switch (R) {
  case SkipReason::Binary:
    return "binary";
  case SkipReason::TooLarge:
    return "too-large";
  case SkipReason::Unreadable:
    return "unreadable";
  case SkipReason::SymlinkOutside:
    return "symlink-outside";
  case SkipReason::Ignored:
    return "ignored";
  case SkipReason::Budget:
    return "budget";
  case SkipReason::Failed:
    return "failed";
  }
  return "unknown";
}

namespace {

bool containsAny(StringRef Haystack, ArrayRef<StringRef> Needles) {
  return llvm::any_of(Needles,
                      [&](StringRef N) { return Haystack.contains(N); });
}

/// Path is "/"-prefixed and lower-cased so components match at any depth.
bool isTestPath(StringRef LowerPath, StringRef Name) {
  static constexpr StringRef Dirs[] = {
      "/test/",      "/tests/",       "/__tests__/", "/spec/",
      "/specs/",     "/androidtest/", "/fixtures/",  "/testdata/",
      "/__mocks__/", "/uitests/",     "/e2e/"};
  if (containsAny(LowerPath, Dirs))
    return true;
  StringRef Stem = Name.take_until([](char C) { return C == '.'; });
  StringRef Ext = sys::path::extension(Name, sys::path::Style::posix);
  if (Name.ends_with("_test.go") || Name.ends_with("_test.py") ||
      Name.ends_with("_spec.rb") || Name.ends_with("_test.rb"))
    return true;
  // foo.test.js, foo.spec.ts, foo.test.tsx ...
  if (Name.contains(".test.") || Name.contains(".spec."))
    return true;
  if (Name.starts_with("test_") && Ext == ".py")
    return true;
  if (Ext == ".swift" || Ext == ".m" || Ext == ".kt" || Ext == ".java" ||
      Ext == ".cs")
    return Stem.ends_with("Tests") || Stem.ends_with("Test") ||
           Stem.ends_with("Spec");
  return false;
}

bool isConfigLanguage(Language L) {
  switch (L) {
  case Language::YAML:
  case Language::JSON:
  case Language::Env:
  case Language::Properties:
  case Language::XML:
  case Language::Plist:
  case Language::HCL:
  case Language::Dockerfile:
    return true;
  default:
    return false;
  }
}

/// Server SDKs and their imports: the strongest signal there is.
constexpr StringRef ServerSdkMarkers[] = {
    "require('opentok')",  "require(\"opentok\")",
    "from 'opentok'",      "from \"opentok\"",
    "from opentok import", "import opentok",
    "@vonage/server-sdk",  "@vonage/video",
    "com.opentok.OpenTok", "com.opentok.TokenOptions",
    "com.vonage.client",   "OpenTok\\OpenTok",
    "OpenTokSDK",          "OpenTok::OpenTok",
    "require 'opentok'",   "from vonage import",
    "import vonage",       "Vonage\\Client",
};

/// Web servers and frameworks.
constexpr StringRef ServerFrameworkMarkers[] = {
    "express()",
    "require('express')",
    "require(\"express\")",
    "from 'express'",
    "from \"express\"",
    "from flask",
    "import flask",
    "Flask(__name__)",
    "from django",
    "from fastapi",
    "Sinatra",
    "require 'sinatra'",
    "http.ListenAndServe",
    "@RestController",
    "@SpringBootApplication",
    "javax.servlet",
    "jakarta.servlet",
    "from 'koa'",
    "require('koa')",
    "fastify(",
    "Rails.application",
    "ActionController",
    "Illuminate\\",
    "$_POST",
    "$_GET",
    "createServer(",
    "[ApiController]",
    "Microsoft.AspNetCore",
};

/// Client SDKs and browser or mobile platform APIs.
constexpr StringRef ClientMarkers[] = {
    "OT.initSession",      "OT.initPublisher",
    "@opentok/client",     "opentok-react",
    "com.opentok.android", "import android.",
    "android.os.",         "window.",
    "document.",           "OTSession",
    "otc_session_new",     "import UIKit",
    "import SwiftUI",      "<UIKit/",
    "OpenTok.Session",
};

constexpr StringRef ClientDirs[] = {
    "/app/src/main/",   "/public/",   "/static/", "/client/",  "/web/",
    "/src/components/", "/frontend/", "/ios/",    "/android/", "/www/",
    "/assets/js/"};

constexpr StringRef ServerDirs[] = {"/server/",     "/servers/", "/api/",
                                    "/routes/",     "/backend/", "/functions/",
                                    "/controllers/"};

bool isMobileOrWebLanguage(Language L) {
  switch (L) {
  case Language::JavaScript:
  case Language::TypeScript:
  case Language::HTML:
  case Language::Java:
  case Language::Kotlin:
    return true;
  default:
    return false;
  }
}

} // namespace

Role detectRole(StringRef Path, Language L, StringRef Content) {
  Content = Content.take_front(16 << 10);
  std::string Lower = "/" + Path.lower();
  std::replace(Lower.begin(), Lower.end(), '\\', '/');
  StringRef Name = sys::path::filename(Path, sys::path::Style::posix);

  if (isTestPath(Lower, Name))
    return Role::Test;

  // Manifests and plists configure the app that ships to users.
  std::string LowerName = Name.lower();
  if (LowerName == "androidmanifest.xml" || L == Language::Plist ||
      (L == Language::XML &&
       (StringRef(Lower).contains("/res/xml/") ||
        LowerName.ends_with(".entitlements") ||
        LowerName.ends_with(".storyboard") || LowerName.ends_with(".xib"))))
    return Role::Client;
  if (isConfigLanguage(L))
    return Role::Config;

  if (containsAny(Content, ServerSdkMarkers))
    return Role::Server;
  // iOS sources and web pages are client code wherever they live.
  if (L == Language::Swift || L == Language::ObjC || L == Language::ObjCpp ||
      L == Language::HTML)
    return Role::Client;
  if (containsAny(Content, ClientMarkers))
    return Role::Client;
  if (isMobileOrWebLanguage(L) && containsAny(Lower, ClientDirs))
    return Role::Client;
  if (containsAny(Content, ServerFrameworkMarkers) ||
      containsAny(Lower, ServerDirs))
    return Role::Server;
  // PHP only ever runs on a server.
  if (L == Language::PHP)
    return Role::Server;
  return Role::Unknown;
}

} // namespace rtclint
