# cosmoplan: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_PLAN ?= $(HOME)/.local/share/cosmoplan/baikonur-demo.cosmoplan

.PHONY: run test lint typecheck contracts pytest bench clean demo bundle

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $(STAMP)

## Open the app on the Baikonur demo plan (created on first use). First installs the system
## libraries Qt's X11 plugin needs (apt-get, through sudo unless root), or names them and stops.
run: $(STAMP)
	@$(BIN)/python -m cosmoplan.cli.desktop_libs --install
	$(BIN)/cosmoplan gui --demo "$(DEMO_PLAN)"

## ruff, mypy, the import-linter contracts and pytest.
test: lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check cosmoplan tests bench
	$(BIN)/ruff format --check cosmoplan tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## Refresh the Russian and Kazakh catalogues (lupdate + core messages) and compile the .qm files.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

## The one-folder bundle dist/cosmoplan/ (PyInstaller; packaging/README.md has the Windows and
## macOS recipe). Run it as dist/cosmoplan/cosmoplan.
bundle: $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/cosmoplan.spec

## Benchmarks (figures for the issue notes).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache bench/results
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
