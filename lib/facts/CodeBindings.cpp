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
  if (T[I].is(TokenKind::String)) {
    Storage = decodeString(L, Buf, T[I]);
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
  F.Bindings.push_back(std::move(B));
  int32_t Idx = int32_t(F.Bindings.size() - 1);
  Fr.Bindings.push_back(OpenBinding{Idx, ValStart});
  return Idx;
}

void Pass::finishBinding(const OpenBinding &OB, int64_t ValEnd) {
  BindingFact &B = F.Bindings[OB.Fact];
  if (ValEnd < int64_t(OB.ValStart) || OB.ValStart >= T.size())
    return;
  B.ValueRange = Span{T[OB.ValStart].Begin, T[ValEnd].End};
  B.ValueText = collapse(Buf.slice(B.ValueRange.Begin, B.ValueRange.End));
  int32_t S = wholeString(OB.ValStart, ValEnd);
  if (S < 0) {
    addLiteralFact(B, OB.ValStart, ValEnd);
    return;
  }
  B.String = S;
  StringFact &SF = F.Strings[S];
  if (SF.Bind == BindKind::None) {
    SF.Name = B.Name;
    SF.Path = B.Path;
    SF.Bind = B.Bind;
  }
}

bool Pass::onAssign(uint32_t I) {
  StringRef Op = text(I);
  if (Op != "=" && Op != ":=" && Op != "||=" && Op != "?\?=" && Op != "&&=")
    return false;
  // A lexer that splits `==` / `=>` still must not make them bindings.
  auto Glued = [&](int64_t J, StringRef Set) {
    return J >= 0 && size_t(J) < T.size() && T[J].is(TokenKind::Punct) &&
           (J < int64_t(I) ? T[J].End == T[I].Begin : T[I].End == T[J].Begin) &&
           Set.contains(text(J).back());
  };
  if (Op == "=" &&
      (Glued(int64_t(I) + 1, "=>~") || Glued(int64_t(I) - 1, "=!<>")))
    return false;
  Frame &Fr = top();
  if (Fr.ElemStart < 0 || Fr.ElemStart >= int64_t(I))
    return false;
  int64_t Lo = Fr.ElemStart;

  // Annotated target: `name: Type = v` (the walk would find the type).
  int64_t NameEnd = int64_t(I) - 1;
  bool Annotated = false;
  if (Tr.Annotations) {
    int64_t Floor = std::max<int64_t>(Fr.StmtStart >= 0 ? Fr.StmtStart : Lo,
                                      int64_t(I) - 32);
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
                    Fr.R == Role::Params ||
                    (isIdent(N - 1) && isDeclKeyword(text(N - 1)));
        if (isIdent(N) && N >= Floor && Head) {
          NameEnd = J - 1;
          Annotated = true;
          Lo = std::min(Lo, NameEnd);
        }
        break;
      }
      if (!T[J].is(TokenKind::Identifier) && !T[J].is(TokenKind::Punct))
        break;
      if (isPunct(J, "=") || isPunct(J, "("))
        break;
    }
  }

  // The target chain: a.b.c, $this->x, self.x, cfg['k'], name[].
  llvm::SmallVector<std::string, 4> Segs; // last segment first
  int64_t Start = -1, NameTok = -1;
  int64_t J = NameEnd;
  for (int Steps = 0; J >= Lo && Steps < 24; ++Steps) {
    if (isIdent(J)) {
      if (isKeywordAt(J) && text(J) != "self" && text(J) != "this")
        break;
      Segs.push_back(text(J).str());
      if (NameTok < 0)
        NameTok = J;
      Start = J--;
      if (J >= Lo && isMemberSep(J)) {
        --J;
        continue;
      }
      break;
    }
    // C# `public string P { get; set; } = v`: the accessors are no name.
    if (isPunct(J, "}") && Fr.R == Role::ClassBody && Match[J] > Lo &&
        isIdent(Match[J] - 1) && Segs.empty()) {
      J = Match[J] - 1;
      continue;
    }
    if (!isPunct(J, "]"))
      break;
    if (J - 1 >= Lo && isPunct(J - 1, "[")) {
      J -= 2; // name[] : C array declarator, PHP append
      continue;
    }
    if (J - 2 >= Lo && T[J - 1].is(TokenKind::String) && isPunct(J - 2, "[")) {
      Segs.push_back(decodeString(L, Buf, T[J - 1]));
      if (NameTok < 0)
        NameTok = J - 1;
      J -= 3;
      continue;
    }
    if (Match[J] >= Lo) {
      J = Match[J] - 1; // other subscripts are not part of the name
      continue;
    }
    break;
  }
  if (Segs.empty() || Start < 0 || !isIdent(Start))
    return false;

  // Go: `var name Type = v`.
  if (Tr.TypeAfterName && !Annotated && isIdent(Start - 1) && Start - 1 >= Lo &&
      (text(Start - 2) == "var" || text(Start - 2) == "const")) {
    Segs.assign(1, text(Start - 1).str());
    NameTok = Start = Start - 1;
  }

  std::string Path;
  for (auto It = Segs.rbegin(); It != Segs.rend(); ++It) {
    if (!Path.empty())
      Path += '.';
    Path += pathSegment(*It).str();
  }
  StringRef Name = stripSigil(Segs.front());
  bool Simple = Segs.size() == 1;

  BindKind K;
  switch (Fr.R) {
  case Role::Params:
    K = BindKind::Variable;
    break;
  case Role::Object:
    K = BindKind::ObjectKey;
    break;
  case Role::Args:
    K = Tr.KeywordEquals && Simple && Start == Fr.ElemStart
            ? BindKind::Keyword
            : BindKind::Assignment;
    break;
  case Role::Group:
  case Role::Array:
    K = Op == ":=" ? BindKind::Variable : BindKind::Assignment;
    break;
  case Role::Code:
  case Role::ClassBody: {
    bool Decl = Op == ":=" || Fr.StmtDecl || Fr.DeclBlock || Annotated;
    int64_t From =
        std::max<int64_t>(Fr.StmtStart >= 0 ? Fr.StmtStart : Lo, Start - 8);
    for (int64_t D = From; !Decl && D < Start; ++D)
      Decl = isIdent(D) && isDeclKeyword(text(D));
    if (!Decl && Tr.TypedDecls && Start - 1 >= Lo) {
      int64_t P = Start - 1;
      StringRef PS = text(P);
      Decl = (isIdent(P) && !isKeywordAt(P)) ||
             ((PS == "*" || PS == "&" || PS == "**") && isIdent(P - 1)) ||
             PS == ">" || PS == "?" || (PS == "]" && isPunct(P - 1, "["));
    }
    if (!Decl && Tr.PlainAssignDeclares && Simple &&
        !StringRef(Segs.front()).starts_with("@"))
      Decl = true;
    if (Fr.R == Role::ClassBody && Simple)
      K = BindKind::Field;
    else
      K = Decl ? BindKind::Variable : BindKind::Assignment;
    if (Decl)
      Fr.StmtDecl = true;
    break;
  }
  }

  note(I);
  Fr.Pending.Active = false; // struct x y = {...}: the brace is a value
  Span NameRange{T[NameTok].Begin, T[NameTok].End};
  addBinding(K, Name, Path, NameRange, I + 1);
  Frame &Cur = top();
  if (K == BindKind::Keyword) {
    Cur.Keyword = Name.str();
    Cur.KwValStart = I + 1;
  }
  return true;
}

