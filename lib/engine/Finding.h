//===- Finding.h - One reported problem -------------------------*- C++ -*-===//
//
// A finding is what every stage after matching passes along: the resolve
// stage creates it, filters may mark it suppressed, reporters print it.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_ENGINE_FINDING_H
#define RTCLINT_ENGINE_FINDING_H

#include "facts/Facts.h"
#include "rules/Rule.h"
#include <optional>
#include <string>
#include <vector>

namespace rtclint {

/// A 1-based position range in one file (end column exclusive).
struct Location {
  std::string Path; // display path
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  Span Range; // byte offsets, when known
  /// The columns in UTF-16 code units (SARIF, LSP); 0 when unknown.
  unsigned Column16 = 0, EndColumn16 = 0;
};

/// A related location: the macro definition behind an expansion, the value a
/// token's data came from, the route that mints a token.
struct Note {
  Location Loc;
  std::string Message;
};

/// One replacement of Loc's bytes by NewText.
struct TextEdit {
  Location Loc;
  std::string NewText;
};

/// A fix a rule declares (`http://` -> `https://`); applied by editors.
struct Fix {
  std::string Description;
  std::vector<TextEdit> Edits;
};

/// Why a finding is not counted: an inline comment, or a baseline entry.
struct Suppression {
  enum Kind : unsigned char { InSource, Baseline } How = InSource;
  std::string Reason; // text after ` -- `, or the baseline entry's reason
};

struct Finding {
  const Rule *R = nullptr; // the rule (owned by the engine's RuleSet)
  std::string RuleId;
  std::string Category;
  Severity Sev = Severity::Warning;
  std::string Path;        // display path
  std::string ProjectPath; // relative to the project root (SARIF, baseline)
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0; // 1-based
  unsigned Column16 = 0, EndColumn16 = 0; // the same in UTF-16 code units
  Span Range;                             // byte offsets of the reported range
  std::string Message;
  std::string Snippet; // the first source line, secrets redacted
  /// The reported range within Snippet (bytes, after redaction), for carets.
  unsigned SnippetBegin = 0, SnippetEnd = 0;
  std::string Fingerprint; // stable across line shifts and working dirs
  std::string Scope;       // enclosing scope names, "Class.method"
  Language Lang = Language::Unknown;
  bool Secret = false; // Range holds a credential
  std::vector<Note> Notes;
  std::vector<Fix> Fixes;
  std::optional<Suppression> Suppressed;

  Location location() const {
    return {Path,      Line,  Column,   EndLine,
            EndColumn, Range, Column16, EndColumn16};
  }
  /// The inverse of location().
  void setLocation(const Location &L) {
    Path = L.Path;
    Line = L.Line;
    Column = L.Column;
    EndLine = L.EndLine;
    EndColumn = L.EndColumn;
    Range = L.Range;
    Column16 = L.Column16;
    EndColumn16 = L.EndColumn16;
  }
};

/// Orders findings by path, position, then rule: the order of every output.
bool operator<(const Finding &A, const Finding &B);

/// "a…": the first 4 characters then an ellipsis; shorter values are masked
/// whole.
std::string redact(llvm::StringRef Secret);

} // namespace rtclint

#endif
