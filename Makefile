# orderly-client: every target builds what it needs from nothing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Four pytest workers on a 2-core machine: many tests wait (sockets, subprocesses, a paced download), so the extra
# workers fill the cores the waiting ones leave idle (measured with the static checks beside it, cold mypy cache:
# make test 5:59 on three workers, 5:36 on four; pytest alone took 6:21 on two).
PYTEST_ARGS ?= -n 4 --dist loadgroup
# mypy runs one at a time on the repository's cache (.mypy_cache): `make typecheck` and the type-checked docs test
# (which runs while `make test`'s static checks do) take this lock (where util-linux flock is installed).
MYPY := $(if $(shell command -v flock),flock .mypy_cache.lock )$(VENV)/bin/mypy
# The upstream specs: a local file (UPSTREAM=, SV_UPSTREAM=), their documentation-pages tables next to
# them or given (DOCS_TSV=, SV_DOCS_TSV=; the Strategy Vault's defaults to the committed one in tools/).
UPSTREAM ?= ../shared/upstream/orderly.openapi.yaml
DOCS_TSV ?= $(dir $(UPSTREAM))docs-pages.tsv
SV_UPSTREAM ?= $(dir $(UPSTREAM))sv.openapi.yaml
SV_DOCS_TSV ?= $(firstword $(wildcard $(dir $(SV_UPSTREAM))sv-docs-pages.tsv) tools/sv-docs-pages.tsv)
SV_SPEC := generated/orderly_sv.openapi.yaml
# The generator's post hooks call the pinned ruff from the venv.
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: venv spec generate readme-index check-generated api-changes lint typecheck test pytest docs demo bench dist clean

# pip's -qq keeps the output to errors (some machines' pip configs warn about every index).
PIP := $(PY) -m pip install -qq --disable-pip-version-check

venv: $(VENV)/.installed

# The SDK itself with its extras, then the sandbox: all that `make demo` needs. The sandbox is its own
# distribution (auth/sandbox) pinned to this SDK's version: installed from here once the SDK is there (in one
# pip call, pip looks for that pin on the index instead of the editable SDK beside it).
$(VENV)/.runtime: pyproject.toml auth/sandbox/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[stream,wallet,cli,parquet]'
	$(PIP) -e auth/sandbox
	touch $@

# Plus the pinned development tools: generator, linters, type checker, test runner.
$(VENV)/.installed: $(VENV)/.runtime requirements-dev.txt
	$(PIP) -r requirements-dev.txt
	touch $@

# Repairs summaries in docs/*spec-repairs.md; when the import changes a bundled spec, its changelog in
# docs/*api-changes.md (the regeneration job's pull request description).
spec: venv
	$(PY) tools/update_spec.py $(UPSTREAM) $(DOCS_TSV) orderly.openapi.yaml \
		--report docs/spec-repairs.md --changes docs/api-changes.md
	$(PY) tools/update_spec.py --api sv $(SV_UPSTREAM) $(SV_DOCS_TSV) $(SV_SPEC) \
		--report docs/sv-spec-repairs.md --changes docs/sv-api-changes.md

generate: venv
	$(PY) tools/generate.py orderly.openapi.yaml generated/orderly_client
	$(PY) tools/generate.py --config tools/sv-generator-config.yml $(SV_SPEC) generated/orderly_sv_client
	$(PY) tools/task_index.py

# The README's task index, from tools/task_index.yaml and the generated OPERATIONS.
readme-index: venv
	$(PY) tools/task_index.py

check-generated: venv
	$(PY) tools/check_generated.py $(UPSTREAM) $(DOCS_TSV) $(SV_UPSTREAM) $(SV_DOCS_TSV)

# make api-changes OLD=<spec> NEW=<spec> [OUT=file.md]: what changed between two upstream (or bundled) specs.
api-changes: venv
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make api-changes OLD=<spec> NEW=<spec> [OUT=file.md]"; exit 2; }
	$(PY) tools/api_changes.py $(OLD) $(NEW) $(OUT)

lint: venv
	$(VENV)/bin/ruff check auth tests tools examples bench
	$(VENV)/bin/ruff format --check auth tests tools examples bench
	$(VENV)/bin/ruff check docs/site_pages.py
	$(VENV)/bin/ruff format --check docs/site_pages.py

# One run over our code and the tests (tests/ is a package, tests.<folder>.<module>, so its conftest.py files have
# distinct names), one over the generated code with its own config; bench/: scripts run from their folder.
typecheck: venv
	$(MYPY) auth/orderly_auth auth/sandbox/orderly_sandbox tools examples tests docs/site_pages.py
	$(MYPY) --config-file mypy-generated.ini generated/orderly_client generated/orderly_sv_client
	$(MYPY) bench

# The static checks side by side (each its own output, whole) while the tests run: their output is shown after
# pytest's, and either failing fails the target.
test: venv
	@$(MAKE) --no-print-directory -j3 --output-sync=target lint typecheck check-generated > $(VENV)/static-checks.log 2>&1 & \
	static=$$!; \
	$(PY) -m pytest $(PYTEST_ARGS); tests=$$?; \
	wait $$static; checks=$$?; \
	echo "== static checks (lint, typecheck, check-generated)"; cat $(VENV)/static-checks.log; \
	if [ $$checks -ne 0 ]; then echo "static checks failed" >&2; fi; \
	[ $$tests -eq 0 ] && [ $$checks -eq 0 ]

# The tests alone, e.g. on another Python: make pytest VENV=.venv-313 PYTHON=python3.13 PYTEST_ARGS='-n 2'.
pytest: venv
	$(PY) -m pytest $(PYTEST_ARGS)

# The documentation site in build/site (docs/mkdocs.yml): --strict, so a warning, a missing page or a
# broken link or anchor fails the build; tests/docs/ opens the built site in headless Chromium.
docs: venv
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict -f docs/mkdocs.yml

demo: $(VENV)/.runtime
	$(PY) examples/quickstart.py
	$(PY) examples/onboarding.py
	$(PY) examples/live_stream.py

bench: venv
	rm -rf .venv-bench
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet -r bench/requirements.txt -e '.[stream,redis]'
	.venv-bench/bin/python -m pip install --quiet --no-deps orderly-evm-connector==0.2.9
	.venv-bench/bin/python bench/run.py --generator-python $(PY)

# Both distributions, in lockstep: orderly-client and orderly-sandbox (auth/sandbox), wheels and sdists.
dist: venv
	$(PY) -m build --outdir dist .
	$(PY) -m build --sdist --wheel --outdir dist auth/sandbox

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache
