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

constexpr LanguageFileName FileNames[] = {
    {"Dockerfile", Language::Dockerfile, false},
    {"Containerfile", Language::Dockerfile, false},
    {"Dockerfile.", Language::Dockerfile, true},
    {".env", Language::Env, false},
    {".env.", Language::Env, true},
    {".babelrc", Language::JSON, false},
    {"Jenkinsfile", Language::Groovy, false},
    {"Gemfile", Language::Ruby, false},
    {"Rakefile", Language::Ruby, false},
    {"Podfile", Language::Ruby, false},
    {"Vagrantfile", Language::Ruby, false},
    {"Fastfile", Language::Ruby, false},
    {".bashrc", Language::Shell, false},
    {".bash_profile", Language::Shell, false},
    {".zshrc", Language::Shell, false},
    {".profile", Language::Shell, false},
};

/// Lower-case extensions; `h` is decided by content (languageOfHeader).
constexpr LanguageExtension Extensions[] = {
    {"c", Language::C},
    {"h", Language::C},
    {"cc", Language::Cpp},
    {"cpp", Language::Cpp},
    {"cxx", Language::Cpp},
    {"c++", Language::Cpp},
    {"hpp", Language::Cpp},
    {"hh", Language::Cpp},
    {"hxx", Language::Cpp},
    {"ipp", Language::Cpp},
    {"m", Language::ObjC},
    {"mm", Language::ObjCpp},
    {"java", Language::Java},
    {"kt", Language::Kotlin},
    {"kts", Language::Kotlin},
    {"scala", Language::Scala},
    {"sc", Language::Scala},
    {"groovy", Language::Groovy},
    {"gradle", Language::Groovy},
    {"swift", Language::Swift},
    {"cs", Language::CSharp},
    {"csx", Language::CSharp},
    {"go", Language::Go},
    {"js", Language::JavaScript},
    {"jsx", Language::JavaScript},
    {"mjs", Language::JavaScript},
    {"cjs", Language::JavaScript},
    {"ts", Language::TypeScript},
    {"tsx", Language::TypeScript},
    {"mts", Language::TypeScript},
    {"cts", Language::TypeScript},
    {"py", Language::Python},
    {"pyw", Language::Python},
    {"pyi", Language::Python},
    {"rb", Language::Ruby},
    {"rake", Language::Ruby},
    {"gemspec", Language::Ruby},
    {"php", Language::PHP},
    {"phtml", Language::PHP},
    {"sh", Language::Shell},
    {"bash", Language::Shell},
    {"zsh", Language::Shell},
    {"ksh", Language::Shell},
    {"env", Language::Env},
    {"properties", Language::Properties},
    {"ini", Language::Properties},
    {"cfg", Language::Properties},
    {"conf", Language::Properties},
    {"yml", Language::YAML},
    {"yaml", Language::YAML},
    {"json", Language::JSON},
    {"jsonc", Language::JSON},
    {"json5", Language::JSON},
    {"xml", Language::XML},
    {"xsd", Language::XML},
    {"xaml", Language::XML},
    {"csproj", Language::XML},
    {"config", Language::XML},
    {"storyboard", Language::XML},
    {"xib", Language::XML},
    {"entitlements", Language::XML},
    {"plist", Language::Plist},
    {"html", Language::HTML},
    {"htm", Language::HTML},
    {"vue", Language::HTML},
    {"svelte", Language::HTML},
    {"dockerfile", Language::Dockerfile},
    {"tf", Language::HCL},
    {"tfvars", Language::HCL},
    {"hcl", Language::HCL},
    {"sql", Language::SQL},
    {"csv", Language::CSV},
    {"tsv", Language::CSV},
};

/// File names that carry the language themselves (compared case-sensitively,
/// as the tools that read them do).
std::optional<Language> languageFromName(StringRef Name) {
  for (const LanguageFileName &N : FileNames)
    if (N.Prefix ? Name.starts_with(N.Name) : Name == N.Name)
      return N.Lang;
  return std::nullopt;
}

std::optional<Language> languageFromExtension(StringRef Ext) {
  for (const LanguageExtension &E : Extensions)
    if (Ext == E.Ext)
      return E.Lang;
  return std::nullopt;
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

llvm::ArrayRef<LanguageExtension> languageExtensions() { return Extensions; }
llvm::ArrayRef<LanguageFileName> languageFileNames() { return FileNames; }

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
