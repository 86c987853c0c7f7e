//===- Extract.cpp - The token frontend entry point -----------------------===//
#include "facts/Extract.h"
#include "facts/Builders.h"
#include "facts/Routes.h"
#include "lex/Lexer.h"

using namespace rtclint;

/// Fact vectors sized once from the tokens: grown by doubling, a vector of
/// 100-byte facts holds up to twice what it needs, and three times while it
/// reallocates; on a large minified file that was most of the peak memory.
/// Every String token yields at most one fact (folds and comment values add
/// a few: growth then is one step), a binding needs a `=`, `:`, `=>` or a
/// key. The token vector gives back its own slack first.
static void reserveFacts(llvm::StringRef Buf, std::vector<Token> &Toks,
                         FileFacts &F) {
  if (Toks.capacity() > Toks.size() + Toks.size() / 4 + 1024)
    Toks.shrink_to_fit();
  size_t Strings = 0, Binds = 0, Comments = 0;
  for (const Token &T : Toks) {
    if (T.is(TokenKind::String)) {
      ++Strings;
      Binds += T.has(tokflags::Key);
    } else if (T.is(TokenKind::Comment)) {
      ++Comments;
    } else if (T.is(TokenKind::Punct) || T.is(TokenKind::Markup)) {
      llvm::StringRef P = T.text(Buf);
      Binds += P == "=" || P == ":" || P == "=>" || P == ":=";
    } else if (T.has(tokflags::Key)) {
      ++Binds;
    }
  }
  F.Strings.reserve(Strings + Comments + 16);
  F.Bindings.reserve(Binds + 16);
  F.Comments.reserve(Comments);
}

FileFacts rtclint::extractFacts(Language L, llvm::StringRef Buf) {
  FileFacts F;
  F.Lang = L;
  F.Scopes.push_back(
      ScopeFact{ScopeKind::Module, "", Span{0, uint32_t(Buf.size())}, -1});
  std::vector<Token> Toks;
  Toks.reserve(Buf.size() / 6 + 16);
  lex(L, Buf, Toks);
  reserveFacts(Buf, Toks, F);

  switch (lexFamily(L)) {
  case LexFamily::Text:
    break;
  case LexFamily::CLike:
  case LexFamily::Python:
  case LexFamily::Ruby:
  case LexFamily::PHP:
  case LexFamily::Shell:
    builders::buildCodeFacts(L, Buf, Toks, F);
    builders::foldStrings(L, Buf, Toks, F);
    break;
  case LexFamily::KeyValue:
  case LexFamily::YAML:
  case LexFamily::JSON:
    builders::buildConfigFacts(L, Buf, Toks, F);
    break;
  case LexFamily::Markup:
    builders::buildMarkupFacts(L, Buf, Toks, F);
    break;
  case LexFamily::SQL:
  case LexFamily::CSV:
    builders::buildDataFacts(L, Buf, Toks, F);
    break;
  }

  // The tokens are done with: give their memory back before the code view
  // copies the buffer (a large file's peak).
  std::vector<Token>().swap(Toks);

  // Comments blanked to spaces, newlines kept: offsets stay valid. Comment
  // facts, not top-level tokens, so comments in HTML <script> bodies count.
  F.CodeView = Buf.str();
  for (const CommentFact &C : F.Comments)
    for (uint32_t I = C.Range.Begin; I < C.Range.End && I < F.CodeView.size();
         ++I)
      if (F.CodeView[I] != '\n' && F.CodeView[I] != '\r')
        F.CodeView[I] = ' ';
  // Routes are read from the code facts and the code view.
  routes::buildRoutes(L, Buf, F);
  return F;
}
