"""The content check's <iframe> rule, tried with every kind of host and way of writing it.

The site promises no request to any other origin (the privacy page), so an editor's <iframe> is
refused whatever it shows: a "privacy-enhanced" video host (youtube-nocookie.com, player.vimeo.com)
still loads another site's player and its requests, and a first-party path or `srcdoc` would make
an embedded document the theme and the accessibility checks know nothing of. Each case is a page
pair of its own in a small tree (no build: check_sources is the one set of rules
that scripts/check_content.py and the build both run), rendered with mkdocs.yml's own Markdown
extensions, and must be reported at its file and line.
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from mkdocs.config import load_config

from latvijaano.rules.runner import check_sources

IFRAMES = {
    "youtube-nocookie": '<iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Video"></iframe>',
    "youtube-nocookie, no www": '<iframe src="https://youtube-nocookie.com/embed/xyz" title="Video"></iframe>',
    "youtube-nocookie, protocol-relative": '<iframe src="//www.youtube-nocookie.com/embed/xyz" title="Video"></iframe>',
    "youtube": '<iframe src="https://www.youtube.com/embed/xyz" title="Video"></iframe>',
    "vimeo player": '<iframe src="https://player.vimeo.com/video/123" title="Video" allowfullscreen></iframe>',
    "http, not https": '<iframe src="http://player.vimeo.com/video/123" title="Video"></iframe>',
    "first-party absolute path": '<iframe src="/assets/video.html" title="Video"></iframe>',
    "first-party relative path": '<iframe src="../video.html" title="Video"></iframe>',
    "srcdoc": '<iframe srcdoc="&lt;p&gt;Sveiki&lt;/p&gt;" title="Inline"></iframe>',
    "no src": '<iframe title="Empty"></iframe>',
    "uppercase tag": '<IFRAME SRC="https://www.youtube-nocookie.com/embed/xyz" TITLE="Video"></IFRAME>',
    "mixed case tag": '<IFrame src="https://player.vimeo.com/video/123" title="Video"></IFrame>',
    "self-closing": '<iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Video"/>',
    "inside a block with Markdown": '<div markdown="1">\n\nVideo:\n\n<iframe src="https://player.vimeo.com/video/1" title="V"></iframe>\n\n</div>',
    "after text on the same line": 'Skatīties: <iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Video"></iframe>',
}
BODY = {
    "lv": (
        "Šī ir pārbaudes lapa ar iegultu saturu. Latvija ANO Drošības padomē strādā pie miera un "
        "noturības jautājumiem, un šajā lapā ir teksts, kas ir pietiekami garš, lai satura pārbaude "
        "to uzskatītu par īstu lapu ar vairākiem teikumiem par vienu tēmu un vēl dažiem vārdiem."
    ),
    "en": (
        "This is a test page with embedded content. Latvia on the UN Security Council works on "
        "questions of peace and resilience, and this page has a text long enough for the content "
        "check to take it for a real page with several sentences on one topic and a few more words."
    ),
}


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    """One tree with a page pair per case (the iframe on the Latvian page, or on the English one
    for every other case); {case: (path, line of the iframe, the problems of that file)}."""
    root = tmp_path_factory.mktemp("iframes")
    cases = {}
    for number, (name, iframe) in enumerate(IFRAMES.items()):
        embedded_in = ("lv", "en")[number % 2]
        for lang in ("lv", "en"):
            lines = [
                "---",
                f'title: "Iframe {name} {lang}"',
                f'description: "Iframe case {number} ({lang})."',
                "---",
                "",
                f"# `iframe` {number}",
                "",
                BODY[lang],
                "",
            ]  # (code: no word to spell)
            if lang == embedded_in:
                line = (
                    len(lines)
                    + 1
                    + next(n for n, text in enumerate(iframe.split("\n")) if "<iframe" in text.lower())
                )
                lines += [iframe, ""]
            path = root / "docs" / lang / "proba" / f"{slug(name)}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines), encoding="utf-8")
        cases[name] = (f"docs/{embedded_in}/proba/{slug(name)}.md", line)
    config = load_config(str(ROOT / "mkdocs.yml"))
    problems = check_sources(root, root / "docs", config.markdown_extensions, config.mdx_configs)
    return {
        name: (path, line, [p for p in problems if p.path == path]) for name, (path, line) in cases.items()
    }


@pytest.mark.parametrize("name", IFRAMES)
def test_every_iframe_is_reported_at_its_line(reported, name):
    path, line, problems = reported[name]
    iframe = [p for p in problems if "<iframe>" in p.en and "<iframe>" in p.lv]
    assert iframe, f"{name}: not reported; {path} has {[str(p) for p in problems]}"
    assert [p.line for p in iframe] == [line], [str(p) for p in iframe]


def test_the_pages_are_otherwise_clean(reported):
    """Only the iframe is wrong with each page: its report is not a side effect of another rule."""
    for name, (path, line, problems) in reported.items():
        others = [str(p) for p in problems if "<iframe>" not in p.en]
        assert not others, others
