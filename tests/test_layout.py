"""Layout invariants, measured in the browser as a reader sees the page (issue 22).

Every page type (home, a section page, a priority page, a statement, a news item, the news and
statements lists, the Council page, the history page with its timeline and tables, the 404 page),
in Latvian and English, at 320, 390 and 1280 px, in the light and the dark scheme:
- no icon (inline SVG, or an SVG image) larger than its design size, except the declared
  emblems, each with a budget of its own;
- no component (share block, cards, hero, facts, tables, timeline, news items…) wider than the
  viewport or taller than its budget, and no page that scrolls sideways;
- text (4.5:1, 3:1 when large) and icons (3:1) stand out from the colour behind them, from the
  computed colours;
and every rule of our stylesheets reaches the browser as written: the CSSOM of the built page holds
each rule of each file, in its at-rules, with the selector the browser reads in the file and each
declaration of it (a rule swallowed by a parse error, or a declaration the browser drops, fails
even where no invariant above looks).

The pages are found by their kind from the build's own sources (the collections' folders, the
priorities' data, the data markers, the navigation), never by today's names: any valid content
passes. Each page is loaded once per language; the widths and schemes are applied to the loaded
page (the palette follows the reader's colour scheme, as on a reader's change of setting), and each
combination is measured in one page.evaluate.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, origin_of

from latvijaano.kinds import NEWS_FOLDER, STATEMENTS_FOLDER

pytestmark = pytest.mark.long(30)  # see conftest.pytest_collection_modifyitems

WIDTHS = (320, 390, 1280)
SCHEMES = ("light", "dark")
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}
STYLESHEETS = "overrides/**/*.css"

# Icons: Material's and ours are drawn at 18–24 px; 48 px is the largest an icon may be, and one
# smaller than 10 px has lost its size (an <svg> without one collapses to nothing in a flex box).
ICON_MAX = 48
ICON_MIN = 10
# Images that are not icons, with a budget of their own (px, width and height).
ICON_EXCEPTIONS = {
    ".lv-hero__emblem": 240,  # the emblem beside the home page's title (width/height 240)
}

# Height budgets in px: (phone, ≤ 390 px wide; desktop).
# - Bounded by design: the card, the latest news item (the home page's newest entries and coming
#   meetings) and the list item clamp every text an editor writes to a few lines (latvijaano.css,
#   "Issue 38"), so no content can make them taller than the clamp allows. Their budget is that
#   height, measured with texts far past the content rules' limits (and a list item with a
#   picture) by test_editors_texts_cannot_make_an_item_taller_than_its_budget: card 234, latest
#   news item 224, list item 535/318 (December 2026), with about 15% room for fonts.
# - Not bounded by design (their text is the site's own, in data/ui.yml or data/*.yml written with
#   the layout in mind, or a table or statement facts that must show in full): about 1.5× the
#   tallest measured on the pages of 4 December 2026 (share block 240/132, hero 692/616, key facts
#   561/156, statement facts 651/549, timeline event 350/202, table row 235/118, footer 452/224…),
#   so that content of another length passes and a collapsed layout (an icon blown up, a column one
#   word wide) does not.
COMPONENTS = {
    "share block": (".lv-share", 360, 200),
    "share link": (".lv-share__link", 60, 60),
    "hero": (".lv-hero", 1050, 930),
    "card": (".lv-card", 270, 270),  # bounded by design
    "key fact": (".lv-fact", 200, 240),
    "key facts": (".lv-facts", 850, 240),
    "latest news item": (".lv-news__item", 260, 260),  # bounded by design
    "list item": (".lv-news-list__item", 620, 370),  # bounded by design
    "statement facts": (".lv-statement-facts", 1000, 830),
    "timeline event": (".lv-timeline__event", 530, 300),
    "table row": (".md-typeset table tr", 360, 180),
    "table": (".md-typeset__table", None, None),  # as long as its rows; width only
    "status line": (".lv-status", 190, 115),
    "404 message": (".lv-404", 800, 400),
    "header": (".md-header", 72, 72),
    "footer": (".lv-footer", 680, 440),  # 368 on desktop since the "Sekot / Follow" column
}


# --- The pages, by kind ----------------------------------------------------------------------


def nav_config(root: Path) -> list:
    """mkdocs.yml's nav (the file has !ENV tags, which plain YAML does not know)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["nav"]


