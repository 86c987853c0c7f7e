//===- CodeHeads.cpp - Openers: brackets, scope heads, keyword blocks -----===//
//
// What an opening bracket means depends on what precedes it: `f(` is a call,
// `def f(` a parameter list, `= {` an object, `) {` a body. Heads of scopes
// (`class X`, `function f`, Ruby `def`, Objective-C `@implementation`) are
// recognised here and opened by the bracket or keyword block that follows.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

//===----------------------------------------------------------------------===//
// Brackets
//===----------------------------------------------------------------------===//

void Pass::openParen(uint32_t I) {
  Frame &Par = top();
  int64_t P = int64_t(I) - 1;
  Role R = Role::Group;
  bool Decls = false;
  int32_t Call = -1;
  bool Angle = isPunct(P, ">") || isPunct(P, ">>") || isPunct(P, ">>>");
  int64_t Open = Dialect.GenericCalls && Angle ? genericCallee(P) : -1;
  if (P >= 0 && P == Par.HeadNameTok) {
    R = Role::Params;
  } else if (Open > 0 && isIdent(Open - 1) && !isKeywordAt(Open - 1) &&
             CodeToks[Open - 1].End == CodeToks[Open].Begin &&
             CodeToks[P].End == CodeToks[I].Begin &&
             (Lang != Language::Java || newBefore(Open - 1))) {
    // `f<T>(x)`, `new Map<K, V>()`: a call with type arguments, written
    // tight (`a < b > (c)` with spaces compares). Java has no such call
    // without `new` (its form is `a.<T>f(x)`).
    Call = addCall(Open - 1);
    R = Role::Args;
  } else if (isIdent(P)) {
    StringRef W = text(P);
    bool Member = isMemberSep(P - 1);
    if (!Member && Lang == Language::Go && (W == "var" || W == "const")) {
      R = Role::Code;
      Decls = true;
    } else if (!Member && Dialect.Family == LexFamily::PHP &&
               W.equals_insensitive("array")) {
      R = Role::Object; // array('k' => v) is a literal, not a call
    } else if (!Member && (isFunctionKeyword(W, Dialect))) {
      R = Role::Params;
    } else if (!Member && isControlKeyword(W) && W != "super") {
      R = Role::Group;
    } else if ((Call = directInit(uint32_t(P), I)) >= 0) {
      R = Role::Args;
    } else if (Dialect.TypedDecls && isDefinitionHead(uint32_t(P))) {
      R = Role::Params;
      Par.Pending.Active = true;
      Par.Pending.Kind = ScopeKind::Function;
      Par.Pending.Name = W.str();
      Par.Pending.BeginTok = Par.ElemStart >= 0 ? Par.ElemStart : P;
    } else if (!W.starts_with(":")) {
      Call = addCall(P);
      R = Role::Args;
    }
  }
  if (R == Role::Params && Par.Pending.Active &&
      Par.Pending.Kind == ScopeKind::Function)
    Par.Pending.ParamsTok = I;
  int64_t Head = Call >= 0 ? int64_t(P) : -1;
  if (Call >= 0) {
    // The callee chain start, for method heads that begin mid-expression.
    std::string Ignored;
    bool Through = false;
    Head = calleeStart(Open > 0 ? Open - 1 : P, Ignored, Through);
  }
  Frame &Fr = push(FrameKind::Paren, R, I);
  Fr.DeclBlock = Decls;
  Fr.HeadTok = Head;
  if (Call >= 0) {
    Fr.Call = Call;
    Fr.CallFrame = int32_t(Stack.size() - 1);
  }
}

