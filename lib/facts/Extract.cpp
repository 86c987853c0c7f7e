//===- Extract.cpp - The token frontend entry point -----------------------===//
#include "facts/Extract.h"
#include "facts/Builders.h"
#include "facts/Routes.h"
#include "lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

using namespace rtclint;

/// Fact vectors sized once from the tokens: grown by doubling, a vector of
/// 100-byte facts holds up to twice what it needs, and three times while it
/// reallocates; on a large minified file that was most of the peak memory.
/// Every String token yields at most one fact (folds and comment values add
/// a few: growth then is one step), a binding needs a `=`, `:`, `=>` or a
/// key. No more than the fact budget is reserved.
static void reserveFacts(llvm::StringRef Buf, llvm::ArrayRef<Token> Toks,
                         size_t MaxFacts, FileFacts &F) {
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
  F.Strings.reserve(std::min(Strings + Comments, MaxFacts) + 16);
  F.Bindings.reserve(std::min(Binds, MaxFacts) + 16);
  F.Comments.reserve(std::min(Comments, MaxFacts));
}

static bool isCodeFamily(LexFamily Fam) {
  switch (Fam) {
  case LexFamily::CLike:
  case LexFamily::Python:
  case LexFamily::Ruby:
  case LexFamily::PHP:
  case LexFamily::Shell:
    return true;
  default:
    return false;
  }
}

FileFacts rtclint::extractFacts(Language L, llvm::StringRef Buf,
                                size_t MaxFacts) {
  FileFacts F;
  F.Lang = L;
  F.Scopes.push_back(
      ScopeFact{ScopeKind::Module, "", Span{0, uint32_t(Buf.size())}, -1});
  // Room for the most tokens a file of this size usually has: what is
  // never written is never resident, and a vector that grows by doubling
  // holds three times its tokens while it moves them.
  std::vector<Token> Toks;
  Toks.reserve(Buf.size() / 2 + 16);
  lex(L, Buf, Toks);
  LexFamily Fam = lexFamily(L);

  // Configuration, markup and data builders see a prefix of the tokens: a
  // token yields at most about one fact there.
  size_t Structural = Toks.size();
  if (!isCodeFamily(Fam) && Fam != LexFamily::Text && Toks.size() > MaxFacts)
    Structural = MaxFacts;
  llvm::ArrayRef<Token> All(Toks);
  reserveFacts(Buf, All.take_front(Structural), MaxFacts, F);
  std::vector<StringFact> TailFacts;
  if (Structural < Toks.size()) {
    F.BudgetCut = Toks[Structural].Begin;
    FileFacts Tail;
    builders::addSecretCandidates(L, Buf, All.drop_front(Structural), Tail);
    TailFacts = std::move(Tail.Strings);
    Toks.resize(Structural);
  }

  switch (Fam) {
  case LexFamily::Text:
    break;
  case LexFamily::CLike:
  case LexFamily::Python:
  case LexFamily::Ruby:
  case LexFamily::PHP:
  case LexFamily::Shell:
    builders::buildCodeFacts(L, Buf, Toks, F, MaxFacts);
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

  // Past the cut: the comments still leave the code view, and the literals
  // that may be credentials are facts.
  std::vector<Span> TailComments;
  if (F.BudgetCut != NoBudgetCut) {
    auto From = llvm::partition_point(
        Toks, [&](const Token &T) { return T.Begin < F.BudgetCut; });
    llvm::ArrayRef<Token> Rest =
        llvm::ArrayRef<Token>(Toks).drop_front(From - Toks.begin());
    builders::addSecretCandidates(L, Buf, Rest, F);
    for (const Token &T : Rest)
      if (T.is(TokenKind::Comment))
        TailComments.push_back(Span{T.Begin, T.End});
    F.Strings.insert(F.Strings.end(),
                     std::make_move_iterator(TailFacts.begin()),
                     std::make_move_iterator(TailFacts.end()));
  }

  // The tokens are done with: give their memory back before the code view
  // copies the buffer (a large file's peak).
  std::vector<Token>().swap(Toks);

  // Comments blanked to spaces, newlines kept: offsets stay valid. Comment
  // facts, not top-level tokens, so comments in HTML <script> bodies count.
  F.CodeView = Buf.str();
  auto Blank = [&](Span R) {
    for (uint32_t I = R.Begin; I < R.End && I < F.CodeView.size(); ++I)
      if (F.CodeView[I] != '\n' && F.CodeView[I] != '\r')
        F.CodeView[I] = ' ';
  };
  for (const CommentFact &C : F.Comments)
    Blank(C.Range);
  for (Span R : TailComments)
    Blank(R);
  // Routes are read from the code facts and the code view.
  routes::buildRoutes(L, Buf, F);
  return F;
}
