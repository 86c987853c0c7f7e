//===- YAMLLexer.cpp - YAML tokenizer -------------------------------------===//
//
// Emits the tokens the config fact builder needs to rebuild key paths:
//   String+Key   a mapping key (plain or quoted), Depth = its column
//   Punct        ':' '-' '?' '{' '}' '[' ']' ',' and '---' / '...'
//   String       a scalar value (plain, quoted or block), Depth = column; for
//                block scalars Depth = the content's indentation column
//   Identifier   anchors &a, aliases *a, tags !!str
//   Directive    %YAML lines and whole-line templates ({{- if .Values.x }})
//   Comment      '#' at line start or after whitespace
// Plain scalars keep their source text; decodeYAML (YAMLDecode.cpp) folds
// lines and resolves escapes. Anything unexpected becomes a plain scalar, so
// Helm templates and other near-YAML never derail the rest of the file.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include <algorithm>

using namespace rtclint;
using llvm::StringRef;

namespace {

bool isWS(char C) { return C == ' ' || C == '\t' || C == '\r'; }
bool isBreakOrEnd(StringRef S, size_t P) {
  return P >= S.size() || S[P] == '\n' || isWS(S[P]);
}
bool isFlowIndicator(char C) {
  return C == ',' || C == '[' || C == ']' || C == '{' || C == '}';
}

class YAMLLexer {
public:
  YAMLLexer(StringRef Buf, std::vector<Token> &Out) : Buf(Buf), Out(Out) {}

  void run() {
    if (Buf.starts_with("\xEF\xBB\xBF"))
      Pos = LineStart = 3;
    while (Pos < Buf.size())
      step();
  }

private:
  StringRef Buf;
  std::vector<Token> &Out;
  size_t Pos = 0;
  size_t LineStart = 0;
  int FlowDepth = 0;
  bool SawNewline = false;
  bool LineBegun = false; // a token already started on this line
  int LineIndent = 0;     // column of the line's first token
  int LastKeyCol = -1;    // column of the last key on this line
  int FlowIndent = -1;    // block indentation a flow collection must exceed

  char at(size_t P) const { return P < Buf.size() ? Buf[P] : '\0'; }
  int col(size_t P) const { return int(P - LineStart); }
  size_t lineEnd(size_t P) const {
    size_t E = Buf.find('\n', P);
    return E == StringRef::npos ? Buf.size() : E;
  }

  Token &emit(size_t B, size_t E, TokenKind K, uint16_t Flags = 0) {
    Token T;
    T.Begin = B;
    T.End = E;
    T.Kind = K;
    T.Flags = Flags | (SawNewline ? tokflags::NewlineBefore : 0);
    T.Depth = uint16_t(std::clamp(col(B), 0, 0xFFFF));
    Out.push_back(T);
    SawNewline = false;
    LineBegun = true;
    return Out.back();
  }

  /// Moves Pos to P, keeping line bookkeeping right across multi-line tokens.
  void advanceTo(size_t P) {
    size_t NL = Buf.slice(Pos, P).rfind('\n');
    if (NL != StringRef::npos)
      LineStart = Pos + NL + 1;
    Pos = P;
  }

  void step() {
    char C = Buf[Pos];
    if (C == '\n') {
      ++Pos;
      LineStart = Pos;
      SawNewline = true;
      LineBegun = false;
      LastKeyCol = -1;
      return;
    }
    if (isWS(C) || C == '\f' || C == '\v') {
      ++Pos;
      return;
    }
    bool First = !LineBegun;
    if (First) {
      LineIndent = col(Pos);
      // A flow collection left open past its block: recover at the dedent.
      if (FlowDepth > 0 && LineIndent <= FlowIndent && C != ']' && C != '}')
        FlowDepth = 0;
      if (LineIndent == 0 && lexLineStartSyntax())
        return;
    }
    if (C == '#' &&
        (Pos == LineStart || isWS(Buf[Pos - 1]) || Buf[Pos - 1] == '\n')) {
      size_t E = lineEnd(Pos);
      if (E > Pos && Buf[E - 1] == '\r')
        --E;
      emit(Pos, std::max(E, Pos + 1), TokenKind::Comment);
      Pos = std::max(E, Pos + 1);
      return;
    }
    if (C == '{' && at(Pos + 1) == '{')
      return lexTemplateOrPlain(First);
    bool PrevKey = !Out.empty() && Out.back().has(tokflags::Key);
    if ((C == '-' || C == '?') && isBreakOrEnd(Buf, Pos + 1))
      return punct(1);
    if (C == ':' && (isBreakOrEnd(Buf, Pos + 1) || FlowDepth > 0 || PrevKey))
      return punct(1);
    if (C == '{' || C == '[') {
      if (FlowDepth++ == 0)
        FlowIndent = First ? -1 : parentIndent();
      return punct(1);
    }
    if (C == '}' || C == ']') {
      FlowDepth = std::max(0, FlowDepth - 1);
      return punct(1);
    }
    if (C == ',' && FlowDepth > 0)
      return punct(1);
    if (C == '&' || C == '*' || C == '!')
      return lexProperty();
    if ((C == '|' || C == '>') && FlowDepth == 0)
      return lexBlockScalar();
    if (C == '"' || C == '\'')
      return lexQuoted(C);
    lexPlain();
  }

