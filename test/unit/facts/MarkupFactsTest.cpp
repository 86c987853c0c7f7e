// Facts of markup formats: XML (AndroidManifest, network security config),
// property lists and HTML.
#include "FactsTestUtil.h"

using namespace rtclint;
using namespace rtclint::testutil;

namespace {

const StringFact &named(const FileFacts &F, llvm::StringRef Name) {
  return onlyString(F, &StringFact::Name, Name);
}

const BindingFact *bindingNamed(const FileFacts &F, llvm::StringRef Name) {
  return findBinding(F, &BindingFact::Name, Name);
}

} // namespace

TEST_CASE("markup facts: AndroidManifest attributes", "[facts][xml]") {
  const char *Src =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\"\n"
      "    package=\"com.example.video\">\n"
      "  <!-- cleartext needed for http://10.0.2.2 dev server -->\n"
      "  <application\n"
      "      android:label=\"Video &amp; Chat\"\n"
      "      android:usesCleartextTraffic=\"true\">\n"
      "    <meta-data android:name=\"opentok_key\" android:value=\"123\"/>\n"
      "  </application>\n"
      "</manifest>\n";
  FileFacts F = factsUnderTest(Language::XML, Src);
  const StringFact &Clear = named(F, "android:usesCleartextTraffic");
  CHECK(Clear.Value == "true");
  CHECK(Clear.Path == "manifest.application");
  CHECK(Clear.Bind == BindKind::Attribute);
  CHECK(at(Src, Clear.Range) == "\"true\"");
  CHECK(named(F, "android:label").Value == "Video & Chat");
  CHECK(named(F, "package").Path == "manifest");
  CHECK(named(F, "opentok_key").Path ==
        "manifest.application.meta-data.opentok_key");

  const BindingFact *B = bindingNamed(F, "android:usesCleartextTraffic");
  REQUIRE(B);
  CHECK(B->Bind == BindKind::Attribute);
  CHECK(B->Path == "manifest.application");
  CHECK(at(Src, B->NameRange) == "android:usesCleartextTraffic");
  CHECK(B->ValueText == "\"true\"");
  REQUIRE(B->String >= 0);
  CHECK(F.Strings[B->String].Value == "true");

  REQUIRE(F.Comments.size() == 1);
  CHECK(F.Comments[0].Text ==
        " cleartext needed for http://10.0.2.2 dev server ");
  int InComment = 0;
  for (const StringFact &S : F.Strings)
    if (S.InComment) {
      CHECK(S.Value == "http://10.0.2.2");
      CHECK(at(Src, S.Range) == "http://10.0.2.2");
      ++InComment;
    }
  CHECK(InComment == 1);
}

TEST_CASE("markup facts: network_security_config.xml", "[facts][xml]") {
  const char *Src = "<network-security-config>\n"
                    "  <base-config cleartextTrafficPermitted=\"true\"/>\n"
                    "  <domain-config cleartextTrafficPermitted=\"false\">\n"
                    "    <domain includeSubdomains=\"true\">api.opentok.com"
                    "</domain>\n"
                    "  </domain-config>\n"
                    "</network-security-config>\n";
  FileFacts F = factsUnderTest(Language::XML, Src);
  std::vector<std::string> Paths;
  for (const StringFact &S : F.Strings)
    if (S.Name == "cleartextTrafficPermitted")
      Paths.push_back(S.Path + "=" + S.Value);
  CHECK(Paths == std::vector<std::string>{
                     "network-security-config.base-config=true",
                     "network-security-config.domain-config=false"});
  const StringFact &Domain = named(F, "domain");
  CHECK(Domain.Value == "api.opentok.com");
  CHECK(Domain.Bind == BindKind::ConfigKey);
  CHECK(Domain.Path == "network-security-config.domain-config.domain");
  CHECK(at(Src, Domain.Range) == "api.opentok.com");
}

