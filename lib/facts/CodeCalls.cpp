//===- CodeCalls.cpp - Calls, messages, commands and their arguments ------===//
//
// A call is created when its argument list opens (so literals inside know
// their call) and finished when it closes. `name(...) {` turns out to be a
// definition only at the brace: such calls are marked dead and dropped at the
// end, with the indices held by strings and bindings remapped.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

int64_t Pass::calleeStart(int64_t End, std::string &Text,
                          bool &ThroughCall) const {
  llvm::SmallVector<StringRef, 8> Parts; // reversed
  int64_t J = End, Start = End;
  for (int Steps = 0; isIdent(J) && Steps < 16; ++Steps) {
    Parts.push_back(text(J));
    Start = J;
    if (Dialect.GenericCalls && isPunct(J - 1, ">") && J >= 2 &&
        !isMemberSep(J - 1)) {
      // Java `Foo.<T>bar(`: explicit type arguments between `.` and name.
      int64_t O = genericCallee(J - 1);
      if (O < 0 || !isMemberSep(O - 1) || !isIdent(O - 2) ||
          CodeToks[O - 1].End != CodeToks[O].Begin)
        break;
      Parts.push_back(text(O - 1));
      J = O - 2;
      continue;
    }
    if (!isMemberSep(J - 1))
      break;
    int64_t K = J - 2;
    if (isIdent(K)) {
      Parts.push_back(text(J - 1));
      J = K;
      continue;
    }
    // a.b(x).c(...): the receiver is a call; keep its name, elide its args.
    if ((isPunct(K, ")") || isPunct(K, "]")) && Match[K] >= 0 &&
        isIdent(Match[K] - 1) && !isKeywordAt(Match[K] - 1)) {
      Parts.push_back(text(J - 1));
      Parts.push_back(isPunct(K, ")") ? "()" : "[]");
      ThroughCall = true;
      J = Match[K] - 1;
      continue;
    }
    break;
  }
  Text.clear();
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Text += It->str();
  return Start;
}

/// The `<` opening the type arguments that end at Close (`>`, `>>`, `>>>`),
/// or -1 when what is between does not read as types: identifiers, `.`,
/// `::`, `,`, `?`, `*`, `&`, `[]` and nested angle brackets only.
int64_t Pass::genericCallee(int64_t Close) const {
  int Depth = 0;
  for (int64_t J = Close; J >= 0 && Close - J < 48; --J) {
    StringRef S = text(J);
    if (CodeToks[J].is(TokenKind::Punct)) {
      if (S == ">" || S == ">>" || S == ">>>") {
        Depth += int(S.size());
        continue;
      }
      if (S == "<") {
        if (--Depth == 0)
          return J;
        continue;
      }
      if (S == "." || S == "::" || S == "," || S == "?" || S == "*" ||
          S == "&" || S == "[" || S == "]")
        continue;
      return -1;
    }
    if (!CodeToks[J].is(TokenKind::Identifier))
      return -1;
  }
  return -1;
}

int32_t Pass::addCall(int64_t NameTok) {
  std::string Text;
  bool Through = false;
  int64_t Start = calleeStart(NameTok, Text, Through);
  CallFact C;
  C.Callee = std::move(Text);
  C.Name = text(NameTok).ltrim("$").str();
  C.CalleeRange = Span{CodeToks[Start].Begin, CodeToks[NameTok].End};
  if (isIdent(Start - 1) && text(Start - 1) == "new") {
    // `new A.B(x).c(...)` is written with `new`, but constructs only A.B.
    C.IsConstruction = !Through;
    C.Callee = "new " + C.Callee;
    C.CalleeRange.Begin = CodeToks[Start - 1].Begin;
  } else if (Dialect.RubyBlocks && C.Name == "new" && NameTok > Start) {
    // Ruby X.new(...): the constructed class is the name.
    C.IsConstruction = true;
    C.Name = text(NameTok - 2).str();
  }
  C.Range = C.CalleeRange;
  C.Scope = top().EffScope;
  Result.Calls.push_back(std::move(C));
  DeadCall.push_back(0);
  return int32_t(Result.Calls.size() - 1);
}

void Pass::finishCall(Frame &Fr, uint32_t CloseTok) {
  CallFact &C = Result.Calls[Fr.Call];
  C.Range.End = std::max(C.Range.End, CodeToks[CloseTok].End);
}

