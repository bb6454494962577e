# Two commands do all the set-up on a fresh machine:
#   make demo   build a virtual environment, install, build the demo company, serve it
#   make test   build a virtual environment, install, run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUBJECTS ?= 1000
export TROTH_HOME ?= $(CURDIR)/.troth

.PHONY: demo test install lint format clean

$(BIN)/troth: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

install: $(BIN)/troth

demo: install
	$(BIN)/troth demo build --subjects $(SUBJECTS) --seed 1 --replace
	$(BIN)/troth serve

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m pytest -n 2 -q

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: install
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) .troth .pytest_cache .ruff_cache
