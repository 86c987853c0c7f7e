//===- DetectLanguage.cpp - Language of a file from its name and shebang --===//
//
// Names and extensions decide almost every file; content is consulted only for
// `.h` headers (C, C++ or Objective-C) and for files whose name says nothing,
// through the shebang.
//
//===----------------------------------------------------------------------===//

#include "source/Source.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace rtclint {

namespace {

/// File names that carry the language themselves (compared case-sensitively,
/// as the tools that read them do).
std::optional<Language> languageFromName(StringRef Name) {
  if (Name == "Dockerfile" || Name == "Containerfile" ||
      Name.starts_with("Dockerfile."))
    return Language::Dockerfile;
  if (Name == ".env" || Name.starts_with(".env."))
    return Language::Env;
  if (Name == ".babelrc")
    return Language::JSON;
  if (Name == "Jenkinsfile")
    return Language::Groovy;
  return StringSwitch<std::optional<Language>>(Name)
      .Cases("Gemfile", "Rakefile", "Podfile", "Vagrantfile", "Fastfile",
             Language::Ruby)
      .Cases(".bashrc", ".bash_profile", ".zshrc", ".profile", Language::Shell)
      .Default(std::nullopt);
}

std::optional<Language> languageFromExtension(StringRef Ext) {
  return StringSwitch<std::optional<Language>>(Ext)
      .Case("c", Language::C)
      .Cases("cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "ipp",
             Language::Cpp)
      .Case("m", Language::ObjC)
      .Case("mm", Language::ObjCpp)
      .Case("java", Language::Java)
      .Cases("kt", "kts", Language::Kotlin)
      .Cases("scala", "sc", Language::Scala)
      .Cases("groovy", "gradle", Language::Groovy)
      .Case("swift", Language::Swift)
      .Cases("cs", "csx", Language::CSharp)
      .Case("go", Language::Go)
      .Cases("js", "jsx", "mjs", "cjs", Language::JavaScript)
      .Cases("ts", "tsx", "mts", "cts", Language::TypeScript)
      .Cases("py", "pyw", "pyi", Language::Python)
      .Cases("rb", "rake", "gemspec", Language::Ruby)
      .Cases("php", "phtml", Language::PHP)
      .Cases("sh", "bash", "zsh", "ksh", Language::Shell)
      .Case("env", Language::Env)
      .Cases("properties", "ini", "cfg", "conf", Language::Properties)
      .Cases("yml", "yaml", Language::YAML)
      .Cases("json", "jsonc", "json5", Language::JSON)
      .Cases("xml", "xsd", "xaml", "csproj", "config", Language::XML)
      .Cases("storyboard", "xib", "entitlements", Language::XML)
      .Case("plist", Language::Plist)
      .Cases("html", "htm", "vue", "svelte", Language::HTML)
      .Case("dockerfile", Language::Dockerfile)
      .Cases("tf", "tfvars", "hcl", Language::HCL)
      .Default(std::nullopt);
}

/// A `.h` file is shared by C, C++ and Objective-C; the first few markers of
/// the other two languages tell them apart.
Language languageOfHeader(StringRef Content) {
  bool ObjC = Content.contains("@interface") || Content.contains("@protocol") ||
              Content.contains("@class ") ||
              Content.contains("@implementation") ||
              Content.contains("#import ");
  bool Cpp = Content.contains("namespace") || Content.contains("template<") ||
             Content.contains("template <") || Content.contains("std::");
  if (!Cpp && !ObjC) {
    // `class ` alone: ObjC's `@class ` was handled above.
    size_t Pos = Content.find("class ");
    Cpp = Pos != StringRef::npos && (Pos == 0 || Content[Pos - 1] != '@');
  }
  if (ObjC)
    return Cpp ? Language::ObjCpp : Language::ObjC;
  return Cpp ? Language::Cpp : Language::C;
}

/// `#!/usr/bin/env node`, `#!/bin/bash -e`, `#!/usr/bin/python3.11`.
std::optional<Language> languageFromShebang(StringRef Content) {
  if (!Content.starts_with("#!"))
    return std::nullopt;
  StringRef Line = Content.drop_front(2).split('\n').first.trim();
  SmallVector<StringRef, 4> Words;
  Line.split(Words, ' ', -1, /*KeepEmpty=*/false);
  if (Words.empty())
    return std::nullopt;
  StringRef Interp = sys::path::filename(Words[0], sys::path::Style::posix);
  if (Interp == "env") {
    // The first word that is neither an option nor an assignment.
    Interp = "";
    for (StringRef W : ArrayRef<StringRef>(Words).drop_front())
      if (!W.starts_with("-") && !W.contains('=')) {
        Interp = W;
        break;
      }
  }
  // python3.11 -> python, ruby2.7 -> ruby.
  StringRef Base = Interp.take_while([](char C) { return isAlpha(C); });
  if (Base == "deno" || Interp == "ts-node" || Interp == "tsx")
    return Language::TypeScript;
  return StringSwitch<std::optional<Language>>(Base)
      .Cases("node", "nodejs", "bun", Language::JavaScript)
      .Cases("python", "pypy", Language::Python)
      .Case("ruby", Language::Ruby)
      .Case("php", Language::PHP)
      .Cases("sh", "bash", "zsh", "ksh", "dash", "ash", Language::Shell)
      .Default(std::nullopt);
}

} // namespace

Language detectLanguage(StringRef Path, StringRef Content) {
  StringRef Name = sys::path::filename(Path, sys::path::Style::posix);
  if (std::optional<Language> L = languageFromName(Name))
    return *L;
  StringRef Ext = sys::path::extension(Name, sys::path::Style::posix);
  if (!Ext.empty()) {
    std::string Lower = Ext.drop_front().lower();
    if (Lower == "h")
      return languageOfHeader(Content.take_front(16 << 10));
    if (std::optional<Language> L = languageFromExtension(Lower))
      return *L;
  }
  return languageFromShebang(Content).value_or(Language::Unknown);
}

} // namespace rtclint
