# closeknit: `make run` to use it, `make test` to check it. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run install test lint typecheck migrations-check test-sqlite test-postgres bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test,train]"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/closeknit migrate
	$(BIN)/closeknit serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test
	bash scripts/ensure-system-parts
	$(MAKE) lint typecheck migrations-check test-sqlite test-postgres

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	CLOSEKNIT_DATA_DIR=$$(mktemp -d) $(BIN)/mypy closeknit

migrations-check: $(VENV)/.installed-test
	CLOSEKNIT_DATA_DIR=$$(mktemp -d) $(BIN)/python manage.py makemigrations --check --dry-run

# The whole suite on SQLite, including the browser journeys and schemathesis.
test-sqlite: $(VENV)/.installed-test
	$(BIN)/pytest

# The suite again on a real PostgreSQL started for it (browser tests ran above).
test-postgres: $(VENV)/.installed-test
	$(BIN)/python -m closeknit.testing.postgres -- $(BIN)/pytest -m "not browser"

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis screenshots
