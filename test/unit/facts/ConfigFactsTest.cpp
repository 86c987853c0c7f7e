// Facts of configuration formats: YAML, JSON, .env, .properties/.ini.
#include "FactsTestUtil.h"

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

const StringFact &byPath(const FileFacts &F, llvm::StringRef Path) {
  return onlyString(F, &StringFact::Path, Path);
}

const BindingFact *bindingFor(const FileFacts &F, llvm::StringRef Path) {
  return findBinding(F, &BindingFact::Path, Path);
}

std::vector<std::string> commentStrings(const FileFacts &F) {
  std::vector<std::string> R;
  for (const StringFact &S : F.Strings)
    if (S.InComment)
      R.push_back(S.Value);
  return R;
}

using Strs = std::vector<std::string>;

} // namespace

TEST_CASE("yaml facts: Kubernetes Deployment env list", "[facts][yaml]") {
  const char *Src =
      "apiVersion: apps/v1\n"
      "kind: Deployment\n"
      "spec:\n"
      "  replicas: 2\n"
      "  template:\n"
      "    spec:\n"
      "      containers:\n"
      "        - name: web\n"
      "          image: \"example/web:1.0\"\n"
      "          env:\n"
      "            - name: OPENTOK_API_KEY\n"
      "              value: \"45828062\"\n"
      "            - name: OPENTOK_API_SECRET\n"
      "              value: 0123456789abcdef0123456789abcdef01234567\n"
      "            - name: FROM_SECRET\n"
      "              valueFrom:\n"
      "                secretKeyRef: {name: s, key: k}\n"
      "          ports:\n"
      "            - containerPort: 8080\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);

  const StringFact &Secret =
      byPath(F, "spec.template.spec.containers.env.OPENTOK_API_SECRET");
  CHECK(Secret.Name == "OPENTOK_API_SECRET");
  CHECK(Secret.Value == "0123456789abcdef0123456789abcdef01234567");
  CHECK(Secret.Bind == BindKind::ConfigKey);
  CHECK(Secret.Kind == ValueKind::String);
  CHECK(at(Src, Secret.Range) == Secret.Value);

  const StringFact &Key =
      byPath(F, "spec.template.spec.containers.env.OPENTOK_API_KEY");
  CHECK(Key.Kind == ValueKind::String); // quoted: not a number
  CHECK(at(Src, Key.Range) == "\"45828062\"");

  // The renamed value is also bound under the env var's name.
  const BindingFact *B =
      bindingFor(F, "spec.template.spec.containers.env.OPENTOK_API_SECRET");
  REQUIRE(B);
  CHECK(B->Name == "OPENTOK_API_SECRET");
  CHECK(at(Src, B->NameRange) == "OPENTOK_API_SECRET");
  CHECK(B->ValueText == "0123456789abcdef0123456789abcdef01234567");
  REQUIRE(B->String >= 0);
  CHECK(&F.Strings[B->String] == &Secret);

  CHECK(byPath(F, "spec.replicas").Kind == ValueKind::Number);
  CHECK(byPath(F, "apiVersion").Value == "apps/v1");
  CHECK(byPath(F, "spec.template.spec.containers.image").Value ==
        "example/web:1.0");
  CHECK(byPath(F, "spec.template.spec.containers.ports.containerPort").Value ==
        "8080");
  // A container's `name` without a `value` stays what it is.
  CHECK(byPath(F, "spec.template.spec.containers.env.valueFrom.secretKeyRef."
                  "name")
            .Value == "s");
  const BindingFact *Kind = bindingFor(F, "kind");
  REQUIRE(Kind);
  CHECK(Kind->ValueText == "Deployment");
  CHECK(at(Src, Kind->NameRange) == "kind");
}

