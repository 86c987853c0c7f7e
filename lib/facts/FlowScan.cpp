//===- FlowScan.cpp - Expressions as chains and literals; vocabularies ----===//
//
// The flow questions work on the source text of one expression (a value
// range the structural pass recorded). A small scanner that knows every
// language's string quotes, identifier sigils and member separators is
// enough: what matters is which names occur, not the exact grammar.
//
//===----------------------------------------------------------------------===//
#include "facts/Flow.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

bool identStart(char C) {
  return llvm::isAlpha(C) || C == '_' || C == '$' || C == '@';
}
bool identChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; }

/// Length of a member separator at Pos (. ?. -> :: !.), or 0.
size_t memberSep(StringRef S, size_t Pos) {
  StringRef R = S.substr(Pos);
  if (R.starts_with("?.") || R.starts_with("->") || R.starts_with("::") ||
      R.starts_with("!."))
    return 2;
  if (R.starts_with(".") && !R.starts_with(".."))
    return 1;
  return 0;
}

/// The offset just past the string literal opening at Pos (quote Q).
size_t stringEnd(StringRef S, size_t Pos) {
  char Q = S[Pos];
  bool Triple = S.substr(Pos).starts_with(std::string(3, Q));
  size_t I = Pos + (Triple ? 3 : 1);
  while (I < S.size()) {
    if (S[I] == '\\') {
      I += 2;
      continue;
    }
    if (S[I] == Q) {
      if (!Triple)
        return I + 1;
      if (S.substr(I).starts_with(std::string(3, Q)))
        return I + 3;
    }
    // An unclosed single-line literal ends at the line break.
    if (S[I] == '\n' && Q != '`' && !Triple)
      return I;
    ++I;
  }
  return S.size();
}

/// The offset of the bracket closing the one at Pos, or npos.
size_t closing(StringRef S, size_t Pos, size_t Limit) {
  int Depth = 0;
  for (size_t I = Pos; I < Limit; ++I) {
    char C = S[I];
    if (C == '"' || C == '\'' || C == '`') {
      I = stringEnd(S, I) - 1;
      continue;
    }
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && --Depth == 0)
      return I;
  }
  return StringRef::npos;
}

bool isLiteralSubscript(StringRef Inner) {
  Inner = Inner.trim();
  if (Inner.empty())
    return true;
  if (Inner.front() == ':' && Inner.size() > 1 &&
      llvm::all_of(Inner.drop_front(), identChar))
    return true; // Ruby symbol
  if ((Inner.front() == '"' || Inner.front() == '\'') && Inner.size() >= 2 &&
      Inner.back() == Inner.front() && !Inner.contains("${") &&
      !Inner.contains("#{"))
    return true;
  return llvm::all_of(Inner, [](char C) { return llvm::isDigit(C); });
}

void scanRange(StringRef S, size_t B, size_t E, std::vector<ExprItem> &Out,
               unsigned Depth);

/// Interpolations inside a string literal's body [B, E): ${x}, #{x}, \(x),
/// $x, and {x} when the literal allows it.
void scanInterpolations(StringRef S, size_t B, size_t E, bool Braces,
                        std::vector<ExprItem> &Out, unsigned Depth) {
  for (size_t I = B; I < E; ++I) {
    char C = S[I];
    size_t Open = StringRef::npos;
    if ((C == '$' || C == '#') && I + 1 < E && S[I + 1] == '{')
      Open = I + 1;
    else if (C == '\\' && I + 1 < E && S[I + 1] == '(')
      Open = I + 1;
    else if (C == '{' && Braces && I + 1 < E && S[I + 1] != '{')
      Open = I;
    if (Open != StringRef::npos) {
      size_t Close = closing(S, Open, E);
      if (Close == StringRef::npos)
        return;
      scanRange(S, Open + 1, Close, Out, Depth + 1);
      I = Close;
      continue;
    }
    if (C == '$' && I + 1 < E && identStart(S[I + 1]) && S[I + 1] != '$') {
      size_t J = I + 1;
      while (J < E && (identChar(S[J]) ||
                       (memberSep(S, J) == 2 && J + 2 < E &&
                        identStart(S[J + 2]) && S.substr(J).starts_with("->"))))
        J += S.substr(J).starts_with("->") ? 2 : 1;
      ExprItem It;
      It.K = ExprItem::Chain;
      It.Text = S.slice(I, J);
      It.Begin = uint32_t(I);
      It.End = uint32_t(J);
      Out.push_back(It);
      I = J - 1;
    }
  }
}

