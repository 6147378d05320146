# Coalition reports. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,lab]'
	touch $(STAMP)

setup: $(STAMP) node_modules/.installed ## Create .venv, install the package, make sure Chromium and an Arabic font exist
	@bash scripts/ensure-browser.sh $(BIN)/python

# axe-core, for the accessibility test (skipped, saying why, where npm is missing)
node_modules/.installed: package.json
	@if command -v npm >/dev/null; then npm install --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility (axe-core) test will be skipped"; fi

reports: setup ## Build every report (HTML and PDF, Arabic and English) into reports/
	$(BIN)/coalition-reports build

test: setup ## Run the whole test suite (unit and end-to-end)
	$(BIN)/python -m pytest

lab: setup ## Open JupyterLab at the project's root (notebooks/, data/, the catalogue); saves are stripped of outputs
	$(BIN)/jupyter lab --config=jupyter_server_config.py --ServerApp.root_dir=. $$([ "$$(id -u)" = 0 ] && echo --allow-root)

preview: setup ## Serve the reports on 127.0.0.1, rebuild on save and reload the page (NAME=04_isis_today IN=ar)
	$(BIN)/coalition-reports preview $(NAME) --lang $(or $(IN),en)

validate: setup ## Check every data file and print rows per table
	$(BIN)/coalition-reports validate

bench: setup ## Time the build against the naive papermill + nbconvert pipeline
	$(BIN)/python benchmarks/bench.py

clean: ## Remove generated reports and the build folder
	rm -rf build reports/*/ reports/index.html

.PHONY: help setup reports test lab preview validate bench clean
