//===- MarkupFacts.cpp - Facts for XML, plist and HTML --------------------===//
//
// Attributes become StringFacts bound (Attribute) to their prefixed name with
// the dotted element path, except the value of a key/value element (.NET
// <add key="K" value="V"/>, Android <meta-data android:name="K"
// android:value="V"/>), which is named by its key: path "add.K", name "K".
// Element text is bound (ConfigKey) to its element,
// or to its `name` attribute when it has one (Android strings.xml:
// <string name="api_secret">...</string>). Property lists are read as
// key/value data instead: <key>K</key><string>V</string> binds V to K with
// the enclosing dict keys as path. HTML <script> bodies go through the
// JavaScript pass.
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

bool isJavaScriptType(StringRef Type) {
  if (Type.empty())
    return true;
  for (StringRef T : {"javascript", "ecmascript", "module", "jsx", "babel"})
    if (Type.contains_insensitive(T))
      return true;
  return false;
}

class MarkupBuilder {
public:
  MarkupBuilder(Language L, StringRef Buf, const std::vector<Token> &Toks,
                FileFacts &F)
      : L(L), Html(L == Language::HTML), Buf(Buf), Toks(Toks), F(F) {}

  void run() {
    if (L == Language::Plist || rootIs("plist"))
      runPlist();
    else
      runElements();
  }

private:
  Language L;
  bool Html;
  StringRef Buf;
  const std::vector<Token> &Toks;
  FileFacts &F;

  static bool isStartTag(StringRef Text) {
    return Text.size() > 1 && Text[0] == '<' && Text[1] != '/';
  }
  bool isMarkup(size_t I, StringRef Text) const {
    return I < Toks.size() && Toks[I].is(TokenKind::Markup) &&
           Toks[I].text(Buf) == Text;
  }
  std::string tagName(const Token &T) const {
    StringRef S = T.text(Buf).drop_front(1);
    S.consume_front("/");
    size_t E = 0;
    while (E < S.size() && S[E] != '>' && !llvm::isSpace(S[E]))
      ++E;
    return Html ? S.take_front(E).lower() : S.take_front(E).str();
  }
  bool rootIs(StringRef Name) const {
    for (const Token &T : Toks)
      if (T.is(TokenKind::Markup) && isStartTag(T.text(Buf)))
        return tagName(T) == Name;
    return false;
  }

  void addComment(const Token &T) {
    commentstrings::addComment(L, Buf, T, /*Backticks=*/false, F);
  }

  //===--- shared -------------------------------------------------------===//

  int addValue(ValueKind K, std::string Value, Span R, std::string Name,
               std::string Path, BindKind Bind, const Span *NameRange) {
    StringFact S;
    S.Kind = K;
    S.Value = std::move(Value);
    S.Range = R;
    S.Name = std::move(Name);
    S.Path = std::move(Path);
    S.Bind = Bind;
    int Idx = int(F.Strings.size());
    F.Strings.push_back(S);
    if (NameRange) {
      BindingFact B;
      B.Bind = Bind;
      B.Name = S.Name;
      B.Path = S.Path;
      B.ValueText = facttext::collapse(Buf.slice(R.Begin, R.End));
      B.NameRange = *NameRange;
      B.ValueRange = R;
      B.String = Idx;
      F.Bindings.push_back(std::move(B));
    }
    return Idx;
  }

  /// Index of the '>' or '/>' closing the start tag at I (or of the first
  /// token that is not part of the tag when it is never closed).
  size_t tagEnd(size_t I) const {
    size_t J = I + 1;
    while (J < Toks.size() &&
           (Toks[J].is(TokenKind::Identifier) ||
            Toks[J].is(TokenKind::String) || isMarkup(J, "=")))
      ++J;
    return J;
  }

  //===--- XML / HTML elements ------------------------------------------===//

  struct Elem {
    std::string Name;
    std::string NameAttr; // value of a name= / key= attribute
    Span NameRange;
  };

  static constexpr size_t MaxDepth = 256;

  static std::string elementPath(const std::vector<Elem> &Stack) {
    std::string P;
    for (const Elem &E : Stack) {
      if (!P.empty())
        P += '.';
      P += E.Name;
    }
    return P;
  }

