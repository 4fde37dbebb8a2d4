"""The record of one language build: every published entry of every kind — statements, news,
meetings held and votes — newest first, the coming meetings, the lists' pages and the membership
(latvijaano/record/__init__.py says what counts as published)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from latvijaano import kinds, site_context
from latvijaano.data import publication
from latvijaano.data.data_sets import data_set
from latvijaano.data.membership import membership_context
from latvijaano.meetings.model import FOLDER as MEETINGS_FOLDER
from latvijaano.meetings.model import Meeting
from latvijaano.meetings.views import label, meeting_view
from latvijaano.news.items import collect_items, path_in_language
from latvijaano.record.model import COMING_ON_HOME, KINDS, VOTES_PAGE, Entry, Record
from latvijaano.votes.model import Vote, key_of
from latvijaano.votes.views import outcome_text


def published(items, withheld: dict) -> list:
    """Items this build lists, less the drafts and scheduled ones a preview keeps."""
    return [item for item in items if path_in_language(item.file) not in withheld]


def gather(files, config, ui: dict, today: dt.date, all_meetings: list[Meeting], votes: list[Vote]) -> Record:
    """The record of this language build. The meetings (in date order) and the votes (newest
    first) are the ones the meetings' and the votes' on_files have read and checked already
    (build_context.current().state["meetings"] and ["votes"]): not read from data/ again."""
    root = site_context.project_root(config)
    docs_dir = Path(config.docs_dir).resolve()
    lang = site_context.build_language(config)
    withheld = publication.withheld_pages(docs_dir, today)
    titles = {meeting.id: meeting.title[lang] for meeting in all_meetings}
    entries = []
    for item in published(collect_items(files, lang, root, docs_dir, kinds.STATEMENTS), withheld):
        meeting = item.meta.get("meeting")
        entries.append(Entry("statement", item.date, item.title, item.url, titles.get(meeting, ""), meeting))
    for item in published(collect_items(files, lang, root, docs_dir), withheld):
        entries.append(Entry("news", item.date, item.title, item.url, item.description))
    for meeting in all_meetings:
        # Held: from the day after (latvijaano/meetings/); a cancelled meeting never is.
        if meeting.date < today and not meeting.cancelled:
            format_text = label(ui, "format", meeting.format)
            entries.append(
                Entry(
                    "meeting",
                    meeting.date,
                    meeting.title[lang],
                    meeting.path(lang),
                    format_text,
                    meeting.id,
                    presides="presides" in meeting.roles,
                    format=format_text,
                )
            )
    votes_page = files.get_file_from_path(f"{lang}/{VOTES_PAGE}")
    for vote in votes:
        if vote.date <= today and votes_page is not None:
            text = f"{ui['votes_latvia']}: {ui['vote_value_' + key_of(vote.vote)]}; {outcome_text(vote, ui)}"
            entries.append(
                Entry(
                    "vote",
                    vote.date,
                    vote.subject[lang],
                    f"{votes_page.url}#{vote.anchor}",
                    text,
                    vote.meeting,
                    outcome=vote.outcome,
                )
            )
    entries.sort(key=lambda e: (-e.date.toordinal(), KINDS.index(e.kind), e.path))
    # The home page's coming meetings are those that will take place: a cancelled one is left out
    # (the meetings list and its own page say it is cancelled).
    coming = [
        meeting_view(m, None, lang, ui, today) for m in all_meetings if m.date >= today and not m.cancelled
    ]
    lists = {
        "statement": f"{site_context.language_root(lang)}{kinds.STATEMENTS.folder}/",
        "meeting": f"{site_context.language_root(lang)}{MEETINGS_FOLDER}/",
        "vote": votes_page.url if votes_page is not None else None,
        "news": f"{site_context.language_root(lang)}{kinds.NEWS_FOLDER}/",
    }
    # data/membership.yml as this build read and checked it (latvijaano/data/data_sets.py).
    membership = membership_context(data_set("membership").entries, today, lang, ui)
    return Record(lang, today, entries, coming[:COMING_ON_HOME], lists, membership, all_meetings)
