"""Language alternates and crawler files, for both languages.

Wires mkdocs events to latvijaano/pages/i18n_seo.py; the logic lives there."""

from latvijaano.pages.i18n_seo import (  # noqa: F401  (mkdocs finds the events by name)
    on_page_context,
    on_post_build,
)
