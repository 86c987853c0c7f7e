//===- LanguagesCommand.cpp - rtclint languages ---------------------------===//
//
// The language table detectLanguage reads, one language a line, so tools
// (the rule-docs generator) and users see the same mapping the scan uses:
//   name<TAB>display name<TAB>extensions<TAB>file names
// Extensions are space-separated without dots; file names ending in '.'
// are prefixes ("Dockerfile." matches "Dockerfile.prod").
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "source/Source.h"
#include "llvm/Support/raw_ostream.h"
#include <CLI/CLI.hpp>

using namespace rtclint;

namespace rtclint::cli {

Command addLanguagesCommand(CLI::App &Root) {
  CLI::App *S = Root.add_subcommand(
      "languages", "List the languages rtclint reads and the file extensions "
                   "and names that select them");
  return {S, [] {
            // Plain text (Language 0) last: it is what is left.
            for (unsigned I = 1; I <= unsigned(LastLanguage) + 1; ++I) {
              Language L = Language(I % (unsigned(LastLanguage) + 1));
              std::string Exts, Names;
              for (const LanguageExtension &E : languageExtensions())
                if (E.Lang == L)
                  Exts += (Exts.empty() ? "" : " ") + E.Ext.str();
              for (const LanguageFileName &N : languageFileNames())
                if (N.Lang == L)
                  Names += (Names.empty() ? "" : " ") + N.Name.str();
              llvm::outs() << languageName(L) << '\t' << languageDisplayName(L)
                           << '\t' << Exts << '\t' << Names << '\n';
            }
            return int(ExitClean);
          }};
}

} // namespace rtclint::cli
