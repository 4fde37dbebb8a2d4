"""The editing workflow on GitHub: the workflows' structure, and "edit this page" links.

Workflows cannot run here; their YAML is parsed and its structure asserted: what triggers
them, which permissions each job holds, and that the steps run the content check, the
strict build and the tests before anything is published.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build_site, free_port
from site_pages import soup

WORKFLOWS = ROOT / ".github" / "workflows"

def edit_uri() -> str:
    """What the build uses: $EDIT_URI, or the default written in mkdocs.yml."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    default = re.search(r'^edit_uri: !ENV \[EDIT_URI, "([^"]+)"\]', config, re.M).group(1)
    return os.environ.get("EDIT_URI") or default


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(job: dict) -> list[dict]:
    return job["steps"]


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def uses(job: dict) -> list[str]:
    return [step["uses"] for step in steps(job) if "uses" in step]


def step_using(job: dict, action: str) -> dict:
    matches = [step for step in steps(job) if step.get("uses", "").startswith(action + "@")]
    assert len(matches) == 1, f"expected one step using {action}"
    return matches[0]


def assert_checks_build_and_tests(job: dict) -> None:
    commands = runs(job)
    assert re.search(r"python scripts/check_content\.py", commands)
    assert re.search(r"mkdocs build --strict", commands)
    assert re.search(r"python -m pytest|make test", commands)
    assert "apt-get install" in commands and "chromium" in commands
    setup = step_using(job, "actions/setup-python")["with"]
    assert str(setup["python-version"]) == "3.11"
    assert setup["cache"] == "pip"
    assert "pip install -r requirements.txt" in commands


def test_every_action_is_pinned_to_a_major_version():
    for file in sorted(WORKFLOWS.glob("*.yml")):
        for job in workflow(file.name)["jobs"].values():
            for action in uses(job):
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", action), f"{file.name}: {action}"


def test_pull_request_workflow():
    pr = workflow("pr.yml")
    assert set(pr["on"]) == {"pull_request"}
    assert pr["permissions"] == {"contents": "read"}
    (job,) = pr["jobs"].values()
    assert "permissions" not in job  # only the workflow's read access
    assert_checks_build_and_tests(job)
    # translation_status.py needs the whole history, not the default shallow clone
    assert step_using(job, "actions/checkout")["with"]["fetch-depth"] == 0
    assert re.search(r"translation_status\.py\s*>>\s*\"?\$GITHUB_STEP_SUMMARY", runs(job))
    upload = step_using(job, "actions/upload-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"
    # the build writes to site/, which is what gets uploaded
    assert re.search(r"mkdocs build --strict -d site\b", runs(job))
    # the summary tells how to open the preview, with the artifact's link
    summary_step = next(s for s in steps(job) if "preview.outputs.artifact-url" in str(s.get("env", "")))
    assert "GITHUB_STEP_SUMMARY" in summary_step["run"] and "http.server" in summary_step["run"]


def test_pull_request_preview_is_uploaded_even_when_the_content_check_fails():
    (job,) = workflow("pr.yml")["jobs"].values()
    names = [step.get("name", step.get("uses", "")) for step in steps(job)]
    check = next(i for i, s in enumerate(steps(job)) if "check_content.py" in s.get("run", ""))
    upload = next(i for i, s in enumerate(steps(job)) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert check < upload, names
    for step in steps(job)[check + 1 :]:
        assert "!cancelled()" in step.get("if", ""), step


def test_deploy_workflow():
    deploy = workflow("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in deploy["on"]
    assert deploy["permissions"] == {"contents": "read"}
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert deploy["concurrency"]["group"]

    build, publish = deploy["jobs"]["build"], deploy["jobs"]["deploy"]
    assert_checks_build_and_tests(build)
    assert "write" not in build.get("permissions", {}).values()
    assert "actions/configure-pages" in [a.split("@")[0] for a in uses(build)]
    assert step_using(build, "actions/upload-pages-artifact")["with"]["path"].rstrip("/") == "site"

    # the content check and the tests come before the site is handed to Pages
    order = [s.get("run", s.get("uses", "")) for s in steps(build)]
    upload = next(i for i, s in enumerate(order) if s.startswith("actions/upload-pages-artifact@"))
    for command in ("check_content.py", "pytest", "mkdocs build --strict"):
        assert next(i for i, s in enumerate(order) if command in s) < upload, command

    assert publish["needs"] in ("build", ["build"])
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert publish["environment"]["name"] == "github-pages"
    assert publish["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert step_using(publish, "actions/deploy-pages")["id"] == "deployment"


def test_deploy_build_takes_its_addresses_from_pages_and_the_repository():
    build = workflow("deploy.yml")["jobs"]["build"]
    pages_id = step_using(build, "actions/configure-pages")["id"]
    strict = next(s for s in steps(build) if "mkdocs build --strict" in s.get("run", ""))
    assert strict["env"]["SITE_URL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}/"
    assert strict["env"]["EDIT_URI"] == (
        "${{ github.server_url }}/${{ github.repository }}/edit/${{ github.ref_name }}/docs/"
    )
    # mkdocs.yml reads both from the environment
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL,", config, re.M)
    assert re.search(r"^edit_uri: !ENV \[EDIT_URI,", config, re.M)


def test_external_links_workflow():
    links = workflow("links.yml")
    assert set(links["on"]) == {"schedule", "workflow_dispatch"}
    assert links["on"]["schedule"][0]["cron"]
    assert links["permissions"] == {"contents": "read"}
    (job,) = links["jobs"].values()
    assert "mkdocs build --strict -d site" in runs(job)
    lychee = step_using(job, "lycheeverse/lychee-action")
    assert "site/" in lychee["with"]["args"]


def test_dependabot_watches_pip_and_actions_weekly():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {u["package-ecosystem"]: u["schedule"]["interval"] for u in config["updates"]}
    assert ecosystems == {"pip": "weekly", "github-actions": "weekly"}


def test_pre_commit_runs_the_content_check():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]]
    assert any("scripts/check_content.py" in hook["entry"] for hook in hooks)


# --- "Edit this page" --------------------------------------------------------------------------


def source_pages() -> list[tuple[str, str]]:
    """(language, path inside the language folder) of every page."""
    return [
        (lang, path.relative_to(ROOT / "docs" / lang).as_posix())
        for lang in ("lv", "en")
        for path in sorted((ROOT / "docs" / lang).rglob("*.md"))
    ]


def built_page(site_dir: Path, lang: str, rel: str) -> Path:
    stem = rel[: -len(".md")]
    url_dir = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return site_dir / ("en/" if lang == "en" else "") / url_dir / "index.html"


def edit_links(page: Path) -> list[str]:
    return [a["href"] for a in soup(page).select('a[rel~="edit"]')]


@pytest.mark.parametrize("lang,rel", source_pages())
def test_edit_link_opens_the_page_source_in_its_own_language(site, lang, rel):
    page = built_page(site.dir, lang, rel)
    assert page.exists(), page
    assert edit_links(page) == [f"{edit_uri()}{lang}/{rel}"]


def test_edit_link_follows_edit_uri_from_the_environment(tmp_path, monkeypatch):
    fork = "https://github.com/example/fork/edit/teksti/docs/"
    monkeypatch.setenv("EDIT_URI", fork)
    result = build_site(ROOT, tmp_path / "site", f"http://127.0.0.1:{free_port()}/")
    assert result.returncode == 0, result.stderr
    assert edit_links(tmp_path / "site" / "kontakti" / "index.html") == [f"{fork}lv/kontakti.md"]
    assert edit_links(tmp_path / "site" / "en" / "kontakti" / "index.html") == [f"{fork}en/kontakti.md"]
