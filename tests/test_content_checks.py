"""The content checks editors meet on a pull request: scripts/check_content.py and the build.

Each test copies the site's sources into a temporary folder, introduces one kind of mistake
an editor can make, and asserts that
- scripts/check_content.py exits non-zero and prints a `path:line: message` line for it,
  in Latvian and English, naming the file and the line with the mistake, and
- the strict build fails on the same input, printing the same line.
A pristine copy is checked once too, so that each asserted line is known to come from the fault.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_site, free_port

CHECK = ROOT / "scripts" / "check_content.py"
SOURCES = ("docs", "data", "mkdocs.yml", "hooks", "overrides")
IMAGE = ROOT / "overrides" / "assets" / "images" / "apple-touch-icon.png"
NEWS = "jaunumi/2024-01-18-konsultacijas-ar-cehiju.md"


def copy_sources(target: Path) -> Path:
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def run_check(root: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CHECK), "--root", str(root)],
        capture_output=True, text=True, env={**os.environ, **env},
    )


def strict_build(root: Path) -> subprocess.CompletedProcess:
    return build_site(root, root / "_site", f"http://127.0.0.1:{free_port()}/")


def problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"^[\w./-]+:\d+: ", line)]


def line_number(file: Path, needle: str) -> int:
    for number, text in enumerate(file.read_text(encoding="utf-8").split("\n"), start=1):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} not in {file}")


def edit(file: Path, change) -> None:
    file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")


def append(file: Path, text: str) -> None:
    edit(file, lambda old: old.rstrip("\n") + "\n\n" + text + "\n")


def drop_front_matter_key(key: str):
    return lambda text: re.sub(rf"^{key}:.*\n", "", text, count=1, flags=re.M)


def set_front_matter_key(key: str, value: str):
    return lambda text: re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.M)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """The unchanged sources: what the check says about them, and that they build."""
    root = copy_sources(tmp_path_factory.mktemp("pristine"))
    build = strict_build(root)
    assert build.returncode == 0, f"the unchanged sources must build:\n{build.stderr}"
    return set(problem_lines(run_check(root).stdout))


# Each fault: (id, change the copy -> (file with the mistake, text on the mistake's line), words in the message)
def broken_yaml(root):
    file = root / "docs/lv/kontakti.md"
    edit(file, lambda t: t.replace("title: Kontakti\n", "title: Kontakti: jautājumi\n", 1))
    return file, "title: Kontakti: jautājumi"


def no_description(root):
    file = root / "docs/en/kontakti.md"
    edit(file, drop_front_matter_key("description"))
    return file, "---"


def no_title(root):
    file = root / "docs/lv/vesture.md"
    edit(file, drop_front_matter_key("title"))
    return file, "---"


def news_date_not_iso(root):
    file = root / "docs/lv" / NEWS
    edit(file, set_front_matter_key("date", "18.01.2024"))
    return file, "date: 18.01.2024"


def news_date_impossible(root):
    file = root / "docs/en" / NEWS
    edit(file, set_front_matter_key("date", "2024-02-30"))
    return file, "date: 2024-02-30"


def news_date_differs_from_file_name(root):
    file = root / "docs/en" / NEWS
    edit(file, set_front_matter_key("date", "2024-01-19"))
    return file, "date: 2024-01-19"


def news_without_date(root):
    file = root / "docs/lv" / NEWS
    edit(file, drop_front_matter_key("date"))
    return file, "---"


def news_file_name_without_date(root):
    for lang in ("lv", "en"):
        shutil.copy2(root / "docs" / lang / NEWS, root / "docs" / lang / "jaunumi" / "konsultacijas.md")
    return root / "docs/lv/jaunumi/konsultacijas.md", "---"


def missing_english_page(root):
    (root / "docs/en/privatums.md").unlink()
    return root / "docs/lv/privatums.md", "---"


def missing_latvian_page(root):
    (root / "docs/lv/pieklustamiba.md").unlink()
    return root / "docs/en/pieklustamiba.md", "---"


def link_to_missing_page(root):
    file = root / "docs/lv/kontakti.md"
    append(file, "Skatiet arī [biežākos jautājumus](buj.md).")
    return file, "(buj.md)"


def link_to_missing_anchor(root):
    file = root / "docs/en/kontakti.md"
    append(file, "See the [timeline](vesture.md#no-such-heading).")
    return file, "vesture.md#no-such-heading"


def image_file_missing(root):
    file = root / "docs/lv/kontakti.md"
    append(file, "![Ārlietu ministrijas ēka Rīgā](ministrija.jpg)")
    return file, "(ministrija.jpg)"


def image_without_alt_text(root):
    for lang in ("lv", "en"):
        shutil.copy2(IMAGE, root / "docs" / lang / "logo.png")
    file = root / "docs/en/kontakti.md"
    append(file, "![](logo.png)")
    return file, "![](logo.png)"


def raw_script(root):
    file = root / "docs/lv/iesaisties.md"
    append(file, '<script src="https://example.org/widget.js"></script>')
    return file, "<script"


def inline_event_handler(root):
    file = root / "docs/en/iesaisties.md"
    append(file, '<a href="#" onclick="alert(1)">Join</a>')
    return file, "onclick="


def english_page_links_into_latvian_tree(root):
    file = root / "docs/en/prioritates/sievietes.md"
    append(file, "Read about [our contacts](../../lv/kontakti.md).")
    return file, "../../lv/kontakti.md"


def latvian_page_links_into_english_tree(root):
    file = root / "docs/lv/kontakti.md"
    append(file, "Angliski: [Contacts](../en/kontakti.md).")
    return file, "../en/kontakti.md"


def absolute_link_to_english_site(root):
    file = root / "docs/en/kontakti.md"
    append(file, "See [the history](/en/vesture/).")
    return file, "/en/vesture/"


def nav_lists_missing_page(root):
    file = root / "mkdocs.yml"
    edit(file, lambda t: t.replace("  - kontakti.md\n", "  - kontakti.md\n  - buj.md\n", 1))
    return file, "  - buj.md"


def broken_data_file(root):
    file = root / "data/ui.yml"
    append(file, "broken_key:\n  lv: Teksts\n en: Text")
    return file, " en: Text"


def news_image_missing(root):
    file = root / "docs/lv" / NEWS
    edit(file, lambda t: t.replace("---\n", "---\nimage: tiksanas.jpg\nimage_alt: Diplomāti pie galda\n", 1))
    return file, "image: tiksanas.jpg"


def data_file_fails_its_schema(root):
    file = root / "data/timeline.yml"
    edit(file, lambda t: re.sub(r'^- date: "(\d{4})-\d{2}-\d{2}"', r'- date: "\1-13-01"', t, count=1, flags=re.M))
    return file, "-13-01"


FAULTS = {
    "broken front matter YAML": (broken_yaml, "Priekšvārdā (front matter) ir kļūda"),
    "no description": (no_description, "Trūkst 'description' priekšvārdā"),
    "no title": (no_title, "Trūkst 'title' priekšvārdā"),
    "news date not YYYY-MM-DD": (news_date_not_iso, "'date' jāraksta kā GGGG-MM-DD"),
    "news date that does not exist": (news_date_impossible, "neesošs datums"),
    "news date differs from file name": (news_date_differs_from_file_name, "nesakrīt ar datumu faila nosaukumā"),
    "news without date": (news_without_date, "Jaunumam trūkst 'date'"),
    "news file name without date": (news_file_name_without_date, "GGGG-MM-DD-nosaukums.md"),
    "no English counterpart": (missing_english_page, "docs/en/privatums.md"),
    "no Latvian counterpart": (missing_latvian_page, "docs/lv/pieklustamiba.md"),
    "link to a missing page": (link_to_missing_page, "ved uz lapu, kuras nav"),
    "link to a missing anchor": (link_to_missing_anchor, "norāda uz virsrakstu '#no-such-heading'"),
    "image file missing": (image_file_missing, "Attēla fails 'ministrija.jpg' nav atrasts"),
    "image without alt text": (image_without_alt_text, "nav alternatīvā teksta"),
    "raw script": (raw_script, "<script>"),
    "inline event handler": (inline_event_handler, "'onclick'"),
    "English page links into the Latvian tree": (english_page_links_into_latvian_tree, "'../kontakti.md'"),
    "Latvian page links into the English tree": (latvian_page_links_into_english_tree, "'kontakti.md'"),
    "absolute link to /en/": (absolute_link_to_english_site, "sākas ar '/'"),
    "nav lists a missing page": (nav_lists_missing_page, "Navigācijā (nav) minēta lapa 'buj.md'"),
    "news image file missing": (news_image_missing, "Attēla fails 'tiksanas.jpg' (lauks 'image')"),
    "data file not valid YAML": (broken_data_file, "YAML kļūda"),
    "data file fails its schema": (data_file_fails_its_schema, "Nederīgs datums"),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_fault_fails_the_check_and_the_strict_build(fault, pristine, tmp_path):
    introduce, words = FAULTS[fault]
    root = copy_sources(tmp_path)
    file, needle = introduce(root)
    where = f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: "

    check = run_check(root)
    assert check.returncode == 1, check.stdout + check.stderr
    reported = [line for line in problem_lines(check.stdout) if line.startswith(where) and words in line]
    assert reported, f"no line starting {where!r} with {words!r} in:\n{check.stdout}"
    assert not set(reported) & pristine, "the line was there before the fault"
    # Latvian first, then English, with the fix
    assert all(" / " in line and re.search(r"[āčēģīķļņšūž]", line.split(" / ")[0]) for line in reported)

    build = strict_build(root)
    assert build.returncode != 0, "the strict build must fail on the same input"
    if file.suffix == ".md":  # page problems are logged by hooks/content_checks.py in the same words
        assert any(line in build.stderr for line in reported), build.stderr


def test_pending_translation_is_allowed(tmp_path):
    root = copy_sources(tmp_path)
    (root / "docs/en/privatums.md").unlink()
    edit(root / "docs/lv/privatums.md", lambda t: t.replace("---\n", "---\ntranslation: pending\n", 1))
    check = run_check(root)
    assert not [line for line in problem_lines(check.stdout) if "privatums.md" in line], check.stdout
    build = strict_build(root)
    assert build.returncode == 0, build.stderr
    # the Latvian text stands in on the English side until the translation exists
    assert (root / "_site/en/privatums/index.html").exists()


def test_problems_are_annotated_on_github(tmp_path):
    root = copy_sources(tmp_path)
    file, needle = link_to_missing_page(root)
    check = run_check(root, GITHUB_ACTIONS="true")
    line = line_number(file, needle)
    assert re.search(rf"^::error file=docs/lv/kontakti\.md,line={line}::.*buj\.md", check.stdout, re.M)


def test_the_real_tree_passes():
    check = run_check(ROOT)
    assert check.returncode == 0, "scripts/check_content.py reports:\n" + check.stdout
    assert problem_lines(check.stdout) == []
