//===- Convert.cpp - Findings as LSP diagnostics and code actions ---------===//
#include "lsp/Convert.h"
#include "engine/Suppressions.h"
#include "lsp/Uri.h"
#include "report/Reporter.h"
#include "llvm/Support/Path.h"

using namespace rtclint;
using namespace rtclint::lsp;
namespace json = llvm::json;
using llvm::StringRef;

/// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
static int lspSeverity(Severity S) {
  switch (S) {
  case Severity::Error:
    return 1;
  case Severity::Warning:
    return 2;
  default:
    return 3;
  }
}

static json::Object toJSON(Position P) {
  return json::Object{{"line", P.Line}, {"character", P.Character}};
}

/// Byte range of a location: its span, else its 1-based line and columns.
static std::pair<size_t, size_t> byteRange(const Location &L,
                                           const LineIndex &Lines) {
  if (!L.Range.empty() || (L.Range.Begin && !L.Line))
    return {L.Range.Begin, L.Range.End};
  size_t B = Lines.lineStart(L.Line) + (L.Column ? L.Column - 1 : 0);
  unsigned EndLine = L.EndLine ? L.EndLine : L.Line;
  size_t E = L.EndColumn ? Lines.lineStart(EndLine) + L.EndColumn - 1 : B;
  return {B, std::max(B, E)};
}

static json::Object toRange(const Location &L, const PositionMap &Map) {
  auto [B, End] = byteRange(L, Map.lines());
  return json::Object{{"start", toJSON(Map.position(B))},
                      {"end", toJSON(Map.position(End))}};
}

json::Value rtclint::lsp::toDiagnostic(const Finding &F, StringRef Uri,
                                       const PositionMap &Map) {
  json::Object D{
      {"range", toRange(F.location(), Map)},
      {"severity", lspSeverity(F.Sev)},
      {"code", F.RuleId},
      {"codeDescription", json::Object{{"href", ruleHelpUri(F.RuleId)}}},
      {"source", DiagnosticSource},
      // Redacted by the engine: the message never holds a whole secret.
      {"message", F.Message},
  };
  json::Array Related;
  Related.reserve(F.Notes.size());
  for (const Note &N : F.Notes) {
    // Notes in this file get exact ranges; others point at their line.
    bool Here = N.Loc.Path == F.Path;
    std::string NoteUri = Here ? Uri.str() : pathToUri(N.Loc.Path);
    if (!Here && !llvm::sys::path::is_absolute(N.Loc.Path))
      continue;
    json::Object Range =
        Here ? toRange(N.Loc, Map)
             : json::Object{
                   {"start", toJSON({N.Loc.Line ? N.Loc.Line - 1 : 0, 0})},
                   {"end", toJSON({N.Loc.Line ? N.Loc.Line - 1 : 0, 0})}};
    Related.push_back(
        json::Object{{"location", json::Object{{"uri", NoteUri},
                                               {"range", std::move(Range)}}},
                     {"message", N.Message}});
  }
  if (!Related.empty())
    D["relatedInformation"] = std::move(Related);
  return D;
}

json::Object rtclint::lsp::publishParams(const Analysis &A, Encoding E) {
  // json::Value moves are not noexcept: without the reserve every growth
  // of the array deep-copies the diagnostics built so far.
  json::Array Diags;
  Diags.reserve(A.Findings.size());
  PositionMap Map(A.Text, E);
  for (const Finding &F : A.Findings)
    Diags.push_back(toDiagnostic(F, A.Uri, Map));
  json::Object P{{"uri", A.Uri}, {"diagnostics", std::move(Diags)}};
  if (A.Version)
    P["version"] = A.Version;
  return P;
}

std::optional<std::pair<StringRef, StringRef>>
rtclint::lsp::commentSyntax(Language L) {
  switch (lexFamily(L)) {
  case LexFamily::CLike:
  case LexFamily::PHP:
    return std::make_pair(StringRef("// "), StringRef(""));
  case LexFamily::Python:
  case LexFamily::Ruby:
  case LexFamily::Shell:
  case LexFamily::KeyValue:
  case LexFamily::YAML:
    return std::make_pair(StringRef("# "), StringRef(""));
  case LexFamily::Markup:
    return std::make_pair(StringRef("<!-- "), StringRef(" -->"));
  case LexFamily::SQL:
    return std::make_pair(StringRef("-- "), StringRef(""));
  case LexFamily::JSON:
  case LexFamily::CSV:
  case LexFamily::Text:
    return std::nullopt;
  }
  return std::nullopt;
}

/// A WorkspaceEdit with Edits for one document.
static json::Object workspaceEdit(StringRef Uri, json::Array Edits) {
  json::Object Changes;
  Changes[Uri.str()] = std::move(Edits); // an owned key
  return json::Object{{"changes", std::move(Changes)}};
}

/// The reason placeholder a suppression comment gets; the user replaces it.
static constexpr const char *ReasonPlaceholder = "TODO: say why this is safe";

json::Array rtclint::lsp::codeActions(const Analysis &A, Language L,
                                      Position Start, Position End,
                                      Encoding E) {
  json::Array Out;
  PositionMap Map(A.Text, E);
  const LineIndex &Lines = Map.lines();
  size_t From = Map.offset(Start), To = Map.offset(End);
  auto Comment = commentSyntax(L);
  for (const Finding &F : A.Findings) {
    auto [B, FE] = byteRange(F.location(), Lines);
    // Touching counts: a cursor right after the finding still offers it.
    if (FE < From || B > To)
      continue;
    json::Value Diag = toDiagnostic(F, A.Uri, Map);
    for (const Fix &X : F.Fixes) {
      json::Array Edits;
      for (const TextEdit &T : X.Edits)
        Edits.push_back(json::Object{{"range", toRange(T.Loc, Map)},
                                     {"newText", T.NewText}});
      Out.push_back(
          json::Object{{"title", X.Description},
                       {"kind", "quickfix"},
                       {"diagnostics", json::Array{Diag}},
                       {"isPreferred", true},
                       {"edit", workspaceEdit(A.Uri, std::move(Edits))}});
    }
    if (!Comment || F.RuleId == UnusedSuppressionId)
      continue;
    unsigned Line = Lines.line(B);
    StringRef Text = Lines.lineText(Line);
    StringRef Indent =
        Text.take_while([](char C) { return C == ' ' || C == '\t'; });
    // The file's own line break, so the insertion does not mix styles.
    StringRef Break = A.Text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::string NewText = Indent.str() + Comment->first.str() +
                          "rtclint-ignore-next-line: " + F.RuleId + " -- " +
                          ReasonPlaceholder + Comment->second.str() +
                          Break.str();
    Position At{Line - 1, 0};
    Out.push_back(json::Object{
        {"title", "Suppress " + F.RuleId + " on this line"},
        {"kind", "quickfix"},
        {"diagnostics", json::Array{std::move(Diag)}},
        {"edit",
         workspaceEdit(A.Uri, json::Array{json::Object{
                                  {"range", json::Object{{"start", toJSON(At)},
                                                         {"end", toJSON(At)}}},
                                  {"newText", NewText}}})}});
  }
  return Out;
}
