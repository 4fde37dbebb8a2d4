"""/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, for how long that holds.

The contact is the repository's private vulnerability reporting on GitHub (SECURITY.md), derived
from edit_uri (mkdocs.yml; CI sets it from the repository it runs in), so that no address is
written by hand and none is invented.

Expires: RFC 9116 asks for a date less than a year ahead, and the file must stay valid while the
site is rebuilt every hour. The date is one year after the first day of the build's month: between
11 and 12 months ahead, and the file changes once a month, not with every day's build (build.json
is the only file that changes daily).

mkdocs leaves files and folders that start with '.' out of the site, so the file is written here,
after the build. The site has a .nojekyll file on GitHub Pages (deploy.yml), which serves it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from latvijaano import site_context, theme
from latvijaano.outputs import build_info

PATH = ".well-known/security.txt"
REPOSITORY = re.compile(r"^(?P<repo>https://github\.com/[\w.-]+/[\w.-]+)/edit/(?P<branch>[^/]+)/")


def repository(edit_uri: str) -> tuple[str, str]:
    """('https://github.com/owner/name', 'main') from the 'Edit this page' address."""
    match = REPOSITORY.match(edit_uri or "")
    if match is None:
        raise site_context.SiteContextError(
            f"mkdocs.yml: edit_uri {edit_uri!r} nav GitHub repozitorija rediģēšanas adrese, tāpēc security.txt "
            "nevar nosaukt, kam ziņot par ievainojamību / "
            f"mkdocs.yml: edit_uri {edit_uri!r} is not a GitHub repository's edit address, so security.txt "
            "cannot say whom to report a vulnerability to"
        )
    return match["repo"], match["branch"]


def expires(day: dt.date) -> dt.datetime:
    """A year after the first day of `day`'s month, at midnight UTC."""
    return dt.datetime(day.year + 1, day.month, 1, tzinfo=dt.timezone.utc)


def security_txt(edit_uri: str, site_url: str, day: dt.date) -> str:
    repo, branch = repository(edit_uri)
    return (
        f"Contact: {repo}/security/advisories/new\n"
        f"Expires: {expires(day).strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        "Preferred-Languages: lv, en\n"
        f"Canonical: {site_url.rstrip('/')}/{PATH}\n"
        f"Policy: {repo}/blob/{branch}/SECURITY.md\n"
    )


@event_priority(-150)  # after mkdocs-static-i18n (-100) has built both languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if theme.inside_language_build(config):
        return
    file = Path(config.site_dir) / PATH
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(security_txt(config.edit_uri, config.site_url, build_info.build_day()), encoding="utf-8")
