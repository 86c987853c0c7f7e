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

.PHONY: all deps build demo test clean format

all: demo

deps:
	@missing=$$(for p in $(DEPS); do \
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
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== rtclint scan examples/ =="
	@$(BUILD)/bin/rtclint scan examples; rc=$$?; \
	  if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	  echo "(exit code $$rc: 1 means findings at or above --fail-on)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

format: deps
	clang-format-19 -i $$(git ls-files 'lib/*.cpp' 'lib/*.h' 'tools/*.cpp' 'tools/*.h' 'test/*.cpp')

clean:
	rm -rf $(BUILD)
