//===- DetectTest.cpp - Language and role detection tables ----------------===//

#include "workspace/Source.h"
#include <catch2/catch.hpp>

using namespace rtclint;

namespace {
struct LangCase {
  const char *Path;
  const char *Content;
  Language Expected;
};
struct RoleCase {
  const char *Path;
  Language Lang;
  const char *Content;
  Role Expected;
};
} // namespace

TEST_CASE("detectLanguage from names and extensions", "[detect]") {
  const LangCase Cases[] = {
      {"a.c", "", Language::C},
      {"src/a.cc", "", Language::Cpp},
      {"a.cpp", "", Language::Cpp},
      {"a.CXX", "", Language::Cpp},
      {"a.hpp", "", Language::Cpp},
      {"a.hh", "", Language::Cpp},
      {"a.hxx", "", Language::Cpp},
      {"a.ipp", "", Language::Cpp},
      {"a.m", "", Language::ObjC},
      {"a.mm", "", Language::ObjCpp},
      {"A.java", "", Language::Java},
      {"a.kt", "", Language::Kotlin},
      {"build.gradle.kts", "", Language::Kotlin},
      {"a.scala", "", Language::Scala},
      {"a.sc", "", Language::Scala},
      {"a.groovy", "", Language::Groovy},
      {"build.gradle", "", Language::Groovy},
      {"a.swift", "", Language::Swift},
      {"a.cs", "", Language::CSharp},
      {"a.csx", "", Language::CSharp},
      {"main.go", "", Language::Go},
      {"a.js", "", Language::JavaScript},
      {"a.jsx", "", Language::JavaScript},
      {"a.mjs", "", Language::JavaScript},
      {"a.cjs", "", Language::JavaScript},
      {"a.ts", "", Language::TypeScript},
      {"a.tsx", "", Language::TypeScript},
      {"a.mts", "", Language::TypeScript},
      {"a.cts", "", Language::TypeScript},
      {"a.py", "", Language::Python},
      {"a.pyw", "", Language::Python},
      {"a.pyi", "", Language::Python},
      {"a.rb", "", Language::Ruby},
      {"tasks.rake", "", Language::Ruby},
      {"x.gemspec", "", Language::Ruby},
      {"app/Gemfile", "", Language::Ruby},
      {"Rakefile", "", Language::Ruby},
      {"a.php", "", Language::PHP},
      {"a.phtml", "", Language::PHP},
      {"a.sh", "", Language::Shell},
      {"a.bash", "", Language::Shell},
      {"a.zsh", "", Language::Shell},
      {"a.ksh", "", Language::Shell},
      {".env", "", Language::Env},
      {"config/.env.production", "", Language::Env},
      {"prod.env", "", Language::Env},
      {"app.properties", "", Language::Properties},
      {"a.ini", "", Language::Properties},
      {"a.cfg", "", Language::Properties},
      {"nginx.conf", "", Language::Properties},
      {"a.yml", "", Language::YAML},
      {"a.yaml", "", Language::YAML},
      {"a.json", "", Language::JSON},
      {"tsconfig.jsonc", "", Language::JSON},
      {"a.json5", "", Language::JSON},
      {".babelrc", "", Language::JSON},
      {"pom.xml", "", Language::XML},
      {"a.xsd", "", Language::XML},
      {"a.xaml", "", Language::XML},
      {"a.csproj", "", Language::XML},
      {"web.config", "", Language::XML},
      {"Main.storyboard", "", Language::XML},
      {"View.xib", "", Language::XML},
      {"App.entitlements", "", Language::XML},
      {"ios/Info.plist", "", Language::Plist},
      {"index.html", "", Language::HTML},
      {"a.htm", "", Language::HTML},
      {"App.vue", "", Language::HTML},
      {"App.svelte", "", Language::HTML},
      {"Dockerfile", "", Language::Dockerfile},
      {"docker/Dockerfile.prod", "", Language::Dockerfile},
      {"api.dockerfile", "", Language::Dockerfile},
      {"Containerfile", "", Language::Dockerfile},
      {"main.tf", "", Language::HCL},
      {"x.tfvars", "", Language::HCL},
      {"a.hcl", "", Language::HCL},
      {"README.md", "", Language::Unknown},
      {"Makefile", "", Language::Unknown},
      {"LICENSE", "MIT License", Language::Unknown},
      {"photo.png", "", Language::Unknown},
  };
  for (const LangCase &C : Cases) {
    INFO(C.Path);
    CHECK(detectLanguage(C.Path, C.Content) == C.Expected);
  }
}

