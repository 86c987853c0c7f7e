//===- CodeBindings.cpp - Names bound to values: `x = v`, `k: v`, #define -===//
//
// A binding is recorded when its operator is seen (the target is read
// backwards from there, a bounded walk) and finished when the element holding
// it ends: that is when the extent of the value is known.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

/// `$x` -> `x`, `@x` / `@@x` -> `x`; the name a rule would spell.
static StringRef stripSigil(StringRef S) { return S.ltrim("$@"); }

/// PHP keeps `$` out of paths; Ruby ivars keep `@` so `@x` and `x` differ.
static StringRef pathSegment(StringRef S) { return S.ltrim("$"); }

StringRef Pass::keyName(uint32_t I, std::string &Storage) const {
  if (CodeToks[I].is(TokenKind::String)) {
    Storage = decodeString(Lang, Buf, CodeToks[I]);
    return Storage;
  }
  StringRef S = text(I);
  if (S.starts_with(":") && S.size() > 1) {
    S = S.drop_front();
    if (S.size() >= 2 && (S.front() == '"' || S.front() == '\''))
      S = S.drop_front().drop_back();
  }
  return stripSigil(S);
}

int32_t Pass::addBinding(BindKind K, StringRef Name, StringRef Path,
                         Span NameRange, uint32_t ValStart) {
  Frame &Fr = top();
  BindingFact B;
  B.Bind = K;
  B.Name = Name.str();
  B.Path = Fr.PathPrefix.empty() || K != BindKind::ObjectKey
               ? Path.str()
               : Fr.PathPrefix + "." + Path.str();
  B.NameRange = NameRange;
  B.ValueRange = Span{NameRange.End, NameRange.End};
  B.Scope = Fr.EffScope;
  if (Fr.CallFrame >= 0) {
    const Frame &CF = Stack[Fr.CallFrame];
    B.Call = CF.Call;
    B.ArgIndex = int32_t(CF.ArgIndex);
  }
  Result.Bindings.push_back(std::move(B));
  int32_t Idx = int32_t(Result.Bindings.size() - 1);
  Fr.Bindings.push_back(OpenBinding{Idx, ValStart});
  return Idx;
}

void Pass::finishBinding(const OpenBinding &OB, int64_t ValEnd) {
  BindingFact &B = Result.Bindings[OB.Fact];
  if (ValEnd < int64_t(OB.ValStart) || OB.ValStart >= CodeToks.size())
    return;
  B.ValueRange = Span{CodeToks[OB.ValStart].Begin, CodeToks[ValEnd].End};
  B.ValueText = collapse(Buf.slice(B.ValueRange.Begin, B.ValueRange.End));
  int32_t S = wholeString(OB.ValStart, ValEnd);
  if (S < 0) {
    addLiteralFact(B, OB.ValStart, ValEnd);
    return;
  }
  B.String = S;
  StringFact &SF = Result.Strings[S];
  if (SF.Bind == BindKind::None) {
    SF.Name = B.Name;
    SF.Path = B.Path;
    SF.Bind = B.Bind;
  }
}

bool Pass::isAssignOp(uint32_t I) const {
  StringRef Op = text(I);
  if (Op != "=" && Op != ":=" && Op != "||=" && Op != "?\?=" && Op != "&&=")
    return false;
  // A lexer that splits `==` / `=>` still must not make them bindings.
  auto Glued = [&](int64_t J, StringRef Set) {
    return J >= 0 && size_t(J) < CodeToks.size() &&
           CodeToks[J].is(TokenKind::Punct) &&
           (J < int64_t(I) ? CodeToks[J].End == CodeToks[I].Begin
                           : CodeToks[I].End == CodeToks[J].Begin) &&
           Set.contains(text(J).back());
  };
  return Op != "=" ||
         !(Glued(int64_t(I) + 1, "=>~") || Glued(int64_t(I) - 1, "=!<>"));
}

