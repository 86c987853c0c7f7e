//===- RubyLexer.cpp - Tokenizer for Ruby ---------------------------------===//
//
// Ruby's literals depend on context: '/', '%', '?', ':' and '<<' start a
// literal where a value is expected (after an operator or keyword, or after a
// method name followed by a space, as in `puts /x/`), and are operators
// elsewhere. Heredoc bodies start on the line after the operator; the lexer
// reads them when it meets the operator and resumes there at the line end.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::lexers;

namespace {

const llvm::StringRef Puncts[] = {
    "**=", "<=>", "===", "...", "<<=", ">>=", "&&=", "||=", "**", "==", "!=",
    "=~",  "!~",  ">=",  "<=",  "&&",  "||",  "<<",  ">>",  "+=", "-=", "*=",
    "/=",  "%=",  "|=",  "&=",  "^=",  "=>",  "->",  "::",  "..", "&."};

bool valueKeyword(llvm::StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("if", "unless", "while", "until", "when", "return", "and", "or",
             true)
      .Cases("not", "then", "else", "elsif", "do", "in", "case", "begin", true)
      .Cases("raise", "yield", "break", "next", true)
      .Default(false);
}

size_t skipRubyCode(llvm::StringRef Buf, size_t P, size_t Lim, unsigned Depth);

/// Scans a quoted body from P (just past the opener) to just past Close;
/// Open nests when it differs from Close. Interp enables #{...}.
size_t scanDelimited(llvm::StringRef Buf, size_t P, size_t Lim, char Open,
                     char Close, bool Interp, uint16_t &Flags, unsigned Depth) {
  unsigned Nest = 0;
  while (P < Lim) {
    char C = Buf[P];
    if (C == '\\') {
      P += 2;
      continue;
    }
    if (C == Close && Nest == 0)
      return P + 1;
    if (C == Close) {
      --Nest;
    } else if (C == Open && Open != Close) {
      ++Nest;
    } else if (Interp && C == '#' && P + 1 < Lim) {
      char N = Buf[P + 1];
      if (N == '{') {
        Flags |= tokflags::Interpolated;
        P = skipRubyCode(Buf, P + 2, Lim, Depth + 1);
        continue;
      }
      if (N == '@' || N == '$')
        Flags |= tokflags::Interpolated;
    }
    ++P;
  }
  Flags |= tokflags::Unterminated;
  return Lim;
}

/// Code of a #{...} substitution, up to and past its closing brace.
size_t skipRubyCode(llvm::StringRef Buf, size_t P, size_t Lim, unsigned Depth) {
  unsigned Nest = 0;
  while (P < Lim) {
    char C = Buf[P];
    if (C == '}') {
      if (Nest == 0)
        return P + 1;
      --Nest;
    } else if (C == '{') {
      ++Nest;
    } else if ((C == '"' || C == '\'' || C == '`') && Depth < 48) {
      uint16_t Fl = 0;
      P = scanDelimited(Buf, P + 1, Lim, C, C, C != '\'', Fl, Depth + 1);
      continue;
    }
    ++P;
  }
  return Lim;
}

struct PendingHeredoc {
  size_t LineEnd = 0; // the operator's line ends here
  size_t Resume = 0;  // where lexing goes on after the bodies
};

class RubyLexer {
public:
  RubyLexer(llvm::StringRef Buf, std::vector<Token> &Out) : C(Buf, Out) {}
  void run();

private:
  Cursor C;
  long LastSig = -1;
  bool Pending = false;
  PendingHeredoc H;

  void emit(size_t B, TokenKind K, uint16_t Flags = 0) {
    C.emit(B, K, Flags);
    if (K != TokenKind::Comment)
      LastSig = long(C.Out.size()) - 1;
  }
  bool valueExpected(size_t B) const;
  bool commandArg(size_t B) const;
  size_t GuessLineEnd = 0; // end of the line of the last guessed regex
  bool lineDirective(size_t B);
  bool heredoc(size_t B);
  bool percent(size_t B);
  void identifier(size_t B);
  void number(size_t B);
};

} // namespace