  void punct(size_t Len) {
    emit(Pos, Pos + Len, TokenKind::Punct);
    Pos += Len;
  }

  /// Document markers and directives, only meaningful at column 0.
  bool lexLineStartSyntax() {
    StringRef Rest = Buf.substr(Pos);
    if ((Rest.starts_with("---") || Rest.starts_with("...")) &&
        isBreakOrEnd(Buf, Pos + 3)) {
      FlowDepth = 0; // a new document recovers from unbalanced brackets
      punct(3);
      return true;
    }
    if (Rest.starts_with("%")) {
      size_t E = lineEnd(Pos);
      emit(Pos, E, TokenKind::Directive);
      Pos = E;
      return true;
    }
    return false;
  }

  /// End of the "{{ ... }}" starting at P (same line), or the line end.
  /// Scans only what it consumes, so long template-heavy lines stay linear.
  size_t templateEnd(size_t P) const {
    for (P += 2; P < Buf.size() && Buf[P] != '\n'; ++P)
      if (Buf[P] == '}' && at(P + 1) == '}')
        return P + 2;
    return P;
  }

  void lexTemplateOrPlain(bool First) {
    if (First) {
      // A line holding only templates is control flow: not data.
      size_t P = Pos;
      while (at(P) == '{' && at(P + 1) == '{') {
        P = templateEnd(P);
        while (P < Buf.size() && isWS(Buf[P]))
          ++P;
      }
      if (P >= Buf.size() || Buf[P] == '\n' || Buf[P] == '#') {
        size_t E = P;
        while (E > Pos && isWS(Buf[E - 1]))
          --E;
        emit(Pos, E, TokenKind::Directive);
        Pos = E;
        return;
      }
    }
    lexPlain();
  }

  void lexProperty() {
    size_t B = Pos;
    if (Buf[Pos] == '!' && at(Pos + 1) == '<') {
      size_t E = Buf.find('>', Pos);
      size_t LE = lineEnd(Pos);
      Pos = E == StringRef::npos || E > LE ? LE : E + 1;
    } else {
      ++Pos;
      while (Pos < Buf.size() && !isBreakOrEnd(Buf, Pos) &&
             !(FlowDepth > 0 && isFlowIndicator(Buf[Pos])))
        ++Pos;
    }
    emit(B, Pos, TokenKind::Identifier);
  }

  /// Where a key's value (or an entry's content) must be indented beyond.
  int parentIndent() const { return LastKeyCol >= 0 ? LastKeyCol : LineIndent; }

  /// Scans one line of plain scalar from P. Returns where it stopped and sets
  /// End to one past its last non-blank byte; Stop is ':' for a key
  /// indicator, '#' for a comment, ',' for a flow indicator, '\n' otherwise.
  size_t scanPlainLine(size_t P, size_t &End, char &Stop, bool &Interp) const {
    End = P;
    Stop = '\n';
    size_t B = P;
    while (P < Buf.size() && Buf[P] != '\n') {
      char C = Buf[P];
      if (C == '{' && at(P + 1) == '{') {
        P = End = templateEnd(P);
        Interp = true;
        continue;
      }
      if (C == ':' && (isBreakOrEnd(Buf, P + 1) ||
                       (FlowDepth > 0 && isFlowIndicator(at(P + 1))))) {
        Stop = ':';
        return P;
      }
      if (C == '#' && P > B && isWS(Buf[P - 1])) {
        Stop = '#';
        return P;
      }
      if (FlowDepth > 0 && isFlowIndicator(C)) {
        Stop = ',';
        return P;
      }
      if (!isWS(C))
        End = P + 1;
      ++P;
    }
    return P;
  }

  void lexPlain() {
    size_t B = Pos, End;
    char Stop;
    bool Interp = B + 1 < Buf.size() && Buf.substr(B).starts_with("${");
    size_t P = scanPlainLine(Pos, End, Stop, Interp);
    if (End == B) { // a lone indicator character: never stall
      End = B + 1;
      P = std::max(P, End);
    }
    uint16_t Flags =
        Interp || Buf.slice(B, End).contains("${") ? tokflags::Interpolated : 0;
    if (Stop == ':') {
      LastKeyCol = col(B);
      emit(B, End, TokenKind::String, Flags | tokflags::Key);
      Pos = P;
      return;
    }
    if (Stop == '\n' && FlowDepth == 0) {
      // Continuation lines: more indented than the parent, not a key line.
      int Parent = parentIndent();
      size_t Q = P;
      while (Q < Buf.size()) {
        size_t L = Q + 1; // start of next line
        size_t K = L;
        while (K < Buf.size() && isWS(Buf[K]))
          ++K;
        if (K >= Buf.size())
          break;
        if (Buf[K] == '\n') { // blank line: part of the scalar if it goes on
          Q = K;
          continue;
        }
        if (int(K - L) <= Parent || Buf[K] == '#' ||
            (Buf[K] == '-' && isBreakOrEnd(Buf, K + 1)))
          break;
        size_t LEnd;
        char LStop;
        size_t LP = scanPlainLine(K, LEnd, LStop, Interp);
        if (LStop == ':')
          break;
        End = LEnd;
        Flags |= tokflags::Multiline;
        Q = LP;
        if (LStop != '\n' || Q >= Buf.size())
          break;
      }
      if (Interp)
        Flags |= tokflags::Interpolated;
    }
    emit(B, End, TokenKind::String, Flags);
    advanceTo(End);
  }

