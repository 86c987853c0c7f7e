# Thin wrapper: install missing Debian packages, configure, build, demo, test.
# `make` builds and scans the bundled example app; `make test` runs every test.

BUILD ?= build
SHELL := /bin/bash
JOBS  ?= 2
# Real code the precision suite (test/realworld) scans.
REALWORLD_DEPS := python3-django python3-flask ruby-sinatra ruby-rack-protection \
                  ruby-webrick node-express node-js-tokens node-core-js \
                  golang-1.19-src libssl-dev libxslt1-dev git
DEPS  := cmake ninja-build g++ pkg-config git python3 \
         llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 clang-tidy-19 \
         clang-tools-19 clang-format-19 libclang-rt-19-dev \
         libyaml-cpp-dev libfmt-dev catch2 libre2-dev libgit2-dev libcli11-dev \
         pre-commit neovim clangd-19 \
         $(REALWORLD_DEPS)

.PHONY: all deps build demo test test-tools test-asan clean format fuzz bench

all: demo

# npm (for the SARIF validator) comes from Debian unless a Node.js is on PATH.
NPM_DEP := $(if $(shell command -v npm 2>/dev/null),,npm)

deps:
	@missing=$$(for p in $(DEPS) $(NPM_DEP); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done | tr '\n' ' '); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing packages. Run:"; \
	    echo "  sudo apt-get install -y $$missing"; \
	    exit 1; \
	  fi; \
	fi

$(BUILD)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DRTCLINT_TOOLS_DIR=$(abspath $(BUILD))/tools

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== rtclint scan examples/ =="
	@$(BUILD)/bin/rtclint scan examples; rc=$$?; \
	  if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	  echo "(exit code $$rc: 1 means findings at or above --fail-on)"

# Tools the tests drive for real: the SARIF validator (npm, offline after the
# first install into the build tree).
SARIF_TOOL := $(BUILD)/tools/node_modules/.bin/sarif-multitool
test-tools: deps
	@test -x $(SARIF_TOOL) || npm install --no-audit --no-fund --silent \
	  --prefix $(BUILD)/tools @microsoft/sarif-multitool@5
	@chmod u+x $(BUILD)/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true

test: build test-tools
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets, ASan+UBSan, in a build directory of their own; each runs
# FUZZ_SECONDS on a corpus seeded at run time from the rule fixtures.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= Lex Facts Glob Rules Config Text Redact Output Lsp Sarif

fuzz: deps
	@test -f $(FUZZ_BUILD)/build.ninja || CC=clang-19 CXX=clang++-19 \
	  cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DRTCLINT_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target \
	  $(addprefix fuzz-,$(FUZZ_TARGETS))
	python3 test/fuzz/seed_corpus.py . $(FUZZ_BUILD)/corpus
	@for t in $(FUZZ_TARGETS); do \
	  echo "== fuzz-$$t ($(FUZZ_SECONDS) s) =="; \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/artifacts/$$t; \
	  $(FUZZ_BUILD)/bin/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$t/ \
	    $(FUZZ_BUILD)/corpus/$$t > $(FUZZ_BUILD)/fuzz-$$t.log 2>&1; rc=$$?; \
	  grep -aE '^(stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|==[0-9]+==ERROR)' \
	    $(FUZZ_BUILD)/fuzz-$$t.log; \
	  if [ $$rc -ne 0 ]; then tail -40 $(FUZZ_BUILD)/fuzz-$$t.log; exit $$rc; fi; \
	done

# The side-by-side benchmark (not part of `make test`): generates its trees
# in $(BUILD)/bench, installs secretlint there from npm, needs ripgrep.
BENCH_DEPS := ripgrep time python3-yaml
bench: build
	@$(MAKE) --no-print-directory deps DEPS="$(BENCH_DEPS)"
	python3 test/bench/run_bench.py --rtclint $(BUILD)/bin/rtclint \
	  --work $(BUILD)/bench $(BENCH_ARGS)

format: deps
	clang-format-19 -i $$(git ls-files 'lib/*.cpp' 'lib/*.h' 'tools/*.cpp' 'tools/*.h' 'test/*.cpp')

# ASan+UBSan build of the unit, integration and hostile tests (the lint
# tests run in `make test` only). LLVM's own libraries are not instrumented.
ASAN_BUILD ?= build-asan
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=undefined
test-asan: test-tools
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS="$(SAN_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SAN_FLAGS)" \
	  -DRTCLINT_TOOLS_DIR=$(abspath $(BUILD))/tools
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1 \
	  RTCLINT_TIME_SCALE=4 RTCLINT_MEMORY_SCALE=3 \
	  ctest --output-on-failure -j $(JOBS) -LE 'lint|plugin'

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