/// True after an operator, an opening bracket or a keyword.
bool RubyLexer::valueExpected(size_t B) const {
  return operandMayFollow(LastSig < 0 ? nullptr : &C.Out[LastSig], C.Buf,
                          valueKeyword);
}

/// `puts /x/`, `foo %w[a]`, `method <<~EOS`: a name, a space, then the
/// literal glued to what follows.
bool RubyLexer::commandArg(size_t B) const {
  if (LastSig < 0 || !C.Out[LastSig].is(TokenKind::Identifier))
    return false;
  if (B == 0 || !isBlank(C.Buf[B - 1]))
    return false;
  char N = B + 1 < C.End ? C.Buf[B + 1] : '\0';
  return N != ' ' && N != '\t' && N != '\n' && N != '=';
}

/// =begin/=end comments and __END__, both only at column 0.
bool RubyLexer::lineDirective(size_t B) {
  if (B != 0 && C.Buf[B - 1] != '\n')
    return false;
  llvm::StringRef R = C.rest();
  if (R.starts_with("=begin") && (R.size() == 6 || !isIdentChar(R[6]))) {
    size_t P = C.lineEnd(B);
    while (P < C.End) {
      size_t LB = P + 1;
      size_t LE = C.lineEnd(LB);
      llvm::StringRef Line = C.Buf.slice(LB, LE);
      if (Line.starts_with("=end") &&
          (Line.size() == 4 || !isIdentChar(Line[4]))) {
        P = LE;
        if (P > LB && C.Buf[P - 1] == '\r')
          --P;
        C.Pos = P;
        emit(B, TokenKind::Comment);
        return true;
      }
      P = LE;
    }
    C.Pos = C.End;
    emit(B, TokenKind::Comment, tokflags::Unterminated);
    return true;
  }
  if (R.take_front(C.lineEnd(B) - B).rtrim("\r") == "__END__") {
    C.Pos = C.End = C.Buf.size(); // the rest is data, not code
    Pending = false;
    return true;
  }
  return false;
}

bool RubyLexer::heredoc(size_t B) {
  size_t P = B + 2;
  char Kind = C.peek(2);
  if (Kind == '~' || Kind == '-')
    ++P;
  else
    Kind = 0;
  char Q = P < C.End ? C.Buf[P] : '\0';
  bool Quoted = Q == '\'' || Q == '"' || Q == '`';
  size_t TagB = Quoted ? P + 1 : P;
  if (TagB >= C.End || !isIdentStart(C.Buf[TagB]))
    return false;
  // A bare <<name is a shift unless a value is expected.
  bool Context = valueExpected(B) || commandArg(B);
  if (!Context && !(Kind && (Quoted || isAlpha(C.Buf[TagB]))))
    return false;
  if (!Context && !Kind)
    return false;
  size_t TagE = TagB;
  while (TagE < C.End && isIdentChar(C.Buf[TagE]))
    ++TagE;
  size_t OpEnd = TagE;
  if (Quoted) {
    if (TagE >= C.End || C.Buf[TagE] != Q)
      return false;
    OpEnd = TagE + 1;
  }
  llvm::StringRef Tag = C.Buf.slice(TagB, TagE);

  size_t Full = C.Buf.size();
  if (!Pending) {
    H.LineEnd = C.lineEnd(B);
    H.Resume = H.LineEnd < Full ? H.LineEnd + 1 : Full;
  }
  size_t BodyB = H.Resume, BodyE = Full, Next = Full;
  uint16_t Flags = tokflags::Multiline | tokflags::Heredoc;
  bool Found = false;
  for (size_t L = BodyB; L < Full;) {
    size_t NL = C.Buf.find('\n', L);
    size_t LE = NL == llvm::StringRef::npos ? Full : NL;
    llvm::StringRef Line = C.Buf.slice(L, LE).rtrim("\r");
    if ((Kind ? Line.ltrim(" \t") : Line) == Tag) {
      BodyE = L;
      Next = LE < Full ? LE + 1 : Full;
      Found = true;
      break;
    }
    L = LE + 1;
  }
  if (!Found)
    Flags |= tokflags::Unterminated;
  llvm::StringRef Body = C.Buf.slice(BodyB, BodyE);
  if (Q == '\'')
    Flags |= tokflags::Raw;
  else if (Body.contains("#{") || Body.contains("#@") || Body.contains("#$"))
    Flags |= tokflags::Interpolated;

  Token &T = C.emitSpan(BodyB, BodyE, TokenKind::String, Flags);
  if (Kind == '~')
    T.Depth = uint16_t(std::min(commonIndent(Body), 0xFFFFu));
  LastSig = long(C.Out.size()) - 1;
  C.Pos = OpEnd;
  Pending = true;
  H.Resume = Next;
  C.End = H.LineEnd;
  return true;
}

