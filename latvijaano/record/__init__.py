"""The record: what Latvia did on the Council, as the data holds it, counted and listed.

One language build at a time, gathering.py gathers the record's published entries of every kind —
statements (docs/<lang>/pazinojumi/), news (docs/<lang>/jaunumi/), meetings held
(data/meetings.yml) and votes (data/votes.yml) — and makes three things of them:

- `<!-- data: presidency-record -->` (padome/prezidentura.md, presidency.py): the presidency month's record —
  one sourced sentence on what the presidency lets Latvia do (worded for before, during or after
  the month: data/ui.yml presidency_role_*), "the presidency in figures" when the month has
  anything to count, then the month's meetings, statements and votes; while the data holds
  nothing for a month that has begun, one sentence saying so.
- `<!-- data: term-so-far -->` (padome/index.md) and the home page: the term so far (term.py) — statements,
  meetings and votes (by outcome) of the term up to the build's day, each a link to its list
  (the votes' page only when it exists: latvijaano/votes/ leaves it out while the register is empty).
- the home page's `record_latest` (home.py): the newest entries of any kind, each with its kind named.
  Entries of the last RECENT_DAYS are "Latest"; older ones are never shown as fresh: below the
  recent ones they come under "Earlier", and with no recent entry the list is "From the archive".
  (The site's record is a Council term, whose work comes in monthly cycles: a quarter is long
  enough for the list not to look empty between two entries, short enough that "latest" is true.)

Counted and listed is only what is published: no draft, no scheduled item (latvijaano/data/publication.py),
not even in a preview; no meeting before its day is over (a meeting counts as held from the day
after, as latvijaano/meetings/ lists it); no vote dated after the build's day.

`newest_date(entries)` (model.py) is the date a page made of them was last updated (the home page and the
presidency page set "Last updated" from it, when it is newer than the page's own last change).

events.py wires them to the build; the record of a language build is
build_context.current().state["record"].
"""