void Pass::openBracket(uint32_t I) {
  int64_t P = int64_t(I) - 1;
  bool Msg =
      Dialect.ObjCMessages && !isPunct(P, "@") && !isOperand(P) &&
      (isIdent(I + 1) || isPunct(I + 1, "[") ||
       (I + 1 < CodeToks.size() && CodeToks[I + 1].is(TokenKind::String)));
  std::string Prefix;
  Frame &Par = top();
  if (!Par.Bindings.empty() && Par.Bindings.back().ValStart == I)
    Prefix = Result.Bindings[Par.Bindings.back().Fact].Path;
  if (!Msg) {
    Frame &Fr = push(FrameKind::Bracket, Role::Array, I);
    Fr.PathPrefix = std::move(Prefix);
    return;
  }
  CallFact C;
  C.Range = C.CalleeRange = Span{CodeToks[I].Begin, CodeToks[I].End};
  C.Scope = Par.EffScope;
  Result.Calls.push_back(std::move(C));
  DeadCall.push_back(0);
  Frame &Fr = push(FrameKind::Message, Role::Args, I);
  Fr.Call = int32_t(Result.Calls.size() - 1);
  Fr.CallFrame = int32_t(Stack.size() - 1);
}

/// The name of an Objective-C method definition `- (T)sel:(T)a sel2:(T)b`
/// whose body opens at T[I]: "sel:sel2:", or "sel" for a unary method.
static std::string objcMethodName(const std::vector<Token> &T, StringRef Buf,
                                  int64_t From, uint32_t I) {
  std::string Name;
  int Depth = 0;
  for (int64_t J = From + 1; J < int64_t(I) && J - From < 96; ++J) {
    StringRef S = T[J].text(Buf);
    if (T[J].is(TokenKind::Punct)) {
      Depth += S == "(" ? 1 : S == ")" ? -1 : 0;
      continue;
    }
    if (Depth != 0 || !T[J].is(TokenKind::Identifier))
      continue;
    bool Colon = J + 1 < int64_t(I) && T[J + 1].is(TokenKind::Punct) &&
                 T[J + 1].text(Buf) == ":";
    if (Colon)
      Name += S.str() + ":";
    else if (Name.empty())
      Name = S.str();
  }
  return Name;
}

