//===- CommentFacts.cpp - Comments of code and the values inside them -----===//
//
// Commented-out code keeps its secrets: `// const secret = "abc..."`. The
// values found by the code-comment scanner (CommentStrings.cpp) take the
// scope the comment sits in.
//
//===----------------------------------------------------------------------===//
#include "facts/CodePass.h"
#include "facts/CommentStrings.h"
#include "lex/Lexer.h"

using namespace rtclint;
using namespace rtclint::codefacts;
using llvm::StringRef;

void Pass::onComment(const Token &Tk) {
  StringRef Body = commentBody(Lang, Buf, Tk);
  CommentFact C;
  C.Range = Span{Tk.Begin, Tk.End};
  C.Text = Body.str();
  Result.Comments.push_back(std::move(C));
  // The body is a slice of Buf; anything else has no reliable offsets.
  if (Body.data() < Buf.data() || Body.data() + Body.size() > Buf.end())
    return;
  uint32_t Base = uint32_t(Body.data() - Buf.data());
  commentstrings::scanCodeComment(Body, Base, top().EffScope, Result.Strings);
}
