"""How Latvia voted: the register data/votes.yml (register.py checks it; model.py is a vote), the
page balsojumi/ ("Kā Latvija balsoja" / "How Latvia voted") and its filter pages (pages.py), how a
vote is said (views.py), and the votes as open data; events.py wires them to the build.

- data/votes.yml is checked on every build: the schema and the rules it cannot say; any problem
  stops the build, each at its entry's line, in both languages.
- The page and its navigation entry exist only when the register has entries: with an empty
  register docs/<lang>/balsojumi/index.md is taken out of the build and out of the navigation (as
  latvijaano/data/publication.py does with a draft), so no link, sitemap entry or search result leads to
  an empty page. Nothing else links to the page unless it exists.
- With entries, the page shows a table of the votes, newest first, at `<!-- data: votes -->`, and
  plain filter pages (no JavaScript needed) for each year, outcome and vote of Latvia's that the
  register has: balsojumi/gads/<year>/, balsojumi/iznakums/<outcome>/, balsojumi/balsojums/<vote>/
  (a value without votes has no page and no link). Each is dated by its newest vote.
  Symbols are linked as latvijaano/rules/un_symbols.py links them; a vote whose sources give no symbol says
  so in words, with who submitted the draft (never a made-up symbol or an empty link); each
  explanation links its statement.
- The statement's own line ("Latvia voted in favour of S/RES/…") is latvijaano/statements/'s
  (made by views.vote_line).
- Each language build writes dati/balsojumi.json|csv (+ its schema) with
  latvijaano/outputs/open_data.py, an empty list while the register is empty.
"""