void Pass::openBrace(uint32_t I) {
  Frame &Par = top();
  int64_t P = int64_t(I) - 1;
  Role R = Role::Code;
  bool MakeScope = false;
  ScopeKind SK = ScopeKind::Function;
  std::string Name;
  int64_t BeginTok = I;
  int32_t Call = -1;
  PendingScope Pending;
  std::string Prefix;
  if (!Par.Bindings.empty() && Par.Bindings.back().ValStart == I)
    Prefix = Result.Bindings[Par.Bindings.back().Fact].Path;

  if (Par.Pending.Active) {
    MakeScope = true;
    SK = Par.Pending.Kind;
    Name = Par.Pending.Name;
    if (Par.Pending.BeginTok >= 0)
      BeginTok = Par.Pending.BeginTok;
    R = SK == ScopeKind::Class ? Role::ClassBody : Role::Code;
    Pending = Par.Pending;
    Par.Pending.Active = false;
    if (Name.empty() && !Par.Bindings.empty())
      Name = Result.Bindings[Par.Bindings.back().Fact].Name;
  } else if (Dialect.ObjCMessages && Par.StmtStart >= 0 &&
             isStatementFrame(Par) &&
             (isPunct(Par.StmtStart, "-") || isPunct(Par.StmtStart, "+")) &&
             isPunct(Par.StmtStart + 1, "(")) {
    MakeScope = true;
    Name = objcMethodName(CodeToks, Buf, Par.StmtStart, I);
    BeginTok = Par.StmtStart;
  } else if (Dialect.AllBracesObjects || Dialect.IndentBlocks) {
    R = Role::Object;
  } else if (Dialect.RubyBlocks) {
    bool Block =
        (isIdent(P) && !isKeywordAt(P)) || isPunct(P, ")") || isPunct(P, "]");
    R = Block ? Role::Code : Role::Object;
  } else if (P < 0) {
    R = Role::Code;
  } else if (CodeToks[P].is(TokenKind::Punct)) {
    StringRef S = text(P);
    if (S == ")") {
      const CallFact *Before = LastCloseTok == P && LastClosedCall >= 0 &&
                                       !DeadCall[LastClosedCall - CallBase]
                                   ? &Result.Calls[LastClosedCall]
                                   : nullptr;
      bool Init = Dialect.InitializerBraces && Before && Before->IsConstruction;
      R = Init ? Role::Object : Role::Code;
      if (Before && Before->IsConstruction && Dialect.AnonymousClasses) {
        // Java `new Handler() { members }`: an anonymous class.
        MakeScope = true;
        SK = ScopeKind::Class;
        Name = Before->Name;
        R = Role::ClassBody;
      } else if (Before && Dialect.TrailingLambdas) {
        // Kotlin/Swift `f(x) { ... }`: a lambda, the call's last argument;
        // Kotlin `object : T() { ... }` is an anonymous class.
        std::string Ignored;
        bool Through = false;
        int64_t Start = calleeStart(Match[P] - 1, Ignored, Through);
        bool Object = isPunct(Start - 1, ":") && text(Start - 2) == "object";
        MakeScope = true;
        SK = Object ? ScopeKind::Class : ScopeKind::Function;
        Name = Object ? Before->Name : std::string();
        R = Object ? Role::ClassBody : Role::Code;
      }
    } else if (S == "]") {
      R = Role::Object; // Go []T{...}, Java new T[] {...}
    } else if (S == "=>" || S == "->" || S == ";" || S == "}") {
      R = Role::Code;
    } else {
      R = Role::Object; // = ( , : [ ? || && return-like operators, @{
    }
  } else if (isIdent(P)) {
    StringRef W = text(P);
    if (isKeywordAt(P)) {
      R = (W == "return" || W == "yield" || W == "default" || W == "in" ||
           W == "await")
              ? Role::Object
              : Role::Code;
    } else if ((Call = directInit(uint32_t(P), I)) >= 0) {
      R = Role::Args; // T x{args};
    } else if (Dialect.TrailingLambdas && trailingLambda(Par, P)) {
      MakeScope = true; // `routing { ... }`, `session.connect { ... }`
    } else if (Dialect.InitializerBraces || Dialect.CompositeBraces) {
      std::string Ignored;
      bool Through = false;
      int64_t Start = calleeStart(P, Ignored, Through);
      bool New = isIdent(Start - 1) && text(Start - 1) == "new";
      bool Control = Par.ElemStart >= 0 && isKeywordAt(Par.ElemStart) &&
                     !isDeclKeyword(text(Par.ElemStart)) &&
                     text(Par.ElemStart) != "return";
      if (Dialect.InitializerBraces)
        R = New ? Role::Object : Role::Code;
      else
        R = Control ? Role::Code : Role::Object;
    }
  }

  int32_t Outer = Par.EffScope;
  int32_t S = MakeScope ? openScope(SK, Name, CodeToks[BeginTok].Begin) : -1;
  if (S >= 0 && Pending.Active)
    rescopeParams(Pending, Outer, S);
  Frame &Fr = push(FrameKind::Brace, R, I);
  if (S >= 0)
    adoptScope(Fr, S, SK);
  if (Call >= 0) {
    Fr.Call = Call;
    Fr.CallFrame = int32_t(Stack.size() - 1);
  }
  if (R == Role::Object)
    Fr.PathPrefix = std::move(Prefix);
  if (Dialect.ShellCommands)
    Fr.CommandStart = true;
}

//===----------------------------------------------------------------------===//
// Identifiers: heads of scopes, keyword blocks
//===----------------------------------------------------------------------===//