TEST_CASE("yaml facts: docker-compose environment map and list",
          "[facts][yaml]") {
  const char *Src = "services:\n"
                    "  api:\n"
                    "    environment:\n"
                    "      OPENTOK_API_SECRET: abc123\n"
                    "      DEBUG: \"true\"\n"
                    "  worker:\n"
                    "    environment:\n"
                    "      - VONAGE_API_SECRET=s3cr3t\n"
                    "      - \"QUOTED=with space\"\n"
                    "      - not an assignment\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  const StringFact &Map =
      byPath(F, "services.api.environment.OPENTOK_API_SECRET");
  CHECK(Map.Value == "abc123");
  CHECK(Map.Name == "OPENTOK_API_SECRET");
  CHECK(byPath(F, "services.api.environment.DEBUG").Kind == ValueKind::String);

  const StringFact &List =
      byPath(F, "services.worker.environment.VONAGE_API_SECRET");
  CHECK(List.Name == "VONAGE_API_SECRET");
  CHECK(List.Value == "s3cr3t");
  CHECK(at(Src, List.Range) == "s3cr3t");
  const BindingFact *B =
      bindingFor(F, "services.worker.environment.VONAGE_API_SECRET");
  REQUIRE(B);
  CHECK(at(Src, B->NameRange) == "VONAGE_API_SECRET");

  const StringFact &Quoted = byPath(F, "services.worker.environment.QUOTED");
  CHECK(Quoted.Value == "with space");
  CHECK(at(Src, Quoted.Range) == "with space");

  const StringFact &Plain = byPath(F, "services.worker.environment");
  CHECK(Plain.Name == "environment");
  CHECK(Plain.Value == "not an assignment");
}

TEST_CASE("yaml facts: scalar kinds follow the core schema", "[facts][yaml]") {
  const char *Src = "a: yes\nb: 'yes'\nc: Off\nd: ~\ne: 0x1F\nf: 1.5e3\n"
                    "g: .inf\nh: 12abc\ni: !!str 42\nj: null\nk: |\n  yes\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(byPath(F, "a").Kind == ValueKind::Bool);
  CHECK(byPath(F, "b").Kind == ValueKind::String);
  CHECK(byPath(F, "c").Kind == ValueKind::Bool);
  CHECK(byPath(F, "d").Kind == ValueKind::Null);
  CHECK(byPath(F, "e").Kind == ValueKind::Number);
  CHECK(byPath(F, "f").Kind == ValueKind::Number);
  CHECK(byPath(F, "g").Kind == ValueKind::Number);
  CHECK(byPath(F, "h").Kind == ValueKind::String);
  CHECK(byPath(F, "i").Kind == ValueKind::String);
  CHECK(byPath(F, "j").Kind == ValueKind::Null);
  CHECK(byPath(F, "k").Kind == ValueKind::String);
  CHECK(byPath(F, "k").Value == "yes\n");
}

TEST_CASE("yaml facts: flow collections, sequences, documents",
          "[facts][yaml]") {
  const char *Src = "opentok: {apiKey: 123, hosts: [a.example, b.example],\n"
                    "  creds: [{name: SECRET, value: xyz}]}\n"
                    "list:\n"
                    "- first\n"
                    "- nested:\n"
                    "    deep: v\n"
                    "---\n"
                    "second: doc\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(byPath(F, "opentok.apiKey").Kind == ValueKind::Number);
  int Hosts = 0;
  for (const StringFact &S : F.Strings)
    if (S.Path == "opentok.hosts") {
      CHECK(S.Name == "hosts");
      ++Hosts;
    }
  CHECK(Hosts == 2);
  CHECK(byPath(F, "opentok.creds.SECRET").Value == "xyz");
  CHECK(byPath(F, "list").Value == "first");
  CHECK(byPath(F, "list").Name == "list");
  CHECK(byPath(F, "list.nested.deep").Value == "v");
  CHECK(byPath(F, "second").Value == "doc"); // the stack resets per document
}