int64_t Pass::annotatedName(const Frame &Fr, uint32_t I, int64_t Lo) const {
  int64_t Floor =
      std::max<int64_t>(Fr.StmtStart >= 0 ? Fr.StmtStart : Lo, int64_t(I) - 32);
  for (int64_t J = int64_t(I) - 1; J >= Floor; --J) {
    if ((isPunct(J, ")") || isPunct(J, "]") || isPunct(J, "}")) &&
        Match[J] >= Floor) {
      J = Match[J];
      continue;
    }
    if (isPunct(J, ":")) {
      // Only a declared name: `if x: y = 1` is no annotation of x.
      int64_t N = J - 1;
      bool Head = N == Fr.StmtStart || N == Fr.ElemStart ||
                  Fr.Holds == Role::Params ||
                  (isIdent(N - 1) && isDeclKeyword(text(N - 1)));
      return isIdent(N) && N >= Floor && Head ? N : -1;
    }
    if (!CodeToks[J].is(TokenKind::Identifier) &&
        !CodeToks[J].is(TokenKind::Punct))
      return -1;
    if (isPunct(J, "=") || isPunct(J, "("))
      return -1;
  }
  return -1;
}

bool Pass::assignTarget(const Frame &Fr, int64_t NameEnd, int64_t Lo,
                        AssignTarget &Out) const {
  int64_t J = NameEnd;
  for (int Steps = 0; J >= Lo && Steps < 24; ++Steps) {
    if (isIdent(J)) {
      if (isKeywordAt(J) && text(J) != "self" && text(J) != "this")
        break;
      Out.Segs.push_back(text(J).str());
      if (Out.NameTok < 0)
        Out.NameTok = J;
      Out.Start = J--;
      if (J >= Lo && isMemberSep(J)) {
        --J;
        continue;
      }
      break;
    }
    // C# `public string P { get; set; } = v`: the accessors are no name.
    if (isPunct(J, "}") && Fr.Holds == Role::ClassBody && Match[J] > Lo &&
        isIdent(Match[J] - 1) && Out.Segs.empty()) {
      J = Match[J] - 1;
      continue;
    }
    if (!isPunct(J, "]"))
      break;
    if (J - 1 >= Lo && isPunct(J - 1, "[")) {
      J -= 2; // name[] : C array declarator, PHP append
      continue;
    }
    if (J - 2 >= Lo && CodeToks[J - 1].is(TokenKind::String) &&
        isPunct(J - 2, "[")) {
      Out.Segs.push_back(decodeString(Lang, Buf, CodeToks[J - 1]));
      if (Out.NameTok < 0)
        Out.NameTok = J - 1;
      J -= 3;
      continue;
    }
    if (Match[J] >= Lo) {
      J = Match[J] - 1; // other subscripts are not part of the name
      continue;
    }
    break;
  }
  return !Out.Segs.empty() && Out.Start >= 0 && isIdent(Out.Start);
}

bool Pass::declaresAt(const Frame &Fr, StringRef Op, const AssignTarget &Tgt,
                      bool Annotated, int64_t Lo) const {
  int64_t Start = Tgt.Start;
  if (Op == ":=" || Fr.StmtDecl || Fr.DeclBlock || Annotated)
    return true;
  int64_t From =
      std::max<int64_t>(Fr.StmtStart >= 0 ? Fr.StmtStart : Lo, Start - 8);
  for (int64_t D = From; D < Start; ++D)
    if (isIdent(D) && isDeclKeyword(text(D)))
      return true;
  if (Dialect.TypedDecls && Start - 1 >= Lo) {
    int64_t P = Start - 1;
    StringRef PS = text(P);
    if ((isIdent(P) && !isKeywordAt(P)) ||
        ((PS == "*" || PS == "&" || PS == "**") && isIdent(P - 1)) ||
        PS == ">" || PS == "?" || (PS == "]" && isPunct(P - 1, "[")))
      return true;
  }
  return Dialect.PlainAssignDeclares && Tgt.Segs.size() == 1 &&
         !StringRef(Tgt.Segs.front()).starts_with("@");
}

