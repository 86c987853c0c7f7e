//===- DataFacts.cpp - Values of SQL scripts and CSV files ----------------===//
//
// Dumps and data exports hold the same credentials as code: a session ID in
// `INSERT INTO rooms VALUES (1, '1_MX4...')`, an API secret in a settings
// table, a key in a CSV column. Every string value becomes a StringFact,
// named after what names it:
//   - INSERT/REPLACE INTO t (c1, c2) VALUES (v1, v2), (...): each value after
//     its column (ConfigKey, path `t.c`); without a column list, the table;
//   - COPY t (c1, c2) FROM stdin; rows: the same, cell by cell;
//   - name = 'v' / name := 'v' (SET, UPDATE ... SET, WHERE): Assignment;
//   - CSV: each cell after the header cell of its column (ConfigKey).
//
//===----------------------------------------------------------------------===//
#include "facts/Builders.h"
#include "facts/CommentStrings.h"
#include "facts/TextUtil.h"
#include "lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace rtclint;
using llvm::StringRef;

namespace {

class DataBuilder {
public:
  /// Comments are recorded first; the builders read the other tokens.
  DataBuilder(Language L, StringRef Buf, const std::vector<Token> &Toks,
              FileFacts &F)
      : L(L), Buf(Buf), F(F) {
    for (const Token &Tk : Toks)
      if (Tk.is(TokenKind::Comment))
        commentstrings::addComment(L, Buf, Tk, /*Backticks=*/false, F);
      else
        T.push_back(Tk);
  }

  void runSQL();
  void runCSV();

private:
  Language L;
  StringRef Buf;
  FileFacts &F;
  std::vector<Token> T; // without comments

  StringRef text(size_t I) const { return T[I].text(Buf); }
  bool isPunct(size_t I, StringRef P) const {
    return I < T.size() && T[I].is(TokenKind::Punct) && text(I) == P;
  }
  bool isWord(size_t I, StringRef W) const {
    return I < T.size() && T[I].is(TokenKind::Identifier) &&
           text(I).equals_insensitive(W);
  }
  /// A name without its identifier quotes.
  StringRef name(size_t I) const {
    StringRef S = text(I);
    if (S.size() >= 2 && (S[0] == '"' || S[0] == '`' || S[0] == '['))
      return S.drop_front().drop_back();
    return S;
  }

