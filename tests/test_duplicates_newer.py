"""A copy is reported on the new file, never on the old one that is already on the live site
(issue 38): the same news title, or the same description, on a second file. "New" is git's word
(latvijaano/rules/first_added.py): not yet committed in the editor's copy, or added by a later
commit in the pull request's run. The new file's name sorts BEFORE the old one's, so that the
order of the names (the fallback where git knows nothing) would point at the wrong file.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from test_content_checks import copy_sources, edit, line_number, news, page, set_key

from latvijaano.rules.runner import check_sources

pytestmark = pytest.mark.long(10)  # see conftest.pytest_collection_modifyitems

DAY = "2024-03-05"
TITLE = "Latvija aicina Padomi rīkoties"  # the same title on the same day, in both files
DESCRIPTION = "Viena un tā pati apraksta rinda divām lapām par Latvijas darbu Padomē."


def git(root, *args, when="2024-03-05T10:00:00+00:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=root,
        check=True,
        capture_output=True,
        env=env,
    )


@pytest.fixture(scope="module")
def repository(tmp_path_factory):
    """A copy with its own history: the old news item and page committed (they are "published")."""
    root = copy_sources(tmp_path_factory.mktemp("duplicates-newer"))
    old_news = news(root, "zz-vecais", date=DAY)["lv"]
    edit(old_news, set_key("title", TITLE))
    old_page = page(root, "zz-veca-lapa")["lv"]
    edit(old_page, set_key("description", DESCRIPTION))
    git(root, "init", "-q")
    git(root, "add", "docs")
    git(root, "commit", "-q", "-m", "published")
    return root, old_news, old_page


def add_copies(root):
    """The editor's copies: a news item with the same title on the same day, a page with the same description."""
    new_news = news(root, "aa-jaunais", date=DAY)["lv"]
    edit(new_news, set_key("title", TITLE))
    new_page = page(root, "aa-jauna-lapa")["lv"]
    edit(new_page, set_key("description", DESCRIPTION))
    return new_news, new_page


def messages_about(root, *files):
    paths = {file.relative_to(root).as_posix() for file in files}
    return [str(problem) for problem in check_sources(root) if problem.path in paths]


def where(root, file, needle):
    return f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: "


def assert_on_the_new_files(root, old_news, old_page, new_news, new_page):
    found = messages_about(root, old_news, old_page, new_news, new_page)
    title = [line for line in found if "tāds pats virsraksts" in line]
    description = [line for line in found if "Apraksts (description) ir tāds pats" in line]
    assert len(title) == 1 and title[0].startswith(where(root, new_news, "title:")), found
    assert old_news.relative_to(root).as_posix() in title[0]  # names the published one
    assert "The news item" in title[0].split(" / ")[1]
    assert len(description) == 1 and description[0].startswith(where(root, new_page, "description:")), found
    assert old_page.relative_to(root).as_posix() in description[0]


def test_a_copy_not_yet_committed_is_the_one_reported(repository):
    root, old_news, old_page = repository
    new_news, new_page = add_copies(root)
    try:
        assert_on_the_new_files(root, old_news, old_page, new_news, new_page)
    finally:
        for file in (new_news, new_page):
            for lang in ("lv", "en"):
                (root / "docs" / lang / file.relative_to(root / "docs" / "lv")).unlink()


def test_a_copy_added_by_a_later_commit_is_the_one_reported(repository):
    """As in the pull request's run: both files committed, the copy by the later commit."""
    root, old_news, old_page = repository
    new_news, new_page = add_copies(root)
    git(root, "add", "docs")
    git(root, "commit", "-q", "-m", "the editor's change", when="2024-03-06T10:00:00+00:00")
    assert_on_the_new_files(root, old_news, old_page, new_news, new_page)
