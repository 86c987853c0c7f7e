//===- CodeFacts.cpp - Driver of the structural pass: frames and scopes ---===//
//
// buildCodeFacts walks the code tokens once. Brackets, keyword blocks and
// Python indentation push frames; separators (`,` `;` line ends) finish the
// element of the innermost frame, which is when bindings and arguments learn
// where their value ends. Comments and preprocessor lines are handled in
// source order so they see the scope they sit in.
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "facts/CodePass.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

void builders::buildCodeFacts(Language L, StringRef Buf,
                              const std::vector<Token> &Toks, FileFacts &F,
                              size_t MaxFacts) {
  if (F.Scopes.empty())
    F.Scopes.push_back(
        ScopeFact{ScopeKind::Module, "", Span{0, uint32_t(Buf.size())}, -1});
  Pass(L, Buf, Toks, F, MaxFacts).run();
}

/// End of the logical line a preprocessor directive starts: lexers may
/// emit only `#define` as the Directive token and the rest as code tokens.
static uint32_t directiveEnd(StringRef Buf, const Token &Tk) {
  size_t P = Tk.End;
  while (true) {
    size_t Nl = Buf.find('\n', P);
    if (Nl == StringRef::npos)
      return uint32_t(Buf.size());
    StringRef Line = Buf.slice(P, Nl).rtrim("\r");
    if (!Line.ends_with("\\"))
      return uint32_t(std::max<size_t>(Nl, Tk.End));
    P = Nl + 1;
  }
}

static bool usable(const Token &Tk, StringRef Buf) {
  return Tk.End <= Buf.size() && Tk.Begin <= Tk.End;
}

Pass::Pass(Language L, StringRef Buf, const std::vector<Token> &All,
           FileFacts &F, size_t MaxFacts)
    : Lang(L), Buf(Buf), All(All), Result(F), Dialect(traitsFor(L)),
      MaxFacts(MaxFacts) {
  auto IsCode = [](const Token &Tk) {
    return !Tk.is(TokenKind::Directive) && !Tk.is(TokenKind::Comment);
  };
  if (llvm::all_of(All, [&](const Token &Tk) {
        return IsCode(Tk) && usable(Tk, Buf);
      })) {
    CodeToks = All;
  } else {
    uint32_t DirEnd = 0;
    for (const Token &Tk : All) {
      if (!usable(Tk, Buf))
        continue;
      if (Tk.is(TokenKind::Directive))
        DirEnd = directiveEnd(Buf, Tk);
      else if (IsCode(Tk) && Tk.Begin >= DirEnd)
        OwnedCode.push_back(Tk);
    }
    CodeToks = OwnedCode;
  }
  BreakBefore.assign(CodeToks.size(), 0);
  for (size_t I = 0; I < CodeToks.size(); ++I)
    BreakBefore[I] =
        I == 0 || CodeToks[I - 1].End > CodeToks[I].Begin ||
        newlineIn(CodeToks[I - 1].End, CodeToks[I].Begin) != StringRef::npos;
  Match.assign(CodeToks.size(), -1);
  StrAt.assign(CodeToks.size(), -1);
  Consumed.assign(CodeToks.size(), 0);
  StrBase = int32_t(F.Strings.size());
  CallBase = int32_t(F.Calls.size());
  BindBase = int32_t(F.Bindings.size());
}

void Pass::run() {
  Stack.reserve(64);
  Frame Root;
  Root.EffScope = 0;
  Stack.push_back(std::move(Root));
  OpenCount[unsigned(FrameKind::Root)] = 1;

  uint32_t K = 0, DirEnd = 0;
  for (const Token &Tk : All) {
    if (!usable(Tk, Buf))
      continue;
    if (factCount() >= MaxFacts) {
      // The memory ceiling: the rest is left to addSecretCandidates.
      Result.BudgetCut = Tk.Begin;
      break;
    }
    if (Tk.is(TokenKind::Comment)) {
      onComment(Tk);
    } else if (Tk.is(TokenKind::Directive)) {
      DirEnd = directiveEnd(Buf, Tk);
      Token Line = Tk;
      Line.End = DirEnd;
      onDirective(Line);
    } else if (Tk.Begin >= DirEnd) {
      step(K++);
    }
  }
  int64_t LastTok = int64_t(K) - 1;
  while (Stack.size() > 1)
    popTop(LastTok);
  closeElement(Stack[0]);
  compactCalls();
}

