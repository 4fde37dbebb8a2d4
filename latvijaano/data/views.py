"""The HTML of the data sets' markers (timeline, missions, representations, council, membership,
presidency) in the page's language, from the partials in overrides/partials/data/."""

from __future__ import annotations

import datetime as dt

from latvijaano import site_context
from latvijaano.data.council import council_order
from latvijaano.data.dates import partial_date_period, partial_date_text
from latvijaano.data.membership import membership_context
from latvijaano.data.yaml_schema import DataSet
from latvijaano.problems import Problem, ProblemsError

# Markers rendered from a data set of another name.
MARKER_DATA = {"presidency": "membership"}


def page_url_to(files, page, path: str, withheld: dict, source: str = "data/") -> str | None:
    """The link from `page` to the page at `path` (inside the language folder), page-relative.
    A page this build leaves out (`withheld`: a draft, or scheduled, latvijaano/data/publication.py)
    gets no link: the data file's line was reported already, in on_config (withheld_link_problems)."""
    target = files.get_file_from_path(path)
    if target is None:
        if site_context.path_in_language(path) in withheld:
            return None
        raise ProblemsError(
            [
                Problem(
                    source,
                    1,
                    f"saite uz lapu '{path}', kura šajā būvējumā netiek publicēta (melnraksts vai plānota) — "
                    "izņemiet saiti, līdz lapa publicēta",
                    f"a link to the page '{path}', which this build does not publish (a draft, or scheduled) — "
                    "take the link out until the page is published",
                )
            ]
        )
    return target.url_relative_to(page.file)


def render(
    name: str, data_set: DataSet, lang: str, page, files, env, ui, today: dt.date, withheld: dict
) -> str:
    """The HTML of the marker `name`; `withheld`: the pages this build leaves out, by path in language."""
    if name == "timeline":
        events = [
            {
                "date": entry["date"],
                "date_text": partial_date_text(entry["date"], lang),
                "text": entry[lang].strip(),
                "href": page_url_to(files, page, f"{lang}/{entry['link']}", withheld, data_set.source)
                if entry.get("link")
                else None,
                "state": site_context.period_state(*partial_date_period(entry["date"]), today),
            }
            for entry in data_set.entries
        ]
        return env.get_template("timeline.html").render(events=events, lang=lang, ui=ui)
    if name == "missions":
        missions = [
            {
                "name": entry["name"],
                "full_name": entry["full_name"][lang],
                # A Latvian description, not a name: the table says so and gives the UN's name.
                "un_name": entry["full_name"]["en"]
                if entry.get("described") == "true" and lang != "en"
                else None,
                "place": entry["place"][lang],
                "since": entry["since"],
                "note": entry["note"][lang] if entry.get("note") else None,
            }
            for entry in data_set.entries
        ]
        return env.get_template("missions.html").render(missions=missions, lang=lang, ui=ui)
    if name == "council":
        years = [
            {
                "year": entry["year"],
                "members": council_order(
                    [
                        {
                            "name": member[lang].strip(),
                            "permanent": member["seat"] == "permanent",
                            "term": f"{member['term']['from']}–{member['term']['to']}"
                            if member.get("term")
                            else None,
                            "self": bool(member.get("self")),
                        }
                        for member in entry["members"]
                    ],
                    lang,
                ),
            }
            for entry in data_set.entries
        ]
        return env.get_template("council.html").render(years=years, lang=lang, ui=ui)
    if name in MARKER_DATA or name == "membership":
        membership = membership_context(data_set.entries, today, lang, ui)
        return env.get_template(f"{name}.html").render(membership=membership, lang=lang, ui=ui)
    representations = [
        {"organisation": entry["organisation"][lang], "city": entry["city"][lang]}
        for entry in data_set.entries
    ]
    return env.get_template("representations.html").render(representations=representations, lang=lang, ui=ui)
