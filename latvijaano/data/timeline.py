"""data/timeline.yml's own rules: entries in chronological order, and each `link` a page that is
published in every language (not missing, not a draft, not scheduled)."""

from __future__ import annotations

from pathlib import Path

from latvijaano import site_context
from latvijaano.data import publication
from latvijaano.data.yaml_schema import DataSet, entry_label, line_of, located
from latvijaano.problems import Problem


def timeline_order_problems(data_set: DataSet) -> list[Problem]:
    """Entries must be in chronological order; '2020' and '2020-04' compare on the year only."""
    problems = []
    for index in range(1, len(data_set.entries)):
        before, after = data_set.entries[index - 1]["date"], data_set.entries[index]["date"]
        common = min(len(before), len(after))
        if after[:common] < before[:common]:
            problems.append(
                Problem(
                    data_set.source,
                    line_of(data_set.node, [index, "date"]),
                    f"{index + 1}. ieraksts ({after}) ir aiz {before} — pārvietojiet to pareizajā vietā: "
                    "ierakstiem jābūt hronoloģiskā secībā",
                    f"entry {index + 1} ({after}) comes after {before} — move it to its place: "
                    "keep the entries in chronological order",
                )
            )
    return problems


def link_problems(data_set: DataSet, docs_dir: Path, prefix=()) -> list[Problem]:
    """A `link` must be a page that exists in every language folder. `prefix`: where the list
    lies inside the file (for its line numbers)."""
    problems = []
    for index, entry in enumerate(data_set.entries):
        link = entry.get("link") if isinstance(entry, dict) else None
        if not isinstance(link, str) or not link.strip():
            continue
        missing = [lang for lang in site_context.LANGUAGES if not (docs_dir / lang / link).is_file()]
        if missing:
            where = ", ".join(f"docs/{lang}/{link}" for lang in missing)
            label_lv, label_en, _ = entry_label(data_set.entries, [index])
            problems.append(
                located(
                    data_set.source,
                    line_of(data_set.node, [*prefix, index, "link"]),
                    (f"{label_lv}, lauks 'link'", f"{label_en}, field 'link'"),
                    f"tādas lapas nav: {where} — ierakstiet lapas ceļu mapēs docs/lv/ un docs/en/, "
                    "piemēram, jaunumi/2021-05-20-act-grupa.md",
                    f"no such page: {where} — write a page path inside docs/lv/ and docs/en/, "
                    "e.g. jaunumi/2021-05-20-act-grupa.md",
                )
            )
    return problems


def withheld_link_problems(data_sets: dict[str, DataSet], withheld: dict) -> list[Problem]:
    """Each `link:` in a data file to a page this build leaves out (a draft or a scheduled item),
    at its own line: reported as a warning beside every other problem (the strict build fails on
    it), not as an error that would stop the build before the pages' own links are checked."""
    lists = []
    # (The timeline is the one data set whose entries link pages; the presidency's programme comes
    # from data/meetings.yml, whose meetings name no pages.)
    if "timeline" in data_sets and isinstance(data_sets["timeline"].entries, list):
        lists.append((data_sets["timeline"], data_sets["timeline"].entries, []))
    problems = []
    for data_set, entries, prefix in lists:
        for index, entry in enumerate(entries):
            link = entry.get("link") if isinstance(entry, dict) else None
            item = withheld.get(link) if isinstance(link, str) else None
            if item is None:
                continue
            line = line_of(data_set.node, [*prefix, index, "link"])
            if item.kind == publication.DRAFT:
                lv = (
                    f"saite uz '{link}', kas ir melnraksts (draft: true) un publicētajā vietnē nav — "
                    "izņemiet šo 'link:' rindu vai publicējiet lapu (izdzēsiet 'draft: true')"
                )
                en = (
                    f"a link to '{link}', a draft (draft: true) that is not on the live site — "
                    "remove this 'link:' line or publish the page (delete 'draft: true')"
                )
            else:
                lv = (
                    f"saite uz '{link}', ko plānots publicēt {item.date.isoformat()} — līdz tam "
                    "izņemiet šo 'link:' rindu"
                )
                en = (
                    f"a link to '{link}', scheduled for {item.date.isoformat()} — remove this 'link:' "
                    "line until then"
                )
            problems.append(Problem(data_set.source, line, lv, en))
    return problems
