//===- CodeInits.cpp - C++ direct-initialisation as constructions ---------===//
//
// `T x(args);` and `T x{args};` construct a T just like `new T(args)`, so the
// literals inside are arguments of a call to T. The same shape with
// parameters (`int f(int a);`, `void g(const std::string &s) {`) declares a
// function; the first element of the list tells them apart, as a reader
// would: a literal, or a name not followed by another name, is a value.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

/// Words that only start types: `f(int)`, `g(unsigned n)` are declarations.
static bool isTypeWord(StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("int", "char", "bool", "short", "long", "float", "double", true)
      .Cases("wchar_t", "char8_t", "char16_t", "char32_t", "auto", true)
      .Cases("struct", "class", "enum", "union", "typename", "template", true)
      .Default(W.ends_with("_t") && W.size() > 2); // size_t, uint32_t
}

/// The body of `namespace N {`: direct-initialisation is allowed there,
/// unlike in class bodies where `T f(a, b);` declares a member function.
bool Pass::inNamespaceBody(const Frame &Fr) const {
  if (Fr.Kind != FrameKind::Brace)
    return false;
  int64_t J = Fr.Open - 1;
  for (int Steps = 0; Steps < 16 && (isIdent(J) || isPunct(J, "::"));
       ++Steps, --J)
    if (text(J) == "namespace")
      return true;
  return false;
}

/// Whether the list opened at T[Open] starts with a value, not a parameter.
bool Pass::holdsExpressions(uint32_t Open) const {
  int64_t J = int64_t(Open) + 1;
  if (size_t(J) >= CodeToks.size())
    return false;
  const Token &Tk = CodeToks[J];
  if (Tk.is(TokenKind::String) || Tk.is(TokenKind::Number))
    return true;
  StringRef S = text(J);
  if (Tk.is(TokenKind::Punct))
    return S == "-" || S == "+" || S == "!" || S == "~" || S == "&" ||
           S == "*" || S == "(" || S == "[" || S == "{";
  if (!Tk.is(TokenKind::Identifier))
    return false;
  if (literalKind(S) != ValueKind::Other || S == "this" || S == "new" ||
      S == "sizeof")
    return true;
  if (isKeywordAt(J) || isDeclKeyword(S) || isTypeWord(S))
    return false;
  // A (qualified) name: what follows it decides.
  for (int Steps = 0; Steps < 16 && isPunct(J + 1, "::") && isIdent(J + 2);
       ++Steps)
    J += 2;
  StringRef N = text(J + 1);
  if (isIdent(J + 1))
    return false; // `Type name`
  return N == "," || N == ")" || N == "}" || N == "(" || N == "." ||
         N == "->" || N == "[" || N == "+" || N == "-" || N == "/" ||
         N == "%" || N == "==" || N == "!=" || N == "?" || N == "||" ||
         N == "&&" || N == "|";
}

/// `[static] ns::T<U> name` ending at T[NameTok]: a construction call of
/// `ns::T<U>`, or -1 when the declarator is a pointer, a reference or a
/// built-in type (`T *p(q)` copies a pointer, `int n(5)` calls nothing).
int32_t Pass::addConstruction(uint32_t NameTok) {
  const Frame &Fr = top();
  int64_t TypeEnd = int64_t(NameTok) - 1, J = TypeEnd;
  if (isPunct(J, ">") || isPunct(J, ">>")) {
    // Template arguments: skip to the matching `<`.
    int Depth = 0;
    for (; J >= Fr.ElemStart && J >= TypeEnd - 32; --J) {
      StringRef S = text(J);
      Depth += S == ">" ? 1 : S == ">>" ? 2 : S == "<" ? -1 : 0;
      if (Depth == 0)
        break;
    }
    if (Depth != 0 || !isPunct(J, "<"))
      return -1;
    --J;
  }
  if (!isIdent(J) || isKeywordAt(J) || isDeclKeyword(text(J)) ||
      isTypeWord(text(J)))
    return -1;
  std::string Text;
  bool Through = false;
  int64_t Start = calleeStart(J, Text, Through);
  if (Through || Start < Fr.ElemStart)
    return -1;
  CallFact C;
  C.Callee =
      J == TypeEnd
          ? std::move(Text)
          : collapse(Buf.slice(CodeToks[Start].Begin, CodeToks[TypeEnd].End));
  C.Name = text(J).str();
  C.CalleeRange = C.Range = Span{CodeToks[Start].Begin, CodeToks[TypeEnd].End};
  C.Scope = Fr.EffScope;
  C.IsConstruction = true;
  Result.Calls.push_back(std::move(C));
  DeadCall.push_back(0);
  return int32_t(Result.Calls.size() - 1);
}

int32_t Pass::directInit(uint32_t NameTok, uint32_t Open) {
  const Frame &Fr = top();
  if (!Dialect.DirectInit || !isDefinitionHead(NameTok))
    return -1;
  bool Paren = isPunct(Open, "(");
  // In a class body `T f(a);` declares a method; `T x{a};` is a field.
  if (Paren && Fr.Holds == Role::ClassBody && !inNamespaceBody(Fr))
    return -1;
  if (Paren && !holdsExpressions(Open))
    return -1;
  return addConstruction(NameTok);
}