size_t Pass::factCount() const {
  return Result.Strings.size() + Result.Bindings.size() + Result.Calls.size() +
         Result.Scopes.size() + Result.Comments.size() + ArgCount;
}

//===----------------------------------------------------------------------===//
// Token helpers
//===----------------------------------------------------------------------===//

StringRef Pass::text(int64_t I) const {
  if (I < 0 || size_t(I) >= CodeToks.size())
    return {};
  return CodeToks[I].text(Buf);
}

bool Pass::isPunct(int64_t I, StringRef P) const {
  return I >= 0 && size_t(I) < CodeToks.size() &&
         CodeToks[I].is(TokenKind::Punct) && text(I) == P;
}

bool Pass::isIdent(int64_t I) const {
  return I >= 0 && size_t(I) < CodeToks.size() &&
         CodeToks[I].is(TokenKind::Identifier);
}

bool Pass::isMemberSep(int64_t I) const {
  if (I < 0 || size_t(I) >= CodeToks.size() ||
      !CodeToks[I].is(TokenKind::Punct))
    return false;
  StringRef S = text(I);
  if (S == ".")
    return !Dialect.DotConcat && !Dialect.ShellCommands;
  return S == "?." || S == "->" || S == "::" || S == "&." ||
         (S == "\\" && Dialect.Family == LexFamily::PHP);
}

bool Pass::isKeywordAt(int64_t I) const {
  return isIdent(I) && !isMemberSep(I - 1) && isControlKeyword(text(I));
}

/// Ends an operand: juxtaposed with the next token only in ObjC messages,
/// Ruby commands and declarations.
bool Pass::isOperand(int64_t I) const {
  if (I < 0 || size_t(I) >= CodeToks.size())
    return false;
  switch (CodeToks[I].Kind) {
  case TokenKind::Identifier:
    return !isKeywordAt(I) || text(I) == "self" || text(I) == "super";
  case TokenKind::String:
  case TokenKind::Number:
  case TokenKind::Regex:
    return true;
  case TokenKind::Punct: {
    StringRef S = text(I);
    return S == ")" || S == "]" || S == "}";
  }
  default:
    return false;
  }
}

unsigned Pass::column(uint32_t I) const {
  uint32_t B = CodeToks[I].Begin, P = B;
  while (P > 0 && Buf[P - 1] != '\n')
    --P;
  // Only the indentation counts (a token may follow a string on its line).
  unsigned Col = 0;
  while (P + Col < B && (Buf[P + Col] == ' ' || Buf[P + Col] == '\t'))
    ++Col;
  return Col;
}

bool Pass::atStatementStart(uint32_t I) const {
  if (I == 0 || BreakBefore[I])
    return true;
  StringRef P = text(I - 1);
  if (CodeToks[I - 1].is(TokenKind::Punct))
    return llvm::StringSwitch<bool>(P)
        .Cases(";", "=", "(", ",", "||", "&&", "{", "|", "[", true)
        .Cases("=>", "||=", "+=", "-=", true)
        .Default(false);
  return llvm::StringSwitch<bool>(P)
      .Cases("then", "do", "else", "begin", "return", "and", "or", "not", true)
      .Default(false);
}

size_t Pass::newlineIn(uint32_t A, uint32_t B) const {
  if (A >= B)
    return StringRef::npos;
  // MemoNL is the first '\n' at or after MemoFrom (or the buffer's end).
  if (A < MemoFrom || A > MemoNL) {
    MemoFrom = A;
    MemoNL = std::min(Buf.find('\n', A), Buf.size());
  }
  return MemoNL < B ? MemoNL : StringRef::npos;
}

