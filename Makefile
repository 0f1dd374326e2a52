# altegio-client: bundles -> overlays -> openapi-python-client -> altegio_client/ (see README).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON_BOOT ?= python3
VENV        ?= .venv
PY          := $(VENV)/bin/python
BIN         := $(VENV)/bin
SPEC_DIR    ?= ../shared/openapi
UPDATE      ?=
OFFLINE     ?=

LOCK        := openapi/bundles.lock.json
BUNDLES     := openapi/bundles
BUILD       := openapi/build
MERGED      := $(BUILD)/altegio.openapi.json
TABLE       := $(BUILD)/_operations.py
PACKAGED    := $(BUILD)/_openapi.json.gz
# What the generator owns inside altegio_client/: replaced wholesale by `make generate`.
GENERATED   := api models client.py errors.py types.py _operations.py _openapi.json.gz
HANDWRITTEN := altegio_client/_*.py altegio_client/__init__.py
TEST_ARGS   ?=
SCALE       ?= 1
BENCH_ARGS  ?=
MODULE      ?=
BASE        ?= main
MUTATION_ARGS ?=

.PHONY: help setup demo spec overlay generate check-generated lint test bench mutation mutation-changed clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'
	@echo "  variables: SPEC_DIR=$(SPEC_DIR) (offline bundles), UPDATE=1 (accept new bundles), OFFLINE=1"

$(VENV)/.installed: pyproject.toml
	$(PYTHON_BOOT) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

tests/contract/node_modules/.installed: tests/contract/package-lock.json
	npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed tests/contract/node_modules/.installed ## Create .venv (package + pinned tools) and install Prism (npm ci)

demo: $(VENV)/.installed tests/contract/node_modules/.installed overlay ## Set up, then book, read back and cancel an appointment against a local stand-in
	$(PY) -m tests.contract.serve_prism -- $(PY) examples/booking_flow.py

spec: $(VENV)/.installed ## Fetch the published bundles (offline: copy from SPEC_DIR); check sha256 against the lock
	$(PY) openapi/spec.py --lock $(LOCK) --out-dir $(BUNDLES) --spec-dir $(SPEC_DIR) \
		$(if $(UPDATE),--update) $(if $(OFFLINE),--offline)

overlay: spec ## Merge the bundles into one index-shaped document and apply overlays/
	$(PY) -m overlays --spec-dir $(BUNDLES) --lock $(LOCK) --out $(MERGED) --table $(TABLE) --packaged $(PACKAGED)

# $(call generate_into,DIR): the whole generator run, into DIR/altegio_client.
define generate_into
	rm -rf $(1) && mkdir -p $(1)
	$(BIN)/openapi-python-client generate --path $(MERGED) --meta none --fail-on-warning \
		--config generator_config.yaml --custom-template-path openapi/templates \
		--output-path $(1)/altegio_client
	cp $(TABLE) $(1)/altegio_client/_operations.py
	cp $(PACKAGED) $(1)/altegio_client/_openapi.json.gz
	$(BIN)/ruff check --isolated --quiet --fix-only --select F401,I --exit-zero $(1)/altegio_client
	$(BIN)/ruff format --isolated --quiet --line-length 120 $(1)/altegio_client
endef

generate: overlay ## Regenerate the client (fails on any generator warning)
	$(call generate_into,$(BUILD)/generated)
	for part in $(GENERATED); do rm -rf altegio_client/$$part; cp -r $(BUILD)/generated/altegio_client/$$part altegio_client/$$part; done
	@echo "generate: $$(find altegio_client/api -name '*.py' ! -name '__init__.py' | wc -l) operation modules, $$(ls altegio_client/models | grep -cv '^__') model modules"

check-generated: overlay ## Regenerate into a scratch directory; fail on any difference from what is committed
	$(call generate_into,$(BUILD)/check)
	status=0; for part in $(GENERATED); do \
		diff -r --exclude=__pycache__ $(BUILD)/check/altegio_client/$$part altegio_client/$$part || status=1; \
	done; \
	if [ $$status -ne 0 ]; then echo "check-generated: committed code differs from the generator's (run make generate)"; exit 1; fi
	rm -rf $(BUILD)/check
	@echo "check-generated: committed generated code is exactly what the pipeline makes"

lint: $(VENV)/.installed ## ruff + mypy --strict on hand-written code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(VENV)/.installed tests/contract/node_modules/.installed overlay ## Run the test suite (contract tests include Prism)
	$(BIN)/pytest $(TEST_ARGS)

bench: overlay ## Print the performance table (real time, ~5 min; SCALE=0.1 BENCH_ARGS=--skip-processes: ~30 s)
	$(BIN)/pip install --quiet yclients==0.1.1
	$(PY) -m tests.bench.run --scale $(SCALE) $(BENCH_ARGS)

mutation: $(VENV)/.installed ## Mutation score of the hand-written code on the fast suite (MODULE=altegio_client/_lazy.py: one)
	SPEC_DIR=$(SPEC_DIR) $(PY) -m tests.mutation.run $(MUTATION_ARGS) $(MODULE)

mutation-changed: $(VENV)/.installed ## The same for the hand-written modules changed since BASE (default main)
	SPEC_DIR=$(SPEC_DIR) $(PY) -m tests.mutation.run $(MUTATION_ARGS) --changed $(BASE)

clean: ## Remove build output (not .venv)
	rm -rf $(BUILD) $(BUNDLES) .pytest_cache .mypy_cache .ruff_cache mutants