void scanRange(StringRef S, size_t B, size_t E, std::vector<ExprItem> &Out,
               unsigned Depth) {
  if (Depth > 8)
    return;
  E = std::min(E, S.size());
  size_t I = B;
  while (I < E) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
      continue;
    }
    if (C == '"' || C == '\'' || C == '`') {
      // A string prefix (f, r, b, u, $, @) is the identifier just before.
      bool Braces = false;
      for (size_t P = I; P > B && P + 3 > I; --P) {
        char Pc = S[P - 1];
        if (Pc == 'f' || Pc == 'F' || Pc == '$')
          Braces = true;
        if (!llvm::isAlpha(Pc) && Pc != '$' && Pc != '@')
          break;
      }
      size_t End = std::min(stringEnd(S, I), E);
      bool Triple = S.substr(I).starts_with(std::string(3, C));
      size_t Q = Triple ? 3 : 1;
      size_t CB = std::min(I + Q, End);
      size_t CE = End >= CB + Q ? End - Q : CB;
      ExprItem It;
      It.K = ExprItem::String;
      It.Text = S.slice(CB, CE);
      It.Begin = uint32_t(I);
      It.End = uint32_t(End);
      It.Interp = Braces;
      Out.push_back(It);
      // Single quotes interpolate nothing in PHP, Ruby and shell; `{x}` in
      // them is text. Backticks and double quotes may interpolate.
      if (C != '\'')
        scanInterpolations(S, CB, CE, Braces, Out, Depth);
      I = End;
      continue;
    }
    if (llvm::isDigit(C)) {
      size_t J = I;
      while (J < E && (llvm::isAlnum(S[J]) || S[J] == '_' ||
                       (S[J] == '.' && J + 1 < E && llvm::isDigit(S[J + 1]))))
        ++J;
      ExprItem It;
      It.K = ExprItem::Number;
      It.Text = S.slice(I, J);
      It.Begin = uint32_t(I);
      It.End = uint32_t(J);
      Out.push_back(It);
      I = J;
      continue;
    }
    if (identStart(C) || (C == ':' && I + 1 < E && S[I + 1] == ':' &&
                          I + 2 < E && identStart(S[I + 2]))) {
      size_t J = I;
      while (J < E) {
        while (J < E && (identChar(S[J]) || (J == I && S[J] == '@') ||
                         (S[J] == '@' && J > I && S[J - 1] == '@')))
          ++J;
        size_t Sep = J < E ? memberSep(S, J) : 0;
        if (Sep && J + Sep < E && identStart(S[J + Sep]) && S[J + Sep] != '@')
          J += Sep;
        else
          break;
      }
      if (J == I) {
        ++I;
        continue;
      }
      // A string prefix is not a chain: f"..", r'..', $"..", @"..".
      if (J < E && (S[J] == '"' || S[J] == '\'') && J - I <= 2) {
        I = J;
        continue;
      }
      ExprItem It;
      It.K = ExprItem::Chain;
      It.Text = S.slice(I, J);
      It.Begin = uint32_t(I);
      It.End = uint32_t(J);
      size_t K = J;
      while (K < E && S[K] == ' ')
        ++K;
      if (K < E && S[K] == '(') {
        It.Called = true;
        StringRef Last = It.Text.substr(It.Text.find_last_of(".>:") + 1);
        if (Last == "get" || Last == "fetch" || Last == "computeIfAbsent" ||
            Last == "getOrDefault" || Last == "setdefault" ||
            Last == "GetValueOrDefault" || Last == "TryGetValue" ||
            Last == "Load" || Last == "get_or_insert_with") {
          size_t Close = closing(S, K, E);
          StringRef Inner =
              Close == StringRef::npos ? StringRef() : S.slice(K + 1, Close);
          StringRef First = Inner.split(',').first;
          It.Keyed = !isLiteralSubscript(First);
        }
      } else if (K < E && S[K] == '[') {
        size_t Close = closing(S, K, E);
        if (Close != StringRef::npos)
          It.Keyed = !isLiteralSubscript(S.slice(K + 1, Close));
      }
      Out.push_back(It);
      I = J;
      continue;
    }
    ExprItem It;
    It.K = ExprItem::Punct;
    size_t Len = 1;
    for (StringRef Two : {"->", "=>", "::", "**", "//", "?.", "??", "<<"})
      if (S.substr(I).starts_with(Two))
        Len = 2;
    It.Text = S.slice(I, I + Len);
    It.Begin = uint32_t(I);
    It.End = uint32_t(I + Len);
    Out.push_back(It);
    I += Len;
  }
}

