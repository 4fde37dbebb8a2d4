"""build.json at the site's root: when the live site was built, from which commit, for which day.

The hourly deploy (.github/workflows/schedule.yml) rebuilds the site so that it follows the date.
If that schedule ever stops (GitHub disables it, a build keeps failing), the site goes stale
without a sound; https://<site>/build.json shows how stale (README, "When was the live site last
built"). It changes once a day, not on every build: the date is the build's day, not its minute,
so the hourly deploy publishes a new commit to gh-pages only when something changed, and no page
carries a build stamp that would rewrite every page each day.

    {"date": "2026-12-04", "commit": "<sha of the sources>", "site_date": "2026-12-04"}

`site_date` is the day the site's texts follow (SITE_DATE, else the build's day in Riga).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from latvijaano import site_context, theme

FILE_NAME = "build.json"


def build_day() -> dt.date:
    """The day the build runs, in Riga (the site's own time zone)."""
    return dt.datetime.now(site_context.TIME_ZONE).date()


def source_commit(root: Path) -> str | None:
    """The commit being built: GitHub Actions says it; else git, if the sources are a clone."""
    if os.environ.get("GITHUB_SHA"):
        return os.environ["GITHUB_SHA"]
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def build_record(config) -> dict:
    return {
        "date": build_day().isoformat(),
        "commit": source_commit(site_context.project_root(config)),
        "site_date": site_context.site_date().isoformat(),
    }


@event_priority(-150)  # after mkdocs-static-i18n (-100) has built both languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if theme.inside_language_build(config):
        return
    (Path(config.site_dir) / FILE_NAME).write_text(
        json.dumps(build_record(config), indent=2) + "\n", encoding="utf-8"
    )
