//===- ShellLexer.cpp - Tokenizer for shell scripts and Dockerfiles -------===//
//
// Words are the unit: a word glued from quoted and unquoted parts is one
// token. The first word of a simple command is an Identifier, NAME=value is
// Identifier, '=', String, and every other word is a String. A Dockerfile
// is a list of instructions; RUN/CMD/ENTRYPOINT/SHELL bodies are shell, and
// ENV/ARG/LABEL bodies are assignments.
//
//===----------------------------------------------------------------------===//
#include "lex/Families.h"
#include "lex/LexUtil.h"
#include "lex/ShellWords.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::lexers;
using namespace rtclint::lexers::shell;

namespace {

const llvm::StringRef Operators[] = {"&&",  "||", ";;", "|&", "<<<",
                                     "<<-", "<<", ">>", ">&", "<&",
                                     "&>>", "&>", ">|", "<>"};

/// Words after which the next word is again a command name.
bool keepsCommandPosition(llvm::StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("if", "then", "do", "else", "elif", "while", "until", "!", true)
      .Cases("time", "exec", "env", "sudo", "nohup", "command", "builtin", true)
      .Cases("{", "(", true)
      .Default(false);
}

/// Commands whose NAME=value arguments are assignments.
bool declares(llvm::StringRef W) {
  return llvm::StringSwitch<bool>(W)
      .Cases("export", "local", "declare", "readonly", "typeset", true)
      .Default(false);
}

enum class DockerMode { Shell, Exec, Assign, Words };

class ShellLexer {
public:
  ShellLexer(Language L, llvm::StringRef Buf, std::vector<Token> &Out)
      : C(Buf, Out), Docker(L == Language::Dockerfile) {}
  void run();

private:
  Cursor C;
  bool Docker;
  bool CmdPos = true;      // the next word names a command
  bool AssignArgs = false; // export/local/...: NAME=value arguments
  bool AtInstr = true;     // Dockerfile: next word is an instruction
  bool InContinuation = false;
  DockerMode Mode = DockerMode::Shell;
  bool LegacyEnv = false; // ENV KEY value
  bool Pending = false;   // heredoc bodies follow this line
  size_t OpLineEnd = 0;   // end of the line holding the pending operators
  size_t Resume = 0;

  void skipSpace();
  void endCommandLine();
  void comment(size_t B);
  void instruction(size_t B);
  bool heredoc(size_t B, size_t OpEnd, bool StripTabs);
  void word(size_t B);
  bool assignment(size_t B, size_t E, uint16_t Flags);
};

} // namespace

void ShellLexer::endCommandLine() {
  CmdPos = true;
  AssignArgs = false;
  if (Docker && !InContinuation) {
    AtInstr = true;
    LegacyEnv = false;
  }
}

void ShellLexer::skipSpace() {
  while (!C.atEnd()) {
    char Ch = C.Buf[C.Pos];
    if (Ch == '\n') {
      C.SawNewline = true;
      ++C.Pos;
      endCommandLine();
    } else if (isBlank(Ch)) {
      ++C.Pos;
    } else if (Ch == '\\' && (C.peek(1) == '\n' ||
                              (C.peek(1) == '\r' && C.peek(2) == '\n'))) {
      C.Pos += C.peek(1) == '\n' ? 2 : 3;
      InContinuation = true;
    } else {
      break;
    }
  }
}

void ShellLexer::comment(size_t B) {
  C.Pos = C.lineEnd(B);
  if (C.Pos > B && C.Buf[C.Pos - 1] == '\r')
    --C.Pos;
  C.emit(B, TokenKind::Comment);
}