void Pass::rubyKeyword(uint32_t I, StringRef W) {
  auto PushBlock = [&](Role R, int32_t Scope, ScopeKind K) -> Frame & {
    Frame &Fr = push(FrameKind::KwBlock, R, I);
    Fr.Closer = "end";
    if (Scope >= 0)
      adoptScope(Fr, Scope, K);
    return Fr;
  };
  if (W == "def") {
    int64_t NameTok = I + 1;
    if (text(NameTok) == "self" && isPunct(NameTok + 1, "."))
      NameTok += 2;
    StringRef Name = isIdent(NameTok) ? text(NameTok) : StringRef();
    note(I);
    int32_t S = openScope(ScopeKind::Function, Name, CodeToks[I].Begin);
    Frame &Fr = PushBlock(Role::Code, S, ScopeKind::Function);
    Fr.HeadNameTok = isIdent(NameTok) ? NameTok : -1;
    if (Fr.HeadNameTok >= 0)
      Consumed[NameTok] = 1;
    return;
  }
  if (W == "class" || W == "module") {
    std::string Name;
    if (isPunct(I + 1, "<<")) {
      Name = "self";
    } else {
      for (int64_t J = I + 1; isIdent(J) && J - I < 16; J += 2) {
        Name += text(J).str();
        Consumed[J] = 1;
        if (!isPunct(J + 1, "::"))
          break;
        Name += "::";
      }
    }
    note(I);
    int32_t S = openScope(ScopeKind::Class, Name, CodeToks[I].Begin);
    PushBlock(Role::ClassBody, S, ScopeKind::Class);
    return;
  }
  if (W == "do") {
    if (top().AwaitingDo) {
      top().AwaitingDo = false;
      return note(I);
    }
    // The block belongs to the call before it: that call's arguments end.
    while (Stack.back().Kind == FrameKind::Parenless)
      popTop(int64_t(I) - 1);
    note(I);
    int32_t S = openScope(ScopeKind::Function, "", CodeToks[I].Begin);
    PushBlock(Role::Code, S, ScopeKind::Function);
    return;
  }
  if (W == "end") {
    if (!closeTo(FrameKind::KwBlock, I, "end"))
      note(I);
    return;
  }
  bool Opens = W == "begin" || W == "case" ||
               ((W == "if" || W == "unless" || W == "while" || W == "until" ||
                 W == "for") &&
                atStatementStart(I));
  note(I);
  if (Opens) {
    Frame &Fr = PushBlock(Role::Code, -1, ScopeKind::Block);
    Fr.AwaitingDo = W == "while" || W == "until" || W == "for";
  }
}

void Pass::onIdentifier(uint32_t I) {
  StringRef W = text(I);
  bool Member = isMemberSep(int64_t(I) - 1);
  if (Dialect.ShellCommands)
    return shellWord(I);
  if (Dialect.RubyBlocks && !Member && !Consumed[I] &&
      llvm::StringSwitch<bool>(W)
          .Cases("def", "class", "module", "do", "end", "begin", "case", true)
          .Cases("if", "unless", "while", "until", "for", true)
          .Default(false))
    return rubyKeyword(I, W);
  if (Dialect.ObjCMessages) {
    if (W == "@implementation" || W == "@interface" || W == "@protocol") {
      note(I);
      int32_t S = openScope(ScopeKind::Class, text(I + 1), CodeToks[I].Begin);
      Frame &Fr = push(FrameKind::KwBlock, Role::ClassBody, I);
      Fr.Closer = "@end";
      adoptScope(Fr, S, ScopeKind::Class);
      return;
    }
    if (W == "@end") {
      if (!closeTo(FrameKind::KwBlock, I, "@end"))
        note(I);
      return;
    }
    if (top().Kind == FrameKind::Message && isPunct(I + 1, ":") &&
        objcSelectorPart(I))
      return;
  }

  Frame &Fr = top();
  if (!Member && !Consumed[I]) {
    if (isFunctionKeyword(W, Dialect)) {
      note(I);
      Fr.Pending = PendingScope{true, ScopeKind::Function, "", int64_t(I)};
      Fr.HeadNameTok = I;
      return;
    }
    bool Named = isIdent(I + 1) && !isKeywordAt(I + 1);
    if (isClassKeyword(W, Dialect) && (Named || isPunct(I + 1, "{"))) {
      note(I);
      std::string Name = Named ? text(I + 1).str() : std::string();
      // Go: type Name struct { ... }
      if (!Named && isIdent(int64_t(I) - 1) && text(int64_t(I) - 2) == "type")
        Name = text(int64_t(I) - 1).str();
      Fr.Pending = PendingScope{true, ScopeKind::Class, Name, int64_t(I)};
      if (Fr.StmtStart >= 0 && Fr.StmtStart < int64_t(I) &&
          int64_t(I) - Fr.StmtStart < 8)
        Fr.Pending.BeginTok = Fr.StmtStart; // public class, type X struct
      Fr.HeadNameTok = Named ? int64_t(I) + 1 : -1;
      if (Named)
        Consumed[I + 1] = 1;
      return;
    }
  }
  // The name after `function` / `def` / `fun`, or Kotlin's `fun Type.name`.
  if (Fr.Pending.Active && Fr.Pending.Kind == ScopeKind::Function &&
      (Fr.Pending.Name.empty() || (Member && Fr.Pending.ParamsTok < 0)) &&
      (isPunct(I + 1, "(") || isPunct(I + 1, "<"))) {
    Fr.Pending.Name = W.str();
    Fr.HeadNameTok = I;
    return note(I);
  }
  if (Dialect.ParenlessCalls) {
    maybeParenless(I);
    return;
  }
  note(I);
}