/// Splits a name into lower-case words: userEmail, user_email, USER-EMAIL
/// -> user, email.
std::vector<std::string> words(StringRef Name) {
  std::vector<std::string> W;
  std::string Cur;
  auto Flush = [&] {
    if (!Cur.empty())
      W.push_back(std::move(Cur));
    Cur.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    bool Upper = llvm::isUpper(C);
    bool PrevLower =
        I > 0 && (llvm::isLower(Name[I - 1]) || llvm::isDigit(Name[I - 1]));
    bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
    bool PrevUpper = I > 0 && llvm::isUpper(Name[I - 1]);
    if (Upper && (PrevLower || (PrevUpper && NextLower)))
      Flush();
    Cur += char(llvm::toLower(C));
  }
  Flush();
  return W;
}

std::string normalize(StringRef S) {
  std::string N;
  for (char C : S)
    if (llvm::isAlnum(C))
      N += char(llvm::toLower(C));
  return N;
}

} // namespace

void rtclint::scanExpr(StringRef Code, Span E, std::vector<ExprItem> &Out) {
  if (E.Begin >= Code.size())
    return;
  scanRange(Code, E.Begin, std::min<size_t>(E.End, Code.size()), Out, 0);
}

std::vector<std::string> rtclint::chainSegments(StringRef Chain) {
  std::vector<std::string> Segs;
  size_t I = 0;
  while (I < Chain.size()) {
    size_t J = I;
    while (J < Chain.size() && !memberSep(Chain, J))
      ++J;
    StringRef Seg = Chain.slice(I, J).ltrim("$@:");
    if (!Seg.empty())
      Segs.push_back(Seg.str());
    I = J + (J < Chain.size() ? memberSep(Chain, J) : 0);
    if (J < Chain.size() && !memberSep(Chain, J))
      break;
  }
  return Segs;
}

Vocabulary::Vocabulary(const std::vector<std::string> &T,
                       const std::vector<std::string> &X) {
  for (const std::string &S : T)
    if (std::string N = normalize(S); !N.empty())
      Terms.push_back(N);
  for (const std::string &S : X)
    if (std::string N = normalize(S); !N.empty())
      Except.push_back(N);
}

/// Whether T is the whole of Name or its trailing words: userEmail ->
/// "email"; homeAddress -> "address".
static bool holds(const std::string &Whole, llvm::ArrayRef<std::string> W,
                  const std::string &T) {
  if (Whole == T)
    return true;
  std::string Tail;
  for (size_t I = W.size(); I-- > 0;) {
    Tail.insert(0, W[I]);
    if (Tail == T)
      return true;
    if (Tail.size() >= T.size())
      return false;
  }
  return false;
}

StringRef Vocabulary::match(StringRef Name) const {
  std::string Whole = normalize(Name);
  if (Whole.empty())
    return {};
  std::vector<std::string> W = words(Name);
  // An exception reads the same way: `cache_token` also excepts
  // `get_cache_token`.
  if (llvm::any_of(Except,
                   [&](const std::string &X) { return holds(Whole, W, X); }))
    return {};
  for (const std::string &T : Terms)
    if (holds(Whole, W, T))
      return T;
  return {};
}

/// normalize(Name) == Term, without building the normalized string: the
/// flow questions ask this for every binding in a window.
static bool normalizedEquals(StringRef Name, StringRef Term) {
  size_t J = 0;
  for (char C : Name) {
    if (!llvm::isAlnum(C))
      continue;
    if (J == Term.size() || llvm::toLower(C) != Term[J])
      return false;
    ++J;
  }
  return J == Term.size();
}

bool Vocabulary::equals(StringRef Name) const {
  return llvm::any_of(
      Terms, [&](const std::string &T) { return normalizedEquals(Name, T); });
}

static const char *const LifetimeNames[] = {
    "unknown", "literal", "config", "module",  "class",
    "startup", "app",     "keyed",  "request", "function"};

StringRef rtclint::lifetimeName(Lifetime L) {
  return LifetimeNames[unsigned(L)];
}

std::optional<Lifetime> rtclint::parseLifetime(StringRef S) {
  for (unsigned I = 0; I < std::size(LifetimeNames); ++I)
    if (S == LifetimeNames[I])
      return Lifetime(I);
  return std::nullopt;
}