void ShellLexer::instruction(size_t B) {
  size_t P = B;
  while (P < C.End && isIdentChar(C.Buf[P]))
    ++P;
  if (P == B)
    P = B + 1;
  C.Pos = P;
  C.emit(B, TokenKind::Identifier);
  std::string Word = C.Buf.slice(B, P).upper();
  if (Word == "ONBUILD")
    return; // another instruction follows
  AtInstr = false;
  CmdPos = true;
  AssignArgs = false;
  size_t Q = P;
  while (Q < C.End && isBlank(C.Buf[Q]))
    ++Q;
  bool JSONForm = Q < C.End && C.Buf[Q] == '[';
  if (Word == "RUN" || Word == "CMD" || Word == "ENTRYPOINT" ||
      Word == "SHELL" || Word == "HEALTHCHECK")
    Mode = JSONForm ? DockerMode::Exec : DockerMode::Shell;
  else if (Word == "ENV" || Word == "ARG" || Word == "LABEL")
    Mode = DockerMode::Assign;
  else
    Mode = JSONForm ? DockerMode::Exec : DockerMode::Words;
  LegacyEnv = false;
  if (Word == "ENV") {
    // ENV KEY value (no '=' in the first word) takes the rest as the value.
    uint16_t Fl = 0;
    size_t E = scanWord(C.Buf, Q, C.End, Fl);
    LegacyEnv = E > Q && !C.Buf.slice(Q, E).contains('=');
  }
}

bool ShellLexer::heredoc(size_t B, size_t OpEnd, bool StripTabs) {
  size_t P = OpEnd;
  while (P < C.End && isBlank(C.Buf[P]))
    ++P;
  uint16_t WFl = 0;
  size_t WE = scanWord(C.Buf, P, C.End, WFl);
  if (WE == P)
    return false;
  llvm::StringRef Raw = C.Buf.slice(P, WE);
  bool Quoted = Raw.find_first_of("'\"\\") != llvm::StringRef::npos;
  std::string Tag;
  for (char Ch : Raw)
    if (Ch != '\'' && Ch != '"' && Ch != '\\')
      Tag += Ch;
  C.Pos = OpEnd;
  C.emit(B, TokenKind::Punct);

  size_t Full = C.Buf.size();
  if (!Pending) {
    // Once per line: every opener on it shares the line end, so a line of
    // many openers stays linear.
    OpLineEnd = C.lineEnd(B);
    Resume = OpLineEnd < Full ? OpLineEnd + 1 : Full;
  }
  size_t BodyB = Resume, BodyE = Full, Next = Full;
  bool Found = false;
  for (size_t L = BodyB; L < Full;) {
    size_t NL = C.Buf.find('\n', L);
    size_t LE = NL == llvm::StringRef::npos ? Full : NL;
    llvm::StringRef Line = C.Buf.slice(L, LE).rtrim("\r");
    if (StripTabs)
      Line = Line.ltrim('\t');
    if (Line == Tag) {
      BodyE = L;
      Next = LE < Full ? LE + 1 : Full;
      Found = true;
      break;
    }
    L = LE + 1;
  }
  uint16_t Flags = tokflags::Multiline | tokflags::Heredoc;
  if (!Found)
    Flags |= tokflags::Unterminated;
  if (Quoted) {
    Flags |= tokflags::Raw;
  } else {
    llvm::StringRef Body = C.Buf.slice(BodyB, BodyE);
    for (size_t I = 0; I < Body.size(); ++I) {
      if (Body[I] == '\\') {
        ++I;
        continue;
      }
      uint16_t Fl = 0;
      if ((Body[I] == '$' || Body[I] == '`') &&
          skipExpansion(Body, I, Body.size(), Fl, 0) != I) {
        Flags |= tokflags::Interpolated;
        break;
      }
    }
  }
  C.SawNewline = false;
  Token &T = C.emitSpan(BodyB, BodyE, TokenKind::String, Flags);
  T.Depth = StripTabs ? 1 : 0;
  C.Pos = WE;
  Pending = true;
  Resume = Next;
  C.End = std::max(OpLineEnd, C.Pos);
  return true;
}

/// Splits NAME=value (or NAME+=value) into three tokens.
bool ShellLexer::assignment(size_t B, size_t E, uint16_t Flags) {
  size_t P = B;
  if (P >= E || !isIdentStart(C.Buf[P]) || (unsigned char)C.Buf[P] >= 0x80)
    return false;
  while (P < E && isIdentChar(C.Buf[P]) && (unsigned char)C.Buf[P] < 0x80)
    ++P;
  size_t Op = P;
  if (P < E && C.Buf[P] == '+')
    ++P;
  if (P >= E || C.Buf[P] != '=')
    return false;
  C.emitSpan(B, Op, TokenKind::Identifier);
  C.emitSpan(Op, P + 1, TokenKind::Punct);
  C.emitSpan(P + 1, E, TokenKind::String, Flags & ~tokflags::NewlineBefore);
  C.Pos = E;
  return true;
}

