//===- prefilter_bench.cpp - RE2::Set against Hyperscan, same atoms -------===//
//
// The keyword prefilter is one pass of a multi-literal matcher over each
// file. This measures the two candidates on the literals the built-in rules
// give it (keywords, and the atoms RE2's FilteredRE2 derives from the
// regexes of rules without keywords), over the files of a tree:
//
//   bench-prefilter DIR [MAX_MB]
//
// RE2::Set runs on the lower-cased text, as RuleSet::candidates does;
// Hyperscan matches caselessly on the raw bytes.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <chrono>
#include <cstdio>
#include <hs/hs.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

using namespace rtclint;

static std::vector<std::string> prefilterAtoms(const RuleSet &Rules) {
  std::vector<std::string> Atoms;
  re2::FilteredRE2 Filter(3);
  bool Any = false;
  for (const Rule &R : Rules.rules()) {
    for (const std::string &K : R.Keywords)
      Atoms.push_back(K);
    if (!R.Keywords.empty())
      continue;
    std::vector<const Pattern *> Leaves;
    for (const Pattern &P : R.Patterns)
      reportingLeaves(P, Leaves);
    for (const Pattern *P : Leaves) {
      const RegexPtr &Re =
          P->On == PatternOn::String || P->On == PatternOn::Binding ? P->Value
          : P->On == PatternOn::Code || P->On == PatternOn::Text    ? P->Regex
                                                                    : nullptr;
      int Id;
      if (Re && Filter.Add(Re->pattern(), Re->options(), &Id) == RE2::NoError)
        Any = true;
    }
  }
  if (Any) {
    std::vector<std::string> RegexAtoms;
    Filter.Compile(&RegexAtoms);
    Atoms.insert(Atoms.end(), RegexAtoms.begin(), RegexAtoms.end());
  }
  llvm::sort(Atoms);
  Atoms.erase(std::unique(Atoms.begin(), Atoms.end()), Atoms.end());
  return Atoms;
}

static int onMatch(unsigned, unsigned long long, unsigned long long, unsigned,
                   void *Ctx) {
  ++*static_cast<size_t *>(Ctx);
  return 0;
}

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::fprintf(stderr, "usage: bench-prefilter DIR [MAX_MB]\n");
    return 2;
  }
  uint64_t Max = (Argc > 2 ? std::stoull(Argv[2]) : 64) << 20;
  Diagnostics D;
  RuleSet Rules;
  if (!Rules.loadBuiltin(D) || !Rules.finalize(D))
    return 1;
  std::vector<std::string> Atoms = prefilterAtoms(Rules);

  std::vector<std::string> Files;
  uint64_t Bytes = 0;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Argv[1], EC), End;
       It != End && !EC && Bytes < Max; It.increment(EC)) {
    if (It->type() != llvm::sys::fs::file_type::regular_file)
      continue;
    auto Buf = llvm::MemoryBuffer::getFile(It->path());
    if (!Buf)
      continue;
    Files.push_back((*Buf)->getBuffer().str());
    Bytes += Files.back().size();
  }

  using Clock = std::chrono::steady_clock;
  auto Seconds = [](Clock::time_point A) {
    return std::chrono::duration<double>(Clock::now() - A).count();
  };

  RE2::Options O;
  O.set_log_errors(false);
  O.set_max_mem(256 << 20);
  auto T0 = Clock::now();
  RE2::Set Set(O, RE2::UNANCHORED);
  for (const std::string &A : Atoms)
    Set.Add(RE2::QuoteMeta(A), nullptr);
  Set.Compile();
  double Re2Compile = Seconds(T0);

  std::vector<const char *> Exprs;
  std::vector<unsigned> Flags, Ids;
  std::vector<std::string> Quoted;
  for (size_t I = 0; I < Atoms.size(); ++I) {
    std::string Q;
    for (unsigned char C : Atoms[I]) {
      char Hex[8];
      std::snprintf(Hex, sizeof Hex, "\\x%02x", C);
      Q += Hex;
    }
    Quoted.push_back(Q);
  }
  for (size_t I = 0; I < Atoms.size(); ++I) {
    Exprs.push_back(Quoted[I].c_str());
    Flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
    Ids.push_back(unsigned(I));
  }
  T0 = Clock::now();
  hs_database_t *DB = nullptr;
  hs_compile_error_t *Err = nullptr;
  if (hs_compile_multi(Exprs.data(), Flags.data(), Ids.data(),
                       unsigned(Exprs.size()), HS_MODE_BLOCK, nullptr, &DB,
                       &Err) != HS_SUCCESS) {
    std::fprintf(stderr, "hyperscan: %s\n", Err->message);
    return 1;
  }
  double HsCompile = Seconds(T0);
  hs_scratch_t *Scratch = nullptr;
  hs_alloc_scratch(DB, &Scratch);

  size_t Re2Hits = 0, HsHits = 0;
  double Re2Best = 1e9, HsBest = 1e9;
  for (int Round = 0; Round < 3; ++Round) {
    T0 = Clock::now();
    std::vector<int> Hits;
    for (const std::string &F : Files) {
      std::string Lower = llvm::StringRef(F).lower();
      Hits.clear();
      Set.Match(Lower, &Hits);
      Re2Hits += Hits.size();
    }
    Re2Best = std::min(Re2Best, Seconds(T0));
    T0 = Clock::now();
    for (const std::string &F : Files)
      hs_scan(DB, F.data(), unsigned(F.size()), 0, Scratch, onMatch, &HsHits);
    HsBest = std::min(HsBest, Seconds(T0));
  }
  double MB = Bytes / 1048576.0;
  std::printf("%zu atoms, %zu files, %.1f MB\n", Atoms.size(), Files.size(),
              MB);
  std::printf("RE2::Set   compile %.1f ms, scan %.3f s, %.0f MB/s, hits %zu\n",
              Re2Compile * 1e3, Re2Best, MB / Re2Best, Re2Hits / 3);
  std::printf("Hyperscan  compile %.1f ms, scan %.3f s, %.0f MB/s, hits %zu\n",
              HsCompile * 1e3, HsBest, MB / HsBest, HsHits / 3);
  hs_free_scratch(Scratch);
  hs_free_database(DB);
  return 0;
}