/// Whether the line break before CodeToks[I] continues the statement.
bool Pass::continues(uint32_t I) const {
  if (I == 0)
    return false;
  StringRef Gap = Buf.slice(CodeToks[I - 1].End, CodeToks[I].Begin);
  size_t Nl = newlineIn(CodeToks[I - 1].End, CodeToks[I].Begin);
  if (Nl != StringRef::npos)
    Nl -= CodeToks[I - 1].End;
  if (Nl != StringRef::npos &&
      Gap.take_front(Nl).rtrim(" \t\r").ends_with("\\"))
    return true;
  StringRef P = text(I - 1), C = text(I);
  bool PP = CodeToks[I - 1].is(TokenKind::Punct),
       CP = CodeToks[I].is(TokenKind::Punct);
  if (Dialect.ShellCommands)
    return PP && (P == "|" || P == "&&" || P == "||" || P == "\\");
  if (PP) {
    if (P == ")" || P == "]" || P == "}" || P == ";" || P == "++" || P == "--")
      return false;
    if (P == ":" && (Dialect.IndentBlocks || Dialect.RubyBlocks))
      return false;
    return true;
  }
  if (CP)
    return C == "." || C == "?." || C == "&." || C == "&&" || C == "||" ||
           C == "??" || C == "?" || C == "?:" ||
           (C == ":" && !Dialect.IndentBlocks && !Dialect.RubyBlocks) ||
           C == "+" || C == "*" || C == "/" || C == "|" || C == "=";
  return false;
}

//===----------------------------------------------------------------------===//
// Frames
//===----------------------------------------------------------------------===//

bool Pass::isStatementFrame(const Frame &Fr) const {
  return Fr.Holds == Role::Code || Fr.Holds == Role::ClassBody;
}

Frame &Pass::push(FrameKind K, Role R, int64_t Open) {
  if (Stack.size() >= MaxDepth) {
    ++Overflow;
    Scratch = Frame();
    Scratch.Kind = K;
    Scratch.Holds = R;
    Scratch.EffScope = Stack.back().EffScope;
    Scratch.CallFrame = Stack.back().CallFrame;
    return Scratch;
  }
  Frame Fr;
  Fr.Kind = K;
  Fr.Holds = R;
  Fr.Open = Open;
  Fr.EffScope = Stack.back().EffScope;
  Fr.CallFrame = Stack.back().CallFrame;
  Stack.push_back(std::move(Fr));
  ++OpenCount[unsigned(K)];
  return Stack.back();
}

int32_t Pass::openScope(ScopeKind K, StringRef Name, uint32_t Begin) {
  ScopeFact S;
  S.Kind = K;
  S.Name = Name.str();
  S.Range = Span{Begin, Begin};
  S.Parent = Stack.back().EffScope;
  Result.Scopes.push_back(std::move(S));
  return int32_t(Result.Scopes.size() - 1);
}

void Pass::popTop(int64_t EndTok) {
  Frame &Fr = Stack.back();
  if (Fr.Kind == FrameKind::Message && Fr.Call >= 0) {
    finishMessage(Fr, uint32_t(std::max<int64_t>(EndTok, 0)));
  } else {
    closeElement(Fr);
    if (Fr.Call >= 0 && EndTok >= 0)
      finishCall(Fr, uint32_t(EndTok));
  }
  if (Fr.Scope >= 0 && EndTok >= 0)
    Result.Scopes[Fr.Scope].Range.End =
        std::max(Result.Scopes[Fr.Scope].Range.Begin, CodeToks[EndTok].End);
  bool Command = Fr.Kind == FrameKind::Parenless;
  --OpenCount[unsigned(Fr.Kind)];
  Stack.pop_back();
  // A call without parentheses is part of the enclosing element.
  if (Command && EndTok > Stack.back().Last) {
    Stack.back().PrevLast = Stack.back().Last;
    Stack.back().Last = EndTok;
  }
}