TEST_CASE("yaml facts: comments and strings inside them", "[facts][yaml]") {
  const char *Src = "# endpoint: http://api.opentok.com/v2 (old)\n"
                    "key: value # was 'abc123secret'\n"
                    "apostrophe: x # don't flag this\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(commentTexts(F) == Strs{" endpoint: http://api.opentok.com/v2 (old)",
                                " was 'abc123secret'", " don't flag this"});
  CHECK(commentStrings(F) == Strs{"http://api.opentok.com/v2", "abc123secret"});
  for (const StringFact &S : F.Strings)
    if (S.InComment)
      CHECK(llvm::StringRef(at(Src, S.Range)).contains(S.Value));
  // Comments are blanked from the code view, offsets kept.
  CHECK(F.CodeView.size() == llvm::StringRef(Src).size());
  CHECK(llvm::StringRef(F.CodeView).find("endpoint") == llvm::StringRef::npos);
}

TEST_CASE("yaml facts: Helm chart values stay readable", "[facts][yaml]") {
  const char *Src = "env:\n"
                    "  {{- range $k, $v := .Values.env }}\n"
                    "  - name: {{ $k }}\n"
                    "    value: {{ $v | quote }}\n"
                    "  {{- end }}\n"
                    "opentok:\n"
                    "  secret: {{ .Values.secret }}\n"
                    "  url: https://api.opentok.com\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(byPath(F, "opentok.url").Value == "https://api.opentok.com");
  CHECK(byPath(F, "opentok.secret").Interpolated);
}

TEST_CASE("yaml facts: only identifier-like names rename a value",
          "[facts][yaml]") {
  // Rule files pair `name:` regexes with `value:` regexes; those names are
  // not settings names and must not rename the value.
  const char *Src = "patterns:\n"
                    "  - name: '(?i)api[_-]?secret$'\n"
                    "    value: '^[0-9a-f]{40}$'\n"
                    "  - name: com.videoapp.API_SECRET\n"
                    "    value: abc\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(byPath(F, "patterns.value").Value == "^[0-9a-f]{40}$");
  CHECK(byPath(F, "patterns.value").Name == "value");
  CHECK(byPath(F, "patterns.com.videoapp.API_SECRET").Value == "abc");
}

TEST_CASE("json facts: paths, kinds, name/value pairs, JSONC",
          "[facts][json]") {
  const char *Src = "// ruleid: vonage-api-secret\n"
                    "{\n"
                    "  \"opentok\": {\"apiKey\": 45828062, \"apiSecret\": "
                    "\"0123456789abcdef0123456789abcdef01234567\",},\n"
                    "  \"debug\": true, \"proxy\": null,\n"
                    "  /* env list */\n"
                    "  \"environment\": [{\"name\": \"TOKEN\", \"value\": "
                    "\"T1==abc\"}],\n"
                    "  \"hosts\": [\"a\", \"b\"],\n"
                    "  \"esc\": \"caf\\u00e9\"\n"
                    "}\n";
  FileFacts F = factsUnderTest(Language::JSON, Src);
  const StringFact &Secret = byPath(F, "opentok.apiSecret");
  CHECK(Secret.Name == "apiSecret");
  CHECK(Secret.Kind == ValueKind::String);
  CHECK(at(Src, Secret.Range) ==
        "\"0123456789abcdef0123456789abcdef01234567\"");
  CHECK(byPath(F, "opentok.apiKey").Kind == ValueKind::Number);
  CHECK(byPath(F, "debug").Kind == ValueKind::Bool);
  CHECK(byPath(F, "proxy").Kind == ValueKind::Null);
  CHECK(byPath(F, "environment.TOKEN").Value == "T1==abc");
  CHECK(byPath(F, "esc").Value == "caf\xC3\xA9");
  const BindingFact *B = bindingFor(F, "debug");
  REQUIRE(B);
  CHECK(B->ValueText == "true");
  CHECK(B->String >= 0);
  CHECK(at(Src, B->NameRange) == "\"debug\"");
  CHECK(commentTexts(F) == Strs{" ruleid: vonage-api-secret", " env list "});
}

