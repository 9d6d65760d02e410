# orderly-client: every target builds what it needs from nothing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
UPSTREAM ?= ../shared/upstream/orderly.openapi.yaml
DOCS_TSV ?= $(dir $(UPSTREAM))docs-pages.tsv
# The generator's post hooks call the pinned ruff from the venv.
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: venv spec generate check-generated lint typecheck test demo bench dist clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -e '.[sandbox]'
	touch $@

spec: venv
	$(PY) tools/import_spec.py $(UPSTREAM) $(DOCS_TSV) orderly.openapi.yaml

generate: venv
	$(PY) tools/generate.py orderly.openapi.yaml generated/orderly_client

check-generated: venv
	$(PY) tools/check_generated.py $(UPSTREAM) $(DOCS_TSV)

lint: venv
	$(VENV)/bin/ruff check auth tests tools examples
	$(VENV)/bin/ruff format --check auth tests tools examples

typecheck: venv
	$(VENV)/bin/mypy auth/orderly_auth tools
	$(VENV)/bin/mypy --config-file mypy-generated.ini generated/orderly_client

test: lint typecheck check-generated
	$(PY) -m pytest

demo: venv
	$(PY) examples/quickstart.py

dist: venv
	$(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache
