"""The Content-Security-Policy's hashes are taken from the page as it is written to disk
(latvijaano/outputs/csp.py): its on_post_page must run after every other plugin and hook that may
change a page — the minifier above all. Today the minifier leaves inline scripts alone (minify_js is
off), so a policy hashed too early still matches and tests/test_security.py cannot tell; turning
minify_js on would then block every inline script. This reads the order mkdocs will call them in.
"""

from __future__ import annotations

import os

from conftest import ROOT
from mkdocs.config import load_config

# Runs after the policy on purpose: it writes the English 404 page (only its search base, in a JSON
# data block that needs no hash, differs) and returns nothing for mkdocs to write.
AFTER_THE_POLICY = {"latvijaano.pages.not_found"}


def handlers(event: str) -> list[str]:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    return [method.__module__ for method in config.plugins.events[event]]


def test_the_policy_is_put_in_after_every_other_change_to_a_page():
    order = handlers("post_page")
    assert order[-1] == "latvijaano.outputs.csp", order


def test_the_404_page_s_policy_is_put_in_after_the_minifier():
    order = handlers("post_template")
    mine = order.index("latvijaano.outputs.csp")
    assert set(order[mine + 1 :]) <= AFTER_THE_POLICY, order