TEST_CASE("markup facts: Info.plist NSAppTransportSecurity", "[facts][plist]") {
  const char *Src =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
      "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
      "<plist version=\"1.0\">\n"
      "<dict>\n"
      "  <key>CFBundleName</key>\n"
      "  <string>Video</string>\n"
      "  <key>NSAppTransportSecurity</key>\n"
      "  <dict>\n"
      "    <key>NSAllowsArbitraryLoads</key>\n"
      "    <true/>\n"
      "    <key>NSExceptionDomains</key>\n"
      "    <dict>\n"
      "      <key>example.com</key>\n"
      "      <dict><key>NSIncludesSubdomains</key><false/></dict>\n"
      "    </dict>\n"
      "  </dict>\n"
      "  <key>Retries</key><integer>3</integer>\n"
      "  <key>Empty</key><string/>\n"
      "  <key>Modes</key>\n"
      "  <array><string>audio</string><string>voip</string></array>\n"
      "  <key>Secret</key><string>a &amp; b</string>\n"
      "</dict>\n"
      "</plist>\n";
  FileFacts F = factsUnderTest(Language::Plist, Src);
  const StringFact &Loads = named(F, "NSAllowsArbitraryLoads");
  CHECK(Loads.Path == "NSAppTransportSecurity.NSAllowsArbitraryLoads");
  CHECK(Loads.Kind == ValueKind::Bool);
  CHECK(Loads.Value == "true");
  CHECK(Loads.Bind == BindKind::ConfigKey);
  CHECK(at(Src, Loads.Range) == "<true/>");
  const BindingFact *B = bindingNamed(F, "NSAllowsArbitraryLoads");
  REQUIRE(B);
  CHECK(at(Src, B->NameRange) == "NSAllowsArbitraryLoads");
  CHECK(B->ValueText == "<true/>");

  const StringFact &Sub = named(F, "NSIncludesSubdomains");
  CHECK(Sub.Path == "NSAppTransportSecurity.NSExceptionDomains.example.com."
                    "NSIncludesSubdomains");
  CHECK(Sub.Value == "false");
  CHECK(named(F, "CFBundleName").Value == "Video");
  CHECK(named(F, "CFBundleName").Path == "CFBundleName");
  CHECK(named(F, "Retries").Kind == ValueKind::Number);
  CHECK(named(F, "Empty").Value.empty());
  CHECK(named(F, "Secret").Value == "a & b");
  std::vector<std::string> Modes;
  for (const StringFact &S : F.Strings)
    if (S.Name == "Modes") {
      CHECK(S.Path == "Modes");
      Modes.push_back(S.Value);
    }
  CHECK(Modes == std::vector<std::string>{"audio", "voip"});
  // The attribute of <plist> and the <key> texts are not values.
  for (const StringFact &S : F.Strings)
    CHECK(S.Value != "NSAllowsArbitraryLoads");
}

TEST_CASE("markup facts: a plist read as plain XML is still a plist",
          "[facts][plist]") {
  const char *Src = "<plist><dict><key>K</key><string>V</string></dict>"
                    "</plist>";
  FileFacts F = factsUnderTest(Language::XML, Src);
  CHECK(named(F, "K").Value == "V");
}

TEST_CASE("markup facts: element text named by its name attribute",
          "[facts][xml]") {
  const char *Src = "<resources>\n"
                    "  <string name=\"opentok_api_secret\">abc&lt;1</string>\n"
                    "  <color>#fff</color>\n"
                    "</resources>\n";
  FileFacts F = factsUnderTest(Language::XML, Src);
  const StringFact &S = named(F, "opentok_api_secret");
  CHECK(S.Value == "abc<1");
  CHECK(S.Path == "resources.string");
  CHECK(at(Src, S.Range) == "abc&lt;1");
  CHECK(named(F, "color").Value == "#fff");
}

