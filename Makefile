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

setup: $(STAMP) ## Create .venv, install the package, make sure Chromium and an Arabic font exist
	@bash scripts/ensure-browser.sh $(BIN)/python

reports: setup ## Build every report (HTML and PDF, Arabic and English) into reports/
	$(BIN)/coalition-reports build

test: setup ## Run the whole test suite (unit and end-to-end)
	$(BIN)/python -m pytest

lab: setup ## Open JupyterLab at the project's root (notebooks/, data/, the catalogue); saves are stripped of outputs
	$(BIN)/jupyter lab --config=jupyter_server_config.py --ServerApp.root_dir=. $$([ "$$(id -u)" = 0 ] && echo --allow-root)

preview: setup ## Serve the reports on 127.0.0.1, rebuild on save and reload the page (NAME=02_attacks IN=ar)
	$(BIN)/coalition-reports preview $(NAME) --lang $(or $(IN),en)

validate: setup ## Check every data file and print rows per table
	$(BIN)/coalition-reports validate

bench: setup ## Time the build against the naive papermill + nbconvert pipeline
	$(BIN)/python benchmarks/bench.py

clean: ## Remove generated reports and the build folder
	rm -rf build reports/*/ reports/index.html

.PHONY: help setup reports test lab preview validate bench clean