  void add(size_t I, StringRef Name, std::string Path, BindKind Bind,
           ValueKind Kind = ValueKind::String);
  /// `a.b.c` from I; returns the index past it and the dotted name.
  size_t qualifiedName(size_t I, std::string &Out) const;
  /// `(c1, c2, ...)` at I: the column names; returns the index past `)`.
  size_t columnList(size_t I, std::vector<std::string> &Cols) const;
  size_t insert(size_t I);
  void nameValuePair(const std::vector<std::string> &Cols,
                     const std::vector<int32_t> &Row, StringRef Table);
  size_t copy(size_t I);
};

void DataBuilder::add(size_t I, StringRef Name, std::string Path, BindKind Bind,
                      ValueKind Kind) {
  StringFact S;
  S.Kind = Kind;
  S.Value = decodeString(L, Buf, T[I]);
  S.Range = Span{T[I].Begin, T[I].End};
  S.Name = Name.str();
  S.Path = std::move(Path);
  S.Bind = Name.empty() && S.Path.empty() ? BindKind::None : Bind;
  int32_t Idx = int32_t(F.Strings.size());
  if (S.Bind != BindKind::None) {
    BindingFact B;
    B.Bind = S.Bind;
    B.Name = S.Name;
    B.Path = S.Path;
    B.ValueText = facttext::collapse(text(I));
    B.ValueRange = S.Range;
    B.NameRange = S.Range;
    B.String = Idx;
    F.Bindings.push_back(std::move(B));
  }
  F.Strings.push_back(std::move(S));
}

size_t DataBuilder::qualifiedName(size_t I, std::string &Out) const {
  while (I < T.size() && T[I].is(TokenKind::Identifier)) {
    Out += name(I).str();
    if (!isPunct(I + 1, "."))
      return I + 1;
    Out += '.';
    I += 2;
  }
  return I;
}

size_t DataBuilder::columnList(size_t I, std::vector<std::string> &Cols) const {
  if (!isPunct(I, "("))
    return I;
  for (++I; I < T.size() && !isPunct(I, ")"); ++I)
    if (T[I].is(TokenKind::Identifier))
      Cols.push_back(name(I).str());
    else if (!isPunct(I, ","))
      return I; // not a plain column list (INSERT ... SELECT (...))
  return I + 1;
}

/// INSERT [IGNORE] INTO t [(cols)] VALUES (...), (...)
size_t DataBuilder::insert(size_t I) {
  while (I < T.size() && T[I].is(TokenKind::Identifier) && !isWord(I, "into"))
    ++I; // IGNORE, LOW_PRIORITY, OR REPLACE ...
  if (!isWord(I, "into"))
    return I;
  std::string Table;
  I = qualifiedName(I + 1, Table);
  std::vector<std::string> Cols;
  I = columnList(I, Cols);
  if (!isWord(I, "values") && !isWord(I, "value"))
    return I;
  ++I;
  while (isPunct(I, "(")) {
    unsigned Depth = 0, Col = 0;
    std::vector<int32_t> Row(Cols.size(), -1);
    for (; I < T.size(); ++I) {
      if (isPunct(I, "(")) {
        ++Depth;
      } else if (isPunct(I, ")")) {
        if (--Depth == 0)
          break;
      } else if (Depth == 1 && isPunct(I, ",")) {
        ++Col;
      } else if (Depth == 1 && T[I].is(TokenKind::String)) {
        StringRef Name = Col < Cols.size() ? StringRef(Cols[Col]) : "";
        if (Col < Row.size())
          Row[Col] = int32_t(F.Strings.size());
        add(I, Name, Name.empty() ? Table : Table + "." + Name.str(),
            BindKind::ConfigKey);
      } else if (isPunct(I, ";")) {
        return I;
      }
    }
    nameValuePair(Cols, Row, Table);
    if (!isPunct(I + 1, ","))
      return I + 1;
    I += 2;
  }
  return I;
}

/// A settings row (`name`/`key` and `value` columns, wp_options'
/// option_name/option_value): the value is named after the name cell.
void DataBuilder::nameValuePair(const std::vector<std::string> &Cols,
                                const std::vector<int32_t> &Row,
                                StringRef Table) {
  int32_t N = -1, V = -1;
  for (size_t C = 0; C < Cols.size() && C < Row.size(); ++C) {
    std::string Col = StringRef(Cols[C]).lower();
    StringRef Base = StringRef(Col);
    Base.consume_front("option_") || Base.consume_front("setting_") ||
        Base.consume_front("config_");
    if (Base == "name" || Base == "key")
      N = Row[C];
    else if (Base == "value")
      V = Row[C];
  }
  if (N < 0 || V < 0)
    return;
  StringFact &S = F.Strings[V];
  S.Name = F.Strings[N].Value;
  S.Path = Table.str() + "." + S.Name;
  // The row's bindings are the last ones added.
  for (size_t I = F.Bindings.size(); I-- > 0 && F.Bindings[I].String >= V;)
    if (F.Bindings[I].String == V) {
      F.Bindings[I].Name = S.Name;
      F.Bindings[I].Path = S.Path;
    }
}

/// COPY t (cols) FROM stdin; then the rows the lexer split into cells.
size_t DataBuilder::copy(size_t I) {
  std::string Table;
  I = qualifiedName(I, Table);
  std::vector<std::string> Cols;
  I = columnList(I, Cols);
  while (I < T.size() && !isPunct(I, ";"))
    ++I;
  // Empty cells are no tokens, so columns are counted in tabs: from the
  // row's start to its first cell, then between consecutive cells.
  size_t Col = 0;
  for (++I;
       I < T.size() && T[I].is(TokenKind::String) && T[I].has(tokflags::Raw);
       ++I) {
    size_t From;
    if (T[I].has(tokflags::NewlineBefore)) {
      From = Buf.rfind('\n', T[I].Begin);
      From = From == StringRef::npos ? 0 : From + 1;
      Col = 0;
    } else {
      From = T[I - 1].End;
    }
    Col += Buf.slice(From, T[I].Begin).count('\t');
    StringRef Name = Col < Cols.size() ? StringRef(Cols[Col]) : "";
    if (text(I) != "\\N")
      add(I, Name, Name.empty() ? Table : Table + "." + Name.str(),
          BindKind::ConfigKey);
  }
  return I;
}

void DataBuilder::runSQL() {
  bool StatementStart = true;
  for (size_t I = 0; I < T.size();) {
    const Token &Tk = T[I];
    if (StatementStart && (isWord(I, "insert") || isWord(I, "replace"))) {
      StatementStart = false;
      I = insert(I + 1);
      continue;
    }
    if (StatementStart && isWord(I, "copy")) {
      I = copy(I + 1);
      StatementStart = true;
      continue;
    }
    StatementStart = isPunct(I, ";");
    if (Tk.is(TokenKind::String)) {
      // name = 'v', name := 'v'
      if (I >= 2 && (isPunct(I - 1, "=") || isPunct(I - 1, ":=")) &&
          T[I - 2].is(TokenKind::Identifier)) {
        std::string Path;
        size_t J = I - 2;
        while (J >= 2 && isPunct(J - 1, ".") &&
               T[J - 2].is(TokenKind::Identifier))
          J -= 2;
        qualifiedName(J, Path);
        add(I, name(I - 2), Path, BindKind::Assignment);
      } else {
        add(I, "", "", BindKind::None);
      }
    }
    ++I;
  }
}

void DataBuilder::runCSV() {
  std::vector<std::string> Header;
  size_t Col = 0;
  for (size_t I = 0; I < T.size(); ++I) {
    const Token &Tk = T[I];
    if (Tk.has(tokflags::Key)) {
      Header.push_back(decodeString(L, Buf, Tk));
      continue;
    }
    if (Tk.has(tokflags::NewlineBefore))
      Col = 0;
    if (Tk.is(TokenKind::Punct)) {
      ++Col;
      continue;
    }
    if (!Tk.is(TokenKind::String))
      continue;
    StringRef V = text(I);
    bool Number =
        Tk.has(tokflags::Raw) && !V.empty() && llvm::all_of(V, [](char C) {
          return llvm::isDigit(C) || C == '.' || C == '-';
        });
    StringRef Name = Col < Header.size() ? StringRef(Header[Col]) : "";
    add(I, Name, Name.str(), BindKind::ConfigKey,
        Number ? ValueKind::Number : ValueKind::String);
  }
}

} // namespace

void builders::buildDataFacts(Language L, StringRef Buf,
                              const std::vector<Token> &Toks, FileFacts &F) {
  DataBuilder B(L, Buf, Toks, F);
  if (lexFamily(L) == LexFamily::CSV)
    B.runCSV();
  else
    B.runSQL();
}
