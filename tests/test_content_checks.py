"""The content checks editors meet on a pull request: scripts/check_content.py and the build.

Each fault is a mistake an editor can make, made in a page pair of its own (written by the test,
so that no fault depends on today's content). All faults go into one copy of the sources, and
- scripts/check_content.py exits 1 and prints, for every fault, a `path:line: Latvian / English`
  line naming the file and the line with the mistake, and
- one strict build fails on the same copy, printing the same line for every page fault:
  one run shows everything that is wrong, not only the first problem.
A data file that stops the build is checked in a second copy, beside page faults, for the same.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_site, free_port, source_root

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import add_meetings, copy_repo  # noqa: E402

pytestmark = pytest.mark.long(20)  # see conftest.pytest_collection_modifyitems

CHECK = ROOT / "scripts" / "check_content.py"
IMAGE = ROOT / "overrides" / "assets" / "images" / "apple-touch-icon.png"
LATVIAN = re.compile("[āčēģīķļņšūž]")
FOLDER = "proba"  # the faults' own pages: docs/<lang>/proba/<fault>.md


def copy_sources(target: Path) -> Path:
    """A copy of the project in `target`/project (with the build caches, so cards are not drawn again)."""
    return copy_repo(target / "project")


def run_check(root: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CHECK), "--root", str(root)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )


def strict_build(root: Path) -> subprocess.CompletedProcess:
    return build_site(root, root / "_site", f"http://127.0.0.1:{free_port()}/")


def problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"^[\w./-]+:\d+: ", line)]


def line_number(file: Path, needle: str) -> int:
    for number, text in enumerate(file.read_bytes().decode("utf-8", "replace").split("\n"), start=1):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} not in {file}")


def edit(file: Path, change) -> None:
    file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")


def append(file: Path, text: str) -> None:
    edit(file, lambda old: old.rstrip("\n") + "\n\n" + text + "\n")


# --- A valid page pair of the fault's own ------------------------------------------------------

BODY = {
    "lv": "Šī ir pārbaudes lapa, kas apraksta Latvijas darbu Apvienoto Nāciju Organizācijā. " * 5,
    "en": "This is a test page that describes Latvia's work in the United Nations Organization. " * 5,
}


def front_matter(title: str, description: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndescription: {description}\n{extra}---\n"


def write_pair(root: Path, rel: str, name: str, extra: str = "", body: dict | None = None) -> dict[str, Path]:
    """docs/lv/<rel> and docs/en/<rel>: valid pages with a title, description and text of their own."""
    files = {}
    for lang, words in (("lv", "Pārbaude"), ("en", "Test")):
        file = root / "docs" / lang / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(
            front_matter(f"{words} {name}", f"{words} {name}, viena lapa ar savu aprakstu {lang}.", extra)
            # (the name in the heading as code: a file name, not a word the spelling rule reads)
            + f"\n# {words} `{name}`\n\n{(body or BODY)[lang]}\n",
            encoding="utf-8",
        )
        files[lang] = file
    return files


def page(root, name, **kwargs):
    return write_pair(root, f"{FOLDER}/{name}.md", name, **kwargs)


def news(root, name, date="2024-03-05", **kwargs):
    return write_pair(root, f"jaunumi/{date}-{name}.md", name, extra=f"date: {date}\n", **kwargs)


STATEMENT_MEETING = "2024-03-05-proba"  # a meeting of the copy's own (ensure_meeting)
STATEMENT_FIELDS = (
    f"meeting: {STATEMENT_MEETING}\nsymbol: S/PV.10043\nspeaker: Ambassador\n"
    "priorities: [working-methods]\nsource: https://example.org/statement\n"
)


def ensure_meeting(root):
    """The statements' meeting in the copy's data/meetings.yml."""
    if STATEMENT_MEETING not in (root / "data" / "meetings.yml").read_text(encoding="utf-8"):
        add_meetings(
            root,
            [
                {
                    "id": STATEMENT_MEETING,
                    "date": "2024-03-05",
                    "format": "briefing",
                    "roles": ["speaks"],
                    "title": {"lv": "Pārbaudes sanāksme", "en": "Test meeting"},
                }
            ],
        )


def statement(root, name, date="2024-03-05", **kwargs):
    ensure_meeting(root)
    return write_pair(
        root, f"pazinojumi/{date}-{name}.md", name, extra=f"date: {date}\n{STATEMENT_FIELDS}", **kwargs
    )


def drop_key(key: str):
    return lambda text: re.sub(rf"^{key}:.*\n", "", text, count=1, flags=re.M)


def set_key(key: str, value: str):
    return lambda text: re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.M)


# --- Faults: each changes the copy and returns (file with the mistake, text on its line) ---------


def broken_yaml(root):
    file = page(root, "kols")["lv"]
    edit(file, set_key("title", "Kontakti: jautājumi"))
    return file, "title: Kontakti: jautājumi"


def unclosed_quote(root):
    file = page(root, "pedinas")["en"]
    edit(file, set_key("title", "\"Latvia's voice"))
    return file, 'title: "Latvia'


def unclosed_front_matter(root):
    file = page(root, "bez-beigam")["lv"]
    edit(file, lambda t: t.replace("---\n\n#", "\n#", 1))
    return file, "---"


def front_matter_not_a_mapping(root):
    file = page(root, "saraksts")["en"]
    edit(file, lambda t: "---\n- title\n- description\n---\n" + t.split("---\n", 2)[2])
    return file, "- title"


def not_utf8(root):
    file = page(root, "kodejums")["lv"]
    file.write_bytes(file.read_text(encoding="utf-8").encode("cp1257"))
    return file, "---"


def no_description(root):
    file = page(root, "bez-apraksta")["en"]
    edit(file, drop_key("description"))
    return file, "---"


def no_title(root):
    file = page(root, "bez-virsraksta")["lv"]
    edit(file, drop_key("title"))
    return file, "---"


def translation_not_pending(root):
    file = page(root, "tulkojums", extra="translation: done\n")["lv"]
    return file, "translation: done"


def pending_on_english(root):
    files = page(root, "gaida")
    edit(files["en"], lambda t: t.replace("---\n", "---\ntranslation: pending\n", 1))
    return files["en"], "translation: pending"


def too_short(root):
    file = page(root, "isa", body={"lv": "Tikai daži vārdi šeit.", "en": BODY["en"]})["lv"]
    return file, "Tikai daži vārdi"


def without_diacritics(root):
    text = "Latvija strada Apvienoto Naciju Organizacija un Drosibas padome ar citam valstim kopa. " * 5
    file = page(root, "bez-garumzimem", body={"lv": text, "en": BODY["en"]})["lv"]
    edit(file, lambda t: t.replace("Pārbaude", "Parbaude"))
    return file, "Latvija strada"


def copied_description(root):
    first = page(root, "a-pirma")["lv"]
    second = page(root, "b-otra")["lv"]
    description = re.search(r"^description: (.*)$", first.read_text(encoding="utf-8"), re.M)[1]
    edit(second, set_key("description", description))
    return second, "description:"


def untranslated_description(root):
    files = page(root, "neparlikts")
    description = re.search(r"^description: (.*)$", files["lv"].read_text(encoding="utf-8"), re.M)[1]
    edit(files["en"], set_key("description", description))
    return files["en"], "description:"


def news_date_not_iso(root):
    file = news(root, "datums-punkti")["lv"]
    edit(file, set_key("date", "05.03.2024"))
    return file, "date: 05.03.2024"


def news_date_impossible(root):
    file = news(root, "datums-neesoss")["en"]
    edit(file, set_key("date", "2024-02-30"))
    return file, "date: 2024-02-30"


def news_date_differs_from_file_name(root):
    file = news(root, "datums-cits")["en"]
    edit(file, set_key("date", "2024-03-06"))
    return file, "date: 2024-03-06"


def news_without_date(root):
    file = news(root, "bez-datuma")["lv"]
    edit(file, drop_key("date"))
    return file, "---"


def news_file_name_without_date(root):
    files = write_pair(
        root, "jaunumi/bez-datuma-nosaukuma.md", "bez datuma nosaukuma", extra="date: 2024-03-05\n"
    )
    return files["lv"], "---"


def news_file_name_impossible_date(root):
    files = write_pair(root, "jaunumi/2024-02-31-neesoss.md", "neesoss", extra="date: 2024-02-28\n")
    return files["en"], "---"


def duplicate_news_slug(root):
    news(root, "atkartots", date="2024-03-01")
    files = write_pair(
        root, "jaunumi/2024-03-02-atkartots.md", "atkartots otrreiz", extra="date: 2024-03-02\n"
    )
    return files["lv"], "---"


def duplicate_news_title(root):
    first = news(root, "virsraksts-viens", date="2024-03-03")["en"]
    second = news(root, "virsraksts-divi", date="2024-03-04")["en"]
    title = re.search(r"^title: (.*)$", first.read_text(encoding="utf-8"), re.M)[1]
    edit(second, set_key("title", title))
    return second, "title:"


def renamed_counterpart(root):
    files = write_pair(root, "parsaukta/lapa.md", "parsaukta")
    files["en"].rename(files["en"].with_name("page.md"))
    return files["en"].with_name("page.md"), "---"


def missing_english_page(root):
    files = write_pair(root, "bez-anglu/lapa.md", "bez anglu")
    files["en"].unlink()
    return files["lv"], "---"


def missing_latvian_page(root):
    files = write_pair(root, "bez-latviesu/lapa.md", "bez latviesu")
    files["lv"].unlink()
    return files["en"], "---"


def page_outside_language_folders(root):
    file = root / "docs" / "arpus.md"
    file.write_text(
        front_matter("Ārpus", "Lapa ārpus valodu mapēm.") + "\n# Ārpus\n\n" + BODY["lv"], encoding="utf-8"
    )
    return file, "---"


def link_to_missing_page(root):
    file = page(root, "saite")["lv"]
    append(file, "Skatiet arī [biežākos jautājumus](buj.md).")
    return file, "(buj.md)"


def link_to_missing_anchor(root):
    files = page(root, "enkurs")
    append(files["en"], "See the [other page](nav-tada.md#no-such-heading).")
    page(root, "nav-tada")
    return files["en"], "nav-tada.md#no-such-heading"


def image_file_missing(root):
    file = page(root, "bilde")["lv"]
    append(file, "![Ārlietu ministrijas ēka Rīgā](ministrija.jpg)")
    return file, "(ministrija.jpg)"


def image_without_alt_text(root):
    files = page(root, "bez-alt")
    for lang in ("lv", "en"):
        shutil.copy2(IMAGE, files[lang].parent / "logo.png")
    append(files["en"], "![](logo.png)")
    return files["en"], "![](logo.png)"


def raw_script(root):
    file = page(root, "skripts")["lv"]
    append(file, '<script src="https://example.org/widget.js"></script>')
    return file, "<script"


def inline_event_handler(root):
    file = page(root, "notikums")["en"]
    append(file, '<a href="#" onclick="alert(1)">Join</a>')
    return file, "onclick="


def javascript_link(root):
    file = page(root, "js-saite")["en"]
    append(file, "[Click here](javascript:alert(1))")
    return file, "javascript:"


def english_page_links_into_latvian_tree(root):
    file = page(root, "uz-latviesu")["en"]
    append(file, "Read [the other page](../../lv/proba/uz-latviesu.md).")
    return file, "../../lv/proba/uz-latviesu.md"


def latvian_page_links_into_english_tree(root):
    file = page(root, "uz-anglu")["lv"]
    append(file, "Angliski: [English](../../en/proba/uz-anglu.md).")
    return file, "../../en/proba/uz-anglu.md"


def absolute_link(root):
    file = page(root, "absoluta")["en"]
    append(file, "See [the history](/en/vesture/).")
    return file, "/en/vesture/"


def nav_lists_missing_page(root):
    file = root / "mkdocs.yml"
    edit(file, lambda t: t.replace("\nnav:\n", "\nnav:\n  - proba/nav-nav.md\n", 1))
    return file, "  - proba/nav-nav.md"


def news_image_missing(root):
    file = news(root, "bez-bildes")["lv"]
    edit(file, lambda t: t.replace("---\n", "---\nimage: tiksanas.jpg\nimage_alt: Diplomāti pie galda\n", 1))
    return file, "image: tiksanas.jpg"


def news_image_without_alt(root):
    files = news(root, "bez-apraksta-bildei")
    for lang in ("lv", "en"):
        shutil.copy2(IMAGE, files[lang].parent / "bilde-bez-alt.png")
    edit(files["lv"], lambda t: t.replace("---\n", "---\nimage: bilde-bez-alt.png\n", 1))
    return files["lv"], "image: bilde-bez-alt.png"


def markup_in_title(root):
    file = page(root, "birka")["en"]
    edit(file, set_key("title", '"Latvia <script>alert(1)</script> on the Council"'))
    return file, "title:"


def markdown_in_description(root):
    file = page(root, "izcelums")["lv"]
    edit(file, set_key("description", '"Lapa par **svarīgo** tēmu ar [saiti](kontakti.md)."'))
    return file, "description:"


def embedded_video(root):
    file = page(root, "video")["lv"]
    append(file, '<iframe src="https://www.youtube.com/embed/xyz" title="Video"></iframe>')
    return file, "<iframe"


def outside_image(root):
    file = page(root, "arejs-attels")["en"]
    append(file, "![The Council chamber](https://example.org/chamber.jpg)")
    return file, "https://example.org/chamber.jpg"


def outside_stylesheet(root):
    file = page(root, "stils")["en"]
    append(file, '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">')
    return file, "fonts.googleapis.com"


def style_with_url(root):
    file = page(root, "fons")["lv"]
    append(file, '<div style="background: url(https://example.org/bg.png)">Fons</div>')
    return file, "url("


def news_image_from_another_site(root):
    file = news(root, "arejs-foto")["en"]
    edit(
        file,
        lambda t: t.replace("---\n", "---\nimage: https://example.org/photo.jpg\nimage_alt: A photo\n", 1),
    )
    return file, "image: https://example.org/photo.jpg"


def statement_unknown_priority(root):
    file = statement(root, "nezinama-prioritate")["en"]
    edit(file, set_key("priorities", "[working-methods, peace-keeping]"))
    return file, "priorities: [working-methods, peace-keeping]"


def statement_malformed_symbol(root):
    file = statement(root, "slikts-simbols")["lv"]
    edit(file, set_key("symbol", "S/PV-10043"))
    return file, "symbol: S/PV-10043"


def statement_source_not_https(root):
    file = statement(root, "bez-https")["en"]
    edit(file, set_key("source", "http://example.org/statement"))
    return file, "source: http://example.org/statement"


def statement_without_date(root):
    file = statement(root, "pazinojums-bez-datuma")["lv"]
    edit(file, drop_key("date"))
    return file, "---"


def statement_unknown_meeting(root):
    file = statement(root, "nezinama-sanaksme")["lv"]
    edit(file, set_key("meeting", "2024-03-05-nav-tadas"))
    return file, "meeting: 2024-03-05-nav-tadas"


def statement_without_meeting(root):
    file = statement(root, "bez-sanaksmes")["en"]
    edit(file, drop_key("meeting"))
    return file, "---"


def statement_with_empty_speaker(root):
    # No speaker line is valid (the source names none); an empty one is a slip.
    file = statement(root, "bez-runataja")["lv"]
    edit(file, set_key("speaker", '""'))
    return file, 'speaker: ""'


def statement_with_unknown_source_language(root):
    file = statement(root, "avota-valoda")["lv"]
    edit(file, lambda text: text.replace("source: ", "source_lang: de\nsource: ", 1))
    return file, "source_lang: de"


def paragraph_starting_with_a_date(root):
    # Markdown would publish "2026. gada 11. martā …" as item "1." of a numbered list.
    file = page(root, "datums-sakuma")["lv"]
    append(file, "2026. gada 11. martā Latvija runāja Drošības padomē par Tuvajiem Austrumiem un Ukrainu.")
    return file, "2026. gada 11. martā"


def statement_date_differs_from_file_name(root):
    file = statement(root, "cits-datums", date="2024-04-01")["lv"]
    edit(file, set_key("date", "2024-04-02"))
    return file, "date: 2024-04-02"


def statement_without_english_counterpart(root):
    files = statement(root, "bez-tulkojuma", date="2024-04-03")
    files["en"].unlink()
    return files["lv"], "---"


def data_file_fails_its_schema(root):
    file = root / "data/timeline.yml"
    edit(
        file,
        lambda t: re.sub(r'^- date: "(\d{4})-\d{2}-\d{2}"', r'- date: "\1-13-01"', t, count=1, flags=re.M),
    )
    return file, "-13-01"


# --- Active content (latvijaano/rules/active_content.py): each kind in a page pair of its own, planted in both
# languages; the Latvian page's line is the one asserted here, the English one by
# test_active_content_is_reported_in_both_languages.


def planted_in_both(root, name, snippet, needle):
    files = page(root, name)
    for file in files.values():
        append(file, snippet)
    return files["lv"], needle


ACTIVE_CONTENT = {
    # name: (page, what is planted, the text on the line it must be reported at, words of the message)
    "an event-handler attribute": (
        "apstradatajs",
        '<p onmouseover="alert(1)">Teksts</p>',
        "onmouseover=",
        "'onmouseover'",
    ),
    "a javascript: link in HTML": (
        "js-html",
        '<a href=" JavaScript:alert(1)">Spiest</a>',
        "JavaScript:",
        "'javascript:'",
    ),
    "a vbscript: link": ("vbs", "<a href=\"vbscript:msgbox('x')\">Spiest</a>", "vbscript:", "'vbscript:'"),
    "a data: URL link": (
        "data-saite",
        "[Atvērt](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "data:text/html",
        "'data:'",
    ),
    "an inline <script>": (
        "skripts-iekseja",
        "<script>document.title = 'x';</script>",
        "<script>",
        "Lapā ir <script>",
    ),
    "a <style> block": ("stila-bloks", "<style>body { display: none; }</style>", "<style>", "Lapā ir stils"),
    "a form posting to another site": (
        "veidlapa",
        '<form action="https://example.org/collect" method="post"><input name="email">'
        "<button>Sūtīt</button></form>",
        "<form",
        "veidlapa (<form>)",
    ),
    "a meta refresh to another site": (
        "parsutisana",
        '<meta http-equiv="refresh" content="0; url=https://example.org/">',
        "<meta",
        "Lapā ir <meta>",
    ),
    "a base href to another site": (
        "bazes-adrese",
        '<base href="https://example.org/">',
        "<base",
        "Lapā ir <base>",
    ),
    "a link tag of our own origin": (
        "prefetch",
        '<link rel="prefetch" href="../kontakti/">',
        "<link",
        "Lapā ir <link>",
    ),
    "an <object>": (
        "objekts",
        '<object data="dokuments.pdf" type="application/pdf"></object>',
        "<object",
        "Lapā ir <object>",
    ),
    "an <embed>": (
        "iegulums",
        '<embed src="spraudnis.swf" type="application/x-shockwave-flash">',
        "<embed",
        "Lapā ir <embed>",
    ),
    "an <iframe> with srcdoc": (
        "srcdoc",
        '<iframe srcdoc="&lt;p&gt;Sveiki&lt;/p&gt;" title="x"></iframe>',
        "<iframe",
        "Lapā ir <iframe>",
    ),
    "an <svg> with a <script>": (
        "svg-skripts",
        "<svg><script>alert(1)</script></svg>",
        "<script>",
        "Lapā ir <script>",
    ),
    "an <svg> with <foreignObject>": (
        "svg-html",
        "<svg><foreignObject><div>Teksts</div></foreignObject></svg>",
        "<foreignObject",
        "SVG ar <foreignObject>",
    ),
}


def _active_fault(page_name, snippet, needle):
    return lambda root: planted_in_both(root, page_name, snippet, needle)


def broken_data_file(root):
    file = root / "data/ui.yml"
    append(file, "broken_key:\n  lv: Teksts\n en: Text")
    return file, " en: Text"


# (change, words the Latvian message has)
FAULTS = {
    "broken front matter YAML": (broken_yaml, "YAML kļūda"),
    "unclosed quote, reported where it opens": (unclosed_quote, "pēdiņas nav aizvērtas"),
    "unclosed front matter": (unclosed_front_matter, "Galvene (front matter) nav noslēgta"),
    "front matter not a mapping": (front_matter_not_a_mapping, "'lauks: vērtība'"),
    "no description": (no_description, "Trūkst 'description' galvenē (front matter)"),
    "no title": (no_title, "Trūkst 'title' galvenē (front matter)"),
    "translation other than pending": (translation_not_pending, "var būt tikai 'pending'"),
    "translation pending on an English page": (pending_on_english, "der tikai latviešu lapai"),
    "page too short": (too_short, "vajag vismaz 40"),
    "Latvian without diacritics": (without_diacritics, "nav neviena burta ar garumzīmi"),
    "description copied from another page": (
        copied_description,
        "tāds pats kā lapai docs/lv/proba/a-pirma.md",
    ),
    "description not translated": (untranslated_description, "pārtulkojiet to angliski"),
    "news date not YYYY-MM-DD": (news_date_not_iso, "'date' jāraksta kā GGGG-MM-DD"),
    "news date that does not exist": (news_date_impossible, "neesošs datums"),
    "news date differs from file name": (
        news_date_differs_from_file_name,
        "nesakrīt ar datumu faila nosaukumā",
    ),
    "news without date": (news_without_date, "Jaunumam trūkst 'date'"),
    "news file name without date": (news_file_name_without_date, "GGGG-MM-DD-nosaukums.md"),
    "news file name with an impossible date": (news_file_name_impossible_date, "(2024-02-31) neeksistē"),
    "news slug used on two dates": (duplicate_news_slug, "tādu pašu nosaukumu 'atkartots'"),
    "news title used twice": (duplicate_news_title, "ir tāds pats virsraksts"),
    "English file named differently": (
        renamed_counterpart,
        "pārdēvējiet docs/en/parsaukta/page.md par docs/en/parsaukta/lapa.md",
    ),
    "no English counterpart": (missing_english_page, "Nav angļu versijas docs/en/bez-anglu/lapa.md"),
    "no Latvian counterpart": (missing_latvian_page, "Nav latviešu versijas docs/lv/bez-latviesu/lapa.md"),
    "page outside the language folders": (page_outside_language_folders, "ārpus docs/lv/ un docs/en/"),
    "link to a missing page": (link_to_missing_page, "ved uz lapu, kuras nav"),
    "link to a missing anchor": (link_to_missing_anchor, "norāda uz virsrakstu '#no-such-heading'"),
    "image file missing": (image_file_missing, "Attēla fails 'ministrija.jpg' nav atrasts"),
    "image without alt text": (image_without_alt_text, "nav alternatīvā teksta"),
    "raw script": (raw_script, "<script>"),
    "inline event handler": (inline_event_handler, "'onclick'"),
    "javascript: link": (javascript_link, "'javascript:'"),
    "English page links into the Latvian tree": (english_page_links_into_latvian_tree, "'uz-latviesu.md'"),
    "Latvian page links into the English tree": (latvian_page_links_into_english_tree, "'uz-anglu.md'"),
    "absolute link": (absolute_link, "sākas ar '/'"),
    "nav lists a missing page": (nav_lists_missing_page, "Navigācijā (nav) minēta lapa 'proba/nav-nav.md'"),
    "news image file missing": (news_image_missing, "Attēla fails 'tiksanas.jpg' (lauks 'image')"),
    "news image without image_alt": (news_image_without_alt, "pievienojiet lauku 'image_alt'"),
    "markup in a title": (markup_in_title, "'title' ir vienkāršs teksts"),
    "Markdown in a description": (markdown_in_description, "'description' ir vienkāršs teksts"),
    "an embedded video (iframe)": (embedded_video, "Lapā ir <iframe>"),
    "an image from another site": (outside_image, "<img> ielādē 'https://example.org/chamber.jpg'"),
    "a stylesheet from another site": (outside_stylesheet, "<link> ielādē"),
    "a style with url()": (style_with_url, "Lapā ir stils"),
    "a news image from another site": (news_image_from_another_site, "Attēls no citas vietnes"),
    "statement with an unknown priority": (statement_unknown_priority, "Nezināma prioritāte 'peace-keeping'"),
    "statement with a malformed symbol": (statement_malformed_symbol, "nav ANO dokumenta simbols"),
    "statement source not https": (statement_source_not_https, "kas sākas ar https://"),
    "statement without date": (statement_without_date, "Paziņojumam trūkst 'date'"),
    "statement without meeting": (statement_without_meeting, "Paziņojumam trūkst 'meeting'"),
    "statement with an unknown meeting": (
        statement_unknown_meeting,
        "Nezināma sanāksme 'meeting: 2024-03-05-nav-tadas'",
    ),
    "statement with an empty speaker": (statement_with_empty_speaker, "'speaker' ir tukšs"),
    "paragraph starting with a date": (
        paragraph_starting_with_a_date,
        "Markdown to pārvērš par numurētu sarakstu",
    ),
    "statement with an unknown source language": (
        statement_with_unknown_source_language,
        "'source_lang: de'",
    ),
    "statement date differs from file name": (
        statement_date_differs_from_file_name,
        "nesakrīt ar datumu faila nosaukumā",
    ),
    "statement without its English version": (
        statement_without_english_counterpart,
        "Nav angļu versijas docs/en/pazinojumi/2024-04-03-bez-tulkojuma.md",
    ),
}
FAULTS.update(
    {
        f"active content: {name}": (_active_fault(page_name, snippet, needle), words)
        for name, (page_name, snippet, needle, words) in ACTIVE_CONTENT.items()
    }
)
# A broken data file stops the build before any page is built (so no link could be checked):
# these go into a copy of their own, beside one page fault that must still be reported.
STOPPING_FAULTS = {
    "data file not valid YAML": (broken_data_file, "YAML kļūda"),
    "data file fails its schema": (data_file_fails_its_schema, "nav derīgs datums"),
    "file not UTF-8": (not_utf8, "UTF-8"),
    "no title (beside a stopping fault)": (no_title, "Trūkst 'title' galvenē (front matter)"),
}


def introduce_all(root: Path, faults: dict) -> dict[str, tuple[str, str]]:
    """Make every fault in `root`; for each, the `path:line: ` it must be reported at and its words."""
    expected = {}
    for name, (change, words) in faults.items():
        file, needle = change(root)
        expected[name] = (f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: ", words)
    return expected


def faulty_copy(tmp_path_factory, faults):
    root = copy_sources(tmp_path_factory.mktemp("faults"))
    expected = introduce_all(root, faults)
    return root, expected, run_check(root), strict_build(root)


@pytest.fixture(scope="module")
def all_faults(tmp_path_factory):
    return faulty_copy(tmp_path_factory, FAULTS)


@pytest.fixture(scope="module")
def stopping_faults(tmp_path_factory):
    return faulty_copy(tmp_path_factory, STOPPING_FAULTS)


def assert_reported(name, faulty):
    root, expected, check, build = faulty
    where, words = expected[name]
    assert check.returncode == 1, check.stdout + check.stderr
    reported = [line for line in problem_lines(check.stdout) if line.startswith(where) and words in line]
    assert reported, f"no line starting {where!r} with {words!r} in:\n{check.stdout}"
    # Latvian first (with diacritics), then English
    assert all(" / " in line and LATVIAN.search(line.split(" / ")[0]) for line in reported), reported
    assert build.returncode != 0, "the strict build must fail on the same input"
    if where.startswith("docs/"):  # page problems are logged by latvijaano/rules/events.py in the same words
        assert any(line in build.stdout + build.stderr for line in reported), build.stderr


@pytest.mark.parametrize("name", FAULTS)
def test_fault_fails_the_check_and_the_strict_build(name, all_faults):
    assert_reported(name, all_faults)


@pytest.mark.parametrize("name", STOPPING_FAULTS)
def test_a_stopping_data_fault_still_shows_the_page_faults(name, stopping_faults):
    assert_reported(name, stopping_faults)


def test_each_fault_is_reported_once_at_its_file(all_faults):
    """One message per problem: a fault's file is named once (a renamed or missing counterpart
    once, not as two 'missing version' messages)."""
    root, expected, check, build = all_faults
    lines = problem_lines(check.stdout)
    for name in (
        "news date that does not exist",
        "news date not YYYY-MM-DD",
        "news without date",
        "English file named differently",
        "unclosed quote, reported where it opens",
    ):
        path = expected[name][0].split(":")[0]
        assert len([line for line in lines if line.startswith(f"{path}:")]) == 1, (name, lines)
    assert not [line for line in lines if line.startswith("docs/lv/parsaukta/lapa.md:")], (
        "reported on both sides"
    )


@pytest.mark.parametrize("name", ACTIVE_CONTENT)
def test_active_content_is_reported_in_both_languages(name, all_faults):
    """Each kind of active content, planted in both languages, is reported on the English page too,
    in the check and the strict build, whose site is not published (the build fails)."""
    root, expected, check, build = all_faults
    page_name, _, needle, words = ACTIVE_CONTENT[name]
    english = root / "docs" / "en" / FOLDER / f"{page_name}.md"
    where = f"{english.relative_to(root).as_posix()}:{line_number(english, needle)}: "
    reported = [line for line in problem_lines(check.stdout) if line.startswith(where) and words in line]
    assert reported, f"no line starting {where!r} with {words!r} in:\n{check.stdout}"
    assert any(line in build.stdout + build.stderr for line in reported), build.stderr
    assert build.returncode != 0


def test_a_clean_copy_with_new_valid_pages_passes(tmp_path):
    """The faults' own valid pages, unbroken, pass: each fault's message comes from its fault."""
    root = copy_sources(tmp_path)
    for name in ("kols", "a-pirma", "b-otra", "saite"):
        page(root, name)
    news(root, "derigs")
    statement(root, "derigs-pazinojums")
    check = run_check(root)
    assert check.returncode == 0, check.stdout
    assert problem_lines(check.stdout) == []


def test_pending_translation_is_allowed(tmp_path):
    root = copy_sources(tmp_path)
    files = page(root, "top-tulkojums", extra="translation: pending\n")
    files["en"].unlink()
    check = run_check(root)
    assert check.returncode == 0, check.stdout
    build = strict_build(root)
    assert build.returncode == 0, build.stderr
    # the Latvian text stands in on the English side until the translation exists
    assert (root / f"_site/en/{FOLDER}/top-tulkojums/index.html").exists()


def test_problems_are_annotated_on_github(tmp_path):
    root = copy_sources(tmp_path)
    file, needle = link_to_missing_page(root)
    check = run_check(root, GITHUB_ACTIONS="true")
    line = line_number(file, needle)
    assert re.search(rf"^::error file=docs/lv/{FOLDER}/saite\.md,line={line}::.*buj\.md", check.stdout, re.M)


@pytest.mark.content
def test_the_real_tree_passes():
    check = run_check(source_root())
    assert check.returncode == 0, "scripts/check_content.py reports:\n" + check.stdout
    assert problem_lines(check.stdout) == []


def test_an_unfinished_draft_passes(tmp_path):
    """`draft: true` keeps a page off the live site, so its TODOs and shortness do not block
    the deploy of everything else; they are checked once the draft line is removed."""
    root = copy_sources(tmp_path)
    files = page(root, "melnraksts", extra="draft: true\n", body={"lv": "TODO: teksts.", "en": "TODO: text."})
    assert run_check(root).returncode == 0
    for file in files.values():
        edit(file, drop_key("draft"))
    check = run_check(root)
    assert check.returncode == 1 and "Vietturis 'TODO'" in check.stdout


def test_markup_in_a_title_is_escaped_even_when_the_check_is_bypassed(tmp_path):
    """A lenient build (no --strict, no content check) still prints the title as text everywhere."""
    root = copy_sources(tmp_path)
    files = page(root, "injekcija")
    planted = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    for file in files.values():
        edit(file, set_key("title", f"'Virsraksts {planted}'"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(root / "_site")],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    pages = list((root / "_site").rglob("*.html"))
    assert len(pages) > 20
    from bs4 import BeautifulSoup

    for built in pages:
        doc = BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser")
        # No element came from the title: no script running alert(), no element with onerror.
        assert not [tag for tag in doc.find_all("script") if "alert(" in tag.get_text()], built
        assert not doc.find_all(attrs={"onerror": True}), built
    own = BeautifulSoup(
        (root / f"_site/en/{FOLDER}/injekcija/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    topics = [topic.get_text() for topic in own.select(".md-header__topic")]
    assert planted in own.title.get_text() and any(planted in topic for topic in topics)  # shown as text


def test_active_content_links_are_read_as_a_browser_reads_them():
    """A scheme hidden by case, spaces, tabs or an entity is still the scheme the browser follows."""
    from latvijaano.rules import active_content
    from latvijaano.rules.page import rendered_tags

    assert active_content.url_scheme(" JaVa\tScRiPt:alert(1)") == "javascript"
    assert active_content.url_scheme("\x01vbscript:x") == "vbscript"
    assert active_content.url_scheme("kontakti.md#data:") == ""
    tags = rendered_tags(
        '<p><a href="jav&#x61;script:alert(1)">x</a> <img src="data:image/png;base64,AA" alt="x"></p>'
    )
    found = [(tag, attrs) for tag, attrs in tags if active_content.url_scheme(attrs.get("href") or "")]
    assert found == [
        ("a", {"href": "javascript:alert(1)"})
    ]  # the entity decoded; a data: image is only a picture