def page_url(source: str) -> str:
    """The URL path of a page from its path inside docs/<lang>/ ('padome/index.md' -> 'padome/')."""
    stem = source[: -len(".md")]
    stem = stem[: -len("index")] if stem.endswith("index") else stem + "/"
    return "" if stem == "/" else stem


def page_with_marker(root: Path, marker: str) -> str:
    """The first page (Latvian sources) that renders `<!-- data: marker -->`."""
    docs = root / "docs" / "lv"
    for path in sorted(docs.rglob("*.md")):
        if f"<!-- data: {marker} -->" in path.read_text(encoding="utf-8"):
            return page_url(path.relative_to(docs).as_posix())
    raise AssertionError(f"no page renders <!-- data: {marker} -->")


def newest_item(site_dir: Path, folder: str) -> str:
    items = sorted(
        p.parent.name
        for p in (site_dir / folder).glob("[0-9]*/index.html")
        if re.match(r"\d{4}-\d{2}-\d{2}-", p.parent.name)
    )
    assert items, f"the build has no item in {folder}/ to measure"
    return f"{folder}/{items[-1]}/"


def page_kinds(site) -> dict[str, str]:
    """{kind: URL path of one page of that kind, inside a language root}."""
    kinds = {
        "home": "",
        "priority": page_url(
            yaml.safe_load((site.root / "data/priorities.yml").read_text(encoding="utf-8"))[0]["page"]
        ),
        "statement": newest_item(site.dir, STATEMENTS_FOLDER),
        "news item": newest_item(site.dir, NEWS_FOLDER),
        "news list": f"{NEWS_FOLDER}/",
        "statements list": f"{STATEMENTS_FOLDER}/",
        "Council": page_with_marker(site.root, "council"),
        "history": page_with_marker(site.root, "timeline"),
        "404": "404.html",
    }
    # A section page: the first section of the navigation whose index is a page of no kind above.
    for entry in nav_config(site.root):
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if isinstance(children, list) and isinstance(children[0], str) and children[0].endswith("index.md"):
            if page_url(children[0]) not in kinds.values():
                kinds["section"] = page_url(children[0])
                break
    assert "section" in kinds, "the navigation has no section with an index page"
    return kinds


KINDS = (
    "home",
    "section",
    "priority",
    "statement",
    "news item",
    "news list",
    "statements list",
    "Council",
    "history",
    "404",
)


# --- Measuring a page ------------------------------------------------------------------------

# Helpers for the measuring scripts (inside their function, after `const W = …`): an element's
# name for a message; shown (rendered and not hidden), on screen; colours as [r, g, b, a], the
# colour behind an element, contrast (WCAG 2.x), hex.
PAGE_HELPERS_JS = r"""
  const name = el => {
    const cls = [...el.classList].slice(0, 2).map(c => "." + c).join("");
    const text = (el.textContent || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 30);
    return `<${el.tagName.toLowerCase()}${cls}>` + (text ? ` "${text}"` : "");
  };
  const shown = el => {
    if (!el.getClientRects().length) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === "hidden" || s.opacity === "0" || s.display === "none") return false;
      if (e.matches(".lv-visually-hidden, .md-visually-hidden, .md-tooltip, [hidden]")) return false;
    }
    return true;
  };
  // Off-canvas chrome (Material's drawer and search overlay) is there but not on screen.
  const onScreen = el => {
    const r = el.getBoundingClientRect();
    return r.right > 0 && r.left < W && !el.closest(".md-sidebar--primary, .md-search__output, .md-dialog");
  };

  // Colours: [r, g, b, a] from a computed colour; the colour behind an element, alpha-blended up
  // to the first opaque background (null behind an image or a gradient: not measurable here).
  const rgba = c => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const behind = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== "none") return null;
      const c = rgba(s.backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let colour = [255, 255, 255, 1];  // the canvas
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = c => {
    const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (fg, bg) => {
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const hex = c => "#" + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, "0")).join("");
"""

