//===- CodePass.h - The structural pass over code tokens (internal) -------===//
//
// One bracket-aware pass shared by every code family. A stack of frames
// mirrors the nesting of brackets, keyword blocks (Ruby `do ... end`, shell
// `if ... fi`), Python indentation blocks and paren-less calls. Each frame
// knows its role (call arguments, object literal, class body, code, ...) and
// the element or statement being read, so bindings, arguments and calls are
// finished when their terminator arrives: every token is looked at a bounded
// number of times, which keeps the pass linear.
//
// The differences between languages are data (Traits); the pass is split by
// concern over CodeFacts.cpp (driver, frames, scopes), CodeBindings.cpp,
// CodeCalls.cpp, CodeInits.cpp, CodeStrings.cpp and CommentFacts.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_CODEPASS_H
#define RTCLINT_FACTS_CODEPASS_H

#include "facts/Facts.h"
#include "facts/TextUtil.h"
#include "lex/Token.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace rtclint::codefacts {

/// What differs between the code languages, as switches of the one pass.
struct Traits {
  LexFamily Family = LexFamily::CLike;
  bool NewlineEnds = false;          // a line break may end a statement
  bool PlainAssignDeclares = false;  // `x = v` declares x (Python, Ruby, PHP)
  bool KeywordEquals = false;        // `f(k = v)` is a keyword argument
  bool AdjacentConcat = false;       // "a" "b" is one literal (C, Python)
  bool DotConcat = false;            // 'a' . 'b' (PHP)
  bool TypedDecls = false;           // `Type name = v`, `Type name(...) {`
  bool TypeAfterName = false;        // Go: `var name Type = v`
  bool Annotations = false;          // `name: Type = v` (TS, Kotlin, Python)
  bool MethodHeads = false;          // `name(...) {` defines name
  llvm::StringRef LambdaArrow;       // "=>" (JS, C#, Scala), "->" (Java)
  bool HashArrow = false;            // `key => v` (PHP, Ruby)
  bool RubyBlocks = false;           // def/class/do ... end
  bool IndentBlocks = false;         // Python
  bool ParenlessCalls = false;       // Ruby `f a, b`
  bool ObjCMessages = false;         // [recv sel:arg]
  bool ShellCommands = false;        // `cmd arg...`, NAME=value
  bool Dockerfile = false;           // ENV NAME value, RUN <shell>
  bool CompositeBraces = false;      // Go `T{K: v}`
  bool InitializerBraces = false;    // C# `new T { P = v }`
  bool AllBracesObjects = false;     // HCL blocks are key = value maps
  bool BracketDicts = false;         // Swift ["k": v]
  bool DirectInit = false;           // C++ `T x(args);`, `T x{args};`
  bool TupleAssign = false;          // `a, b := f()` binds a and b (Go, Py, Rb)
  bool StatusLast = false;           // Go: `v, err := f()`, `v, ok := m[k]`
  bool TrailingLambdas = false;      // `f(x) { ... }`, `f { ... }` (Kt, Swift)
  bool GenericCalls = false;         // `f<T>(x)` is a call (TS, C#, Kt, ...)
  bool AnonymousClasses = false;     // `new T(...) { members }` (Java)
  bool DefaultsAtDefinition = false; // `def f(x=g())`: g runs once (Python)
};

Traits traitsFor(Language L);

/// Words that are never callees or binding targets when they stand alone.
bool isControlKeyword(llvm::StringRef W);
/// Words that declare the name that follows: const, let, var, val, final...
bool isDeclKeyword(llvm::StringRef W);
/// Words that start a named function: function, def, func, fun, fn.
bool isFunctionKeyword(llvm::StringRef W, const Traits &Tr);
/// Words that start a named class-like scope: class, struct, module...
bool isClassKeyword(llvm::StringRef W, const Traits &Tr);
/// true/false/null spellings; Other when W is none of them.
ValueKind literalKind(llvm::StringRef W);

using facttext::collapse;

enum class FrameKind : unsigned char {
  Root,
  Paren,
  Bracket,
  Brace,
  KwBlock,   // Ruby def/class/do/if ... end, shell if ... fi
  Indent,    // Python block
  Parenless, // Ruby call without parentheses, shell command
  Message,   // Objective-C [recv sel:arg]
};

enum class Role : unsigned char {
  Code,      // statements
  ClassBody, // statements declaring members
  Args,      // call arguments
  Params,    // parameter list of a definition
  Group,     // parenthesized expression or control header
  Object,    // object/dict/hash/composite literal, initializer
  Array,     // array literal or subscript
};

/// A scope announced by a head (`class X`, `function f`, `f(...)` + `{`)
/// and opened by the next `{` (or `:` in Python) of the same frame.
struct PendingScope {
  bool Active = false;
  ScopeKind Kind = ScopeKind::Function;
  std::string Name;
  int64_t BeginTok = -1;
  int64_t ParamsTok = -1; // '(' of its parameter list, once seen
};

