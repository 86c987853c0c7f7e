//===- YAMLDecode.cpp - Values of YAML scalars ----------------------------===//
//
// Plain and quoted scalars fold their line breaks (double-quoted ones also
// resolve escapes); block scalars (| and >) strip the indentation recorded in
// the token's Depth and apply their chomping indicator.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/SmallVector.h"

using namespace rtclint;
using namespace rtclint::lexers;
using llvm::StringRef;

namespace {

bool isWS(char C) { return C == ' ' || C == '\t' || C == '\r'; }

/// Appends the YAML escape at S[I] (just past the backslash); returns the
/// number of bytes consumed.
size_t appendEscape(StringRef S, size_t I, std::string &R) {
  char C = S[I];
  uint32_t V;
  switch (C) {
  case '0':
    R += '\0';
    return 1;
  case 'a':
    R += '\a';
    return 1;
  case 'b':
    R += '\b';
    return 1;
  case 't':
  case '\t':
    R += '\t';
    return 1;
  case 'n':
    R += '\n';
    return 1;
  case 'v':
    R += '\v';
    return 1;
  case 'f':
    R += '\f';
    return 1;
  case 'r':
    R += '\r';
    return 1;
  case 'e':
    R += '\x1b';
    return 1;
  case 'N':
    appendUTF8(R, 0x85);
    return 1;
  case '_':
    appendUTF8(R, 0xA0);
    return 1;
  case 'L':
    appendUTF8(R, 0x2028);
    return 1;
  case 'P':
    appendUTF8(R, 0x2029);
    return 1;
  case 'x':
    if (readHex(S, I + 1, 2, V) == 2) {
      appendUTF8(R, V);
      return 3;
    }
    break;
  case 'u': {
    size_t H = I + 1;
    if (decodeUnicodeEscape(S, H, 4, R))
      return H - I;
    break;
  }
  case 'U':
    if (readHex(S, I + 1, 8, V) == 8) {
      appendUTF8(R, V);
      return 9;
    }
    break;
  default:
    break;
  }
  R += C; // \" \\ \/ \<space> and unknown escapes
  return 1;
}

/// Flow-scalar line folding shared by plain and quoted scalars: a single
/// line break becomes a space, N breaks become N-1 newlines, and blanks
/// around breaks are dropped. Kind: 0 plain, '\'' or '"'.
std::string foldFlowScalar(StringRef S, char Kind) {
  std::string R;
  size_t I = 0;
  while (I < S.size()) {
    char C = S[I];
    if (C == '\n' || (C == '\r' && I + 1 < S.size() && S[I + 1] == '\n')) {
      while (!R.empty() && (R.back() == ' ' || R.back() == '\t'))
        R.pop_back();
      unsigned Breaks = 0;
      while (I < S.size() && (S[I] == '\n' || isWS(S[I]))) {
        Breaks += S[I] == '\n';
        ++I;
      }
      if (Breaks == 1)
        R += ' ';
      else
        R.append(Breaks - 1, '\n');
      continue;
    }
    if (Kind == '\'' && C == '\'' && I + 1 < S.size() && S[I + 1] == '\'') {
      R += '\'';
      I += 2;
      continue;
    }
    if (Kind == '"' && C == '\\' && I + 1 < S.size()) {
      if (S[I + 1] == '\n' || S[I + 1] == '\r') {
        // Escaped line break: join without a space.
        I += 1;
        while (I < S.size() && (S[I] == '\n' || isWS(S[I])))
          ++I;
        continue;
      }
      I += 1 + appendEscape(S, I + 1, R);
      continue;
    }
    R += C;
    ++I;
  }
  return R;
}

std::string decodeBlockScalar(StringRef S, unsigned Indent) {
  bool Folded = S.front() == '>';
  char Chomp = 'c';
  for (size_t I = 1; I < S.size() && S[I] != '\n' && S[I] != ' '; ++I)
    if (S[I] == '+' || S[I] == '-')
      Chomp = S[I];
  size_t NL = S.find('\n');
  if (NL == StringRef::npos)
    return "";
  llvm::SmallVector<StringRef, 16> Lines;
  S.substr(NL + 1).split(Lines, '\n');
  std::string R;
  bool First = true, PrevMore = false;
  unsigned Empty = 0;
  for (StringRef L : Lines) {
    if (L.ends_with("\r"))
      L = L.drop_back();
    size_t Strip = 0;
    while (Strip < Indent && Strip < L.size() && L[Strip] == ' ')
      ++Strip;
    L = L.substr(Strip);
    if (L.trim(" \t").empty() && Strip < Indent) {
      ++Empty;
      continue;
    }
    if (L.empty()) {
      ++Empty;
      continue;
    }
    bool More = L.front() == ' ' || L.front() == '\t';
    if (First) {
      R.append(Empty, '\n');
    } else if (!Folded) {
      R.append(Empty + 1, '\n');
    } else if (Empty) {
      R.append(Empty + ((More || PrevMore) ? 1 : 0), '\n');
    } else {
      R += (More || PrevMore) ? '\n' : ' ';
    }
    R += L;
    First = false;
    PrevMore = More;
    Empty = 0;
  }
  if (First) // no content at all
    return Chomp == '+' ? std::string(Empty, '\n') : "";
  if (Chomp == '-')
    return R;
  R += '\n';
  if (Chomp == '+')
    R.append(Empty, '\n');
  return R;
}

} // namespace

std::string rtclint::lexers::decodeYAML(StringRef Buf, const Token &T) {
  StringRef S = T.text(Buf);
  if (T.Kind != TokenKind::String || S.empty())
    return S.str();
  char Q = S.front();
  if (Q == '|' || Q == '>')
    return T.has(tokflags::Multiline) ? decodeBlockScalar(S, T.Depth) : S.str();
  if (Q == '"' || Q == '\'') {
    S = S.drop_front();
    if (!S.empty() && S.back() == Q && !T.has(tokflags::Unterminated))
      S = S.drop_back();
    return foldFlowScalar(S, Q);
  }
  return foldFlowScalar(S, 0);
}