MEASURE_JS = (
    r"""
([iconMax, iconMin, exceptions, components, phone]) => {
  const W = document.documentElement.clientWidth;
  const problems = [];
"""
    + PAGE_HELPERS_JS
    + r"""
  // The page does not scroll sideways.
  const wide = document.documentElement.scrollWidth;
  if (wide > W + 1) problems.push(`the page is ${wide}px wide in a ${W}px viewport`);

  // Icons.
  let icons = 0;
  for (const el of document.querySelectorAll("svg, img[src$='.svg']")) {
    if (el.parentElement && el.parentElement.closest("svg")) continue;  // an <svg> inside an icon
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    const exception = Object.keys(exceptions).find(s => el.closest(s));
    const budget = exception ? exceptions[exception] : iconMax;
    icons++;
    if (r.width > budget + 0.5 || r.height > budget + 0.5)
      problems.push(`icon ${name(el.closest("a, button, label, li, div") || el)}: ${Math.round(r.width)}×${Math.round(r.height)}px, more than ${budget}px`);
    else if (Math.min(r.width, r.height) < iconMin)
      problems.push(`icon ${name(el.closest("a, button, label, li, div") || el)}: ${Math.round(r.width)}×${Math.round(r.height)}px, less than ${iconMin}px`);
    if (exception || el.tagName !== "svg" || !onScreen(el)) continue;
    const path = el.querySelector("path, circle, rect, polygon") || el;
    const s = getComputedStyle(path);
    const paint = rgba(s.fill) && rgba(s.fill)[3] > 0 ? rgba(s.fill) : rgba(s.stroke);
    const bg = behind(el);
    if (!paint || !bg) continue;
    const ratio = contrast(over(paint, bg), bg);
    if (ratio < 3)
      problems.push(`icon ${name(el.closest("a, button, label, li, div") || el)}: ${hex(over(paint, bg))} on ${hex(bg)}, contrast ${ratio.toFixed(2)} < 3`);
  }

  // Components: inside the viewport, within their height budget.
  let measured = 0;
  for (const [what, selector, phoneBudget, desktopBudget] of components) {
    const budget = phone ? phoneBudget : desktopBudget;
    for (const el of document.querySelectorAll(selector)) {
      if (!shown(el)) continue;
      measured++;
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > W + 0.5)
        problems.push(`${what} ${name(el)}: from ${Math.round(r.left)} to ${Math.round(r.right)}px, outside the ${W}px viewport`);
      if (budget && r.height > budget)
        problems.push(`${what} ${name(el)}: ${Math.round(r.height)}px tall, budget ${budget}px`);
    }
  }

  // Text: every element with text of its own, on screen, against the colour behind it.
  let texts = 0;
  for (const el of document.body.querySelectorAll("*")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest("svg, script, style, noscript, template") || !shown(el) || !onScreen(el)) continue;
    const s = getComputedStyle(el);
    const fg = rgba(s.color), bg = behind(el);
    if (!fg || !bg) continue;
    texts++;
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const ratio = contrast(over(fg, bg), bg);
    if (ratio < needed)
      problems.push(`text ${name(el)}: ${hex(over(fg, bg))} on ${hex(bg)}, contrast ${ratio.toFixed(2)} < ${needed}`);
  }
  return {problems, icons, measured, texts, scheme: document.body.getAttribute("data-md-color-scheme")};
}
"""
)


def measure(tab, width: int) -> dict:
    components = [[what, selector, phone, desktop] for what, (selector, phone, desktop) in COMPONENTS.items()]
    return tab.evaluate(MEASURE_JS, [ICON_MAX, ICON_MIN, ICON_EXCEPTIONS, components, width <= 390])


def open_in_scheme(tab, url: str, scheme: str):
    """Load `url` as a first-time reader whose system is in `scheme` (no palette stored from an
    earlier page: a stored one wins over the reader's setting), and see that the palette follows."""
    # Cleared from a scriptless page (the server's 404 for an unknown address), where no palette
    # script can write it again on a change of media or on leaving the page.
    tab.goto(origin_of(url) + "/__clear-storage__")
    tab.evaluate("() => localStorage.clear()")
    tab.emulate_media(color_scheme=scheme, reduced_motion="reduce")
    response = tab.goto(url)
    tab.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') === s",
        arg=f"latvijaano-{scheme}",
        timeout=5000,
    )
    return response


