"""Open data: the open data page's list of data sets (the files themselves are written by the
modules that own each kind of record).

Wires mkdocs events to latvijaano/pages/open_data_page.py; the logic lives there."""

from latvijaano.pages.open_data_page import on_page_markdown  # noqa: F401  (mkdocs finds the events by name)
