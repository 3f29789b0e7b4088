# Sportello: `make run` serves the demo, `make test` runs the suite.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv run test check format messages bench text-model clean

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || (echo "Python 3.12+ not found" >&2; exit 1)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(BIN)/sportello migrate
	$(BIN)/sportello demo --once
	$(BIN)/sportello serve --host $(HOST) --port $(PORT)

test: venv
	$(BIN)/python scripts/test.py

check: venv
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

format: venv
	$(BIN)/ruff check --fix src tests bench scripts
	$(BIN)/ruff format src tests bench scripts

# SPORTELLO_VAR_DIR: the settings would otherwise create src/sportello/var/ for the secret key.
messages: venv
	cd src/sportello && SPORTELLO_VAR_DIR=$(CURDIR)/var ../../$(BIN)/django-admin makemessages -l it -l en --settings=sportello.settings
	cd src/sportello && SPORTELLO_VAR_DIR=$(CURDIR)/var ../../$(BIN)/django-admin compilemessages --settings=sportello.settings

# The text layer's learned second opinion, from the labelled messages (text/model.py).
CORPUS ?= ../shared/corpus
text-model: venv
	$(BIN)/python -m sportello.text.train_model --out src/sportello/text/lexicon/model.tsv \
		$(CORPUS)/messages-dev.jsonl bench/fresh/*.jsonl

bench: venv
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache
