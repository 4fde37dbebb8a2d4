# One command per task; each sets up its own virtual environment first.
#   make serve   – set up and serve the site with live reload on http://127.0.0.1:8000/
#   make test    – set up and run every test (needs Chromium: apt-get install chromium)
#   make build   – strict production build into site/
#   make check   – the content checks the comms team sees on a pull request
#   make screenshots – one contact sheet PNG (page types × 390/1280 px × light/dark, LV and EN) in screenshots/
#   make news date=2026-11-20 slug=sanaksme lv="Virsraksts" en="Title"   – a news item in both languages
#   make page path=prioritates/jauna-lapa lv="Virsraksts" en="Title"     – a page in both languages (+ nav)
#   make statement date=2025-11-14 slug=darba-metodes lv="Virsraksts" en="Title" \
#        priorities=working-methods source=https://... [symbol=S/PV.10043]   – a statement in both languages
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
PYTHON := $(VENV)/bin/python

.PHONY: setup serve build test check bench news page statement screenshots

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

news: setup
	$(PYTHON) scripts/new_news.py --date "$(date)" --slug "$(slug)" --title-lv "$(lv)" --title-en "$(en)"

statement: setup
	$(PYTHON) scripts/new_statement.py --date "$(date)" --slug "$(slug)" --title-lv "$(lv)" --title-en "$(en)" \
		--priorities "$(priorities)" --source "$(source)" --symbol "$(symbol)"

page: setup
	$(PYTHON) scripts/new_page.py --path "$(path)" --title-lv "$(lv)" --title-en "$(en)"

test: setup
	$(PYTHON) -m pytest

screenshots: setup
	$(PYTHON) scripts/screenshots.py screenshots/contact-sheet.png --pages screenshots/pages

bench: setup
	$(PYTHON) scripts/bench_build.py
	$(PYTHON) scripts/bench_pages.py
