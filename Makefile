# Two commands do all the set-up on a fresh machine:
#   make demo   build a virtual environment, install, build the demo company, serve it
#   make test   build a virtual environment, install, run the checks (make lint) and the whole
#               test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUBJECTS ?= 1000
export TROTH_HOME ?= $(CURDIR)/.troth

.PHONY: demo test proofs bench-guard fuzz-requests mutation install lint format clean

$(BIN)/troth: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

install: $(BIN)/troth

demo: install
	$(BIN)/troth demo build --subjects $(SUBJECTS) --seed 1 --replace
	$(BIN)/troth serve

test: lint
	$(BIN)/python -m pytest -n 2 -q

# The index of the tests that prove each promise, shipped in the package (src/troth/proofs.json);
# tests/test_promises.py fails when it is stale.
proofs: install
	$(BIN)/python -m troth.promises

# Refresh the README's tour (docs/screenshots) from the browser tests, on purpose.
screenshots: install
	TROTH_SCREENSHOTS=docs $(BIN)/python -m pytest -q tests/e2e

# The request engine against its reference model on many more random data maps than the
# suite's 500 per database (FUZZ_EXAMPLES=N to choose).
FUZZ_EXAMPLES ?= 5000
fuzz-requests: install
	TROTH_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:randomly \
		tests/requests/test_requests_differential.py

# The guard's benchmark as users run the guard: Troth installed from a wheel with
# Presidio and spaCy beside it for the comparison, in a virtual environment of its own
# (ARGS="--rounds 5" and the like go to the benchmark).
BENCH_VENV ?= .venv-bench
bench-guard:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet ".[bench]"
	$(BENCH_VENV)/bin/python benchmarks/guard.py $(ARGS)

# Mutation testing (Cosmic Ray) of the modules that keep the promises, each against the fast
# tests that cover it, in copies under build/mutation; not part of `make test`. Prints the
# score per module; survivors in build/mutation/survivors.txt (docs/benchmarks.md).
# MUTATION_ARGS="--jobs 2" or "--only roles requests.lifecycle" and the like.
MUTATION_ARGS ?=
mutation: install
	$(BIN)/python benchmarks/mutation.py $(MUTATION_ARGS)

# Style, the dependency rules of docs/architecture.md (.importlinter), then the types.
lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) $(BENCH_VENV) build .troth .pytest_cache .ruff_cache
