//===- RuleFixes.cpp - A rule's quick fix applied to one finding ----------===//
#include "engine/RuleFixes.h"
#include <re2/re2.h>

using namespace rtclint;
using llvm::StringRef;

/// The location of the bytes [B, E) of Content, with exclusive end columns.
static Location locate(size_t B, size_t E, const LineIndex &Lines,
                       StringRef Path) {
  Location L;
  L.Path = Path.str();
  L.Range = {uint32_t(B), uint32_t(E)};
  L.Line = Lines.line(B);
  L.Column = Lines.column(B);
  L.Column16 = Lines.utf16Column(B);
  L.EndLine = Lines.line(E);
  L.EndColumn = Lines.column(E);
  L.EndColumn16 = Lines.utf16Column(E);
  return L;
}

std::optional<Fix> rtclint::ruleFix(const Rule &R, StringRef Content,
                                    Span Range, const LineIndex &Lines,
                                    StringRef Path, const Redactor *Red) {
  if (!R.Edit || Range.empty() || Range.End > Content.size())
    return std::nullopt;
  StringRef Text = Content.slice(Range.Begin, Range.End);
  const re2::RE2 &Re = *R.Edit->Replace;
  int Groups = Re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> M(size_t(Groups) + 1);
  re2::StringPiece In(Text.data(), Text.size());
  if (!Re.Match(In, 0, In.size(), re2::RE2::UNANCHORED, M.data(),
                int(M.size())) ||
      M[0].empty())
    return std::nullopt;
  std::string New;
  if (!Re.Rewrite(&New, R.Edit->With, M.data(), int(M.size())))
    return std::nullopt;
  StringRef Old(M[0].data(), M[0].size());
  // An edit that shows a credential would put it in every output that
  // carries fixes; the finding is still reported, without the fix.
  if (Red && (Red->apply(Old) != Old || Red->apply(New) != New))
    return std::nullopt;
  size_t B = size_t(Old.data() - Content.data());
  return Fix{R.Edit->Title,
             {TextEdit{locate(B, B + Old.size(), Lines, Path), New}}};
}