void Pass::addArg(Frame &Fr, int32_t Fallback) {
  // One command with a million words (a hostile shell line) would hold a
  // million argument facts in one vector, three times over while it grows.
  // Past MaxArgs the arguments are counted only: their strings keep their
  // call and position (StringFact), rules lose only their argument text.
  if (Result.Calls[Fr.Call].Args.size() >= MaxArgs) {
    ++Fr.ArgIndex;
    return;
  }
  int64_t B = Fr.KwValStart >= 0 ? Fr.KwValStart : Fr.ElemStart;
  int64_t E = Fr.Last;
  ArgFact A;
  A.Keyword = Fr.Keyword;
  if (B >= 0 && E >= B) {
    A.Range = Span{CodeToks[B].Begin, CodeToks[E].End};
    A.Text = collapse(Buf.slice(A.Range.Begin, A.Range.End));
    A.String = wholeString(B, E);
    if (A.String < 0)
      A.String = Fallback;
  } else if (Fr.ElemStart >= 0) {
    uint32_t At = CodeToks[Fr.Last >= 0 ? Fr.Last : Fr.ElemStart].End;
    A.Range = Span{At, At};
  }
  Result.Calls[Fr.Call].Args.push_back(std::move(A));
  ++ArgCount;
  ++Fr.ArgIndex;
}

/// After `)` of a call: does a body follow (`f(x) {`, `f() const {`,
/// `f() throws E {`, TS `f(): T {`)?
bool Pass::isMethodHead(uint32_t CloseTok) const {
  bool TS = Lang == Language::TypeScript;
  for (int64_t J = int64_t(CloseTok) + 1;
       size_t(J) < CodeToks.size() && J - CloseTok <= 10; ++J) {
    StringRef S = text(J);
    if (CodeToks[J].is(TokenKind::Punct)) {
      if (S == "{")
        return true;
      bool Ok = S == "," || S == "." || S == "::" || S == "&" || S == "*" ||
                (TS && (S == ":" || S == "<" || S == ">" || S == "|" ||
                        S == "[" || S == "]" || S == "?"));
      if (!Ok)
        return false;
      continue;
    }
    if (!CodeToks[J].is(TokenKind::Identifier) ||
        (J == CloseTok + 1 && isKeywordAt(J)))
      return false;
  }
  return false;
}

/// `Type name(` / `Type *name(` / `public name(` at the start of a statement:
/// a declaration, not a call.
bool Pass::isDefinitionHead(uint32_t NameTok) const {
  const Frame &Fr = Stack.back();
  if (!isStatementFrame(Fr) || Fr.ElemStart < 0 ||
      Fr.ElemStart >= int64_t(NameTok) || isMemberSep(int64_t(NameTok) - 1) ||
      NameTok - Fr.ElemStart > 16)
    return false;
  for (int64_t J = Fr.ElemStart; J < int64_t(NameTok); ++J) {
    StringRef S = text(J);
    if (CodeToks[J].is(TokenKind::Identifier)) {
      if (isKeywordAt(J) && !isDeclKeyword(S))
        return false;
      continue;
    }
    if (!CodeToks[J].is(TokenKind::Punct))
      return false;
    if (S != "*" && S != "&" && S != "&&" && S != "::" && S != "<" &&
        S != ">" && S != "," && S != "[" && S != "]" && S != "@" && S != "?" &&
        S != "." && S != "~")
      return false;
  }
  int64_t P = int64_t(NameTok) - 1;
  StringRef PS = text(P);
  return isIdent(P) || PS == "*" || PS == "&" || PS == ">" || PS == "]" ||
         PS == "?" || PS == "~";
}

//===----------------------------------------------------------------------===//
// Objective-C messages
//===----------------------------------------------------------------------===//