struct OpenBinding {
  int32_t Fact = -1;
  uint32_t ValStart = 0;
};

struct Frame {
  FrameKind Kind = FrameKind::Root;
  Role Holds = Role::Code;
  int64_t Open = -1;        // opener token (index into the code tokens)
  int32_t Call = -1;        // call whose argument list this frame is
  int32_t CallFrame = -1;   // innermost frame (index) with a call, or -1
  int32_t Scope = -1;       // scope opened by this frame
  int32_t EffScope = 0;     // innermost scope in effect inside the frame
  int32_t Indent = -1;      // Python: indentation of the block's head line
  llvm::StringRef Closer;   // KwBlock: "end", "fi", "done", "esac"
  bool DeclBlock = false;   // Go var ( ... ) / const ( ... )
  bool AwaitingDo = false;  // Ruby while/until/for before its optional do
  bool CommandStart = true; // shell: the next word is a command

  // The element (argument, key/value pair, statement) being read.
  int64_t StmtStart = -1; // first token of the statement (not reset by ',')
  bool StmtDecl = false;  // the statement declares (`let a = 1, b = 2`)
  int64_t ElemStart = -1;
  int64_t Last = -1;     // last token seen at this level
  int64_t PrevLast = -1; // the one before
  uint32_t ArgIndex = 0;
  std::string Keyword; // keyword of the current argument
  int64_t KwValStart = -1;
  llvm::SmallVector<OpenBinding, 2> Bindings;
  PendingScope Pending;
  int64_t HeadNameTok = -1; // a '(' right after this token is a param list
  int64_t HeadTok = -1;     // call frames: first token of the callee
  std::string PathPrefix;   // object literal bound to a name: its path

  // Objective-C message state.
  std::string Receiver;
  std::string Selector;
  bool SawSelector = false;
};

/// Makes the frame on top the owner of scope S: inner facts see S, and calls
/// outside a function body do not adopt what is inside it.
inline void adoptScope(Frame &Fr, int32_t S, ScopeKind K) {
  Fr.Scope = S;
  Fr.EffScope = S;
  if (K != ScopeKind::Block)
    Fr.CallFrame = -1;
}

/// Per-pass state. One instance per buildCodeFacts call.
class Pass {
public:
  Pass(Language L, llvm::StringRef Buf, const std::vector<Token> &All,
       FileFacts &F, size_t MaxFacts = SIZE_MAX);
  void run();

private:
  // CodeFacts.cpp: driver, frames, scopes.
  void step(uint32_t I);
  /// Facts in Result, arguments included: what MaxFacts bounds.
  size_t factCount() const;
  void onNewline(uint32_t I);
  void note(uint32_t I);
  Frame &top() { return Stack.back(); }
  Frame &push(FrameKind K, Role R, int64_t Open);
  void popTop(int64_t EndTok);
  bool closeTo(FrameKind K, uint32_t I, llvm::StringRef Closer = {});
  void closeElement(Frame &Fr);
  void endStatement(Frame &Fr);
  int32_t openScope(ScopeKind K, llvm::StringRef Name, uint32_t Begin);
  void rescopeParams(const PendingScope &P, int32_t Outer, int32_t S);
  void openParen(uint32_t I);
  void openBracket(uint32_t I);
  void openBrace(uint32_t I);
  void onIdentifier(uint32_t I);
  void rubyKeyword(uint32_t I, llvm::StringRef W);
  bool isStatementFrame(const Frame &Fr) const;
  bool continues(uint32_t I) const;
  /// First '\n' in [A, B), or npos. Memoized: heredoc bodies make gaps
  /// that reach past the rest of their line, once per heredoc.
  size_t newlineIn(uint32_t A, uint32_t B) const;
  unsigned column(uint32_t I) const;
  bool atStatementStart(uint32_t I) const;
  llvm::StringRef text(int64_t I) const;
  bool isPunct(int64_t I, llvm::StringRef P) const;
  bool isIdent(int64_t I) const;
  bool isMemberSep(int64_t I) const;
  bool isKeywordAt(int64_t I) const;
  bool isOperand(int64_t I) const;