BindKind Pass::assignKind(Frame &Fr, StringRef Op, const AssignTarget &Tgt,
                          bool Annotated, int64_t Lo) {
  bool Simple = Tgt.Segs.size() == 1;
  switch (Fr.Holds) {
  case Role::Params:
    return BindKind::Variable;
  case Role::Object:
    return BindKind::ObjectKey;
  case Role::Args:
    return Dialect.KeywordEquals && Simple && Tgt.Start == Fr.ElemStart
               ? BindKind::Keyword
               : BindKind::Assignment;
  case Role::Group:
  case Role::Array:
    return Op == ":=" ? BindKind::Variable : BindKind::Assignment;
  case Role::Code:
  case Role::ClassBody:
    break;
  }
  bool Decl = declaresAt(Fr, Op, Tgt, Annotated, Lo);
  if (Decl)
    Fr.StmtDecl = true;
  if (Fr.Holds == Role::ClassBody && Simple)
    return BindKind::Field;
  return Decl ? BindKind::Variable : BindKind::Assignment;
}

bool Pass::onAssign(uint32_t I) {
  if (!isAssignOp(I))
    return false;
  Frame &Fr = top();
  if (Fr.ElemStart < 0 || Fr.ElemStart >= int64_t(I))
    return false;
  int64_t Lo = Fr.ElemStart;

  // Annotated target: `name: Type = v` (the walk would find the type).
  int64_t NameEnd = int64_t(I) - 1;
  int64_t Annot = Dialect.Annotations ? annotatedName(Fr, I, Lo) : -1;
  bool Annotated = Annot >= 0;
  if (Annotated) {
    NameEnd = Annot;
    Lo = std::min(Lo, NameEnd);
  }

  // The target chain: a.b.c, $this->x, self.x, cfg['k'], name[].
  AssignTarget Tgt;
  if (!assignTarget(Fr, NameEnd, Lo, Tgt))
    return false;

  // Go: `var name Type = v`.
  if (Dialect.TypeAfterName && !Annotated && isIdent(Tgt.Start - 1) &&
      Tgt.Start - 1 >= Lo &&
      (text(Tgt.Start - 2) == "var" || text(Tgt.Start - 2) == "const")) {
    Tgt.Segs.assign(1, text(Tgt.Start - 1).str());
    Tgt.NameTok = Tgt.Start = Tgt.Start - 1;
  }

  std::string Path;
  for (auto It = Tgt.Segs.rbegin(); It != Tgt.Segs.rend(); ++It) {
    if (!Path.empty())
      Path += '.';
    Path += pathSegment(*It).str();
  }
  StringRef Name = stripSigil(Tgt.Segs.front());
  BindKind K = assignKind(Fr, text(I), Tgt, Annotated, Lo);

  note(I);
  Fr.Pending.Active = false; // struct x y = {...}: the brace is a value
  Span NameRange{CodeToks[Tgt.NameTok].Begin, CodeToks[Tgt.NameTok].End};
  int32_t Last = addBinding(K, Name, Path, NameRange, I + 1);
  if (Dialect.TupleAssign && K != BindKind::Keyword &&
      tupleTargets(Tgt.Start, K, I + 1) > 0 && Dialect.StatusLast &&
      statusName(Name))
    dropValue(Last);
  Frame &Cur = top();
  if (K == BindKind::Keyword) {
    Cur.Keyword = Name.str();
    Cur.KwValStart = I + 1;
  }
  return true;
}

/// Go's last target of several, named as an error or a comma-ok flag
/// (`err`, `parseErr`, `ok`): it holds the call's status, not its value.
bool Pass::statusName(StringRef Name) {
  std::string Lower = Name.lower();
  return Lower == "ok" || Lower == "err" || Lower == "error" ||
         Name.ends_with("Err") || Name.ends_with("Error") ||
         Lower.ends_with("_err") || Lower.ends_with("_error");
}