TEST_CASE("env facts: names, values and comments", "[facts][env]") {
  const char *Src = "# Vonage\n"
                    "export OPENTOK_API_SECRET=\"abc${SUFFIX}\"\n"
                    "VONAGE_API_KEY=1234 # \"quoted\" in comment\n"
                    "EMPTY=\n";
  FileFacts F = factsUnderTest(Language::Env, Src);
  const StringFact &S = byPath(F, "OPENTOK_API_SECRET");
  CHECK(S.Name == "OPENTOK_API_SECRET");
  CHECK(S.Value == "abc${SUFFIX}");
  CHECK(S.Interpolated);
  CHECK(S.Bind == BindKind::ConfigKey);
  CHECK(byPath(F, "VONAGE_API_KEY").Kind == ValueKind::String);
  CHECK(at(Src, byPath(F, "VONAGE_API_KEY").Range) == "1234");
  CHECK(byPath(F, "EMPTY").Value.empty());
  CHECK(F.Bindings.size() == 3);
  CHECK(commentTexts(F) == Strs{" Vonage", " \"quoted\" in comment"});
  CHECK(commentStrings(F) == Strs{"quoted"});
}

TEST_CASE("properties and ini facts: sections prefix paths",
          "[facts][properties]") {
  const char *Src = "opentok.api.secret=abc\\\n"
                    "    def\n"
                    "! note\n"
                    "[storage]\n"
                    "aws_secret_access_key = wJalr ; comment\n";
  FileFacts F = factsUnderTest(Language::Properties, Src);
  const StringFact &S = byPath(F, "opentok.api.secret");
  CHECK(S.Value == "abcdef");
  CHECK(S.Name == "opentok.api.secret");
  const StringFact &K = byPath(F, "storage.aws_secret_access_key");
  CHECK(K.Name == "aws_secret_access_key");
  CHECK(K.Value == "wJalr");
  CHECK(commentTexts(F) == Strs{" note", " comment"});
}

TEST_CASE("config facts survive garbage and truncation", "[facts][robust]") {
  const char *Samples[] = {
      "a:\n  - name: X\n    value: [1, {b: 'c\n  - {{ x }}\n? k\n: *v\n",
      "{\"a\": [[[[[{\"b\": }]]]], \"c\" \"d\": , // x\n",
      "export A=\"x\n[sec\nk=v\\\n",
  };
  std::string Deep(5000, '[');
  const Language Langs[] = {Language::YAML, Language::JSON, Language::Env,
                            Language::Properties};
  std::vector<std::string> Inputs(std::begin(Samples), std::end(Samples));
  Inputs.push_back(Deep);
  Inputs.push_back("a: " + std::string(3000, '{'));
  for (Language L : Langs)
    for (const std::string &In : Inputs)
      for (size_t Cut = 0; Cut <= In.size(); Cut += 1 + In.size() / 40) {
        llvm::StringRef Buf(In.data(), Cut);
        FileFacts F = factsUnderTest(L, Buf);
        REQUIRE(F.Scopes.size() >= 1);
        for (const StringFact &S : F.Strings)
          REQUIRE(S.Range.End <= Buf.size());
        for (const BindingFact &B : F.Bindings)
          REQUIRE((B.String < 0 || B.String < int(F.Strings.size())));
      }
}

TEST_CASE("yaml facts: an unclosed flow collection does not swallow the file",
          "[facts][yaml]") {
  const char *Src = "outer:\n"
                    "  args: [a, {b: 1\n"
                    "  secret: abc\n"
                    "  ok: [x, y]\n";
  FileFacts F = factsUnderTest(Language::YAML, Src);
  CHECK(byPath(F, "outer.args.b").Value == "1");
  CHECK(byPath(F, "outer.secret").Value == "abc");
  CHECK(byPath(F, "outer.secret").Name == "secret");
}