bool RubyLexer::percent(size_t B) {
  size_t P = B + 1;
  char Type = C.peek(1);
  if (llvm::StringRef("qQwWiIrsx").contains(Type) && Type != '\0')
    ++P;
  else
    Type = 0;
  if (P >= C.End)
    return false;
  char Open = C.Buf[P];
  if (isIdentChar(Open) || isBlank(Open) || Open == '\n' || Open == '=')
    return false;
  if (!valueExpected(B) && !commandArg(B))
    return false;
  if (!Type && !llvm::StringRef("([{<|!/^").contains(Open))
    return false;
  char Close = closingDelim(Open);
  bool Interp = !Type || llvm::StringRef("QWIrx").contains(Type);
  uint16_t Flags = 0;
  C.Pos = scanDelimited(C.Buf, P + 1, C.End, Open, Close, Interp, Flags, 0);
  if (Type == 'r') {
    while (C.Pos < C.End && isAlpha(C.Buf[C.Pos]))
      ++C.Pos;
    emit(B, TokenKind::Regex, Flags);
  } else {
    emit(B, TokenKind::String, Flags);
  }
  return true;
}

void RubyLexer::identifier(size_t B) {
  size_t P = B;
  while (P < C.End && (C.Buf[P] == '@'))
    ++P;
  while (P < C.End && isIdentChar(C.Buf[P]))
    ++P;
  // Predicate and bang methods: empty?, save!
  if (P < C.End && (C.Buf[P] == '?' || C.Buf[P] == '!') && P > B &&
      !isDigit(C.Buf[B])) {
    char N = P + 1 < C.End ? C.Buf[P + 1] : '\0';
    if (N != '=' && N != '~' && !isIdentChar(N) && N != ':')
      ++P;
  }
  C.Pos = P;
  emit(B, TokenKind::Identifier);
}

void RubyLexer::number(size_t B) {
  size_t P = B;
  auto At = [&](size_t I) { return I < C.End ? C.Buf[I] : '\0'; };
  bool Hex = At(P) == '0' && (At(P + 1) == 'x' || At(P + 1) == 'X');
  if (At(P) == '0' && isAlpha(At(P + 1)))
    P += 2;
  while (P < C.End &&
         (isDigit(At(P)) || At(P) == '_' || (Hex && isHexDigit(At(P)))))
    ++P;
  if (!Hex && At(P) == '.' && isDigit(At(P + 1))) {
    ++P;
    while (P < C.End && (isDigit(At(P)) || At(P) == '_'))
      ++P;
  }
  if (!Hex && (At(P) == 'e' || At(P) == 'E')) {
    size_t Q = P + 1;
    if (At(Q) == '+' || At(Q) == '-')
      ++Q;
    if (isDigit(At(Q))) {
      P = Q;
      while (P < C.End && isDigit(At(P)))
        ++P;
    }
  }
  while (At(P) == 'r' || At(P) == 'i')
    ++P;
  C.Pos = P;
  emit(B, TokenKind::Number);
}

