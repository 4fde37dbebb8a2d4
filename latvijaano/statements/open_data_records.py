"""The statements as open data: one record per statement, dati/pazinojumi.json|csv
(data/schemas/open-data/pazinojumi.schema.json; latvijaano/outputs/open_data.py writes the files)."""

from __future__ import annotations

import re
from pathlib import Path

from latvijaano.meetings.loading import meeting_by_id
from latvijaano.news.items import NewsItem
from latvijaano.rules.model import statement_type
from latvijaano.statements.model import State, stem_of
from latvijaano.statements.views import kind_text

OPEN_DATA_NAME = "pazinojumi"  # dati/pazinojumi.json|csv, data/schemas/open-data/pazinojumi.schema.json
MEETING_ID = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")


def open_data_record(state: State, item: NewsItem, site_url: str, ui: dict, root: Path) -> dict:
    """One statement as dati/pazinojumi.json has it: the fields of its page, in the page's words."""
    meta = item.meta
    meeting = meta["meeting"].strip()
    is_id = bool(MEETING_ID.match(meeting))  # data/meetings.yml ids, once statements name them
    # `meeting` is the meeting as the statement's page names it (statement_facts): the title of
    # the data/meetings.yml entry an id names, or the front matter's own words.
    named = meeting_by_id(root, meeting) if is_id else None
    kind = statement_type(meta)
    return {
        "id": stem_of(item.file),
        "url": site_url + item.url,
        "date": item.date.isoformat(),
        "title": item.title,
        "description": item.description,
        "type": kind,
        "type_text": kind_text(meta, ui),
        "vote_timing": meta.get("vote_timing"),
        "on_behalf_of": meta["on_behalf_of"].strip() if meta.get("on_behalf_of") else None,
        "delivery": meta.get("delivery"),
        "meeting": named.title[state.lang] if named else (None if is_id else meeting),
        "meeting_id": meeting if is_id else None,
        "record": meta.get("symbol"),
        "speaker": (meta.get("speaker") or "").strip() or None,
        "priorities": list(meta.get("priorities") or []),
        "source": meta["source"].strip(),
        "vote_ids": [vote.id for vote in state.votes.get(stem_of(item.file), [])],
    }