/// Pops up to and including the innermost frame of kind K, closed by T[I].
/// Frames left open inside it (garbage, unbalanced input) end before I.
bool Pass::closeTo(FrameKind K, uint32_t I, StringRef Closer) {
  if (Overflow > 0) {
    --Overflow;
    note(I);
    return true;
  }
  if (OpenCount[unsigned(K)] == 0)
    return false;
  if (!Closer.empty()) {
    // A keyword block only closes with its own word (`fi` never ends `do`).
    bool Found = false;
    for (auto It = Stack.rbegin(); It != Stack.rend() && !Found; ++It)
      Found = It->Kind == K && It->Closer == Closer;
    if (!Found)
      return false;
  }
  while (Stack.back().Kind != K ||
         (!Closer.empty() && Stack.back().Closer != Closer))
    popTop(int64_t(I) - 1);
  Frame &Fr = Stack.back();
  int64_t Open = Fr.Open;
  bool WasArgs = Fr.Kind == FrameKind::Paren && Fr.Holds == Role::Args;
  bool WasBlock = (Fr.Kind == FrameKind::Brace && isStatementFrame(Fr)) ||
                  Fr.Kind == FrameKind::KwBlock;
  int32_t Call = Fr.Call;
  int64_t Head = Fr.HeadTok;
  popTop(I);
  if (Open >= 0)
    Match[I] = int32_t(Open);
  note(I);
  if (WasArgs && Call >= 0) {
    LastClosedCall = Call;
    LastCloseTok = I;
    const CallFact &C = Result.Calls[Call];
    if (Dialect.MethodHeads && !C.IsConstruction &&
        StringRef(C.Callee).find_first_of(".>") == StringRef::npos &&
        isMethodHead(I)) {
      // `name(params) {` defines name: not a call after all.
      DeadCall[Call - CallBase] = 1;
      Frame &Par = top();
      Par.Pending.Active = true;
      Par.Pending.Kind = ScopeKind::Function;
      Par.Pending.Name = C.Name;
      Par.Pending.BeginTok =
          isStatementFrame(Par) && Par.ElemStart >= 0 ? Par.ElemStart : Head;
    }
  }
  // A block ends its statement, except C#'s `P { get; set; } = v`.
  if (WasBlock && isStatementFrame(top()) && !isPunct(int64_t(I) + 1, "="))
    endStatement(top());
  return true;
}

void Pass::note(uint32_t I) {
  Frame &Fr = Stack.back();
  if (Fr.ElemStart < 0)
    Fr.ElemStart = I;
  if (Fr.StmtStart < 0)
    Fr.StmtStart = I;
  Fr.PrevLast = Fr.Last;
  Fr.Last = I;
}

void Pass::closeElement(Frame &Fr) {
  // A literal argument bound to a keyword (`verify=False`) has its fact
  // from the binding.
  int64_t ValStart = Fr.KwValStart >= 0 ? Fr.KwValStart : Fr.ElemStart;
  int32_t ArgString = -1;
  for (const OpenBinding &B : Fr.Bindings) {
    finishBinding(B, Fr.Last);
    if (int64_t(B.ValStart) == ValStart)
      ArgString = Result.Bindings[B.Fact].String;
  }
  Fr.Bindings.clear();
  bool ArgList = (Fr.Holds == Role::Args && Fr.Kind != FrameKind::Message) ||
                 Fr.Kind == FrameKind::Parenless ||
                 (Fr.Kind == FrameKind::Message && Fr.SawSelector);
  if (ArgList && Fr.Call >= 0 && Fr.ElemStart >= 0)
    addArg(Fr, ArgString);
  Fr.ElemStart = -1;
  Fr.Last = Fr.PrevLast = -1;
  Fr.Keyword.clear();
  Fr.KwValStart = -1;
  Fr.Pending.Active = false;
  if (!isStatementFrame(Fr))
    Fr.StmtStart = -1;
}

void Pass::endStatement(Frame &Fr) {
  closeElement(Fr);
  Fr.StmtStart = -1;
  Fr.StmtDecl = false;
  Fr.CommandStart = true;
}

//===----------------------------------------------------------------------===//
// The step
//===----------------------------------------------------------------------===//