bool Pass::objcSelectorPart(uint32_t I) {
  Frame &Fr = top();
  // A selector part follows an operand directly: `recv sel:` or `arg sel:`.
  if (Fr.Last < 0 || Fr.ElemStart < 0 || !isOperand(Fr.Last))
    return false;
  if (!Fr.SawSelector) {
    Fr.Receiver = collapse(
        Buf.slice(CodeToks[Fr.ElemStart].Begin, CodeToks[Fr.Last].End));
    Fr.SawSelector = true;
    Fr.Bindings.clear();
    Fr.ElemStart = -1;
    Fr.Last = Fr.PrevLast = -1;
  } else {
    closeElement(Fr);
  }
  StringRef Part = text(I);
  Fr.Selector += Part.str() + ":";
  Consumed[I + 1] = 1;
  addBinding(BindKind::Keyword, Part, Part,
             Span{CodeToks[I].Begin, CodeToks[I].End}, I + 2);
  Frame &Cur = top();
  Cur.Keyword = Part.str();
  Cur.KwValStart = I + 2;
  return true;
}

void Pass::finishMessage(Frame &Fr, uint32_t CloseTok) {
  CallFact &C = Result.Calls[Fr.Call];
  if (Fr.SawSelector) {
    closeElement(Fr);
    C.Name = Fr.Selector;
    C.Callee = "[" + Fr.Receiver + " " + Fr.Selector + "]";
  } else if (Fr.ElemStart >= 0 && Fr.PrevLast >= Fr.ElemStart &&
             isIdent(Fr.Last) && isOperand(Fr.PrevLast)) {
    // Unary message: [recv name].
    std::string Recv = collapse(
        Buf.slice(CodeToks[Fr.ElemStart].Begin, CodeToks[Fr.PrevLast].End));
    C.Name = text(Fr.Last).str();
    C.Callee = "[" + Recv + " " + C.Name + "]";
    Fr.Bindings.clear();
    closeElement(Fr);
  } else {
    closeElement(Fr);
    DeadCall[Fr.Call - CallBase] = 1; // array literal, lambda capture
  }
  C.Range.End = C.CalleeRange.End =
      std::max(C.Range.End, CodeToks[CloseTok].End);
}

//===----------------------------------------------------------------------===//
// Ruby calls without parentheses
//===----------------------------------------------------------------------===//

static bool rubyWord(StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("def", "class", "module", "do", "end", "begin", "if", true)
      .Cases("unless", "while", "until", "for", "case", "when", "then", true)
      .Cases("else", "elsif", "rescue", "ensure", "and", "or", "not", true)
      .Cases("in", "self", "super", "yield", "return", "__method__", true)
      .Default(false);
}

bool Pass::argLooking(int64_t I) const {
  if (I < 0 || size_t(I) >= CodeToks.size())
    return false;
  const Token &Tk = CodeToks[I];
  if (Tk.is(TokenKind::String) || Tk.is(TokenKind::Number) ||
      Tk.is(TokenKind::Regex))
    return true;
  if (Tk.is(TokenKind::Identifier)) {
    StringRef W = text(I);
    return !rubyWord(W) && !isControlKeyword(W);
  }
  return false;
}

void Pass::maybeParenless(uint32_t I) {
  StringRef W = text(I);
  Frame &Fr = top();
  bool Candidate =
      !Consumed[I] && int64_t(I) != Fr.HeadNameTok && !W.starts_with("@") &&
      !W.starts_with("$") && !W.starts_with(":") && !rubyWord(W) &&
      (!isControlKeyword(W) || isMemberSep(int64_t(I) - 1)) &&
      literalKind(W) == ValueKind::Other && I + 1 < CodeToks.size() &&
      !BreakBefore[I + 1] && CodeToks[I + 1].Begin > CodeToks[I].End &&
      argLooking(I + 1) && !isPunct(int64_t(I) - 1, "::");
  if (Candidate) {
    note(I);
    int32_t C = addCall(I);
    Frame &N = push(FrameKind::Parenless, Role::Args, I);
    N.Call = C;
    N.CallFrame = int32_t(Stack.size() - 1);
    return;
  }
  note(I);
  rubyMemberCall(I);
}

/// In Ruby `recv.name` always calls name: a call without arguments.
void Pass::rubyMemberCall(uint32_t I) {
  if (!isPunct(int64_t(I) - 1, ".") && !isPunct(int64_t(I) - 1, "&."))
    return;
  if (isPunct(I + 1, "(") || Consumed[I])
    return;
  StringRef N = text(I + 1);
  if (I + 1 < CodeToks.size() && CodeToks[I + 1].is(TokenKind::Punct) &&
      (N == "=" || N == "||=" || N == "+=" || N == "-=" || N == "&&="))
    return; // a setter: recorded as an assignment
  int32_t C = addCall(I);
  (void)C;
}

