//===- ConfigBuilder.h - Key paths of configuration files (internal) ------===//
//
// One builder for YAML, JSON, .env and .properties, split by concern:
//   ConfigFacts.cpp  scalars, bindings, .env/.properties, name/value pairs
//   ConfigFlow.cpp   JSON documents and YAML flow collections
//   ConfigYAML.cpp   YAML block structure (indentation, sequences, ? keys)
//
// Every scalar value becomes a StringFact bound (ConfigKey) to its key, with
// the dotted key path from the root; every key with a scalar value also gets
// a BindingFact. Sequence indices are left out of paths: a sequence item is
// named after the sequence's key. Two generic idioms name values after data:
//   - a mapping holding `name`/`key` and `value` (Kubernetes env lists, ECS
//     task definitions) names the value after the name;
//   - a sequence item `KEY=value` (docker-compose environment lists) binds
//     the part after '=' to KEY.
//
//===----------------------------------------------------------------------===//
#ifndef RTCLINT_FACTS_CONFIGBUILDER_H
#define RTCLINT_FACTS_CONFIGBUILDER_H

#include "facts/Facts.h"
#include "lex/Token.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace rtclint::configfacts {

inline bool isPunct(llvm::StringRef Buf, const Token &T, llvm::StringRef P) {
  return T.is(TokenKind::Punct) && T.text(Buf) == P;
}

/// One YAML block level: a key whose value is nested, or a sequence entry.
struct Frame {
  int Col;
  std::string Key; // empty for sequence entries
  int Node;        // mapping that keys below this level belong to
  bool Seq;
};

class ConfigBuilder {
public:
  ConfigBuilder(Language L, llvm::StringRef Buf, const std::vector<Token> &Toks,
                FileFacts &F);

  void run();

private:
  Language L;
  LexFamily Fam;
  llvm::StringRef Buf;
  const std::vector<Token> &Toks;
  FileFacts &F;
  /// YAML: a flow collection ends, even unclosed, at a line this far left.
  int FlowLimit = -1;

  /// `name`/`key` and `value` scalars of one mapping (StringFact indices).
  struct Pair {
    int Name = -1;
    int Value = -1;
  };
  std::vector<Pair> Pairs{1};

  //===--- ConfigFacts.cpp: facts ---------------------------------------===//

  int newNode();
  std::string decode(const Token &T) const;
  ValueKind kindOf(const Token &V, llvm::StringRef Tag) const;
  static std::string joinPath(const std::vector<std::string> &Segs,
                              llvm::StringRef Last = "");
  /// A scalar bound to Name (with a binding when KeyTok is its key), noted
  /// in mapping Node's name/value pair.
  int addScalar(const Token &V, llvm::StringRef Name, std::string Path,
                int Node, const Token *KeyTok, llvm::StringRef Tag = "");
  void addBinding(int StrIdx, Span NameRange);
  /// A YAML alias `*a` as a key's value: a binding without a string.
  void addAlias(const Token &V, llvm::StringRef Name, std::string Path,
                const Token *KeyTok);
  void addComment(const Token &T);
  void runKeyValue();
  void nameValuePairs();

  //===--- ConfigFlow.cpp: JSON and YAML flow collections ---------------===//

  bool isProperty(const Token &T) const;
  /// Skips comments (recording them) and YAML anchors/tags; returns the tag.
  llvm::StringRef skipTrivia(size_t &I);
  bool isScalar(const Token &T) const;
  size_t parseValue(size_t I, std::vector<std::string> &Prefix,
                    llvm::StringRef Name, const Token *KeyTok, int Node,
                    unsigned Depth);
  /// A key token at I and its value; Prefix is the enclosing path.
  size_t parseMember(size_t I, std::vector<std::string> &Prefix, int Node,
                     unsigned Depth);
  /// An unclosed YAML flow collection ends where the block structure resumes.
  bool flowOverrun(const Token &T) const;
  size_t parseObject(size_t I, std::vector<std::string> &Prefix,
                     unsigned Depth);
  size_t parseArray(size_t I, std::vector<std::string> &Prefix,
                    llvm::StringRef Name, unsigned Depth);
  void runJSON();

  //===--- ConfigYAML.cpp: YAML block structure -------------------------===//

  static std::vector<std::string> segments(const std::vector<Frame> &Stack);
  /// A sequence item scalar: named after the sequence, or KEY for KEY=value.
  void addItem(const Token &V, const std::vector<Frame> &Stack,
               llvm::StringRef Tag);
  void runYAML();
  /// After a '-' at column Col: the entry's scalar or flow content, if any.
  size_t yamlEntry(size_t I, std::vector<Frame> &Stack, int Col);
  /// `? key` then `: value`, both scalars (best effort: other complex keys
  /// are read as plain content).
  size_t yamlComplexKey(size_t I, std::vector<Frame> &Stack);
  size_t yamlKey(size_t I, std::vector<Frame> &Stack);
  /// A flow collection at I inside the block structure of Stack.
  size_t yamlFlow(size_t I, const std::vector<Frame> &Stack, int Limit);
};

} // namespace rtclint::configfacts

#endif
