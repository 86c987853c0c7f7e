//===- CLikeDecode.cpp - Values of C-like string literals -----------------===//
#include "lex/CLike.h"
#include "lex/Families.h"
#include "lex/LexUtil.h"

using namespace rtclint;
using namespace rtclint::lexers;

static EscapeStyle escapeStyle(const Dialect &D) {
  EscapeStyle St;
  switch (D.L) {
  case Language::JavaScript:
  case Language::TypeScript:
    St.BraceUnicode = true;
    break;
  case Language::Swift:
    St.Octal = false;
    St.BraceUnicode = true;
    break;
  case Language::CSharp:
    St.Octal = false;
    St.VarHex = true;
    break;
  case Language::Kotlin:
  case Language::HCL:
    St.Octal = false;
    break;
  default:
    break;
  }
  return St;
}

static void splitLines(llvm::StringRef S,
                       llvm::SmallVectorImpl<llvm::StringRef> &Lines) {
  S.split(Lines, '\n', -1, true);
}

static size_t leadingBlanks(llvm::StringRef Line) {
  size_t I = 0;
  while (I < Line.size() && (Line[I] == ' ' || Line[I] == '\t'))
    ++I;
  return I;
}

static std::string joinDedented(llvm::ArrayRef<llvm::StringRef> Lines,
                                size_t Indent, bool TrimRight) {
  std::string Out;
  for (size_t I = 0; I < Lines.size(); ++I) {
    if (I)
      Out += '\n';
    llvm::StringRef L = Lines[I];
    L = L.drop_front(std::min(Indent, leadingBlanks(L)));
    if (TrimRight)
      L = L.rtrim(" \t\r");
    Out += L;
  }
  return Out;
}

/// Java text block: the opening line is dropped, incidental indentation
/// (smallest over non-blank lines and the closing line) and trailing blanks
/// are removed.
static std::string javaTextBlock(llvm::StringRef Body) {
  size_t NL = Body.find('\n');
  Body = NL == llvm::StringRef::npos ? "" : Body.drop_front(NL + 1);
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  splitLines(Body, Lines);
  size_t Indent = ~size_t(0);
  for (size_t I = 0; I < Lines.size(); ++I) {
    bool Last = I + 1 == Lines.size();
    if (Lines[I].trim().empty() && !Last)
      continue;
    Indent = std::min(Indent, leadingBlanks(Lines[I]));
  }
  if (Indent == ~size_t(0))
    Indent = 0;
  return joinDedented(Lines, Indent, true);
}

/// Swift multi-line and C# raw strings: the indentation of the closing
/// delimiter's line is removed, with the first and last line breaks.
static std::string closingIndentDedent(llvm::StringRef Body) {
  size_t NL = Body.find('\n');
  if (NL == llvm::StringRef::npos)
    return Body.str();
  Body = Body.drop_front(NL + 1);
  size_t LastNL = Body.rfind('\n');
  llvm::StringRef Closing =
      LastNL == llvm::StringRef::npos ? Body : Body.drop_front(LastNL + 1);
  if (!Closing.trim().empty())
    return Body.str();
  Body = LastNL == llvm::StringRef::npos ? "" : Body.take_front(LastNL);
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  splitLines(Body, Lines);
  return joinDedented(Lines, Closing.size(), false);
}

static std::string hclHeredoc(llvm::StringRef S, const Token &T) {
  size_t NL = S.find('\n');
  if (NL == llvm::StringRef::npos)
    return "";
  bool Indented = S.size() > 2 && S[2] == '-';
  llvm::StringRef Body = S.drop_front(NL + 1);
  if (!T.has(tokflags::Unterminated)) {
    size_t LastNL = Body.rfind('\n');
    Body = LastNL == llvm::StringRef::npos ? "" : Body.take_front(LastNL + 1);
  }
  if (!Indented)
    return Body.str();
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  splitLines(Body, Lines);
  size_t Indent = ~size_t(0);
  for (llvm::StringRef L : Lines)
    if (!L.trim().empty())
      Indent = std::min(Indent, leadingBlanks(L));
  return joinDedented(Lines, Indent == ~size_t(0) ? 0 : Indent, false);
}