  void runElements() {
    std::vector<Elem> Stack;
    for (size_t I = 0; I < Toks.size();) {
      const Token &T = Toks[I];
      StringRef Text = T.text(Buf);
      if (T.is(TokenKind::Comment)) {
        addComment(T);
        ++I;
      } else if (T.is(TokenKind::Markup) && Text.starts_with("</")) {
        closeElement(Stack, tagName(T));
        ++I;
      } else if (T.is(TokenKind::Markup) && isStartTag(Text)) {
        I = startTag(I, Stack);
      } else if (T.is(TokenKind::Text) && !T.has(tokflags::Raw)) {
        addText(T, Stack);
        ++I;
      } else {
        ++I;
      }
    }
  }

  static void closeElement(std::vector<Elem> &Stack, StringRef Name) {
    for (size_t K = Stack.size(); K > 0; --K)
      if (Stack[K - 1].Name == Name) {
        Stack.resize(K - 1);
        return;
      }
    // An end tag nothing opened: ignore it.
  }

  size_t startTag(size_t I, std::vector<Elem> &Stack) {
    const Token &T = Toks[I];
    Elem E{tagName(T), "", Span{T.Begin + 1, T.End}};
    std::string Path = elementPath(Stack);
    Path += Path.empty() ? "" : ".";
    Path += E.Name;
    bool HasSrc = false;
    std::string Type;
    // Key/value elements: the value is named by the key, whichever attribute
    // comes first.
    std::string Key;
    int ValueString = -1, ValueBinding = -1;
    size_t J = I + 1;
    for (; J < Toks.size() && Toks[J].is(TokenKind::Identifier); ++J) {
      const Token &A = Toks[J];
      std::string Name = A.text(Buf).str();
      Span NameRange{A.Begin, A.End};
      if (Html)
        Name = StringRef(Name).lower();
      HasSrc |= Name == "src";
      if (!isMarkup(J + 1, "=") || J + 2 >= Toks.size() ||
          !Toks[J + 2].is(TokenKind::String)) {
        BindingFact B; // valueless HTML attribute: <input disabled>
        B.Bind = BindKind::Attribute;
        B.Name = Name;
        B.Path = Path;
        B.NameRange = NameRange;
        F.Bindings.push_back(std::move(B));
        continue;
      }
      const Token &V = Toks[J + 2];
      std::string Value = decodeString(L, Buf, V);
      if (Name == "name" || Name == "key")
        E.NameAttr = Value;
      if (Name == "type")
        Type = Value;
      if (Name == "key" || Name == "name" || Name == "android:name")
        Key = Value;
      int Idx = addValue(ValueKind::String, Value, Span{V.Begin, V.End}, Name,
                         Path, BindKind::Attribute, &NameRange);
      if (Name == "value" || Name == "android:value") {
        ValueString = Idx;
        ValueBinding = int(F.Bindings.size()) - 1;
      }
      J += 2;
    }
    if (!Key.empty() && ValueString >= 0) {
      StringFact &S = F.Strings[ValueString];
      BindingFact &B = F.Bindings[ValueBinding];
      S.Name = B.Name = Key;
      S.Path = B.Path = Path + "." + Key;
    }
    bool Opened = isMarkup(J, ">");
    if (J < Toks.size() && (Opened || isMarkup(J, "/>")))
      ++J;
    static const char *const Void[] = {
        "area",  "base", "br",   "col",   "embed",  "hr",    "img",
        "input", "link", "meta", "param", "source", "track", "wbr"};
    if (Html && llvm::is_contained(Void, E.Name))
      Opened = false;
    if (!Opened)
      return J;
    if (Html && E.Name == "script" && J < Toks.size() &&
        Toks[J].is(TokenKind::Text) && Toks[J].has(tokflags::Raw)) {
      if (!HasSrc && isJavaScriptType(Type))
        addScript(Toks[J]);
      ++J;
    }
    // Past MaxDepth an element is treated as empty: element paths and the
    // closing-tag search stay bounded on a million nested tags.
    if (Stack.size() < MaxDepth)
      Stack.push_back(std::move(E));
    return J;
  }

  void addText(const Token &T, const std::vector<Elem> &Stack) {
    if (Stack.empty()) {
      addValue(ValueKind::String, decodeString(L, Buf, T), Span{T.Begin, T.End},
               "", "", BindKind::None, nullptr);
      return;
    }
    const Elem &Owner = Stack.back();
    std::string Name = Owner.NameAttr.empty() ? Owner.Name : Owner.NameAttr;
    addValue(ValueKind::String, decodeString(L, Buf, T), Span{T.Begin, T.End},
             Name, elementPath(Stack), BindKind::ConfigKey, &Owner.NameRange);
  }