TEST_CASE("detectLanguage tells C, C++ and ObjC headers apart", "[detect]") {
  CHECK(detectLanguage("a.h", "int f(void);\n") == Language::C);
  CHECK(detectLanguage("a.h", "struct S { int x; };") == Language::C);
  CHECK(detectLanguage("a.h", "class Foo {};") == Language::Cpp);
  CHECK(detectLanguage("a.h", "namespace x {}") == Language::Cpp);
  CHECK(detectLanguage("a.h", "template<typename T> T f();") == Language::Cpp);
  CHECK(detectLanguage("a.h", "@interface Foo : NSObject\n@end") ==
        Language::ObjC);
  CHECK(detectLanguage("a.h", "@class Foo;\nvoid f(void);") == Language::ObjC);
  CHECK(detectLanguage("a.h", "@interface A\n@end\nnamespace n {}") ==
        Language::ObjCpp);
}

TEST_CASE("detectLanguage reads the shebang of extensionless files",
          "[detect]") {
  const LangCase Cases[] = {
      {"bin/serve", "#!/usr/bin/env node\nconsole.log(1)",
       Language::JavaScript},
      {"bin/tool", "#!/usr/bin/env -S node --no-warnings\n",
       Language::JavaScript},
      {"run", "#!/usr/bin/python3.11\n", Language::Python},
      {"run", "#!/usr/bin/env python\n", Language::Python},
      {"run", "#!/usr/bin/env ruby\n", Language::Ruby},
      {"run", "#!/usr/bin/php\n<?php", Language::PHP},
      {"deploy", "#!/bin/bash -e\n", Language::Shell},
      {"deploy", "#!/bin/sh\n", Language::Shell},
      {"run", "#!/usr/bin/env deno\n", Language::TypeScript},
      {"run", "#!/usr/bin/perl\n", Language::Unknown},
      {"run", "no shebang here\n", Language::Unknown},
      {"run", "", Language::Unknown},
  };
  for (const LangCase &C : Cases) {
    INFO(C.Content);
    CHECK(detectLanguage(C.Path, C.Content) == C.Expected);
  }
}