void RubyLexer::run() {
  while (true) {
    C.skipSpace();
    if (C.atEnd()) {
      if (!Pending)
        return;
      // The operator's line is done: jump over the heredoc bodies.
      Pending = false;
      C.End = C.Buf.size();
      C.Pos = std::max(C.Pos, H.Resume);
      C.SawNewline = true;
      continue;
    }
    size_t B = C.Pos;
    char Ch = C.peek();
    char N1 = C.peek(1);
    if ((Ch == '=' || Ch == '_') && lineDirective(B))
      continue;
    if (Ch == '#') {
      C.Pos = C.lineEnd(B);
      if (C.Pos > B && C.Buf[C.Pos - 1] == '\r')
        --C.Pos;
      emit(B, TokenKind::Comment);
      continue;
    }
    if (Ch == '"' || Ch == '\'' || Ch == '`') {
      uint16_t Flags = 0;
      C.Pos = scanDelimited(C.Buf, B + 1, C.End, Ch, Ch, Ch != '\'', Flags, 0);
      emit(B, TokenKind::String, Flags);
      continue;
    }
    if (Ch == '<' && N1 == '<' && heredoc(B))
      continue;
    if (Ch == '%' && percent(B))
      continue;
    // A line break ends a complete statement, so a `/` opening a line
    // opens a regex (`X = 'v'` then `/abc/ =~ s`), never a division.
    bool LineStart = C.SawNewline;
    if (Ch == '/' && (valueExpected(B) || commandArg(B) || LineStart)) {
      uint16_t Flags = 0;
      // A guess is only tried up to the end of its line (the end found once
      // per line: a line of many `/` stays linear).
      size_t Lim = C.End;
      if (!valueExpected(B)) {
        if (B >= GuessLineEnd)
          GuessLineEnd = C.lineEnd(B);
        Lim = GuessLineEnd;
      }
      size_t E = scanDelimited(C.Buf, B + 1, Lim, '/', '/', true, Flags, 0);
      // `a /2` guessed as a command argument, or a `/` opening a line, must
      // close on its own line.
      bool Sure = valueExpected(B) || (!(Flags & tokflags::Unterminated) &&
                                       !C.Buf.slice(B, E).contains('\n'));
      if (Sure) {
        C.Pos = E;
        while (C.Pos < C.End && isAlpha(C.Buf[C.Pos]))
          ++C.Pos;
        emit(B, TokenKind::Regex, Flags);
        continue;
      }
    }
    if (Ch == '?' && (valueExpected(B) || commandArg(B)) && C.has(1) &&
        !isBlank(N1) && N1 != '\n') {
      size_t E = B + 2;
      if (N1 == '\\' && C.has(2))
        E = B + 3;
      else if ((unsigned char)N1 >= 0xC0)
        while (E < C.End && ((unsigned char)C.Buf[E] & 0xC0) == 0x80)
          ++E;
      if (E >= C.End || !isIdentChar(C.Buf[E])) {
        C.Pos = std::min(E, C.End);
        emit(B, TokenKind::String, tokflags::Char);
        continue;
      }
    }
    if (Ch == ':' && N1 != ':' &&
        (B == 0 || (!isIdentChar(C.Buf[B - 1]) && C.Buf[B - 1] != ':'))) {
      if (N1 == '"' || N1 == '\'') {
        uint16_t Flags = 0;
        C.Pos = scanDelimited(C.Buf, B + 2, C.End, N1, N1, N1 == '"', Flags, 0);
        emit(B, TokenKind::Identifier, Flags);
        continue;
      }
      if (isIdentStart(N1) || N1 == '@' || N1 == '$') {
        C.Pos = B + 1;
        identifier(B + 1);
        C.Out.back().Begin = uint32_t(B);
        if (C.Pos < C.End && C.Buf[C.Pos] == '=' &&
            (C.Pos + 1 >= C.End ||
             !llvm::StringRef("=~>").contains(C.Buf[C.Pos + 1])))
          C.Out.back().End = uint32_t(++C.Pos); // :name= setter symbol
        continue;
      }
    }
    if (Ch == '$' && C.has(1)) {
      size_t P = B + 1;
      if (isIdentStart(N1)) {
        while (P < C.End && isIdentChar(C.Buf[P]))
          ++P;
      } else if (N1 != '\n') {
        ++P; // $0, $!, $:
      }
      C.Pos = P;
      emit(B, TokenKind::Identifier);
      continue;
    }
    if (isIdentStart(Ch) || (Ch == '@' && (isIdentStart(N1) || N1 == '@'))) {
      identifier(B);
      continue;
    }
    if (isDigit(Ch)) {
      number(B);
      continue;
    }
    C.Pos = B + C.punctLength(Puncts);
    emit(B, TokenKind::Punct);
  }
}

