# One command per task; each sets up its own virtual environment first.
#   make serve   – set up and serve the site with live reload on http://127.0.0.1:8000/
#   make test    – set up and run every test (needs Chromium: apt-get install chromium)
#   make build   – strict production build into site/
#   make check   – the content checks the comms team sees on a pull request
#   make screenshots – one contact sheet PNG (page types × 390/1280 px × light/dark, LV and EN) in screenshots/
#   make news date=2026-11-20 slug=sanaksme lv="Virsraksts" en="Title"   – a news item in both languages
#   make page path=prioritates/jauna-lapa lv="Virsraksts" en="Title"     – a page in both languages (+ nav)
#   make statement date=2025-11-14 slug=darba-metodes lv="Virsraksts" en="Title" \
#        [priorities=working-methods] source=https://... [symbol=S/PV.10043] [meeting=<id>] \
#        [type=explanation-of-vote timing=after] [delivery=check-against-delivery]   – a statement in both languages
#   make meeting date=2026-11-12 slug=atklatas-debates lv="Virsraksts" en="Title" format=open-debate \
#        role=presides,speaks [time=10:00] [agenda_lv=…] [agenda_en=…] [number=10050] [record=S/PV.10050]
#   make meeting-revisions   – after editing data/meetings.yml: raise the revision of each edited meeting
#   make vote date=2026-03-12 draft=S/2026/123 lv="Temats" en="Subject" vote=in-favour outcome=adopted \
#        for=13 against=0 abstain=2 absent=0 [resolution="S/RES/2800 (2026)"] [explanation=2026-03-12-slug]
#        [agenda_lv="…" agenda_en="…"] [reason=veto] [meeting=ID]   – a vote in data/votes.yml
#        (no symbol in the sources: leave draft= out, write submitted_lv="Krievija" submitted_en="Russia")
#   A title with $ or " goes in single quotes for the shell (lv='Aid of $100 million'); make passes it on as typed.
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
PYTHON := $(VENV)/bin/python

.PHONY: setup serve build test check bench news page statement meeting meeting-revisions vote screenshots

# `setup` is what every editor's command needs: Python and its packages (.venv). Node is not among
# them: only the developers' suite needs it (stylelint, tests/test_stylesheets.py), so `make test`
# alone installs node_modules.
setup: $(VENV)/.installed

# stylelint (tests/test_stylesheets.py), pinned in package-lock.json; npm itself comes from the system.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --silent

# The engine (latvijaano/) is installed editable: an edit to it takes effect without reinstalling.
$(VENV)/.installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	$(PYTHON) -m pip install --quiet --quiet --no-deps -e .
	touch $@

serve: setup
	$(PYTHON) -m mkdocs serve

build: setup
	$(PYTHON) -m mkdocs build --strict

# The check prints every problem and a bilingual summary itself; make would add its own
# "make: *** [Makefile:…: check] Error 1" line after them, which editors took for one more problem.
# Make prints that line for any failed recipe (even with -s), so on failure the recipe ends make
# with SIGPIPE instead: shells print nothing for it, and the exit status (141) is still non-zero.
check: setup
	@$(PYTHON) scripts/check_content.py || kill -s PIPE $$PPID

# The scaffolds. What an editor types (`make news lv="Aid of $100 million" …`) reaches the script
# through the environment, never through a shell command line: there a `"` in a title broke the
# quoting and `$1` was read as a variable ("Aid of 00 million"). $(value …) hands each variable over
# as typed, unexpanded; scripts/new_item.py reads ITEM_<name> and runs the kind's scaffold (the same
# script and the same names as the New item form). A refused scaffold ends like `make check` (above).
ITEM_NAMES := date slug path priorities source symbol meeting type timing delivery format role time \
	agenda_lv agenda_en number record draft vote outcome for against abstain absent resolution \
	explanation reason submitted_lv submitted_en
$(foreach name,$(ITEM_NAMES),$(eval export ITEM_$(name) = $$(value $(name))))
export ITEM_title_lv = $(value lv)
export ITEM_title_en = $(value en)

news statement meeting vote page: setup
	@$(PYTHON) scripts/new_item.py --kind $@ --from-environment || kill -s PIPE $$PPID

meeting-revisions: setup
	@$(PYTHON) scripts/new_meeting.py --revise || kill -s PIPE $$PPID

test: setup node_modules/.package-lock.json
	$(PYTHON) -m pytest

screenshots: setup
	$(PYTHON) scripts/screenshots.py screenshots/contact-sheet.png --pages screenshots/pages

bench: setup
	$(PYTHON) scripts/bench_build.py
	$(PYTHON) scripts/bench_pages.py
