//===- FuzzOutput.cpp - libFuzzer target: text, JSON and GitHub writers ---===//
//
// Untrusted bytes (a path, a rule id, a message, a snippet, a note) must not
// change the shape of any output: the text and GitHub outputs keep the line
// count of the same findings with harmless fields and carry no control
// bytes, and the JSON output parses.
//
//===----------------------------------------------------------------------===//

#include "report/Reporter.h"
#include "llvm/Support/JSON.h"
#include <cstddef>
#include <cstdint>

using namespace rtclint;

namespace {

ScanResult resultOf(llvm::ArrayRef<llvm::StringRef> Fields) {
  auto Field = [&](size_t I) {
    return I < Fields.size() ? Fields[I].str() : std::string("x");
  };
  Finding F;
  F.Path = F.ProjectPath = Field(0);
  F.RuleId = Field(1);
  F.Message = Field(2);
  F.Snippet = Field(3);
  F.Line = F.EndLine = 3;
  F.Column = 1;
  F.EndColumn = 2;
  F.Notes.push_back({{Field(0), 1, 1, 1, 2, {}}, Field(4)});
  ScanResult R;
  R.Findings.push_back(F);
  R.Files[F.Path] = FileInfo{};
  return R;
}

std::string render(const FormatInfo &Fmt, const ScanResult &R) {
  ScanRun Run;
  Run.Result = &R;
  Run.ToolVersion = "0";
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Fmt.Create(ReportOptions{})->write(OS, Run);
  OS.flush();
  return Out;
}

void checkShape(llvm::StringRef Out, llvm::StringRef Plain) {
  if (Out.count('\n') != Plain.count('\n'))
    __builtin_trap();
  for (size_t I = 0; I < Out.size(); ++I) {
    auto C = uint8_t(Out[I]);
    auto Next = I + 1 < Out.size() ? uint8_t(Out[I + 1]) : 0;
    bool Control = (C < 0x20 && C != '\n' && C != '\t') || C == 0x7f ||
                   (C == 0xC2 && Next >= 0x80 && Next <= 0x9F);
    // U+2028 and U+2029 end lines in some viewers.
    if (Control || Out.substr(I).starts_with("\xE2\x80\xA8") ||
        Out.substr(I).starts_with("\xE2\x80\xA9"))
      __builtin_trap();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef In(reinterpret_cast<const char *>(Data), Size);
  llvm::SmallVector<llvm::StringRef, 5> Fields;
  In.split(Fields, '\0', 4);
  ScanResult Hostile = resultOf(Fields);
  ScanResult Plain = resultOf({});
  for (const FormatInfo &Fmt : outputFormats()) {
    if (Fmt.Name == "sarif")
      continue; // needs rule metadata; validated by its own tests
    std::string Out = render(Fmt, Hostile);
    if (Fmt.Name == "json") {
      llvm::Expected<llvm::json::Value> V = llvm::json::parse(Out);
      if (!V) {
        llvm::consumeError(V.takeError());
        __builtin_trap();
      }
      continue;
    }
    checkShape(Out, render(Fmt, Plain));
  }
  return 0;
}
