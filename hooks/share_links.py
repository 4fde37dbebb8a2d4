"""Share links on news items, statements and priority pages: X, Facebook, LinkedIn, e-mail, and — with JavaScript — "copy link" and the phone's own share sheet (Web Share API).

Wires mkdocs events to latvijaano/pages/share_links.py; the logic lives there."""

from latvijaano.pages.share_links import (  # noqa: F401  (mkdocs finds the events by name)
    on_page_context,
)
