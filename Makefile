# Thin wrapper: install missing Debian packages, configure, build, demo, test.
# `make` builds and scans the bundled example app; `make test` runs every test.

BUILD ?= build
JOBS  ?= 2
# Real code the precision suite (test/realworld) scans.
REALWORLD_DEPS := python3-django python3-flask ruby-sinatra ruby-rack-protection \
                  ruby-webrick node-express node-js-tokens node-core-js \
                  golang-1.19-src libssl-dev libxslt1-dev git
DEPS  := cmake ninja-build g++ pkg-config git python3 \
         llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 clang-tidy-19 \
         clang-tools-19 clang-format-19 \
         libyaml-cpp-dev libfmt-dev catch2 libre2-dev libgit2-dev \
         $(REALWORLD_DEPS)

.PHONY: all deps build demo test test-tools test-asan clean format

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
	  ctest --output-on-failure -j $(JOBS) -LE lint

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