TEST_CASE("detectRole from path and content", "[detect]") {
  using L = Language;
  const RoleCase Cases[] = {
      // Tests, whatever else the file holds.
      {"server/test/token.js", L::JavaScript, "require('opentok')", Role::Test},
      {"tests/test_app.py", L::Python, "", Role::Test},
      {"src/__tests__/App.jsx", L::JavaScript, "", Role::Test},
      {"spec/token_spec.rb", L::Ruby, "", Role::Test},
      {"pkg/token_test.go", L::Go, "", Role::Test},
      {"src/token.test.js", L::JavaScript, "", Role::Test},
      {"src/token.spec.ts", L::TypeScript, "", Role::Test},
      {"test_token.py", L::Python, "", Role::Test},
      {"App/TokenTests.swift", L::Swift, "", Role::Test},
      {"app/src/test/java/ATest.java", L::Java, "", Role::Test},
      {"app/src/androidTest/java/A.kt", L::Kotlin, "", Role::Test},
      {"rules/fixtures/a.yaml", L::YAML, "", Role::Test},
      // Configuration.
      {"config/app.yml", L::YAML, "", Role::Config},
      {"package.json", L::JSON, "", Role::Config},
      {".env", L::Env, "", Role::Config},
      {"app.properties", L::Properties, "", Role::Config},
      {"pom.xml", L::XML, "", Role::Config},
      {"main.tf", L::HCL, "", Role::Config},
      {"Dockerfile", L::Dockerfile, "", Role::Config},
      // Manifests of the shipped app.
      {"app/src/main/AndroidManifest.xml", L::XML, "", Role::Client},
      {"ios/App/Info.plist", L::Plist, "", Role::Client},
      {"app/src/main/res/xml/network_security_config.xml", L::XML, "",
       Role::Client},
      // Client code.
      {"ios/ViewController.swift", L::Swift, "", Role::Client},
      {"Sources/Call.m", L::ObjC, "", Role::Client},
      {"app/src/main/java/com/x/Main.kt", L::Kotlin, "", Role::Client},
      {"lib/Call.java", L::Java, "import com.opentok.android.Session;",
       Role::Client},
      {"public/js/app.js", L::JavaScript, "", Role::Client},
      {"static/call.js", L::JavaScript, "", Role::Client},
      {"client/src/index.ts", L::TypeScript, "", Role::Client},
      {"web/index.ts", L::TypeScript, "", Role::Client},
      {"src/components/Call.tsx", L::TypeScript, "", Role::Client},
      {"app.js", L::JavaScript, "const s = OT.initSession(k, id);",
       Role::Client},
      {"ui.js", L::JavaScript, "document.getElementById('x')", Role::Client},
      {"index.html", L::HTML, "<html></html>", Role::Client},
      // Server code.
      {"index.js", L::JavaScript, "const OpenTok = require('opentok');",
       Role::Server},
      {"app.py", L::Python, "from opentok import Client", Role::Server},
      {"src/video.ts", L::TypeScript,
       "import { Vonage } from '@vonage/server-sdk'", Role::Server},
      {"Token.java", L::Java, "import com.opentok.OpenTok;", Role::Server},
      {"token.php", L::PHP, "use OpenTok\\OpenTok;", Role::Server},
      {"main.js", L::JavaScript, "const app = express();", Role::Server},
      {"app.py", L::Python, "from flask import Flask", Role::Server},
      {"app.rb", L::Ruby, "class App < Sinatra::Base", Role::Server},
      {"main.go", L::Go, "http.ListenAndServe(\":8080\", nil)", Role::Server},
      {"server/token.js", L::JavaScript, "", Role::Server},
      {"api/session.go", L::Go, "", Role::Server},
      {"routes/index.js", L::JavaScript, "", Role::Server},
      // Nothing to go on.
      {"lib/util.js", L::JavaScript, "module.exports = 1", Role::Unknown},
      {"README.md", L::Unknown, "# readme", Role::Unknown},
      {"src/math.c", L::C, "int add(int a, int b);", Role::Unknown},
  };
  for (const RoleCase &C : Cases) {
    INFO(C.Path << " " << C.Content);
    CHECK(detectRole(C.Path, C.Lang, C.Content) == C.Expected);
  }
}

TEST_CASE("detectRole only reads the first 16 KiB", "[detect]") {
  std::string Late = std::string(16 << 10, ' ') + "require('opentok')";
  CHECK(detectRole("lib/a.js", Language::JavaScript, Late) == Role::Unknown);
  std::string Early = "require('opentok')" + std::string(20 << 10, ' ');
  CHECK(detectRole("lib/a.js", Language::JavaScript, Early) == Role::Server);
}

TEST_CASE("role and skip reason names", "[detect]") {
  CHECK(roleName(Role::Client) == "client");
  CHECK(roleName(Role::Server) == "server");
  CHECK(roleName(Role::Config) == "config");
  CHECK(roleName(Role::Test) == "test");
  CHECK(roleName(Role::Unknown) == "unknown");
  CHECK(skipReasonName(SkipReason::Binary) == "binary");
  CHECK(skipReasonName(SkipReason::TooLarge) == "too-large");
  CHECK(skipReasonName(SkipReason::Unreadable) == "unreadable");
  CHECK(skipReasonName(SkipReason::SymlinkOutside) == "symlink-outside");
  CHECK(skipReasonName(SkipReason::Ignored) == "ignored");
}