  void lexQuoted(char Q) {
    size_t B = Pos, P = Pos + 1;
    bool Closed = false;
    while (P < Buf.size()) {
      char C = Buf[P];
      if (Q == '"' && C == '\\') {
        P += 2;
        continue;
      }
      if (C == Q) {
        if (Q == '\'' && at(P + 1) == '\'') {
          P += 2;
          continue;
        }
        Closed = true;
        ++P;
        break;
      }
      ++P;
    }
    P = std::min(P, Buf.size());
    uint16_t Flags = 0;
    if (!Closed) {
      // Unterminated: confine it to its line so the rest still lexes.
      P = lineEnd(B);
      Flags |= tokflags::Unterminated;
    }
    if (Buf.slice(B, P).contains('\n'))
      Flags |= tokflags::Multiline;
    if (Q == '"' && Buf.slice(B, P).contains("${"))
      Flags |= tokflags::Interpolated;
    // A quoted scalar followed by ':' is a key (JSON-like keys allow "a":1).
    size_t K = P;
    while (K < Buf.size() && (Buf[K] == ' ' || Buf[K] == '\t'))
      ++K;
    if (at(K) == ':' && !(Flags & tokflags::Multiline)) {
      Flags |= tokflags::Key;
      LastKeyCol = col(B);
    }
    emit(B, P, TokenKind::String, Flags);
    advanceTo(P);
  }

  void lexBlockScalar() {
    size_t B = Pos;
    int Parent = parentIndent();
    if (FlowDepth == 0 && LastKeyCol < 0 && !Out.empty() &&
        Out.back().is(TokenKind::Punct) && Buf[Out.back().Begin] == '-')
      Parent = Out.back().Depth; // "- |": the entry's column
    size_t P = Pos + 1;
    int Explicit = 0;
    bool Keep = false;
    while (P < Buf.size() && (Buf[P] == '+' || Buf[P] == '-' ||
                              (Buf[P] >= '1' && Buf[P] <= '9'))) {
      if (Buf[P] == '+')
        Keep = true;
      else if (Buf[P] != '-')
        Explicit = Buf[P] - '0';
      ++P;
    }
    size_t HeaderEnd = P;
    // Header comment, emitted after the scalar (it lies inside its span).
    while (P < Buf.size() && isWS(Buf[P]))
      ++P;
    size_t CommentB = at(P) == '#' ? P : StringRef::npos;
    size_t LE = lineEnd(Pos);
    if (CommentB == StringRef::npos && P < LE) {
      // Not a block scalar header ("> text"): read it as plain.
      return lexPlain();
    }
    int Indent = Explicit ? std::max(Parent, 0) + Explicit : 0;
    size_t End = LE, Q = LE;
    while (Q < Buf.size()) {
      size_t L = Q + 1;
      if (L >= Buf.size())
        break;
      size_t K = L;
      while (K < Buf.size() && Buf[K] == ' ')
        ++K;
      size_t NL = lineEnd(L);
      bool Blank = Buf.slice(K, NL).trim(" \t\r").empty();
      if (Blank) {
        if (Keep)
          End = NL;
        Q = NL;
        continue;
      }
      int C = int(K - L);
      if (!Indent) {
        if (C <= Parent)
          break;
        Indent = C;
      }
      if (C < Indent)
        break;
      End = NL;
      Q = NL;
    }
    if (End > B && Buf[End - 1] == '\r')
      --End;
    Token &T = emit(B, std::max(End, HeaderEnd), TokenKind::String,
                    tokflags::Multiline);
    T.Depth = uint16_t(std::clamp(Indent, 0, 0xFFFF));
    if (CommentB != StringRef::npos) {
      size_t CE = LE > CommentB && Buf[LE - 1] == '\r' ? LE - 1 : LE;
      emit(CommentB, CE, TokenKind::Comment);
    }
    advanceTo(std::max(End, HeaderEnd));
  }
};

} // namespace

void rtclint::lexers::lexYAML(StringRef Buf, std::vector<Token> &Out) {
  YAMLLexer(Buf, Out).run();
}