void Pass::onNewline(uint32_t I) {
  bool Cont = continues(I);
  while (Stack.back().Kind == FrameKind::Parenless && !Cont)
    popTop(int64_t(I) - 1);
  Frame &Fr = Stack.back();
  Fr.AwaitingDo = false;
  if (!Dialect.NewlineEnds || !isStatementFrame(Fr) || Cont)
    return;
  endStatement(Fr);
  if (!Dialect.IndentBlocks)
    return;
  unsigned Col = column(I);
  while (Stack.back().Kind == FrameKind::Indent &&
         Col <= unsigned(Stack.back().Indent)) {
    popTop(int64_t(I) - 1);
    endStatement(Stack.back());
  }
}

void Pass::step(uint32_t I) {
  if (BreakBefore[I])
    onNewline(I);
  const Token &Tk = CodeToks[I];
  if (Tk.is(TokenKind::String)) {
    onString(I);
    if (Dialect.ShellCommands)
      return shellWord(I);
    return note(I);
  }
  if (Tk.is(TokenKind::Identifier))
    return onIdentifier(I);
  if (!Tk.is(TokenKind::Punct)) {
    if (Dialect.ShellCommands)
      return shellWord(I);
    return note(I);
  }

  StringRef S = text(I);
  // Objective-C method definitions start at a line's `-` / `+`.
  if (Dialect.ObjCMessages && BreakBefore[I] && (S == "-" || S == "+") &&
      top().Holds == Role::ClassBody)
    endStatement(top());
  if (S == "(" || S == "$(" || S == "[" || S == "{" || S == "${") {
    if (Dialect.ShellCommands && S != "{" && S != "${") {
      // Subshells and command substitutions hold commands of their own.
      note(I);
      Frame &Fr = push(FrameKind::Paren, Role::Code, I);
      Fr.CommandStart = S != "[";
      return;
    }
    note(I);
    if (S == "(")
      return openParen(I);
    if (S == "[")
      return openBracket(I);
    return openBrace(I);
  }
  if (S == ")" || S == "]" || S == "}") {
    FrameKind K = S == ")"   ? FrameKind::Paren
                  : S == "]" ? FrameKind::Bracket
                             : FrameKind::Brace;
    if (S == "]" && OpenCount[unsigned(FrameKind::Message)] &&
        (OpenCount[unsigned(FrameKind::Bracket)] == 0 || [&] {
          for (auto It = Stack.rbegin(); It != Stack.rend(); ++It)
            if (It->Kind == FrameKind::Bracket ||
                It->Kind == FrameKind::Message)
              return It->Kind == FrameKind::Message;
          return false;
        }()))
      K = FrameKind::Message;
    if (!closeTo(K, I))
      note(I);
    return;
  }
  if (S == ",") {
    Frame &Fr = top();
    if (Fr.Kind == FrameKind::Message)
      return note(I); // C arrays of args: [a b:c, d] are rare; keep going
    // `fun f(): Map<K, V> {`: a comma of a generic return type between a
    // function's head and its body keeps the function pending.
    if (Fr.Pending.Active && Fr.Pending.Kind == ScopeKind::Function &&
        isStatementFrame(Fr) && Fr.Holds != Role::Object)
      return note(I);
    return closeElement(Fr);
  }
  if (S == ";" ||
      (Dialect.ShellCommands && (S == "|" || S == "||" || S == "&&" ||
                                 S == "&" || S == ";;" || S == "|&"))) {
    while (Stack.back().Kind == FrameKind::Parenless)
      popTop(int64_t(I) - 1);
    Frame &Fr = top();
    if (isStatementFrame(Fr))
      endStatement(Fr);
    else
      closeElement(Fr);
    return;
  }
  if (Dialect.ShellCommands && S != "{" && S != "}")
    return shellWord(I); // `=`, `-`, `:` ... are parts of words
  if (Consumed[I])
    return note(I);
  if (onAssign(I) || onColon(I))
    return;
  if (Dialect.HashArrow && S == "=>" && onHashArrow(I))
    return;
  note(I);
  if (!Dialect.LambdaArrow.empty() && S == Dialect.LambdaArrow)
    onLambdaArrow(I);
}