TEST_CASE("markup facts: key/value elements name their value", "[facts][xml]") {
  const char *Src =
      "<configuration>\n"
      "  <appSettings>\n"
      "    <add key=\"OpenTok.ApiSecret\" value=\"s3cr3t\" />\n"
      "    <add value=\"v2\" key=\"Later.Key\"/>\n"
      "    <add value=\"lonely\"/>\n"
      "  </appSettings>\n"
      "  <meta-data android:name=\"com.x.API_SECRET\" android:value=\"abc\"/>\n"
      "</configuration>\n";
  FileFacts F = factsUnderTest(Language::XML, Src);
  const StringFact &S = named(F, "OpenTok.ApiSecret");
  CHECK(S.Value == "s3cr3t");
  CHECK(S.Path == "configuration.appSettings.add.OpenTok.ApiSecret");
  CHECK(S.Bind == BindKind::Attribute);
  CHECK(at(Src, S.Range) == "\"s3cr3t\"");
  const BindingFact *B = bindingNamed(F, "OpenTok.ApiSecret");
  REQUIRE(B);
  CHECK(B->Path == "configuration.appSettings.add.OpenTok.ApiSecret");
  CHECK(B->Bind == BindKind::Attribute);
  CHECK(at(Src, B->NameRange) == "value");
  CHECK(B->ValueText == "\"s3cr3t\"");
  REQUIRE(B->String >= 0);
  CHECK(F.Strings[B->String].Value == "s3cr3t");

  // The key attribute keeps its own facts; order does not matter.
  CHECK(named(F, "Later.Key").Value == "v2");
  const BindingFact *Key = bindingNamed(F, "key");
  REQUIRE(Key);
  CHECK(Key->ValueText == "\"OpenTok.ApiSecret\"");
  CHECK(Key->Path == "configuration.appSettings.add");
  // A value without a key stays an attribute named `value`.
  CHECK(named(F, "value").Value == "lonely");

  const StringFact &A = named(F, "com.x.API_SECRET");
  CHECK(A.Value == "abc");
  CHECK(A.Path == "configuration.meta-data.com.x.API_SECRET");
  CHECK(named(F, "android:name").Value == "com.x.API_SECRET");
}

TEST_CASE("markup facts: HTML attributes and inline scripts", "[facts][html]") {
  const char *Src =
      "<!DOCTYPE html>\n"
      "<HTML><Body>\n"
      "<script src=\"https://static.opentok.com/v2/js/opentok.min.js\">"
      "</script>\n"
      "<script type=\"application/ld+json\">{\"a\": \"not js\"}</script>\n"
      "<script>\n"
      "  const token = 'T1==inline';\n"
      "</script>\n"
      "<input disabled value=plain>\n"
      "<p class=\"x\">Hello &amp; bye</p>\n"
      "</Body></HTML>\n";
  FileFacts F = factsUnderTest(Language::HTML, Src);
  const StringFact &Src1 = named(F, "src");
  CHECK(Src1.Path == "html.body.script");
  CHECK(Src1.Bind == BindKind::Attribute);
  CHECK(named(F, "value").Value == "plain");
  CHECK(named(F, "value").Path == "html.body.input");
  CHECK(named(F, "p").Value == "Hello & bye");
  CHECK(named(F, "p").Path == "html.body.p");
  REQUIRE(bindingNamed(F, "disabled"));
  CHECK(bindingNamed(F, "disabled")->String == -1);

  // The inline script went through the JavaScript pass at real offsets; the
  // JSON block and the external script did not.
  bool SawToken = false;
  for (const StringFact &S : F.Strings) {
    CHECK(S.Value != "not js");
    if (S.Value == "T1==inline") {
      SawToken = true;
      CHECK(at(Src, S.Range) == "'T1==inline'");
    }
  }
  CHECK(SawToken);
}

TEST_CASE("markup facts survive garbage and truncation", "[facts][robust]") {
  std::string Src =
      "<plist><dict><key>A</key><dict><key>B</key><true/></dict><key>C"
      "</key><array><string>x</string><dict></array></plist>"
      "<a b=\"c\" d=e f><!-- g --><![CDATA[h]]></x></a></b><script>i"
      "</script><html><script type=module>let j = 'k'</script>";
  const Language Langs[] = {Language::XML, Language::Plist, Language::HTML};
  for (Language L : Langs)
    for (size_t Cut = 0; Cut <= Src.size(); ++Cut) {
      llvm::StringRef Buf(Src.data(), Cut);
      FileFacts F = factsUnderTest(L, Buf);
      for (const StringFact &S : F.Strings)
        REQUIRE(S.Range.End <= Buf.size());
      for (const BindingFact &B : F.Bindings)
        REQUIRE(B.NameRange.End <= Buf.size());
    }
}