@pytest.fixture(scope="module")
def kinds(site):
    return page_kinds(site)


@pytest.mark.content
@pytest.mark.parametrize("kind", KINDS)
def test_page_type_keeps_its_layout_at_every_width_and_scheme(site, new_tab, kinds, kind):
    tab = new_tab({"width": WIDTHS[0], "height": 800}, still=True, color_scheme=SCHEMES[0])
    failures, seen = [], []
    for lang, root in LANGUAGE_ROOTS.items():
        path = kinds[kind] if kind == "404" else root + kinds[kind]
        for scheme in SCHEMES:
            tab.set_viewport_size({"width": WIDTHS[0], "height": 800})
            response = open_in_scheme(tab, site.url + path, scheme)
            assert response and response.ok, f"{path}: {response and response.status}"
            for width in WIDTHS:
                tab.set_viewport_size({"width": width, "height": 800})
                result = measure(tab, width)
                seen.append(result)
                failures += [f"/{path} {width}px {scheme}: {p}" for p in result["problems"]]
        if kind == "404":
            break  # one 404 page for the whole site
    # Each combination measured something: icons, components and text on every page.
    assert all(r["icons"] and r["measured"] and r["texts"] for r in seen), seen
    assert not failures, "\n".join(failures)


# --- Our stylesheets reach the browser as written --------------------------------------------

RULES_JS = r"""
// Every rule of each CSS file given, with its line, its enclosing at-rules and its declarations,
// read with postcss's safe parser (stylelint's parser; it reads a broken file as a browser does:
// an unclosed block runs to the end of the file).
const fs = require("fs");
const parse = require("postcss-safe-parser");
const out = {};
for (const file of process.argv.slice(1)) {
  const rules = [];
  parse(fs.readFileSync(file, "utf8"), {from: file}).walk(node => {
    if (node.type !== "rule" && node.type !== "atrule") return;
    const context = [];
    for (let p = node.parent; p && p.type !== "root"; p = p.parent)
      context.unshift(p.type === "atrule" ? `@${p.name} ${p.params}` : p.selector);
    if (node.type === "rule" && context.some(c => !c.startsWith("@")))
      rules.push({line: node.source.start.line, context, selector: node.selector, nested: true});
    else if (node.type === "rule" && !(node.parent.type === "atrule" && /keyframes$/.test(node.parent.name)))
      rules.push({line: node.source.start.line, context, selector: node.selector,
                  properties: node.nodes.filter(n => n.type === "decl").map(n => n.prop)});
    else if (node.type === "atrule" && !node.nodes)
      rules.push({line: node.source.start.line, context, atrule: `@${node.name} ${node.params}`});
  });
  out[file] = rules;
}
process.stdout.write(JSON.stringify(out));
"""

# Standard properties the test's browser does not read yet, each written beside the prefixed
# form it does read (the browser drops the standard one; the prefixed one is checked as any other).
STANDARD_BESIDE_PREFIXED = {"line-clamp": "-webkit-line-clamp"}

