//===- Extract.cpp - The token frontend entry point -----------------------===//
#include "facts/Extract.h"
#include "facts/Builders.h"
#include "facts/Routes.h"
#include "lex/Lexer.h"

using namespace rtclint;

FileFacts rtclint::extractFacts(Language L, llvm::StringRef Buf) {
  FileFacts F;
  F.Lang = L;
  F.Scopes.push_back(
      ScopeFact{ScopeKind::Module, "", Span{0, uint32_t(Buf.size())}, -1});
  std::vector<Token> Toks;
  Toks.reserve(Buf.size() / 6 + 16);
  lex(L, Buf, Toks);

  switch (lexFamily(L)) {
  case LexFamily::Text:
    break;
  case LexFamily::CLike:
  case LexFamily::Python:
  case LexFamily::Ruby:
  case LexFamily::PHP:
  case LexFamily::Shell:
    builders::buildCodeFacts(L, Buf, Toks, F);
    break;
  case LexFamily::KeyValue:
  case LexFamily::YAML:
  case LexFamily::JSON:
    builders::buildConfigFacts(L, Buf, Toks, F);
    break;
  case LexFamily::Markup:
    builders::buildMarkupFacts(L, Buf, Toks, F);
    break;
  }

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
