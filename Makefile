# wbr — run a weekly business review from a terminal.
# `make run` opens the sample meeting; `make test` runs every test, the terminal ones in tmux.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
SWIFT ?= swift
CONFIG ?= release
# Release builds link the Swift runtime and Foundation statically: one file to copy to a server,
# and about 5 MB less memory in every process (docs/PERFORMANCE.md, "Static linking").
RELEASE_FLAGS ?= --static-swift-stdlib
CONFIG_FLAGS = $(if $(filter release,$(CONFIG)),$(RELEASE_FLAGS))
# `make run` plays in a copy of the sample series (three weeks, the record of the first two), so
# the repository's record stays as generated: `rm -r .build/sample-series` starts over.
SERIES ?= sample-data/retail-series
RUN_SERIES ?= .build/sample-series
DECK ?= $(RUN_SERIES)/2026-11-21/deck.json
OWNERS ?= sample-data/owners.json
NCURSES_HEADER := /usr/include/ncursesw/curses.h
BIN_DEBUG := .build/debug/wbr
BIN_RELEASE := .build/release/wbr

.PHONY: all build run test unit-test e2e-test conformance install lint format clean deps bench fuzz man

all: build

## deps: make sure the ncursesw headers are there (installs them when run as root).
deps:
	@if [ ! -f $(NCURSES_HEADER) ]; then \
	  echo "wbr needs the ncursesw headers ($(NCURSES_HEADER))."; \
	  echo "On Debian/Ubuntu they come with the package libncursesw5-dev (libncurses-dev)."; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing libncursesw5-dev..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libncursesw5-dev; \
	  else \
	    echo "Run: sudo apt-get install libncursesw5-dev"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) $(CONFIG_FLAGS) --product wbr

## run: build and open the sample series' latest week (a copy in .build/sample-series).
run: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product wbr
	@if [ ! -d $(RUN_SERIES) ]; then mkdir -p $(dir $(RUN_SERIES)) && cp -R $(SERIES) $(RUN_SERIES) \
	  && echo "The sample series is copied to $(RUN_SERIES); rm -r it to start over."; fi
	$(BIN_RELEASE) meet $(DECK) --owners $(OWNERS)

## test: unit tests, golden screens and exports, the WBR App conformance suite, the journal
## compatibility gate (Tests/WBRCompatTests, tests-e2e/compat.sh), then the
## end-to-end tests that drive the real binary inside tmux.
test: unit-test e2e-test

unit-test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

e2e-test: deps
	$(SWIFT) build --product wbr
	@for t in tests-e2e/*.sh; do \
	  [ -f "$$t" ] || continue; \
	  echo "== $$t"; WBR_BIN=$(BIN_DEBUG) bash "$$t" || exit 1; \
	done

## man: the man pages (wbr.1, wbr.meet.1, ...) generated from the command-line definitions
## of the built wbr into $(MAN_DIR) (scripts/gen-man.sh); `make install` installs them.
MAN_DIR ?= .build/man
man: build
	SWIFT=$(SWIFT) bash scripts/gen-man.sh .build/$(CONFIG)/wbr $(MAN_DIR)

install: build man
	install -d $(DESTDIR)$(BINDIR)
	install -m 755 .build/$(CONFIG)/wbr $(DESTDIR)$(BINDIR)/wbr
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 $(MAN_DIR)/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	.build/$(CONFIG)/wbr --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/wbr
	.build/$(CONFIG)/wbr --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_wbr
	.build/$(CONFIG)/wbr --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/wbr.fish

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

clean:
	rm -rf .build

## sample-data: regenerate sample-data/ from scripts/gen-sample-data.py (deterministic).
.PHONY: sample-data
sample-data:
	python3 scripts/gen-sample-data.py sample-data

## bench: the benchmark suite (docs/PERFORMANCE.md), not part of `make test`: release builds,
## then `wbr build` from a local PostgreSQL server against the same data as CSV (bench-sources.sh),
## seeded decks and daily data, every case in a fresh process, one table with the JSON floor.
## BENCH_ARGS="--quick" for a short run, BENCH_ARGS="--only frames" for some cases.
BENCH_DATA ?= .build/bench-data
BENCH_ARGS ?=
BENCH_DECKS := $(foreach n,100 1000 10000,$(BENCH_DATA)/deck-$(n).json)
BENCH_BUILDS := $(foreach n,100 1000,$(BENCH_DATA)/build-$(n)/daily.csv)

bench: deps $(BENCH_DECKS) $(BENCH_BUILDS)
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product wbr
	$(SWIFT) build -c release --package-path Benchmarks
	Benchmarks/.build/release/wbr-bench run --data $(BENCH_DATA) --wbr $(BIN_RELEASE) \
	  --floor "$$(Benchmarks/Floor/floor-command.sh)" --out $(BENCH_DATA)/report.md $(BENCH_ARGS)
	WBR_RELEASE=$(BIN_RELEASE) bash scripts/bench-sources.sh 5

$(BENCH_DATA)/deck-%.json: scripts/gen-deck.py
	@mkdir -p $(BENCH_DATA)
	python3 scripts/gen-deck.py --metrics $* -o $@ --owners $(BENCH_DATA)/owners.json

$(BENCH_DATA)/build-%/daily.csv: scripts/gen-build-data.py
	python3 scripts/gen-build-data.py $(BENCH_DATA)/build-$* --metrics $* --years 3 --seed 7

## fuzz: build the libFuzzer targets in Fuzz/ with the address sanitizer and run each for
## FUZZ_SECONDS seconds (docs/RELIABILITY.md). FUZZ_TARGETS picks some, e.g. DeckReaderFuzz.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?=
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash scripts/fuzz.sh $(FUZZ_TARGETS)

## monkey: the full hardening runs in tmux: a 5,000-event monkey storm with 300 resizes on the
## sample deck and a 10,000-metric adversarial deck, then 100 SIGKILLed meetings (RELIABILITY.md),
## on the release build (the 100 MB deck is what users would open with it).
.PHONY: monkey
MONKEY_SEED ?= 20261127
monkey: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product wbr
	python3 scripts/monkey.py --seed $(MONKEY_SEED) --keys 5000 --resizes 300 --metrics 10000 --bin $(BIN_RELEASE)
	python3 scripts/crash-loop.py --seed $(MONKEY_SEED) --meetings 100 --bin $(BIN_RELEASE)