//===----------------------------------------------------------------------===//
// Shell commands
//===----------------------------------------------------------------------===//

static bool shellKeyword(StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("if", "then", "else", "elif", "fi", "do", "done", "while", true)
      .Cases("until", "for", "case", "esac", "in", "function", "select", true)
      .Cases("!", "{", "}", "[[", "]]", "time", "coproc", true)
      .Default(false);
}

static bool declCommand(StringRef W) {
  return W == "export" || W == "local" || W == "readonly" || W == "declare" ||
         W == "typeset";
}

/// `NAME=value`: a binding; the string literal forming the value, if any,
/// takes its name.
void Pass::shellAssignment(Frame &Fr, int64_t WB, uint32_t I, StringRef Name,
                           bool InDecl) {
  uint32_t Eq = uint32_t(Name.size());
  uint32_t NB = CodeToks[WB].Begin, VB = NB + Eq + 1;
  BindingFact B;
  B.Bind = BindKind::Variable;
  B.Name = B.Path = Name.str();
  B.NameRange = Span{NB, NB + Eq};
  B.ValueRange = Span{VB, CodeToks[I].End};
  B.ValueText = collapse(Buf.slice(VB, CodeToks[I].End));
  B.Scope = Fr.EffScope;
  for (int64_t K = WB; K <= int64_t(I); ++K)
    if (CodeToks[K].Begin == VB && CodeToks[K].is(TokenKind::String) &&
        StrAt[K] >= 0 && StrLast[StrAt[K] - StrBase] == int64_t(I)) {
      B.String = StrAt[K];
      StringFact &S = Result.Strings[StrAt[K]];
      S.Name = B.Name;
      S.Path = B.Path;
      S.Bind = BindKind::Variable;
    }
  Result.Bindings.push_back(std::move(B));
  if (InDecl)
    Fr.ElemStart = Fr.Last = -1;
}

/// Shell words are runs of adjacent tokens; a word is handled at its last
/// token, when the literals inside it already have their facts.
void Pass::shellWord(uint32_t I) {
  auto IsSep = [&](int64_t J) {
    if (!CodeToks[J].is(TokenKind::Punct))
      return false;
    StringRef S = text(J);
    return S == ";" || S == "|" || S == "||" || S == "&&" || S == "&" ||
           S == "(" || S == ")" || S == "{" || S == "}" || S == ";;" ||
           S == "$(" || S == "${" || S == "|&";
  };
  note(I);
  bool More = I + 1 < CodeToks.size() &&
              CodeToks[I + 1].Begin == CodeToks[I].End && !IsSep(I + 1);
  if (More)
    return;
  Frame &Fr = top();
  int64_t WB = I;
  while (WB > 0 && CodeToks[WB - 1].End == CodeToks[WB].Begin &&
         !IsSep(WB - 1) && int64_t(I) - WB < 256)
    --WB;
  StringRef Word = Buf.slice(CodeToks[WB].Begin, CodeToks[I].End);

  // NAME=value, as a command prefix or an argument of export/local.
  size_t Eq = Word.find('=');
  bool Assign =
      Eq != StringRef::npos && Eq > 0 &&
      (isalpha(static_cast<unsigned char>(Word[0])) || Word[0] == '_') &&
      Word.take_front(Eq).find_if_not([](char C) {
        return isalnum(static_cast<unsigned char>(C)) || C == '_';
      }) == StringRef::npos;
  bool Dockerfile = Dialect.Dockerfile && BreakBefore[WB] && !Word.empty() &&
                    Word.upper() == Word.str() && isalpha(Word[0]);
  bool InDecl = Fr.Kind == FrameKind::Parenless && Fr.Call < 0;
  if (Dockerfile) {
    // Instructions: RUN holds shell commands, ENV/ARG hold bindings.
    while (Stack.back().Kind == FrameKind::Parenless)
      popTop(WB - 1);
    Frame &Top = top();
    Top.CommandStart = Word == "RUN" || Word == "CMD" || Word == "ENTRYPOINT";
    if (Word == "ENV" || Word == "ARG" || Word == "LABEL") {
      Frame &N = push(FrameKind::Parenless, Role::Code, I);
      N.CommandStart = false;
      N.Closer = Word == "ENV" ? "ENV" : "";
    }
    return;
  }
  if (Assign && (Fr.CommandStart || InDecl))
    return shellAssignment(Fr, WB, I, Word.take_front(Eq), InDecl);
  // Dockerfile `ENV NAME value...`: the rest of the line is the value.
  if (InDecl && Fr.Closer == "ENV" && Fr.ElemStart == WB) {
    Fr.Keyword = Word.str();
    Fr.KwValStart = I + 1;
    addBinding(BindKind::Variable, Word, Word,
               Span{CodeToks[WB].Begin, CodeToks[I].End}, I + 1);
    Fr.Closer = "";
    return;
  }
  if (InDecl)
    return;
  shellCommandWord(Fr, WB, I, Word);
}

