#!/usr/bin/env bash
# Runs clang-tidy-19 with the project's .clang-tidy over every source in lib/
# and tools/; any warning fails (WarningsAsErrors). Needs the build's
# compile_commands.json.
set -euo pipefail
src=$1
build=$2
cd "$src"
files=$(git ls-files 'lib/*.cpp' 'tools/*.cpp' 2>/dev/null ||
        find lib tools -name '*.cpp')
run-clang-tidy-19 -quiet -p "$build" -j "${JOBS:-2}" $files > "$build/clang-tidy.log" 2>&1 || {
  grep -E "(warning|error):" "$build/clang-tidy.log" | sort -u | head -100
  echo "clang-tidy: see $build/clang-tidy.log"
  exit 1
}
echo "clang-tidy: clean"
