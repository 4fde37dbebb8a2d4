"""How Latvia voted: the page balsojumi/ ("Kā Latvija balsoja" / "How Latvia voted") from data/votes.yml, its filter pages, and the votes as open data.

Wires mkdocs events to latvijaano/votes/events.py; the logic lives there."""

from latvijaano.votes.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_files,
    on_page_markdown,
    on_post_build,
)