/// The binding keeps no value: `err` in `key, err := f()` is a value of its
/// own, not f's result.
void Pass::dropValue(int32_t Fact) {
  auto &Open = top().Bindings;
  llvm::erase_if(Open, [&](const OpenBinding &B) { return B.Fact == Fact; });
}

/// `a, b := f()`, `var a, b = f()`, `a, self.b = f()`: the names before the
/// last target are bound to the same value (which element is which is not
/// tracked: each may be any of the results). Returns how many it bound.
unsigned Pass::tupleTargets(int64_t FirstTok, BindKind K, uint32_t ValStart) {
  Frame &Fr = top();
  if (Fr.StmtStart < 0 || !isStatementFrame(Fr))
    return 0;
  int64_t J = FirstTok - 1;
  unsigned Bound = 0;
  for (int N = 0; N < 16 && J > Fr.StmtStart && isPunct(J, ","); ++N) {
    AssignTarget More;
    if (!assignTarget(Fr, J - 1, Fr.StmtStart, More))
      return Bound;
    std::string Path;
    for (auto It = More.Segs.rbegin(); It != More.Segs.rend(); ++It)
      Path += (Path.empty() ? "" : ".") + pathSegment(*It).str();
    Span NameRange{CodeToks[More.NameTok].Begin, CodeToks[More.NameTok].End};
    addBinding(K, stripSigil(More.Segs.front()), Path, NameRange, ValStart);
    ++Bound;
    J = More.Start - 1;
  }
  return Bound;
}

bool Pass::onColon(uint32_t I) {
  if (text(I) != ":")
    return false;
  Frame &Fr = top();
  if (Dialect.IndentBlocks && Fr.Pending.Active && isStatementFrame(Fr)) {
    // Python `def f(...):` / `class A:` opens an indented block.
    note(I);
    PendingScope P = Fr.Pending;
    Fr.Pending.Active = false;
    int64_t Head = P.BeginTok >= 0 ? P.BeginTok : int64_t(I);
    if (Fr.StmtStart >= 0 && Fr.StmtStart < Head)
      Head = Fr.StmtStart; // async def
    unsigned Indent = column(uint32_t(Head));
    int32_t S = openScope(P.Kind, P.Name, CodeToks[Head].Begin);
    rescopeParams(P, Fr.EffScope, S);
    Frame &N =
        push(FrameKind::Indent,
             P.Kind == ScopeKind::Class ? Role::ClassBody : Role::Code, I);
    N.Indent = int32_t(Indent);
    N.Scope = N.EffScope = S;
    N.CallFrame = -1;
    return true;
  }
  // `key: value` -- the key is the only token of the element so far.
  if (Fr.ElemStart < 0 || Fr.ElemStart != int64_t(I) - 1 ||
      Fr.Last != int64_t(I) - 1)
    return false;
  bool InArgs = Fr.Holds == Role::Args && Fr.Kind != FrameKind::Message &&
                !Dialect.IndentBlocks;
  bool InObj = Fr.Holds == Role::Object ||
               (Fr.Holds == Role::Array && Dialect.BracketDicts);
  if (!InArgs && !InObj)
    return false;
  uint32_t K = I - 1;
  bool KeyTok = CodeToks[K].is(TokenKind::String) ||
                (CodeToks[K].is(TokenKind::Identifier) && !isKeywordAt(K)) ||
                (InObj && CodeToks[K].is(TokenKind::Number));
  if (!KeyTok || CodeToks[K].has(tokflags::Interpolated))
    return false;
  std::string Storage;
  StringRef Name = keyName(K, Storage);
  note(I);
  BindKind BK = InArgs ? BindKind::Keyword : BindKind::ObjectKey;
  addBinding(BK, Name, Name, Span{CodeToks[K].Begin, CodeToks[K].End}, I + 1);
  if (InArgs) {
    Frame &Cur = top();
    Cur.Keyword = Name.str();
    Cur.KwValStart = I + 1;
  }
  return true;
}