/// A word where a command may start: a keyword, a function head, a
/// declaration command or the callee of a command.
void Pass::shellCommandWord(Frame &Fr, int64_t WB, uint32_t I, StringRef Word) {
  if (!Fr.CommandStart) {
    if (Fr.Kind == FrameKind::Parenless && Fr.Call >= 0) {
      Fr.ElemStart = WB;
      closeElement(Fr); // every word is one argument
    }
    return;
  }
  if (shellKeyword(Word)) {
    Fr.CommandStart =
        Word != "in" && Word != "case" && Word != "for" && Word != "select";
    if (Word == "function") {
      Fr.Pending = PendingScope{true, ScopeKind::Function, "", WB};
      Fr.CommandStart = false;
    }
    return;
  }
  if (Fr.Pending.Active && Fr.Pending.Name.empty()) {
    Fr.Pending.Name = Word.str(); // function name
    return;
  }
  if (isPunct(I + 1, "(") && isPunct(I + 2, ")")) {
    // name() { ... }
    Fr.Pending = PendingScope{true, ScopeKind::Function, Word.str(), WB};
    Fr.HeadNameTok = I;
    Fr.CommandStart = false;
    return;
  }
  if (declCommand(Word)) {
    Frame &N = push(FrameKind::Parenless, Role::Code, WB);
    N.CommandStart = false;
    return;
  }
  // A command: the word is the callee, the following words its arguments.
  Fr.CommandStart = false;
  CallFact C;
  C.Callee = C.Name = Word.str();
  C.CalleeRange = C.Range = Span{CodeToks[WB].Begin, CodeToks[I].End};
  C.Scope = Fr.EffScope;
  Result.Calls.push_back(std::move(C));
  DeadCall.push_back(0);
  Frame &N = push(FrameKind::Parenless, Role::Args, WB);
  N.Call = int32_t(Result.Calls.size() - 1);
  N.CallFrame = int32_t(Stack.size() - 1);
  N.CommandStart = false;
}

//===----------------------------------------------------------------------===//
// Dropping definitions mistaken for calls
//===----------------------------------------------------------------------===//

void Pass::compactCalls() {
  bool Any = false;
  for (uint8_t D : DeadCall)
    Any |= D != 0;
  if (!Any)
    return;
  std::vector<int32_t> NewIndex(DeadCall.size(), -1);
  size_t Out = CallBase;
  for (size_t I = 0; I < DeadCall.size(); ++I) {
    if (DeadCall[I])
      continue;
    NewIndex[I] = int32_t(Out);
    if (Out != CallBase + I)
      Result.Calls[Out] = std::move(Result.Calls[CallBase + I]);
    ++Out;
  }
  Result.Calls.resize(Out);
  auto Remap = [&](int32_t &Call, int32_t &ArgIndex) {
    if (Call < CallBase)
      return false;
    Call = NewIndex[Call - CallBase];
    if (Call < 0)
      ArgIndex = -1;
    return Call < 0;
  };
  for (size_t I = StrBase; I < Result.Strings.size(); ++I) {
    StringFact &S = Result.Strings[I];
    if (Remap(S.Call, S.ArgIndex) && S.Bind == BindKind::Keyword)
      S.Bind = BindKind::Variable;
  }
  for (size_t I = BindBase; I < Result.Bindings.size(); ++I) {
    BindingFact &B = Result.Bindings[I];
    // Keyword-looking defaults in a parameter list: `f(x = 1) {`.
    if (Remap(B.Call, B.ArgIndex) && B.Bind == BindKind::Keyword)
      B.Bind = BindKind::Variable;
  }
}
