# The two commands a newcomer needs are `make run` and `make test`; both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint venv bench clean stack prometheus-tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	# The CPU build of torch first: an unpinned torch would pull gigabytes of CUDA packages.
	$(PIP) install torch==2.13.0 2>&1 | grep -v "^WARNING: Location" || true
	$(PIP) install -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import torch, sentence_transformers, flask, psycopg" 
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	mkdir -p var
	$(BIN)/learning-exporter serve --demo

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) lint prometheus-tools
	# Two workers (this machine's two cores); a test file stays on one worker, so its module fixtures
	# (a loaded demo, a started Prometheus) are built once.
	$(BIN)/python -m pytest -n 2 --dist loadfile; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; exit $$rc

# promtool, Prometheus and Alertmanager for the rule tests and the end-to-end test (root, ~10-30 s once).
prometheus-tools:
	./scripts/install-prometheus.sh

stack: $(STAMP)
	./scripts/stack.sh

bench: $(STAMP)
	@echo "see bench/RESULTS.md for each benchmark's command"

clean:
	rm -rf $(VENV) var .pytest_cache