  // CodeBindings.cpp.
  bool onAssign(uint32_t I);
  bool isAssignOp(uint32_t I) const;
  /// `name: Type = v`: the annotated name's token, or -1.
  int64_t annotatedName(const Frame &Fr, uint32_t I, int64_t Lo) const;
  /// The target of an assignment, read backwards from its last token.
  struct AssignTarget {
    llvm::SmallVector<std::string, 4> Segs; // last segment first
    int64_t Start = -1, NameTok = -1;
  };
  bool assignTarget(const Frame &Fr, int64_t NameEnd, int64_t Lo,
                    AssignTarget &Out) const;
  bool declaresAt(const Frame &Fr, llvm::StringRef Op, const AssignTarget &Tgt,
                  bool Annotated, int64_t Lo) const;
  BindKind assignKind(Frame &Fr, llvm::StringRef Op, const AssignTarget &Tgt,
                      bool Annotated, int64_t Lo);
  unsigned tupleTargets(int64_t FirstTok, BindKind K, uint32_t ValStart);
  static bool statusName(llvm::StringRef Name);
  void dropValue(int32_t Fact);
  bool onColon(uint32_t I);
  bool onHashArrow(uint32_t I);
  void onLambdaArrow(uint32_t I);
  int32_t addBinding(BindKind K, llvm::StringRef Name, llvm::StringRef Path,
                     Span NameRange, uint32_t ValStart);
  void finishBinding(const OpenBinding &B, int64_t ValEnd);
  void onDirective(const Token &Tk);
  std::vector<Token> defineTokens(const Token &Tk, llvm::StringRef Value,
                                  uint32_t ValueOff) const;
  void addDefineLiterals(int32_t BI, const std::vector<Token> &Code);
  llvm::StringRef keyName(uint32_t I, std::string &Storage) const;
  bool constantKey(uint32_t K, int64_t ElemStart, std::string &Path) const;

  // CodeCalls.cpp.
  int64_t calleeStart(int64_t End, std::string &Text, bool &ThroughCall) const;
  int32_t addCall(int64_t NameTok);
  void finishCall(Frame &Fr, uint32_t CloseTok);
  bool isMethodHead(uint32_t CloseTok) const;
  bool isDefinitionHead(uint32_t NameTok) const;
  void finishMessage(Frame &Fr, uint32_t CloseTok);
  bool objcSelectorPart(uint32_t I);
  bool argLooking(int64_t I) const;
  void maybeParenless(uint32_t I);
  void rubyMemberCall(uint32_t I);
  void shellWord(uint32_t I);
  void shellAssignment(Frame &Fr, int64_t WB, uint32_t I, llvm::StringRef Name,
                       bool InDecl);
  void shellCommandWord(Frame &Fr, int64_t WB, uint32_t I,
                        llvm::StringRef Word);
  void addArg(Frame &Fr, int32_t Fallback);
  void compactCalls();

  // CodeInits.cpp.
  int32_t directInit(uint32_t NameTok, uint32_t Open);
  int32_t addConstruction(uint32_t NameTok);
  bool holdsExpressions(uint32_t Open) const;
  bool trailingLambda(const Frame &Par, int64_t P) const;
  int64_t genericCallee(int64_t Close) const;
  bool newBefore(int64_t NameTok) const;
  bool inNamespaceBody(const Frame &Fr) const;

  // CodeStrings.cpp.
  void onString(uint32_t I);
  int32_t addString(uint32_t First, uint32_t Last, std::string Value,
                    bool Interp);
  int32_t wholeString(int64_t First, int64_t Last) const;
  void addLiteralFact(BindingFact &B, int64_t First, int64_t Last);
  bool isConcatOp(int64_t I) const;
  void setStringContext(StringFact &S) const;

  // CommentFacts.cpp.
  void onComment(const Token &Tk);

  Language Lang;
  llvm::StringRef Buf;
  const std::vector<Token> &All;
  FileFacts &Result;
  Traits Dialect;
  /// Code tokens: no comments, no directives. All itself when it has none
  /// of those (minified code), else OwnedCode: no second copy of a large
  /// file's tokens.
  llvm::ArrayRef<Token> CodeToks;
  std::vector<Token> OwnedCode;
  std::vector<uint8_t> BreakBefore;        // a line break precedes T[I]
  mutable size_t MemoFrom = 1, MemoNL = 0; // no '\n' in [MemoFrom, MemoNL)
  std::vector<int32_t> Match;    // closer -> opener, -1 when unmatched
  std::vector<int32_t> StrAt;    // first token of a string fact -> fact
  std::vector<int32_t> StrLast;  // per new string fact: its last token
  std::vector<uint8_t> Consumed; // token already handled by a look-ahead
  std::vector<Frame> Stack;
  unsigned OpenCount[8] = {}; // open frames per FrameKind
  /// Hostile input nests brackets a million deep: past MaxDepth, openers
  /// get a scratch frame and are only counted, and as many closers are
  /// absorbed, so memory stays bounded and the facts after them survive.
  static constexpr size_t MaxDepth = 256;
  /// Argument facts kept per call (addArg).
  static constexpr size_t MaxArgs = 4096;
  size_t Overflow = 0;
  /// The fact budget (run) and the argument facts added so far.
  size_t MaxFacts = SIZE_MAX;
  size_t ArgCount = 0;
  Frame Scratch;
  int32_t StrBase = 0, CallBase = 0, BindBase = 0;
  int32_t LastClosedCall = -1; // call whose ')' was the last closer
  int64_t LastCloseTok = -1;
  std::vector<uint8_t> DeadCall; // per new call: turned out a definition
};

} // namespace rtclint::codefacts

#endif
