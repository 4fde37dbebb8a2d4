"""News: every item is a page docs/<lang>/jaunumi/YYYY-MM-DD-slug.md with front matter `title`, `date`, `description` (optional `image` + `image_alt`).

Wires mkdocs events to latvijaano/news/events.py; the logic lives in latvijaano/news/."""

from latvijaano.news.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_env,
    on_files,
    on_page_markdown,
    on_post_build,
)
