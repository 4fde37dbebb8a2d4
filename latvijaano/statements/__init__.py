"""Statements: what Latvia says on the Security Council, one page per statement,
docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md, with front matter `title`, `description`, `date`,
`meeting` (the id of its entry in data/meetings.yml), `symbol` (optional until the meeting record
is issued), `speaker`, `priorities` (keys from data/priorities.yml) and `source` (https address of
the full text). The content rules (latvijaano/rules/) check those fields; an item they find
fault with is left out here (it has been reported).

Per language build, with latvijaano/news/'s machinery (kinds.STATEMENTS):
- markers.py renders the statements list, newest first, 20 to a page, at `<!-- data: statements -->`
  in pazinojumi/index.md, with generated further pages pazinojumi/lapa/2/ ...;
- filter_pages.py makes a filter page for each priority, type and year that has statements in the
  language: pazinojumi/tema/<key>/, pazinojumi/veids/<type>/, pazinojumi/gads/<year>/, listing all
  of them (plain HTML, with hreflang alternates in the languages that have the page too). A value
  without a published statement has no page, no link in the filters and no search entry: it gets
  them with its first statement and loses them with its last (drafts and scheduled items don't count);
- markers.py shows on each priority's page (data/priorities.yml `page`) its latest three statements,
  at `<!-- data: statements-latest -->` or else at the end of the page: the page keeps its size
  however many statements there are; a priority without statements shows no box at all;
- views.py ends each statement with the one before and after it (by date) and a link to the list
  (news/item_nav.py), and puts the statement's facts (meeting, date, speaker, meeting record and
  full text links, its priorities) under its heading; the list and filter pages are dated by their
  newest statement (latvijaano/data/page_updated.py);
- events.py gives templates `statements_feed` (the feed's URL and title for partials/feed-link.html),
  writes the Atom feed pazinojumi/feed.xml (en/pazinojumi/feed.xml) and the open data records
  (open_data_records.py), and keeps this build's statements as build_context state "statements".
model.py reads data/priorities.yml, checked against data/schemas/priorities.schema.json on every build.
"""