  /// An inline script: the JavaScript pass sees the body at its real offsets.
  void addScript(const Token &Body) {
    std::vector<Token> Js;
    lex(Language::JavaScript, Body.text(Buf), Js);
    for (Token &JT : Js) {
      JT.Begin += Body.Begin;
      JT.End += Body.Begin;
    }
    builders::buildCodeFacts(Language::JavaScript, Buf, Js, F);
  }

  //===--- property lists -----------------------------------------------===//

  struct Container {
    bool Dict;
    std::string Seg; // the key naming this container ("" in arrays / root)
    std::string Key; // dicts: the pending <key>
    Span KeyRange;
  };

  void runPlist() {
    std::vector<Container> Stack;
    for (size_t I = 0; I < Toks.size();) {
      const Token &T = Toks[I];
      StringRef Text = T.text(Buf);
      if (T.is(TokenKind::Comment)) {
        addComment(T);
        ++I;
        continue;
      }
      if (T.is(TokenKind::Markup) && Text.starts_with("</")) {
        std::string Name = tagName(T);
        if (!Stack.empty() && ((Name == "dict" && Stack.back().Dict) ||
                               (Name == "array" && !Stack.back().Dict)))
          Stack.pop_back();
        ++I;
        continue;
      }
      if (!T.is(TokenKind::Markup) || !isStartTag(Text)) {
        ++I;
        continue;
      }
      std::string Name = tagName(T);
      size_t J = tagEnd(I);
      bool Self = isMarkup(J, "/>");
      bool Open = isMarkup(J, ">");
      size_t Next = J < Toks.size() && (Self || Open) ? J + 1 : J;
      if (Name == "dict" || Name == "array") {
        std::string Seg = !Stack.empty() && Stack.back().Dict ? Stack.back().Key
                                                              : std::string();
        if (!Stack.empty())
          Stack.back().Key.clear();
        if (Open)
          if (Stack.size() < 256) // bounded like elements
            Stack.push_back(Container{Name == "dict", Seg, "", Span{}});
      } else if (Name == "key") {
        std::string Key;
        Span R{T.End, T.End};
        if (Open && Next < Toks.size() && Toks[Next].is(TokenKind::Text)) {
          Key = decodeString(L, Buf, Toks[Next]);
          R = Span{Toks[Next].Begin, Toks[Next].End};
          ++Next;
        }
        if (!Stack.empty() && Stack.back().Dict) {
          Stack.back().Key = Key;
          Stack.back().KeyRange = R;
        }
      } else {
        Next = plistValue(Name, I, J, Open, Next, Stack);
      }
      I = Next;
    }
  }

  size_t plistValue(StringRef Tag, size_t I, size_t J, bool Open, size_t Next,
                    std::vector<Container> &Stack) {
    ValueKind K;
    if (Tag == "true" || Tag == "false")
      K = ValueKind::Bool;
    else if (Tag == "integer" || Tag == "real")
      K = ValueKind::Number;
    else if (Tag == "string" || Tag == "date" || Tag == "data")
      K = ValueKind::String;
    else
      return Next; // unknown element: ignore
    std::string Value;
    uint32_t TagEnd = J < Toks.size() ? Toks[J].End : Toks[I].End;
    Span R{TagEnd, TagEnd};
    if (K == ValueKind::Bool) {
      Value = Tag.str();
      R = Span{Toks[I].Begin, TagEnd};
    } else if (Open && Next < Toks.size() && Toks[Next].is(TokenKind::Text)) {
      Value = decodeString(L, Buf, Toks[Next]);
      R = Span{Toks[Next].Begin, Toks[Next].End};
      ++Next;
    }
    std::string Path, Name;
    for (const Container &C : Stack)
      if (!C.Seg.empty())
        Path += (Path.empty() ? "" : ".") + C.Seg;
    bool Keyed =
        !Stack.empty() && Stack.back().Dict && !Stack.back().Key.empty();
    if (Keyed) {
      Name = Stack.back().Key;
      Path += (Path.empty() ? "" : ".") + Name;
    } else if (!Stack.empty()) {
      Name = Stack.back().Seg;
    }
    Span KeyRange = Keyed ? Stack.back().KeyRange : Span{};
    addValue(K, std::move(Value), R, std::move(Name), std::move(Path),
             BindKind::ConfigKey, Keyed ? &KeyRange : nullptr);
    if (!Stack.empty())
      Stack.back().Key.clear();
    return Next;
  }
};

} // namespace

void rtclint::builders::buildMarkupFacts(Language L, StringRef Buf,
                                         const std::vector<Token> &Toks,
                                         FileFacts &F) {
  MarkupBuilder(L, Buf, Toks, F).run();
}
