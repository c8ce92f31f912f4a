# Companion: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv and install the app on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint format bench tour clean translations translations-update

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Companion needs Python 3.11 or newer" or 0)'
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(VPY) -m pip install --quiet --disable-pip-version-check -e '.[test,translations]'
	touch $(STAMP)

# The built catalogues (.qm for the UI, .mo for the core) from the ones kept in the repository.
translations: $(STAMP)
	$(VPY) translations/catalogues.py build

# Refresh translations/*.ts and companion/locale/*.po(t) from the code, keeping every translation.
translations-update: $(STAMP)
	$(VPY) translations/catalogues.py update

run: setup
	$(VPY) -m companion_app $(ARGS)

test: setup lint
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VPY) -m ruff check companion companion_app ui tests
	$(VPY) -m ruff format --check companion companion_app ui tests
	$(VENV)/bin/lint-imports
	$(VPY) -m mypy

format: setup
	$(VPY) -m ruff format companion companion_app ui tests
	$(VPY) -m ruff check --fix companion companion_app ui tests

# The screen tour alone (needs Xvfb and openbox); PNGs land in tour-results/<theme>-<size>/.
# In another language: `make tour LANG=de_DE.UTF-8` (or TOUR_LANG=es), even before it ships;
# PNGs then land in tour-results/<language>-<theme>-<size>/ and English left on screen is a finding.
TOUR_LANG ?= $(if $(filter command line,$(origin LANG)),$(LANG))
tour: setup
	COMPANION_TOUR_LANG=$(TOUR_LANG) QT_QPA_PLATFORM=offscreen $(VPY) -m pytest tests/real/test_screen_tour.py tests/tour $(PYTEST_ARGS)

bench: setup
	$(VPY) -m benchmarks $(ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache *.egg-info