//===----------------------------------------------------------------------===//
// Scopes that open after their head
//===----------------------------------------------------------------------===//

/// A function's scope opens at its body, after the parameter list was read
/// in the outer scope: its parameters (and, where defaults are evaluated per
/// call, what their defaults compute) move into the function. A Python
/// default runs once, where the `def` runs: its calls stay outside.
void Pass::rescopeParams(const PendingScope &P, int32_t Outer, int32_t S) {
  if (P.ParamsTok < 0 || size_t(P.ParamsTok) >= CodeToks.size() ||
      P.Kind != ScopeKind::Function)
    return;
  uint32_t From = CodeToks[P.ParamsTok].Begin;
  for (size_t I = Result.Bindings.size(); I-- > size_t(BindBase);) {
    BindingFact &B = Result.Bindings[I];
    if (B.NameRange.Begin < From)
      break;
    if (B.Scope == Outer)
      B.Scope = S;
  }
  if (Dialect.DefaultsAtDefinition)
    return;
  for (size_t I = Result.Calls.size(); I-- > size_t(CallBase);) {
    CallFact &C = Result.Calls[I];
    if (C.CalleeRange.Begin < From)
      break;
    if (C.Scope == Outer)
      C.Scope = S;
  }
  for (size_t I = Result.Strings.size(); I-- > size_t(StrBase);) {
    StringFact &Str = Result.Strings[I];
    if (Str.Range.Begin < From)
      break;
    if (Str.Scope == Outer)
      Str.Scope = S;
  }
}

/// `new` before the callee chain that ends at NameTok.
bool Pass::newBefore(int64_t NameTok) const {
  std::string Ignored;
  bool Through = false;
  return text(calleeStart(NameTok, Ignored, Through) - 1) == "new";
}

/// `name {` / `a.b {` in Kotlin or Swift: a call whose only argument is a
/// trailing lambda, unless the brace ends a control statement (`if x {`,
/// `for x in xs {`) or a declaration's type (`var body: some View {`).
bool Pass::trailingLambda(const Frame &Par, int64_t P) const {
  if (!isIdent(P) || isKeywordAt(P) || !isStatementFrame(Par))
    return false;
  if (Par.StmtStart >= 0 && isIdent(Par.StmtStart) &&
      llvm::StringSwitch<bool>(text(Par.StmtStart))
          .Cases("if", "guard", "while", "for", "switch", "when", "else", true)
          .Cases("catch", "repeat", "do", "try", "finally", "case", true)
          .Cases("where", "in", "get", "set", "willSet", "didSet", true)
          .Default(false))
    return false;
  std::string Ignored;
  bool Through = false;
  int64_t Start = calleeStart(P, Ignored, Through);
  if (Start == Par.StmtStart || Start == Par.ElemStart)
    return true;
  StringRef Prev = text(Start - 1);
  return Prev == "=" || Prev == "(" || Prev == "," || Prev == "return";
}
