//===- ClangFrontendTest.cpp - Facts from the AST, forced mode ------------===//
//
// The clang frontend in forced mode (no compilation database: default
// arguments per language). This executable also runs the facts conformance
// suite (test/unit/facts) with the clang frontend installed as the frontend
// under test: C-family sources that parse get AST facts, the others fall
// back to the token frontend.
//
//===----------------------------------------------------------------------===//
#include "clang/ClangFrontend.h"
#include "facts/FrontendUnderTest.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <catch2/catch.hpp>

using namespace rtclint;
using llvm::StringRef;

namespace {

std::shared_ptr<const Frontend> forced() {
  static std::shared_ptr<const Frontend> FE = [] {
    ClangFrontendOptions O;
    O.NoteFallbacks = false;
    auto E = makeClangFrontend(O);
    if (!E) {
      llvm::consumeError(E.takeError());
      return std::shared_ptr<const Frontend>();
    }
    return *E;
  }();
  return FE;
}

// Installed before any test runs: the conformance suite uses it too.
const bool Installed = (setFrontendUnderTest(forced().get()), true);

FileFacts facts(Language L, StringRef Src) {
  return forced()->extract({"input.c", "input.c", Src, L});
}

const StringFact *stringWith(const FileFacts &F, StringRef Value) {
  for (const StringFact &S : F.Strings)
    if (S.Value == Value)
      return &S;
  return nullptr;
}

const CallFact *call(const FileFacts &F, StringRef Callee) {
  for (const CallFact &C : F.Calls)
    if (C.Callee == Callee)
      return &C;
  return nullptr;
}

StringRef argValue(const FileFacts &F, const CallFact &C, size_t I) {
  if (I >= C.Args.size() || C.Args[I].String < 0)
    return "";
  return F.Strings[C.Args[I].String].Value;
}

} // namespace

TEST_CASE("clang frontend claims C-family files only", "[clang]") {
  REQUIRE(Installed);
  REQUIRE(forced());
  CHECK(forced()->handles({"a.c", "a.c", "", Language::C}));
  CHECK(forced()->handles({"a.m", "a.m", "", Language::ObjC}));
  CHECK_FALSE(forced()->handles({"a.py", "a.py", "", Language::Python}));
  CHECK(facts(Language::Python, "x = 1\n").Frontend == "token");
}

TEST_CASE("a #define is reported at its spelling, with the use as related",
          "[clang]") {
  StringRef Src = "int connect_to(const char *url);\n"
                  "#define HOST \"api.example.com\"\n"
                  "#define URL \"http://\" HOST \"/v2\"\n"
                  "int f(void) { return connect_to(URL); }\n";
  FileFacts F = facts(Language::C, Src);
  REQUIRE(F.Frontend == "clang");
  const StringFact *Def = stringWith(F, "api.example.com");
  REQUIRE(Def);
  CHECK(Def->Bind == BindKind::Define);
  CHECK(Def->Name == "HOST");
  const CallFact *C = call(F, "connect_to");
  REQUIRE(C);
  // Adjacent literals across macros: one folded value.
  CHECK(argValue(F, *C, 0) == "http://api.example.com/v2");
  const StringFact &Arg = F.Strings[C->Args[0].String];
  CHECK(Src.slice(Arg.Range.Begin, Arg.Range.End) ==
        "\"http://\" HOST \"/v2\"");
  CHECK(Arg.Call == int32_t(C - F.Calls.data()));
  bool Related = false;
  for (const RelatedFact &R : F.Related)
    Related |= R.At.Begin == Arg.Range.Begin && R.Line == 4;
  CHECK(Related);
}

TEST_CASE("a value that is a macro expansion is bound to the macro body",
          "[clang]") {
  StringRef Src = "struct User { const char *email; const char *id; };\n"
                  "const char *wrap(const char *k, const char *v);\n"
                  "#define DATA_OF(u) wrap(\"email\", (u).email)\n"
                  "#define SAME(x) (x)\n"
                  "const char *data;\n"
                  "void f(struct User u) {\n"
                  "  data = DATA_OF(u);\n"
                  "  data = SAME(u.id);\n"
                  "}\n";
  FileFacts F = facts(Language::C, Src);
  REQUIRE(F.Frontend == "clang");
  std::vector<StringRef> Values;
  const BindingFact *Wrapped = nullptr;
  for (const BindingFact &B : F.Bindings)
    if (B.Bind == BindKind::Assignment && B.Name == "data") {
      Values.push_back(Src.slice(B.ValueRange.Begin, B.ValueRange.End));
      if (!Wrapped)
        Wrapped = &B;
    }
  // The #define's body, and a pass-through macro's expansion site.
  REQUIRE(Values.size() == 2);
  CHECK(Values[0] == "wrap(\"email\", (u).email)");
  CHECK(Values[1] == "SAME(u.id)");
  // In the function's scope, with one note at the expansion site.
  REQUIRE(Wrapped->Scope > 0);
  CHECK(F.Scopes[Wrapped->Scope].Name == "f");
  unsigned Notes = 0;
  for (const RelatedFact &R : F.Related)
    if (R.At.Begin < Wrapped->ValueRange.End &&
        Wrapped->ValueRange.Begin < R.At.End) {
      ++Notes;
      CHECK(R.Line == 7);
      CHECK(R.Column == 10);
    }
  CHECK(Notes == 1);
}

