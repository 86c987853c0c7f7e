//===- CodeTraits.cpp - Per-language tables of the structural pass --------===//
//
// Everything language-specific about the code pass is a switch or a word list
// here; the pass itself never asks which language it reads.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

Traits codefacts::traitsFor(Language L) {
  Traits T;
  T.Family = lexFamily(L);
  switch (L) {
  case Language::C:
  case Language::Cpp:
  case Language::ObjC:
  case Language::ObjCpp:
    T.AdjacentConcat = true;
    T.TypedDecls = true;
    T.MethodHeads = true;
    T.ObjCMessages = L == Language::ObjC || L == Language::ObjCpp;
    T.DirectInit = L == Language::Cpp || L == Language::ObjCpp;
    T.GenericCalls = L == Language::Cpp || L == Language::ObjCpp;
    break;
  case Language::Java:
    T.TypedDecls = true;
    T.MethodHeads = true;
    T.LambdaArrow = "->";
    T.GenericCalls = true;
    T.AnonymousClasses = true;
    break;
  case Language::CSharp:
    T.TypedDecls = true;
    T.MethodHeads = true;
    T.LambdaArrow = "=>";
    T.InitializerBraces = true;
    T.GenericCalls = true;
    break;
  case Language::Groovy:
    T.TypedDecls = true;
    T.NewlineEnds = true;
    break;
  case Language::Kotlin:
  case Language::Scala:
    T.NewlineEnds = true;
    T.KeywordEquals = true;
    T.Annotations = true;
    if (L == Language::Scala)
      T.LambdaArrow = "=>";
    T.TrailingLambdas = T.GenericCalls = L == Language::Kotlin;
    break;
  case Language::Swift:
    T.NewlineEnds = true;
    T.Annotations = true;
    T.BracketDicts = true;
    T.TrailingLambdas = true;
    T.GenericCalls = true;
    break;
  case Language::Go:
    T.NewlineEnds = true;
    T.TypeAfterName = true;
    T.CompositeBraces = true;
    T.TupleAssign = true;
    T.StatusLast = true;
    break;
  case Language::JavaScript:
  case Language::TypeScript:
    T.NewlineEnds = true;
    T.MethodHeads = true;
    T.Annotations = L == Language::TypeScript;
    T.LambdaArrow = "=>";
    T.GenericCalls = L == Language::TypeScript;
    break;
  case Language::HCL:
    T.NewlineEnds = true;
    T.AllBracesObjects = true;
    break;
  case Language::Python:
    T.NewlineEnds = true;
    T.PlainAssignDeclares = true;
    T.KeywordEquals = true;
    T.AdjacentConcat = true;
    T.Annotations = true;
    T.IndentBlocks = true;
    T.TupleAssign = true;
    T.DefaultsAtDefinition = true;
    break;
  case Language::Ruby:
    T.NewlineEnds = true;
    T.PlainAssignDeclares = true;
    T.HashArrow = true;
    T.RubyBlocks = true;
    T.ParenlessCalls = true;
    T.TupleAssign = true;
    break;
  case Language::PHP:
    T.PlainAssignDeclares = true;
    T.DotConcat = true;
    T.HashArrow = true;
    T.LambdaArrow = "=>";
    break;
  case Language::Shell:
  case Language::Dockerfile:
    T.NewlineEnds = true;
    T.PlainAssignDeclares = true;
    T.ShellCommands = true;
    T.Dockerfile = L == Language::Dockerfile;
    break;
  default:
    T.NewlineEnds = true;
    break;
  }
  return T;
}

bool codefacts::isControlKeyword(StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("if", "else", "elif", "elsif", "while", "for", "foreach", true)
      .Cases("switch", "case", "catch", "return", "throw", "raise", true)
      .Cases("new", "delete", "typeof", "sizeof", "instanceof", "in", true)
      .Cases("of", "is", "as", "not", "and", "or", "await", "yield", true)
      .Cases("do", "then", "unless", "until", "when", "with", "except", true)
      .Cases("lambda", "assert", "del", "import", "from", "using", "lock", true)
      .Cases("synchronized", "echo", "include", "require_once", true)
      .Cases("include_once", "clone", "defined", "go", "defer", true)
      .Cases("async", "void", "default", "try", true)
      .Cases("finally", "begin", "end", "rescue", "ensure", "fi", "done", true)
      .Cases("esac", "let", "const", "var", "val", "export", "fixed", true)
      .Cases("goto", "break", "continue", "pass", "global", "nonlocal", true)
      .Cases("alignof", "decltype", "noexcept", "static_assert", "where", true)
      .Default(false);
}

bool codefacts::isDeclKeyword(StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("const", "let", "var", "val", "auto", "final", "static", true)
      .Cases("readonly", "private", "public", "protected", "internal", true)
      .Cases("my", "our", "local", "declare", "export", "constexpr", true)
      .Cases("volatile", "register", "extern", "lateinit", "override", "open",
             true)
      .Cases("typeset", "global", "unsigned", "signed", "mutable", true)
      .Default(false);
}

bool codefacts::isFunctionKeyword(StringRef W, const Traits &Tr) {
  if (Tr.RubyBlocks || Tr.IndentBlocks)
    return W == "def";
  return llvm::StringSwitch<bool>(W)
      .Cases("function", "func", "fun", "fn", true)
      .Case("def", Tr.Family == LexFamily::CLike) // Scala, Groovy
      .Default(false);
}

bool codefacts::isClassKeyword(StringRef W, const Traits &Tr) {
  if (Tr.RubyBlocks)
    return W == "class" || W == "module";
  if (Tr.IndentBlocks)
    return W == "class";
  return llvm::StringSwitch<bool>(W)
      .Cases("class", "struct", "interface", "enum", "trait", true)
      .Cases("object", "protocol", "extension", "namespace", "record", true)
      .Cases("union", "impl", "@interface", "@implementation", "@protocol",
             true)
      .Default(false);
}

ValueKind codefacts::literalKind(StringRef W) {
  return llvm::StringSwitch<ValueKind>(W)
      .Cases("true", "false", "True", "False", "YES", "NO", ValueKind::Bool)
      .Cases("TRUE", "FALSE", "$true", "$false", ValueKind::Bool)
      .Cases("null", "nil", "None", "NULL", "nullptr", "undefined",
             ValueKind::Null)
      .Cases("Nil", "$null", ValueKind::Null)
      .Default(ValueKind::Other);
}
