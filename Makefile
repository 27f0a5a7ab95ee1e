# beai: build, install and uninstall.
#
#   make                 build the release binary (Swift runtime linked statically)
#   make install         install into $(DESTDIR)$(PREFIX): the binary, man pages, completions
#   make uninstall       remove exactly what install put there
#   make test            swift test
#
# PREFIX defaults to /usr/local; DESTDIR is prepended for staged installs.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

RELEASE := .build/release/beai
GENERATED := .build/beai-install
# The manual plugin of swift-argument-parser writes one page per command here.
MANUAL := .build/plugins/GenerateManual/outputs/beai


.PHONY: all build man completions install uninstall test

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --product beai

# The man pages come from swift-argument-parser's manual plugin, which reads the commands' help
# (the explorer's keys and the query language included) from the debug build.
man:
	$(SWIFT) package generate-manual --configuration debug --multi-page

completions: build
	mkdir -p $(GENERATED)
	$(RELEASE) --generate-completion-script bash > $(GENERATED)/beai.bash
	$(RELEASE) --generate-completion-script zsh > $(GENERATED)/_beai
	$(RELEASE) --generate-completion-script fish > $(GENERATED)/beai.fish

install: build man completions
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(RELEASE) $(BINDIR)/beai
	install -m 644 $(MANUAL)/*.1 $(MANDIR)/
	install -m 644 $(GENERATED)/beai.bash $(BASHDIR)/beai
	install -m 644 $(GENERATED)/_beai $(ZSHDIR)/_beai
	install -m 644 $(GENERATED)/beai.fish $(FISHDIR)/beai.fish

uninstall:
	rm -f $(BINDIR)/beai $(MANDIR)/beai.1 $(MANDIR)/beai.*.1
	rm -f $(BASHDIR)/beai $(ZSHDIR)/_beai $(FISHDIR)/beai.fish

test:
	$(SWIFT) test