/// Whether T[ElemStart..K] is a class-constant key (`A::B`, `\NS\A::B`,
/// `self::B`); Path gets its segments joined with dots.
bool Pass::constantKey(uint32_t K, int64_t ElemStart, std::string &Path) const {
  llvm::SmallVector<StringRef, 4> Segs; // last segment first
  for (int64_t J = K;; J -= 2) {
    if (!isIdent(J) || Segs.size() == 8)
      return false;
    Segs.push_back(stripSigil(text(J)));
    if (J == ElemStart || (J - 1 == ElemStart && isMemberSep(J - 1)))
      break; // a leading `\` (fully qualified name) is part of the key
    if (!isMemberSep(J - 1))
      return false;
  }
  Path.clear();
  for (auto It = Segs.rbegin(); It != Segs.rend(); ++It)
    Path += (Path.empty() ? "" : ".") + It->str();
  return true;
}

bool Pass::onHashArrow(uint32_t I) {
  Frame &Fr = top();
  if (Fr.ElemStart < 0 || Fr.ElemStart >= int64_t(I) ||
      Fr.Last != int64_t(I) - 1)
    return false;
  if (Fr.Holds != Role::Object && Fr.Holds != Role::Array &&
      Fr.Holds != Role::Args)
    return false;
  uint32_t K = I - 1;
  if (!CodeToks[K].is(TokenKind::String) &&
      !CodeToks[K].is(TokenKind::Identifier) &&
      !CodeToks[K].is(TokenKind::Number))
    return false;
  std::string Storage, Path;
  StringRef Name;
  if (Fr.ElemStart == int64_t(K)) {
    Name = keyName(K, Storage);
    Path = Name.str();
  } else {
    // `RequestOptions::VERIFY => false`: named by the constant's last segment.
    if (!constantKey(K, Fr.ElemStart, Path))
      return false;
    Name = stripSigil(text(K));
  }
  note(I);
  // Ruby `f(:k => v)` is a keyword argument; PHP `array('k' => v)` a map.
  bool Kw = Fr.Holds == Role::Args && Dialect.RubyBlocks;
  addBinding(Kw ? BindKind::Keyword : BindKind::ObjectKey, Name, Path,
             Span{CodeToks[K].Begin, CodeToks[K].End}, I + 1);
  if (Kw) {
    Frame &Cur = top();
    Cur.Keyword = Name.str();
    Cur.KwValStart = I + 1;
  }
  return true;
}

void Pass::onLambdaArrow(uint32_t I) {
  if (!isPunct(I + 1, "{"))
    return; // expression body: no scope of its own
  Frame &Fr = top();
  int64_t B = int64_t(I) - 1;
  int64_t Params = -1;
  if (isPunct(B, ")") && Match[B] >= 0)
    Params = B = Match[B];
  if (isIdent(B - 1) && text(B - 1) == "async")
    --B;
  if (B < 0)
    B = I;
  Fr.Pending = PendingScope{true, ScopeKind::Function, "", B, Params};
}

/// `#define NAME value`: a Define binding, and the value's literals.
void Pass::onDirective(const Token &Tk) {
  StringRef S = Tk.text(Buf);
  size_t P = S.find_first_not_of(" \t", 1);
  if (P == StringRef::npos || !S.substr(P).starts_with("define"))
    return;
  P += 6;
  size_t NB = S.find_first_not_of(" \t\\\r\n", P);
  if (NB == StringRef::npos || NB == P)
    return;
  size_t NE = NB;
  while (NE < S.size() &&
         (isalnum(static_cast<unsigned char>(S[NE])) || S[NE] == '_'))
    ++NE;
  if (NE == NB)
    return;
  StringRef Name = S.slice(NB, NE);
  size_t V = NE;
  if (V < S.size() && S[V] == '(') { // function-like macro
    size_t Close = S.find(')', V);
    V = Close == StringRef::npos ? S.size() : Close + 1;
  }
  uint32_t Base = Tk.Begin;
  BindingFact B;
  B.Bind = BindKind::Define;
  B.Name = Name.str();
  B.Path = Name.str();
  B.NameRange = Span{uint32_t(Base + NB), uint32_t(Base + NE)};
  B.Scope = top().EffScope;

  std::vector<Token> Code = defineTokens(Tk, S.substr(V), uint32_t(V));
  B.ValueRange = Span{B.NameRange.End, B.NameRange.End};
  if (!Code.empty()) {
    B.ValueRange = Span{Code.front().Begin, Code.back().End};
    std::string Text;
    for (StringRef Rest = Buf.slice(B.ValueRange.Begin, B.ValueRange.End);
         !Rest.empty();) {
      auto [Line, Tail] = Rest.split('\n');
      Text += Line.rtrim("\r").rtrim("\\").str();
      Text += ' ';
      Rest = Tail;
    }
    B.ValueText = collapse(Text);
  }
  Result.Bindings.push_back(B);
  addDefineLiterals(int32_t(Result.Bindings.size() - 1), Code);
}