CSSOM_JS = r"""
([href, rules, besidePrefixed]) => {
  const sheet = [...document.styleSheets].find(s => s.href && new RegExp(href).test(s.href));
  if (!sheet) return {missing: [`no stylesheet matching ${href} on the page`]};
  // The browser's own reading of a selector or a condition from the file, from a scratch sheet.
  const scratch = new CSSStyleSheet();
  const canonical = (prelude) => {
    try {
      scratch.insertRule(`${prelude} {}`, 0);
      const r = scratch.cssRules[0];
      scratch.deleteRule(0);
      return r.selectorText !== undefined ? r.selectorText : `@${r.constructor.name}(${r.conditionText || r.name || ""})`;
    } catch (e) { return null; }
  };
  const keyOf = r => r.selectorText !== undefined ? r.selectorText
    : `@${r.constructor.name}(${r.conditionText || r.name || ""})`;
  // The CSSOM: each style rule under its at-rules, with its declarations.
  const found = new Map();
  const nested = [];
  const walk = (list, context, inStyle) => {
    for (const r of list) {
      const key = [...context, keyOf(r)].join(" » ");
      if (r.selectorText !== undefined) {
        if (inStyle) nested.push(`${context.join(" » ")} » ${r.selectorText}`);
        if (!found.has(key)) found.set(key, []);
        found.get(key).push(r.style);
      }
      if (r.cssRules) walk(r.cssRules, [...context, keyOf(r)], inStyle || r.selectorText !== undefined);
    }
  };
  walk(sheet.cssRules, [], false);
  const flat = text => text.replace(/\s+/g, " ");
  const missing = [];
  for (const rule of rules) {
    const where = `line ${rule.line}`;
    if (rule.nested) {
      const parent = rule.context.filter(c => !c.startsWith("@")).at(-1);
      missing.push(`${where}: "${flat(rule.selector)}" is nested in "${flat(parent)}" (a lost closing brace?)`);
      continue;
    }
    if (rule.atrule) continue;
    const context = rule.context.map(canonical);
    const selector = canonical(rule.selector);
    if (selector === null || context.includes(null)) {
      missing.push(`${where}: the browser rejects "${[...rule.context, rule.selector].join(" » ")}"`);
      continue;
    }
    const key = [...context, selector].join(" » ");
    const styles = found.get(key);
    if (!styles) { missing.push(`${where}: "${key}" is not in the page's stylesheet`); continue; }
    for (const property of rule.properties) {
      if (besidePrefixed[property] && rule.properties.includes(besidePrefixed[property])) continue;
      if (!styles.some(s => s.getPropertyValue(property) !== "" || (!property.startsWith("--") && [...s].some(p => p === property || p.startsWith(property + "-")))))
        missing.push(`${where}: "${key}" has no ${property} in the browser`);
    }
  }
  return {missing, nested, rules: found.size};
}
"""