bool Pass::onColon(uint32_t I) {
  if (text(I) != ":")
    return false;
  Frame &Fr = top();
  if (Tr.IndentBlocks && Fr.Pending.Active && isStatementFrame(Fr)) {
    // Python `def f(...):` / `class A:` opens an indented block.
    note(I);
    PendingScope P = Fr.Pending;
    Fr.Pending.Active = false;
    int64_t Head = P.BeginTok >= 0 ? P.BeginTok : int64_t(I);
    if (Fr.StmtStart >= 0 && Fr.StmtStart < Head)
      Head = Fr.StmtStart; // async def
    unsigned Indent = column(uint32_t(Head));
    int32_t S = openScope(P.Kind, P.Name, T[Head].Begin);
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
  bool InArgs =
      Fr.R == Role::Args && Fr.Kind != FrameKind::Message && !Tr.IndentBlocks;
  bool InObj = Fr.R == Role::Object || (Fr.R == Role::Array && Tr.BracketDicts);
  if (!InArgs && !InObj)
    return false;
  uint32_t K = I - 1;
  bool KeyTok = T[K].is(TokenKind::String) ||
                (T[K].is(TokenKind::Identifier) && !isKeywordAt(K)) ||
                (InObj && T[K].is(TokenKind::Number));
  if (!KeyTok || T[K].has(tokflags::Interpolated))
    return false;
  std::string Storage;
  StringRef Name = keyName(K, Storage);
  note(I);
  BindKind BK = InArgs ? BindKind::Keyword : BindKind::ObjectKey;
  addBinding(BK, Name, Name, Span{T[K].Begin, T[K].End}, I + 1);
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
  if (Fr.R != Role::Object && Fr.R != Role::Array && Fr.R != Role::Args)
    return false;
  uint32_t K = I - 1;
  if (!T[K].is(TokenKind::String) && !T[K].is(TokenKind::Identifier) &&
      !T[K].is(TokenKind::Number))
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
  bool Kw = Fr.R == Role::Args && Tr.RubyBlocks;
  addBinding(Kw ? BindKind::Keyword : BindKind::ObjectKey, Name, Path,
             Span{T[K].Begin, T[K].End}, I + 1);
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
  if (isPunct(B, ")") && Match[B] >= 0)
    B = Match[B];
  if (isIdent(B - 1) && text(B - 1) == "async")
    --B;
  if (B < 0)
    B = I;
  Fr.Pending = PendingScope{true, ScopeKind::Function, "", B};
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

  // Lex the value in place so literals get absolute offsets.
  StringRef Value = S.substr(V);
  std::vector<Token> Sub;
  lex(L, Value, Sub);
  std::vector<Token> Code;
  for (Token X : Sub) {
    if (X.is(TokenKind::Comment) || X.is(TokenKind::Directive) ||
        (X.is(TokenKind::Punct) && X.text(Value) == "\\"))
      continue;
    X.Begin += Base + uint32_t(V);
    X.End += Base + uint32_t(V);
    Code.push_back(X);
  }
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
  F.Bindings.push_back(B);
  int32_t BI = int32_t(F.Bindings.size() - 1);

  // Runs of adjacent literals are one value each (C concatenation).
  for (size_t J = 0; J < Code.size();) {
    if (!Code[J].is(TokenKind::String)) {
      ++J;
      continue;
    }
    size_t E = J;
    std::string Val = decodeString(L, Buf, Code[J]);
    bool Interp = Code[J].has(tokflags::Interpolated);
    while (E + 1 < Code.size() && Code[E + 1].is(TokenKind::String)) {
      ++E;
      Val += decodeString(L, Buf, Code[E]);
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
      F.Bindings[BI].String = int32_t(F.Strings.size());
    }
    F.Strings.push_back(std::move(SF));
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
      F.Bindings[BI].String = int32_t(F.Strings.size());
      F.Strings.push_back(std::move(SF));
    }
  }
}
