//===- Language.cpp - Language names and tokenizer families ---------------===//
#include "lex/Language.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;

LexFamily rtclint::lexFamily(Language L) {
  switch (L) {
  case Language::Unknown:
    return LexFamily::Text;
  case Language::C:
  case Language::Cpp:
  case Language::ObjC:
  case Language::ObjCpp:
  case Language::Java:
  case Language::Kotlin:
  case Language::Scala:
  case Language::Groovy:
  case Language::Swift:
  case Language::CSharp:
  case Language::Go:
  case Language::JavaScript:
  case Language::TypeScript:
  case Language::HCL:
    return LexFamily::CLike;
  case Language::SQL:
    return LexFamily::SQL;
  case Language::CSV:
    return LexFamily::CSV;
  case Language::Python:
    return LexFamily::Python;
  case Language::Ruby:
    return LexFamily::Ruby;
  case Language::PHP:
    return LexFamily::PHP;
  case Language::Shell:
  case Language::Dockerfile:
    return LexFamily::Shell;
  case Language::Env:
  case Language::Properties:
    return LexFamily::KeyValue;
  case Language::YAML:
    return LexFamily::YAML;
  case Language::JSON:
    return LexFamily::JSON;
  case Language::XML:
  case Language::Plist:
  case Language::HTML:
    return LexFamily::Markup;
  }
  return LexFamily::Text;
}

llvm::StringRef rtclint::languageName(Language L) {
  switch (L) {
  case Language::Unknown:
    return "text";
  case Language::C:
    return "c";
  case Language::Cpp:
    return "cpp";
  case Language::ObjC:
    return "objc";
  case Language::ObjCpp:
    return "objcpp";
  case Language::Java:
    return "java";
  case Language::Kotlin:
    return "kotlin";
  case Language::Scala:
    return "scala";
  case Language::Groovy:
    return "groovy";
  case Language::Swift:
    return "swift";
  case Language::CSharp:
    return "csharp";
  case Language::Go:
    return "go";
  case Language::JavaScript:
    return "javascript";
  case Language::TypeScript:
    return "typescript";
  case Language::Python:
    return "python";
  case Language::Ruby:
    return "ruby";
  case Language::PHP:
    return "php";
  case Language::Shell:
    return "shell";
  case Language::Dockerfile:
    return "dockerfile";
  case Language::Env:
    return "env";
  case Language::Properties:
    return "properties";
  case Language::YAML:
    return "yaml";
  case Language::JSON:
    return "json";
  case Language::XML:
    return "xml";
  case Language::Plist:
    return "plist";
  case Language::HTML:
    return "html";
  case Language::HCL:
    return "hcl";
  case Language::SQL:
    return "sql";
  case Language::CSV:
    return "csv";
  }
  return "text";
}

std::optional<Language> rtclint::parseLanguage(llvm::StringRef Name) {
  std::string Lower = Name.trim().lower();
  auto R =
      llvm::StringSwitch<std::optional<Language>>(Lower)
          .Cases("text", "unknown", "plain", "txt", Language::Unknown)
          .Case("c", Language::C)
          .Cases("cpp", "c++", "cxx", "cc", Language::Cpp)
          .Cases("objc", "objective-c", "objectivec", "m", Language::ObjC)
          .Cases("objcpp", "objc++", "objective-c++", "mm", Language::ObjCpp)
          .Case("java", Language::Java)
          .Cases("kotlin", "kt", "kts", Language::Kotlin)
          .Case("scala", Language::Scala)
          .Case("groovy", Language::Groovy)
          .Case("swift", Language::Swift)
          .Cases("csharp", "c#", "cs", Language::CSharp)
          .Cases("go", "golang", Language::Go)
          .Cases("javascript", "js", "jsx", "mjs", "cjs", "node",
                 Language::JavaScript)
          .Cases("typescript", "ts", "tsx", Language::TypeScript)
          .Cases("python", "py", "python3", Language::Python)
          .Cases("ruby", "rb", Language::Ruby)
          .Case("php", Language::PHP)
          .Cases("shell", "sh", "bash", "zsh", "ksh", Language::Shell)
          .Cases("dockerfile", "docker", "containerfile", Language::Dockerfile)
          .Cases("env", "dotenv", Language::Env)
          .Cases("properties", "ini", Language::Properties)
          .Cases("yaml", "yml", Language::YAML)
          .Case("json", Language::JSON)
          .Case("xml", Language::XML)
          .Case("plist", Language::Plist)
          .Cases("html", "htm", Language::HTML)
          .Cases("hcl", "terraform", "tf", Language::HCL)
          .Cases("sql", "mysql", "postgresql", "psql", Language::SQL)
          .Cases("csv", "tsv", Language::CSV)
          .Default(std::nullopt);
  return R;
}

llvm::StringRef rtclint::languageDisplayName(Language L) {
  switch (L) {
  case Language::Unknown:
    return "plain text";
  case Language::C:
    return "C";
  case Language::Cpp:
    return "C++";
  case Language::ObjC:
    return "Objective-C";
  case Language::ObjCpp:
    return "Objective-C++";
  case Language::Java:
    return "Java";
  case Language::Kotlin:
    return "Kotlin";
  case Language::Scala:
    return "Scala";
  case Language::Groovy:
    return "Groovy";
  case Language::Swift:
    return "Swift";
  case Language::CSharp:
    return "C#";
  case Language::Go:
    return "Go";
  case Language::JavaScript:
    return "JavaScript";
  case Language::TypeScript:
    return "TypeScript";
  case Language::Python:
    return "Python";
  case Language::Ruby:
    return "Ruby";
  case Language::PHP:
    return "PHP";
  case Language::Shell:
    return "shell";
  case Language::Dockerfile:
    return "Dockerfile";
  case Language::Env:
    return ".env";
  case Language::Properties:
    return "properties";
  case Language::YAML:
    return "YAML";
  case Language::JSON:
    return "JSON";
  case Language::XML:
    return "XML";
  case Language::Plist:
    return "plist";
  case Language::HTML:
    return "HTML";
  case Language::HCL:
    return "HCL";
  case Language::SQL:
    return "SQL";
  case Language::CSV:
    return "CSV";
  }
  return "plain text";
}
