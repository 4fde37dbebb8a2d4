"""Meetings that move or are cancelled, and the statements and votes that name a meeting (issue 38,
item 3), each done the way an editor does it, in scratch copies with synthetic meetings only:

- moved: the editor changes `date` and adds `moved_from` (the id's date), then runs
  `make meeting-revisions`; cancelled: adds `status: cancelled`, then the same. One build shows
  both on their pages, the list, the home page (a cancelled meeting is not "coming" there), the
  calendar (same UID, new DTSTART, higher SEQUENCE; STATUS:CANCELLED) and the open data;
- a meeting that a statement and a vote name, deleted: refused at the statement's and the vote's
  line, saying to put it back marked cancelled;
- the same meeting wrongly indented (a YAML error): reported at its data/meetings.yml line, the
  problems that depend on the file (the statement's and the vote's meeting) held back;
- an entry added by hand without `revision`: the exact line to add, and `make meeting-revisions`
  adds it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

import icalendar
import pytest
import yaml
from conftest import ROOT, build_site
from scratch import add_meetings, copy_repo
from test_content_checks import edit, line_number, problem_lines, run_check, set_key, statement

from latvijaano import site_context
from latvijaano.meetings import loading
from latvijaano.meetings.views import moved_from_text
from latvijaano.problems import ProblemsError

sys.path.insert(0, str(ROOT / "scripts"))
from new_meeting import entry_text, revise  # noqa: E402
from new_vote import add_vote  # noqa: E402

pytestmark = pytest.mark.long(20)  # see conftest.pytest_collection_modifyitems
SITE_URL = "http://127.0.0.1:8000/"
DAY = dt.timedelta(days=1)


def after_every_meeting(root) -> dt.date:
    """A day after every meeting of the copy: the synthetic ones are the soonest coming."""
    entries = yaml.safe_load((root / "data" / "meetings.yml").read_text(encoding="utf-8")) or []
    return max([dt.date(2027, 12, 1)] + [dt.date.fromisoformat(e["date"]) for e in entries]) + 30 * DAY


def meeting(day: dt.date, slug: str, words: str) -> dict:
    return {
        "id": f"{day.isoformat()}-{slug}",
        "date": day.isoformat(),
        "time": "10:00",
        "title": {"lv": f"Pārbaudes sanāksme: {words}", "en": f"Test meeting: {slug}"},
        "format": "briefing",
        "roles": ["speaks"],
    }


def entry_lines(root, meeting_id: str):
    """The copy's data/meetings.yml lines, and the index of the meeting's `date:` line."""
    lines = (root / "data" / "meetings.yml").read_text(encoding="utf-8").split("\n")
    start = lines.index(f"- id: {meeting_id}")
    return lines, start + 1


def write_lines(root, lines) -> None:
    (root / "data" / "meetings.yml").write_text("\n".join(lines), encoding="utf-8")


# --- Moved and cancelled, built -------------------------------------------------------------


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    base = tmp_path_factory.mktemp("meeting-changes")
    root = copy_repo(base / "repo")
    first = after_every_meeting(root)
    moved = meeting(first + DAY, "parcelta", "pārcelta")
    cancelled = meeting(first + 2 * DAY, "atcelta", "atcelta")
    add_meetings(root, [moved, cancelled])
    # The editor moves one a week on (the id stays) and cancels the other, then raises revisions.
    lines, date_line = entry_lines(root, moved["id"])
    new_day = first + 8 * DAY
    lines[date_line : date_line + 1] = [f'  date: "{new_day}"', f'  moved_from: "{moved["date"]}"']
    _, cancelled_line = entry_lines(root, cancelled["id"])
    lines.insert(cancelled_line + 1, "  status: cancelled")
    write_lines(root, lines)
    assert sorted(revise(root)) == sorted([moved["id"], cancelled["id"]])
    site = base / "site"
    result = build_site(root, site, SITE_URL, env={"SITE_DATE": first.isoformat()})
    assert result.returncode == 0, result.stdout + result.stderr

    class Changed:
        pass

    Changed.root, Changed.site, Changed.moved, Changed.cancelled, Changed.new_day = (
        root,
        site,
        moved,
        cancelled,
        new_day,
    )
    return Changed


def page(changed, lang: str, path: str) -> str:
    return (changed.site / site_context.language_root(lang) / path).read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
def test_a_cancelled_meeting_keeps_its_page_which_says_it_is_cancelled(changed, lang):
    ui = site_context.ui_for(lang)
    html = page(changed, lang, f"sanaksmes/{changed.cancelled['id']}/index.html")
    assert "lv-meeting__state--cancelled" in html
    assert ui["meeting_cancelled_note"] in text_of(html)
    assert "lv-meeting__state--coming" not in html  # said instead of "coming"


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
def test_a_moved_meeting_keeps_its_page_with_the_new_day_and_where_it_moved_from(changed, lang):
    ui = site_context.ui_for(lang)
    html = page(changed, lang, f"sanaksmes/{changed.moved['id']}/index.html")
    meeting = next(m for m in loading.load_meetings(changed.root) if m.id == changed.moved["id"])
    assert moved_from_text(meeting, lang, ui) in text_of(html)
    assert ui["meeting_moved_from"].split("{")[0].strip() in text_of(html)
    assert f'<time datetime="{changed.new_day.isoformat()}">' in html


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
def test_the_list_marks_the_cancelled_meeting_and_the_home_page_leaves_it_out(changed, lang):
    ui = site_context.ui_for(lang)
    listed = page(changed, lang, "sanaksmes/index.html")
    item = re.search(r'<li class="[^"]*lv-meetings__item--cancelled[^"]*">(.*?)</li>', listed, re.S)
    assert item and changed.cancelled["id"] in item.group(1) and ui["meeting_cancelled"] in item.group(1)
    assert listed.count("lv-meetings__item--cancelled") == 1
    moved_item = re.search(rf'<li class="[^"]*">((?:(?!</li>).)*{changed.moved["id"]}.*?)</li>', listed, re.S)
    assert moved_item and ui["meeting_moved_from"].split("{")[0].strip() in moved_item.group(1)
    home = page(changed, lang, "index.html")
    coming = home[home.index('id="lv-meetings-coming"') :].split("</section>")[0]
    assert changed.moved["id"] in coming  # the soonest coming meeting that takes place
    assert changed.cancelled["id"] not in coming


def test_the_calendar_has_the_moved_meeting_on_its_new_day_and_the_cancelled_one_marked(changed):
    calendar = icalendar.Calendar.from_ical((changed.site / "dati" / "sanaksmes.ics").read_bytes())
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    moved, cancelled = events[changed.moved["id"]], events[changed.cancelled["id"]]
    assert moved.decoded("DTSTART").date() == changed.new_day and int(moved["SEQUENCE"]) == 1
    assert "STATUS" not in moved
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 1
    own = icalendar.Calendar.from_ical(
        (changed.site / "sanaksmes" / f"{changed.cancelled['id']}.ics").read_bytes()
    )
    assert [str(e["STATUS"]) for e in own.walk("VEVENT")] == ["CANCELLED"]


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
def test_the_open_data_carry_the_status_and_where_a_meeting_moved_from(changed, lang):
    records = json.loads(page(changed, lang, "dati/sanaksmes.json"))
    by_id = {record["id"]: record for record in records}
    assert by_id[changed.cancelled["id"]]["status"] == "cancelled"
    assert by_id[changed.moved["id"]]["status"] == "scheduled"
    assert by_id[changed.moved["id"]]["moved_from"] == changed.moved["date"]
    assert by_id[changed.moved["id"]]["date"] == changed.new_day.isoformat()
    assert all(record["moved_from"] is None for key, record in by_id.items() if key != changed.moved["id"])


# --- Refused, at the line that holds the mistake ----------------------------------------------


def named_meeting(root) -> tuple[dict, dict]:
    """A synthetic meeting that a statement (both languages) and a vote name: (meeting, where each
    names it: path -> the text on that line)."""
    day = dt.date(2024, 3, 7)
    named = meeting(day, "nosaukta", "nosaukta")
    add_meetings(root, [named])
    files = statement(root, "nosauc-sanaksmi", date=day.isoformat())
    for file in files.values():
        edit(file, set_key("meeting", named["id"]))
    add_vote(
        root, day.isoformat(), "S/2024/999", "Pārbaudes temats", "Test subject", "in-favour", "adopted",
        15, 0, 0, 0, resolution="S/RES/2999 (2024)", meeting=named["id"],
    )  # fmt: skip
    where = {file: f"meeting: {named['id']}" for file in files.values()}
    where[root / "data" / "votes.yml"] = f"meeting: {named['id']}"
    return named, where


def at(root, file, needle) -> str:
    return f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: "


@pytest.fixture(scope="module")
def deleted(tmp_path_factory):
    root = copy_repo(tmp_path_factory.mktemp("meeting-deleted") / "repo")
    named, where = named_meeting(root)
    lines, date_line = entry_lines(root, named["id"])
    end = next(i for i in range(date_line, len(lines)) if lines[i].lstrip().startswith("revision:"))
    write_lines(root, lines[: date_line - 1] + lines[end + 1 :])
    return root, {at(root, file, needle) for file, needle in where.items()}, run_check(root)


def test_deleting_a_meeting_that_statements_and_votes_name_is_refused_at_their_lines(deleted):
    root, expected, check = deleted
    assert check.returncode == 1
    for where in expected:
        lines = [line for line in problem_lines(check.stdout) if line.startswith(where)]
        assert len(lines) == 1, f"{where!r}:\n{check.stdout}"
        latvian, _, english = lines[0][len(where) :].partition(" / ")
        assert "atjaunojiet" in latvian and "'status: cancelled'" in latvian, lines[0]
        assert "put it back" in english and "'status: cancelled'" in english, lines[0]


@pytest.fixture(scope="module")
def indented(tmp_path_factory):
    root = copy_repo(tmp_path_factory.mktemp("meeting-indented") / "repo")
    named, where = named_meeting(root)
    lines, date_line = entry_lines(root, named["id"])
    lines[date_line] = " " + lines[date_line]  # one space too many: YAML cannot read the file
    write_lines(root, lines)
    held_back = {at(root, file, needle) for file, needle in where.items()}
    return root, f"data/meetings.yml:{date_line + 1}: ", held_back, run_check(root)


def test_a_wrongly_indented_meeting_is_reported_at_its_line_and_what_depends_on_it_held_back(indented):
    root, where, held_back, check = indented
    assert check.returncode == 1
    found = problem_lines(check.stdout)
    assert [line for line in found if line.startswith(where)], f"nothing at {where!r}:\n{check.stdout}"
    assert not [line for line in found if any(line.startswith(h) for h in held_back)], check.stdout
    assert not [line for line in found if line.startswith("data/votes.yml:")], check.stdout


def test_an_entry_without_revision_gets_the_line_to_add_and_make_meeting_revisions_adds_it(tmp_path):
    root = tmp_path
    (root / "data" / "schemas").mkdir(parents=True)
    for name in ("meetings.yml", "schemas/meetings.schema.json"):
        (root / "data" / name).write_bytes((ROOT / "data" / name).read_bytes())
    fields = meeting(dt.date(2024, 3, 8), "bez-redakcijas", "bez redakcijas")
    path = root / "data" / "meetings.yml"
    path.write_text(
        path.read_text(encoding="utf-8").rstrip() + "\n\n" + entry_text(fields) + "\n# next\n",
        encoding="utf-8",
    )
    line = line_number(path, f"- id: {fields['id']}")
    with pytest.raises(ProblemsError) as raised:
        loading.read_entries(root)
    said = [str(p) for p in raised.value.problems]
    ours = [p for p in said if p.startswith(f"data/meetings.yml:{line}: ")]
    assert len(ours) == 1 and len(said) == 1, said
    entry = yaml.load(entry_text(fields), Loader=yaml.BaseLoader)[0]
    wanted = re.escape(loading.revision_line(0, loading.now_utc(), loading.content_hash(entry)))
    wanted = wanted.replace(re.escape(f"{loading.now_utc():%Y-%m-%dT%H:%M:%SZ}"), r"[0-9T:Z-]{20}")
    assert re.search(f"`{wanted}`.* / .*`{wanted}`", ours[0]), ours[0]
    assert revise(root) == [fields["id"]]
    added = next(m for m in loading.load_meetings(root) if m.id == fields["id"])
    assert added.sequence == 0