/// Lexes a macro's value in place, so its tokens get absolute offsets.
std::vector<Token> Pass::defineTokens(const Token &Tk, StringRef Value,
                                      uint32_t ValueOff) const {
  std::vector<Token> Sub;
  lex(Lang, Value, Sub);
  std::vector<Token> Code;
  for (Token X : Sub) {
    if (X.is(TokenKind::Comment) || X.is(TokenKind::Directive) ||
        (X.is(TokenKind::Punct) && X.text(Value) == "\\"))
      continue;
    X.Begin += Tk.Begin + ValueOff;
    X.End += Tk.Begin + ValueOff;
    Code.push_back(X);
  }
  return Code;
}

/// The literal facts of a macro's value: runs of adjacent strings, and a
/// lone number/bool/null that is the whole value.
void Pass::addDefineLiterals(int32_t BI, const std::vector<Token> &Code) {
  const BindingFact &B = Result.Bindings[BI];

  // Runs of adjacent literals are one value each (C concatenation).
  for (size_t J = 0; J < Code.size();) {
    if (!Code[J].is(TokenKind::String)) {
      ++J;
      continue;
    }
    size_t E = J;
    std::string Val = decodeString(Lang, Buf, Code[J]);
    bool Interp = Code[J].has(tokflags::Interpolated);
    while (E + 1 < Code.size() && Code[E + 1].is(TokenKind::String)) {
      ++E;
      Val += decodeString(Lang, Buf, Code[E]);
      Interp |= Code[E].has(tokflags::Interpolated);
    }
    StringFact SF;
    SF.Value = std::move(Val);
    SF.Range = Span{Code[J].Begin, Code[E].End};
    SF.Scope = B.Scope;
    SF.Interpolated = Interp;
    if (J == 0 && E + 1 == Code.size()) {
      SF.Name = B.Name;
      SF.Path = B.Path;
      SF.Bind = BindKind::Define;
      Result.Bindings[BI].String = int32_t(Result.Strings.size());
    }
    Result.Strings.push_back(std::move(SF));
    J = E + 1;
  }
  if (Code.size() == 1 || (Code.size() == 2 && Code[0].is(TokenKind::Punct) &&
                           Code[0].text(Buf) == "-")) {
    const Token &Last = Code.back();
    ValueKind K = Last.is(TokenKind::Number)       ? ValueKind::Number
                  : Last.is(TokenKind::Identifier) ? literalKind(Last.text(Buf))
                                                   : ValueKind::Other;
    if (K != ValueKind::Other) {
      StringFact SF;
      SF.Kind = K;
      SF.Value = Buf.slice(Code.front().Begin, Last.End).str();
      SF.Range = Span{Code.front().Begin, Last.End};
      SF.Name = B.Name;
      SF.Path = B.Path;
      SF.Bind = BindKind::Define;
      SF.Scope = B.Scope;
      Result.Bindings[BI].String = int32_t(Result.Strings.size());
      Result.Strings.push_back(std::move(SF));
    }
  }
}
