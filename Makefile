# One command per task; each sets up its own virtual environment first.
#   make serve   – set up and serve the site with live reload on http://127.0.0.1:8000/
#   make test    – set up and run every test (needs Chromium: apt-get install chromium)
#   make build   – strict production build into site/
#   make check   – the content checks the comms team sees on a pull request
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
PYTHON := $(VENV)/bin/python

.PHONY: setup serve build test check bench

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

serve: setup
	$(PYTHON) -m mkdocs serve

build: setup
	$(PYTHON) -m mkdocs build --strict

check: setup
	$(PYTHON) scripts/check_content.py

test: setup
	$(PYTHON) -m pytest

bench: setup
	$(PYTHON) scripts/bench_build.py
	$(PYTHON) scripts/bench_pages.py