TEST_CASE("values fold through constants and a function pointer resolves",
          "[clang]") {
  StringRef Src =
      "typedef struct s s;\n"
      "s *otc_session_new(const char *key, const char *id, void *cb);\n"
      "typedef s *(*factory)(const char *, const char *, void *);\n"
      "static const char kKey[] = \"47521863\";\n"
      "static const char *const kId = \"2_MX4fixture\";\n"
      "void g(void) {\n"
      "  factory make = otc_session_new;\n"
      "  make(kKey, kId, 0);\n"
      "}\n";
  FileFacts F = facts(Language::C, Src);
  REQUIRE(F.Frontend == "clang");
  const CallFact *C = call(F, "otc_session_new");
  REQUIRE(C);
  CHECK(argValue(F, *C, 0) == "47521863");
  CHECK(argValue(F, *C, 1) == "2_MX4fixture");
  CHECK(C->Args[1].Text == "kId");
  REQUIRE(C->Scope > 0);
  CHECK(F.Scopes[C->Scope].Name == "g");
  CHECK(F.Scopes[C->Scope].Kind == ScopeKind::Function);
}

TEST_CASE("std::string concatenation and snprintf fold when static",
          "[clang]") {
  StringRef Src =
      "#include <cstdio>\n"
      "#include <string>\n"
      "constexpr const char *kScheme = \"http://\";\n"
      "int post(const std::string &url);\n"
      "int start(const std::string &dynamic) {\n"
      "  const std::string url = std::string(kScheme) + \"host\" + \"/v2\";\n"
      "  post(url);\n"
      "  post(std::string(kScheme) + dynamic);\n"
      "  char buf[64];\n"
      "  std::snprintf(buf, sizeof buf, \"%s%s/%d\", kScheme, \"h\", 7);\n"
      "  return 0;\n"
      "}\n";
  FileFacts F = forced()->extract({"s.cpp", "s.cpp", Src, Language::Cpp});
  REQUIRE(F.Frontend == "clang");
  const StringFact *Url = stringWith(F, "http://host/v2");
  REQUIRE(Url);
  CHECK(Url->Name == "url");
  CHECK(Url->Bind == BindKind::Variable);
  const StringFact *Fmt = stringWith(F, "http://h/7");
  REQUIRE(Fmt);
  CHECK(Fmt->Name == "buf");
  // Not static: no folded value.
  for (const StringFact &S : F.Strings) {
    bool Posted = S.Call >= 0 && F.Calls[S.Call].Callee == "post";
    if (Posted) // only the constant url, never kScheme + dynamic
      CHECK(S.Value == "http://host/v2");
  }
}

TEST_CASE("Objective-C messages by selector", "[clang]") {
  StringRef Src = "__attribute__((objc_root_class)) @interface Obj\n"
                  "+ (instancetype)alloc;\n@end\n"
                  "@interface NSString : Obj\n@end\n"
                  "@interface NSConstantString : NSString\n@end\n"
                  "@interface OTSession : Obj\n"
                  "- (instancetype)initWithApiKey:(NSString *)k\n"
                  "    sessionId:(NSString *)s delegate:(id)d;\n@end\n"
                  "void f(void) {\n"
                  "  [[OTSession alloc] initWithApiKey:@\"123\"\n"
                  "      sessionId:@\"2_MX4x\" delegate:0];\n}\n";
  FileFacts F = facts(Language::ObjC, Src);
  REQUIRE(F.Frontend == "clang");
  const CallFact *Init = nullptr;
  for (const CallFact &C : F.Calls)
    if (C.Name == "initWithApiKey:sessionId:delegate:")
      Init = &C;
  REQUIRE(Init);
  CHECK(Init->Callee ==
        "[[OTSession alloc] initWithApiKey:sessionId:delegate:]");
  REQUIRE(Init->Args.size() == 3);
  CHECK(Init->Args[1].Keyword == "sessionId");
  CHECK(argValue(F, *Init, 1) == "2_MX4x");
}

TEST_CASE("a file that does not parse falls back to the token frontend",
          "[clang]") {
  FileFacts F = facts(Language::ObjC,
                      "#import <Foundation/Foundation.h>\n"
                      "static NSString *const kURL = @\"http://x.test\";\n");
  CHECK(F.Frontend == "token-fallback");
  CHECK(stringWith(F, "http://x.test"));
}

TEST_CASE("the compilation database must exist and be valid", "[clang]") {
  llvm::SmallString<128> Dir;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("rtclint-db", Dir));
  ClangFrontendOptions O;
  O.BuildDir = std::string(Dir);
  auto Missing = makeClangFrontend(O);
  REQUIRE_FALSE(bool(Missing));
  CHECK(llvm::toString(Missing.takeError()).find("no compile_commands.json") !=
        std::string::npos);
  llvm::SmallString<128> DB(Dir);
  llvm::sys::path::append(DB, "compile_commands.json");
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(DB, EC);
    OS << "[{\"directory\": ";
  }
  auto Bad = makeClangFrontend(O);
  REQUIRE_FALSE(bool(Bad));
  llvm::consumeError(Bad.takeError());
  llvm::sys::fs::remove(DB);
  llvm::sys::fs::remove(Dir);
}