void ShellLexer::word(size_t B) {
  uint16_t Flags = 0;
  size_t E = scanWord(C.Buf, B, C.End, Flags);
  if (E == B)
    E = B + 1; // a lone metacharacter no operator claims
  C.Pos = E;
  llvm::StringRef W = C.Buf.slice(B, E);

  if (Docker && Mode == DockerMode::Assign) {
    if (LegacyEnv) {
      C.emit(B, TokenKind::Identifier);
      size_t P = E;
      while (P < C.End && isBlank(C.Buf[P]))
        ++P;
      // The value runs to the end of the logical line.
      size_t VE = P;
      while (VE < C.End && C.Buf[VE] != '\n') {
        if (C.Buf[VE] == '\\' && VE + 1 < C.End)
          ++VE;
        ++VE;
      }
      VE = std::min(VE, C.End);
      size_t Trim = VE;
      while (Trim > P && isBlank(C.Buf[Trim - 1]))
        --Trim;
      C.emitSpan(P, Trim, TokenKind::String);
      C.Pos = VE;
      LegacyEnv = false;
      return;
    }
    if (!assignment(B, E, Flags))
      C.emit(B, TokenKind::Identifier, Flags);
    return;
  }
  if (Docker && Mode != DockerMode::Shell) {
    C.emit(B, TokenKind::String, Flags);
    return;
  }
  if ((CmdPos || AssignArgs) && assignment(B, E, Flags))
    return;
  if (CmdPos) {
    if ((W == "{" || W == "}") && W.size() == 1) {
      C.emit(B, TokenKind::Punct);
      return;
    }
    C.emit(B, TokenKind::Identifier, Flags);
    CmdPos = keepsCommandPosition(W);
    AssignArgs = declares(W);
    return;
  }
  if (W == "}") {
    C.emit(B, TokenKind::Punct);
    return;
  }
  C.emit(B, TokenKind::String, Flags);
}

void ShellLexer::run() {
  while (true) {
    skipSpace();
    if (C.atEnd()) {
      if (!Pending)
        return;
      Pending = false;
      C.End = C.Buf.size();
      C.Pos = std::max(C.Pos, Resume);
      C.SawNewline = true;
      endCommandLine();
      continue;
    }
    size_t B = C.Pos;
    char Ch = C.peek();
    if (Ch == '#') {
      comment(B);
      continue;
    }
    InContinuation = false;
    if (Docker && AtInstr) {
      instruction(B);
      continue;
    }
    if (Docker && Mode == DockerMode::Exec) {
      if (Ch == '"') {
        uint16_t Fl = 0;
        size_t E = skipDouble(C.Buf, B, C.lineEnd(B), Fl, 0);
        C.Pos = std::max(E, B + 1);
        C.emit(B, TokenKind::String, Fl & tokflags::Unterminated);
        continue;
      }
      if (Ch == '[' || Ch == ']' || Ch == ',') {
        C.Pos = B + 1;
        C.emit(B, TokenKind::Punct);
        continue;
      }
    }
    // Redirections may carry a file descriptor: 2>&1, 3<file.
    size_t P = B;
    while (P < C.End && isDigit(C.Buf[P]))
      ++P;
    char OpCh = P < C.End ? C.Buf[P] : '\0';
    bool Redirect = OpCh == '<' || OpCh == '>';
    if (P > B && !Redirect)
      P = B;
    if (P < C.End && isMeta(C.Buf[P]) && !isBlank(C.Buf[P]) &&
        C.Buf[P] != '\n') {
      size_t SaveEnd = C.Pos;
      C.Pos = P;
      size_t Len = C.punctLength(Operators);
      C.Pos = SaveEnd;
      llvm::StringRef Op = C.Buf.slice(P, P + Len);
      if ((Op == "<<" || Op == "<<-") && heredoc(B, P + Len, Op == "<<-"))
        continue;
      C.Pos = P + Len;
      C.emit(B, TokenKind::Punct);
      if (!(Op.starts_with("<") || Op.starts_with(">") || Op == "&>" ||
            Op == "&>>" || Op == ")"))
        endCommandLine();
      continue;
    }
    word(B);
  }
}

void lexers::lexShell(Language L, llvm::StringRef Buf,
                      std::vector<Token> &Out) {
  ShellLexer(L, Buf, Out).run();
}
