"""data/council.yml: the members of the Security Council each year, the rules the schema cannot say,
and the order the table lists them in."""

from __future__ import annotations

import unicodedata

from latvijaano.data.yaml_schema import DataSet, line_of, located
from latvijaano.problems import Problem

# UN Charter, Article 23: fifteen members, five of them permanent.
COUNCIL_SIZE, PERMANENT_MEMBERS = 15, 5


def member_label(data, path) -> tuple[str, str, list]:
    """data/council.yml: ('2026. gads, 7. locekle (Dānija)', 'year 2026, member 7 (Denmark)',
    the field path inside the member)."""
    if not path or not isinstance(path[0], int) or not isinstance(data, list) or path[0] >= len(data):
        return "", "", path
    entry = data[path[0]]
    year = entry.get("year") if isinstance(entry, dict) else None
    if isinstance(year, str) and year.strip():
        where_lv, where_en = f"{year}. gads", f"year {year}"
    else:
        where_lv, where_en = f"{path[0] + 1}. ieraksts", f"entry {path[0] + 1}"
    members = entry.get("members") if isinstance(entry, dict) else None
    if (
        len(path) >= 3
        and path[1] == "members"
        and isinstance(path[2], int)
        and isinstance(members, list)
        and path[2] < len(members)
    ):
        member = members[path[2]]

        def name(first, second):
            found = next(
                (
                    member.get(lang)
                    for lang in (first, second)
                    if isinstance(member, dict)
                    and isinstance(member.get(lang), str)
                    and member.get(lang).strip()
                ),
                None,
            )
            return f" ({found.strip()})" if found else ""

        return (
            f"{where_lv}, {path[2] + 1}. locekle{name('lv', 'en')}",
            f"{where_en}, member {path[2] + 1}{name('en', 'lv')}",
            path[3:],
        )
    return where_lv, where_en, path[1:]


def council_problems(data_set: DataSet) -> list[Problem]:
    """What the schema cannot say: 15 members a year, five of them permanent (UN Charter, Art. 23),
    an elected member's term that includes the year, one Latvia, each year once and in order."""
    problems, years = [], []
    source, node = data_set.source, data_set.node

    def problem(path, lv, en):
        where_lv, where_en, _ = member_label(data_set.entries, path)
        problems.append(located(source, line_of(node, path), (where_lv, where_en), lv, en))

    for index, entry in enumerate(data_set.entries):
        year, members = entry["year"], entry["members"]
        if year in years:
            problem(
                [index, "year"],
                f"{year}. gads minēts divreiz — atstājiet vienu ierakstu gadā",
                f"the year {year} is listed twice — keep one entry per year",
            )
        elif years and year < years[-1]:
            problem(
                [index, "year"],
                f"{year} ir aiz {years[-1]} — gadiem jābūt hronoloģiskā secībā",
                f"{year} comes after {years[-1]}: keep data/council.yml in chronological order",
            )
        years.append(year)
        if len(members) != COUNCIL_SIZE:
            problem(
                [index, "members"],
                f"minētas {len(members)} locekles; Padomē ir {COUNCIL_SIZE} (ANO Statūtu 23. pants) — "
                "uzskaitiet visas tā gada locekles",
                f"{len(members)} members listed; the Council has {COUNCIL_SIZE} "
                "(UN Charter, Article 23) — list every member of that year",
            )
        permanent = sum(1 for member in members if member["seat"] == "permanent")
        if permanent != PERMANENT_MEMBERS:
            problem(
                [index, "members"],
                f"minētas {permanent} pastāvīgās locekles; Padomē to ir {PERMANENT_MEMBERS} "
                "(ANO Statūtu 23. pants) — pārbaudiet 'seat:'",
                f"{permanent} permanent members listed; the Council has {PERMANENT_MEMBERS} "
                "(UN Charter, Article 23) — check 'seat:'",
            )
        if sum(1 for member in members if member.get("self")) > 1:
            problem(
                [index, "members"],
                "'self: true' ir vairākām loceklēm — tas apzīmē tikai Latviju",
                "more than one member has 'self: true' — it marks Latvia only",
            )
        for number, member in enumerate(members):
            term = member.get("term")
            path = [index, "members", number]
            if member["seat"] == "permanent":
                if term:
                    problem(
                        path + ["term"],
                        "pastāvīgajai loceklei nav termiņa — izdzēsiet 'term'",
                        "a permanent member has no term — remove 'term'",
                    )
            elif not term:
                problem(
                    path,
                    'ievēlētai loceklei vajag termiņu, piemēram, term: {from: "2026", to: "2027"}',
                    'an elected member needs its term, e.g. term: {from: "2026", to: "2027"}',
                )
            elif not term["from"] <= year <= term["to"]:
                problem(
                    path + ["term"],
                    f"termiņš {term['from']}–{term['to']} neietver {year}. gadu — {year}. gadā minētai "
                    f"loceklei tajā jābūt Padomē",
                    f"the term {term['from']}–{term['to']} does not include {year} — "
                    f"a member listed for {year} must serve in {year}",
                )
    return problems


# Latvian alphabetical order (CLDR's Latvian collation): č ģ ķ ļ ņ š ž are letters of their own,
# after c g k l n s z; the long vowels ā ē ī ū sort with a e i u (a tie goes to the short one);
# y sorts as i. Babel formats dates but does not collate, and ICU (PyICU) is a large native
# dependency for one table; this key is those few rules.
LATVIAN_LETTERS = {"č": "c~", "ģ": "g~", "ķ": "k~", "ļ": "l~", "ņ": "n~", "š": "s~", "ž": "z~"}
LATVIAN_ACCENTS = {"ā": "a", "ē": "e", "ī": "i", "ū": "u", "ō": "o", "y": "i"}


def alphabetical_key(name: str, lang: str) -> tuple:
    """Sort key for a name in the page's language: Latvian order for lv, plain letters for en."""
    text = name.casefold()
    if lang == "lv":
        primary = "".join(LATVIAN_LETTERS.get(ch) or LATVIAN_ACCENTS.get(ch) or ch for ch in text)
        return primary, text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)), text


def council_order(members: list[dict], lang: str) -> list[dict]:
    """The permanent members first, then the elected ones, each in the page's alphabetical order
    (the table's caption says so, data/ui.yml `council_order`)."""
    return sorted(members, key=lambda m: (not m["permanent"], alphabetical_key(m["name"], lang)))