def rules_in_files(paths: list[Path]) -> dict[str, list[dict]]:
    result = subprocess.run(
        ["node", "-e", RULES_JS, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={"NODE_PATH": str(ROOT / "node_modules"), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, (
        f"postcss could not read our stylesheets (run `npm ci`):\n{result.stderr[:2000]}"
    )
    return json.loads(result.stdout)


def built_name(source: Path, root: Path) -> str:
    """A pattern for the address of a stylesheet of overrides/ in the built site (minified, with
    a hash: assets/stylesheets/latvijaano.ac207d.min.css)."""
    rel = source.relative_to(root / "overrides").with_suffix("")
    return "/" + re.escape(rel.as_posix()) + r"(\.[0-9a-f]+)?(\.min)?\.css$"


def stylesheet_problems(tab, root: Path) -> list[str]:
    """What of our stylesheets (in the project `root`) the page in `tab` lacks, as `file: line …`."""
    sources = sorted(root.glob(STYLESHEETS))
    assert sources, f"no stylesheet in {root}/{STYLESHEETS}"
    problems = []
    for file, rules in rules_in_files(sources).items():
        assert rules, f"{file}: postcss found no rule"
        result = tab.evaluate(CSSOM_JS, [built_name(Path(file), root), rules, STANDARD_BESIDE_PREFIXED])
        name = Path(file).relative_to(root)
        problems += [f"{name}: {m}" for m in result["missing"]]
        problems += [f"{name}: a rule nested in the browser: {n}" for n in result.get("nested", [])]
    return problems


def test_every_rule_of_our_stylesheets_reaches_the_browser_as_written(site, page):
    page.goto(site.url)
    problems = stylesheet_problems(page, site.root)
    assert not problems, "\n".join(problems)


# --- Editors' texts cannot make an item taller than the design allows (issue 38) -------------

# The components whose every text an editor writes (a title, a description, a meeting's title)
# is clamped to a few lines (latvijaano.css, "Issue 38"): {what: (selector, [(text, limit)])},
# each text an element inside the component and the content rule's limit on what it shows.
CLAMPED = {
    "card": (".lv-card", [(".lv-card__title a", "title"), (".lv-card__text", "description")]),
    "latest news item": (
        ".lv-news__item",
        [(".lv-news__title a", "title"), (".lv-news__text", "description")],
    ),
    "list item": (
        ".lv-news-list__item",
        [
            (".lv-news-list__title a", "title"),
            ("p.lv-news-list__date", "title"),  # a statement's date and meeting title
            (".lv-news-list__text", "description"),
        ],
    ),
}

CLAMP_JS = r"""
([selector, texts, limits]) => {
  const el = [...document.querySelectorAll(selector)].find(e => e.getClientRects().length);
  if (!el) return null;
  // A list item may carry its news item's picture (16:9, as wide as the item): give it one.
  if (el.matches(".lv-news-list__item") && !el.querySelector(".lv-news-list__image"))
    el.insertAdjacentHTML("afterbegin", `<img class="lv-news-list__image" alt="" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"/>')}">`);
  const targets = texts.map(([sel, limit]) => [el.querySelector(sel), limits[limit]]).filter(([t]) => t);
  const sentence = "Latvija Drošības padomē runā par mieru, drošību un starptautiskajām tiesībām. ";
  const fill = times => {
    for (const [t, limit] of targets)
      t.textContent = sentence.repeat(Math.ceil(limit * times / sentence.length)).slice(0, limit * times);
    return el.getBoundingClientRect().height;
  };
  // The element of each text that the design clamps (the text's own, or its heading's).
  const boxes = targets.map(([t]) => t.closest("h2, h3, p"));
  const unclamped = boxes.filter(b => getComputedStyle(b).webkitLineClamp === "none");
  const atLimit = fill(1), far = fill(10), farther = fill(20);
  for (const b of boxes) b.style.cssText = "-webkit-line-clamp: none; line-clamp: none; display: block";
  const lifted = fill(10);
  for (const b of boxes) b.style.cssText = "";
  return {
    atLimit, far, farther, lifted, texts: targets.length,
    unclamped: unclamped.map(b => `<${b.tagName.toLowerCase()} class="${b.className}">`),
  };
}
"""


def clamp_pages(site) -> list[str]:
    """The pages (inside a language root) that show the clamped components: the home page and the lists."""
    return ["", f"{NEWS_FOLDER}/", f"{STATEMENTS_FOLDER}/", page_with_marker(site.root, "meetings")]


@pytest.mark.content
def test_editors_texts_cannot_make_an_item_taller_than_its_budget(site, new_tab):
    """Each clamped component, with its texts filled in the browser with text at the content
    rules' limit and far past it: its height stops growing at the clamp, and that height is within
    the component's budget, at every width. So any valid item, however long its texts, fits."""
    from latvijaano.rules.fields import MAX_LENGTH

    tab = new_tab({"width": WIDTHS[0], "height": 800}, still=True)
    failures, measured = [], set()
    for root in LANGUAGE_ROOTS.values():
        for path in clamp_pages(site):
            for width in WIDTHS:
                tab.set_viewport_size({"width": width, "height": 800})
                response = tab.goto(site.url + root + path)  # a fresh page: no text filled before
                assert response and response.ok, f"/{root}{path}: {response and response.status}"
                for what, (selector, texts) in CLAMPED.items():
                    result = tab.evaluate(CLAMP_JS, [selector, texts, MAX_LENGTH])
                    if result is None:
                        continue
                    measured.add(what)
                    where = f"/{root}{path} {width}px: {what}"
                    budget = COMPONENTS[what][1 if width <= 390 else 2]
                    if result["unclamped"]:
                        failures.append(f"{where}: no line clamp on {', '.join(result['unclamped'])}")
                    if result["lifted"] <= result["far"] + 1:
                        failures.append(
                            f"{where}: a text 10× the limit is not long enough to reach the clamp"
                        )
                    if result["farther"] > result["far"] + 0.5 or result["atLimit"] > result["far"] + 0.5:
                        failures.append(
                            f"{where}: grows with its texts ({result['atLimit']:.0f}px at the limit, "
                            f"{result['far']:.0f}px at 10×, {result['farther']:.0f}px at 20×)"
                        )
                    if result["far"] > budget:
                        failures.append(
                            f"{where}: {result['far']:.0f}px tall with clamped texts, budget {budget}px"
                        )
    assert measured == set(CLAMPED), f"not every clamped component was found: {sorted(measured)}"
    assert not failures, "\n".join(failures)