/// Escapes and substitutions of a literal body; substitutions are copied
/// verbatim.
static std::string decodeBody(const Dialect &D, const StrForm &F,
                              llvm::StringRef Body) {
  EscapeStyle St = escapeStyle(D);
  std::string Out;
  Out.reserve(Body.size());
  size_t N = Body.size();
  auto At = [&](size_t I) { return I < N ? Body[I] : '\0'; };
  for (size_t I = 0; I < N;) {
    char C = Body[I];
    if (F.Verbatim && C == F.Quote && At(I + 1) == F.Quote) {
      Out += C;
      I += 2;
      continue;
    }
    if (C == '\\' && F.Escapes) {
      size_t H = 0;
      while (H < F.Hashes && At(I + 1 + H) == '#')
        ++H;
      if (H != F.Hashes) {
        Out += C;
        ++I;
        continue;
      }
      size_t E = I + 1 + H;
      if (F.I == Interp::Paren && At(E) == '(') {
        size_t End = skipCode(D, Body, E + 1, N, ')', 0);
        Out += Body.slice(I, End);
        I = End;
        continue;
      }
      if (D.L == Language::Java && At(E) == 's') {
        Out += ' ';
        I = E + 1;
        continue;
      }
      size_t J = I + H; // decodeEscape reads the character after J
      decodeEscape(Body, J, Out, St);
      I = J;
      continue;
    }
    char N1 = At(I + 1);
    bool DollarForm = F.I == Interp::DollarBrace || F.I == Interp::Dollar ||
                      F.I == Interp::HCL;
    if (DollarForm && (C == '$' || (C == '%' && F.I == Interp::HCL))) {
      if (F.I == Interp::HCL && N1 == C && At(I + 2) == '{') {
        Out += C;
        Out += '{';
        I += 3;
        continue;
      }
      if (C == '$' && F.I == Interp::Dollar && N1 == '$' &&
          D.L == Language::Scala) {
        Out += '$';
        I += 2;
        continue;
      }
      if (N1 == '{') {
        size_t End = skipCode(D, Body, I + 2, N, '}', 0);
        Out += Body.slice(I, End);
        I = End;
        continue;
      }
    }
    if (F.I == Interp::Brace && (C == '{' || C == '}')) {
      size_t K = 0;
      while (At(I + K) == C)
        ++K;
      bool Raw = F.Flags & tokflags::Raw && F.Quotes >= 3;
      if (!Raw && F.Dollars <= 1) {
        if (K >= 2) {
          Out += C;
          I += 2;
          continue;
        }
        if (C == '{') {
          size_t End = skipCode(D, Body, I + 1, N, '}', 0);
          Out += Body.slice(I, End);
          I = End;
          continue;
        }
      } else if (C == '{' && K >= F.Dollars) {
        size_t End = skipCode(D, Body, I + K, N, '}', 0);
        size_t Extra = 0;
        while (Extra + 1 < F.Dollars && At(End + Extra) == '}')
          ++Extra;
        // Braces beyond the opening run are literal text.
        Out.append(K - F.Dollars, '{');
        Out += Body.slice(I + K - F.Dollars, End + Extra);
        I = End + Extra;
        continue;
      }
      Out.append(K, C);
      I += K;
      continue;
    }
    Out += C;
    ++I;
  }
  return Out;
}

std::string lexers::decodeCLike(Language L, llvm::StringRef Buf,
                                const Token &T) {
  llvm::StringRef S = T.text(Buf);
  if (!T.is(TokenKind::String))
    return S.str();
  if (S.starts_with("<") && !S.starts_with("<<")) // #include <a/b.h>
    return S.drop_front().drop_back(S.ends_with(">") ? 1 : 0).str();
  Dialect D = dialectOf(L);
  StrForm F;
  if (!detectString(D, S, 0, S.size(), F))
    return S.str();
  bool Closed = !T.has(tokflags::Unterminated);

  if (F.K == StrForm::Heredoc)
    return hclHeredoc(S, T);
  if (F.K == StrForm::CppRaw) {
    llvm::StringRef R = S.drop_front(F.Prefix + 1);
    size_t Open = R.find('(');
    if (Open == llvm::StringRef::npos)
      return "";
    llvm::StringRef Delim = R.take_front(Open);
    R = R.drop_front(Open + 1);
    if (Closed)
      R = R.drop_back(std::min(R.size(), Delim.size() + 2));
    return R.str();
  }

  size_t Open = F.Prefix + F.Hashes + F.Quotes;
  size_t Close = Closed ? F.Quotes + F.Hashes : 0;
  if (Open + Close > S.size())
    return "";
  llvm::StringRef Body = S.slice(Open, S.size() - Close);
  if (!Closed)
    Body = Body.rtrim("\r");
  if (F.Quotes >= 3 && Closed) {
    std::string Pre;
    if (L == Language::Java)
      Pre = javaTextBlock(Body);
    else if (L == Language::Swift || L == Language::CSharp)
      Pre = closingIndentDedent(Body);
    else
      return decodeBody(D, F, Body);
    return decodeBody(D, F, Pre);
  }
  return decodeBody(D, F, Body);
}
