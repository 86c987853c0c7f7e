#!/usr/bin/env bash
# Fails when a C++ source differs from what clang-format-19 (.clang-format,
# LLVM style) would write.
set -euo pipefail
cd "$1"
mapfile -t files < <(find lib tools test -name '*.cpp' -o -name '*.h' | sort)
clang-format-19 --dry-run -Werror "${files[@]}"
echo "${#files[@]} files formatted"