void lexers::lexRuby(llvm::StringRef Buf, std::vector<Token> &Out) {
  RubyLexer(Buf, Out).run();
}

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

/// Double-quote rules: escapes processed, #{...} kept verbatim.
static std::string rubyDouble(llvm::StringRef Body) {
  EscapeStyle St;
  St.BraceUnicode = true;
  St.ShortHex = true;
  std::string Out;
  Out.reserve(Body.size());
  for (size_t I = 0; I < Body.size();) {
    char C = Body[I];
    if (C == '\\') {
      if (I + 1 < Body.size() && Body[I + 1] == 's') {
        Out += ' ';
        I += 2;
        continue;
      }
      decodeEscape(Body, I, Out, St);
      continue;
    }
    if (C == '#' && I + 1 < Body.size() && Body[I + 1] == '{') {
      size_t E = skipRubyCode(Body, I + 2, Body.size(), 0);
      Out += Body.slice(I, E);
      I = E;
      continue;
    }
    Out += C;
    ++I;
  }
  return Out;
}

/// Single-quote rules: only \\ and an escaped delimiter are escapes.
static std::string rubySingle(llvm::StringRef Body, char Open, char Close) {
  std::string Out;
  Out.reserve(Body.size());
  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (C == '\\' && I + 1 < Body.size()) {
      char N = Body[I + 1];
      if (N == '\\' || N == Open || N == Close) {
        Out += N;
        ++I;
        continue;
      }
    }
    Out += C;
  }
  return Out;
}

std::string lexers::decodeRuby(llvm::StringRef Buf, const Token &T) {
  llvm::StringRef S = T.text(Buf);
  if (T.has(tokflags::Heredoc)) {
    std::string Body = T.Depth ? stripIndent(S, T.Depth) : S.str();
    return T.has(tokflags::Raw) ? Body : rubyDouble(Body);
  }
  if (S.empty())
    return "";
  bool Closed = !T.has(tokflags::Unterminated);
  char C0 = S[0];
  if (T.has(tokflags::Char) && C0 == '?') {
    llvm::StringRef V = S.drop_front();
    return V.starts_with("\\") ? rubyDouble(V) : V.str();
  }
  if (C0 == ':' && S.size() > 1 && (S[1] == '"' || S[1] == '\''))
    S = S.drop_front();
  C0 = S[0];
  if (C0 == '"' || C0 == '\'' || C0 == '`') {
    llvm::StringRef Body = S.drop_front().drop_back(Closed ? 1 : 0);
    return C0 == '\'' ? rubySingle(Body, C0, C0) : rubyDouble(Body);
  }
  if (C0 == '%' && S.size() >= 2) {
    char Type = isAlpha(S[1]) ? S[1] : 0;
    size_t OpenAt = Type ? 2 : 1;
    if (OpenAt >= S.size())
      return "";
    char Open = S[OpenAt];
    char Close = closingDelim(Open);
    llvm::StringRef Body = S.drop_front(OpenAt + 1);
    if (Closed && !Body.empty())
      Body = Body.drop_back();
    bool Single = Type && llvm::StringRef("qwis").contains(Type);
    std::string V = Single ? rubySingle(Body, Open, Close) : rubyDouble(Body);
    if (Type && llvm::StringRef("wWiI").contains(Type)) {
      // Word lists: one space between the words.
      llvm::SmallVector<llvm::StringRef, 8> Words;
      llvm::SplitString(V, Words);
      return llvm::join(Words, " ");
    }
    return V;
  }
  return S.str();
}
