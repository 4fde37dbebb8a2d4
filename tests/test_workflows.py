"""The editing workflow on GitHub: the workflows' structure, and "edit this page" links.

Workflows cannot run here; they are linted with actionlint (and ShellCheck), and their YAML is
parsed and its structure asserted: what triggers them, which permissions each job holds, that
the content check and the strict build gate every deploy, that a pull request's preview is
built for its own address and commented once, and that the developer tests run on code changes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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


def step_running(job: dict, command: str) -> dict:
    matches = [step for step in steps(job) if command in step.get("run", "")]
    assert len(matches) == 1, f"expected one step running {command!r}"
    return matches[0]


def index_of(job: dict, predicate) -> int:
    return next(i for i, step in enumerate(steps(job)) if predicate(step))


def assert_python_setup(job: dict) -> None:
    setup = step_using(job, "actions/setup-python")["with"]
    assert str(setup["python-version"]) == "3.11"
    assert setup["cache"] == "pip"
    assert "pip install -r requirements.txt" in runs(job)


def assert_content_gate(job: dict) -> None:
    """The gate for content: the content check and the strict build, not the developer tests."""
    assert_python_setup(job)
    step_running(job, "python scripts/check_content.py")
    step_running(job, "mkdocs build --strict -d site")
    assert "pytest" not in runs(job)


def test_every_action_is_pinned_to_a_commit_with_its_version():
    for file in sorted(WORKFLOWS.glob("*.yml")):
        for number, line in enumerate(file.read_text(encoding="utf-8").split("\n"), 1):
            if re.match(r"\s*(- )?uses:", line):
                assert re.fullmatch(r"\s*(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), (
                    f"{file.name}:{number}: {line.strip()}"
                )


def test_every_job_holds_its_own_least_permissions():
    for file in sorted(WORKFLOWS.glob("*.yml")):
        data = workflow(file.name)
        assert data["permissions"] == {}, file.name  # nothing by default
        for name, job in data["jobs"].items():
            assert "permissions" in job, f"{file.name}: {name}"
            assert job["timeout-minutes"] <= 45, f"{file.name}: {name}"
            granted = {scope for scope, level in job["permissions"].items() if level == "write"}
            uses_ = " ".join(uses(job))
            # write access only where something is pushed to gh-pages or commented
            # (or a new branch and its pull request: the "New item" form)
            if "contents" in granted:
                assert any(
                    action in uses_
                    for action in ("pr-preview-action", "github-pages-deploy-action", "create-pull-request")
                ), f"{file.name}: {name}"
            if "pull-requests" in granted:
                assert "sticky-pull-request-comment" in uses_ or "create-pull-request" in uses_, (
                    f"{file.name}: {name}"
                )
            if "actions" in granted:  # start a workflow, or keep a scheduled one enabled
                assert "gh workflow run" in runs(job) or "gh-workflow-keepalive" in uses_, (
                    f"{file.name}: {name}"
                )
            assert granted <= {"contents", "pull-requests", "actions"}, f"{file.name}: {name}"


def test_checkouts_that_run_project_code_keep_no_credentials():
    """Jobs that run the repository's scripts do not leave the token in .git for them."""
    for file in sorted(WORKFLOWS.glob("*.yml")):
        for name, job in workflow(file.name)["jobs"].items():
            if "python" in runs(job):
                assert (
                    step_using(job, "actions/checkout").get("with", {}).get("persist-credentials") is False
                ), f"{file.name}: {name}"


def pages_address_step(job: dict, name: str = "pages-address.sh") -> dict:
    step = step_running(job, name)
    assert step["env"]["GH_TOKEN"] == "${{ github.token }}"
    assert job["permissions"].get("pages") == "read"
    return step


def test_pull_request_workflow_triggers_and_jobs():
    pr = workflow("pr.yml")
    assert pr["on"] == {"pull_request": {"types": ["opened", "reopened", "synchronize", "closed"]}}
    assert pr["concurrency"]["group"] == "preview-${{ github.event.pull_request.number }}"
    assert pr["concurrency"]["cancel-in-progress"] is True
    assert set(pr["jobs"]) == {"check", "preview", "remove", "fork-note"}


def test_pull_request_check_builds_the_preview_for_its_own_address():
    check = workflow("pr.yml")["jobs"]["check"]
    assert check["if"] == "github.event.action != 'closed'"
    assert check["permissions"] == {"contents": "read", "pages": "read"}
    assert_content_gate(check)
    pages_id = pages_address_step(check)["id"]
    build = step_running(check, "mkdocs build --strict -d site")
    assert build["env"]["SITE_PREVIEW"] == "1"
    assert build["env"]["SITE_PREVIEW_PR"] == "${{ github.event.pull_request.number }}"
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages_id}.outputs.preview_url }}}}"
    assert "head.repo.full_name" in build["env"]["EDIT_URI"]
    # the preview is built even if the content check failed (the editor can still look)
    content = index_of(check, lambda s: "check_content.py" in s.get("run", ""))
    for step in steps(check)[content + 1 :]:
        assert "!cancelled()" in step.get("if", ""), step
    # translation status and the changed pages go to the job summary; the comment is kept
    assert re.search(
        r"translation_status\.py --since \"\$BASE\"\s*>>\s*\"?\$GITHUB_STEP_SUMMARY", runs(check)
    )
    comment = step_running(check, "scripts/changed_pages.py")
    assert '--base "$BASE"' in comment["run"] and "> preview-comment.md" in comment["run"]
    assert comment["env"]["BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert step_using(check, "actions/checkout")["with"]["fetch-depth"] == 0
    upload = next(
        step
        for step in steps(check)
        if step.get("uses", "").startswith("actions/upload-artifact@")
        and step["with"]["name"] == "preview-site"
    )
    assert upload["with"]["path"].split() == ["site/", "preview-comment.md"]
    assert check["outputs"]["built"] == "${{ steps.build.outcome == 'success' }}"


def test_pull_request_keeps_the_contact_sheet_as_an_artifact():
    """make screenshots' contact sheet of the pull request's site, uploaded with the preview build;
    a review aid that may fail without failing the content gate."""
    check = workflow("pr.yml")["jobs"]["check"]
    sheet = step_running(check, "scripts/screenshots.py")
    written = sheet["run"].split("scripts/screenshots.py", 1)[1].split()[0]
    assert sheet.get("continue-on-error") is True and "!cancelled()" in sheet["if"]
    upload = next(
        step
        for step in steps(check)
        if step.get("uses", "").startswith("actions/upload-artifact@")
        and step["with"]["name"] == "contact-sheet"
    )
    assert upload["with"]["path"] == written and upload["with"]["if-no-files-found"] == "error"
    assert f"steps.{sheet['id']}.outcome == 'success'" in upload["if"]
    order = [step.get("id") or step.get("name") for step in steps(check)]
    assert order.index("build") < order.index(sheet["id"]), "after the preview build"


SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository"


def test_pull_request_preview_is_published_with_one_comment():
    jobs = workflow("pr.yml")["jobs"]
    preview = jobs["preview"]
    assert preview["needs"] == "check"
    assert "needs.check.outputs.built == 'true'" in preview["if"] and SAME_REPOSITORY in preview["if"]
    assert preview["permissions"] == {"contents": "write", "pull-requests": "write"}
    download = step_using(preview, "actions/download-artifact")["with"]
    deploy = step_using(preview, "rossjrw/pr-preview-action")["with"]
    assert deploy["source-dir"].rstrip("/") == f"{download['path']}/site"
    assert deploy["action"] == "deploy" and deploy["preview-branch"] == "gh-pages"
    assert (
        deploy["umbrella-dir"] == "${{ env.UMBRELLA }}"
        and workflow("pr.yml")["env"]["UMBRELLA"] == "pr-preview"
    )
    assert deploy["pages-base-url"] == "${{ needs.check.outputs.host }}"
    assert deploy["comment"] is False  # the one comment is ours
    comment = step_using(preview, "marocchino/sticky-pull-request-comment")["with"]
    assert comment == {"header": "pr-preview", "path": f"{download['path']}/preview-comment.md"}


def test_closing_a_pull_request_removes_its_preview():
    remove = workflow("pr.yml")["jobs"]["remove"]
    assert remove["if"] == f"github.event.action == 'closed' && {SAME_REPOSITORY}"
    assert step_using(remove, "rossjrw/pr-preview-action")["with"]["action"] == "remove"
    assert step_using(remove, "marocchino/sticky-pull-request-comment")["with"]["header"] == "pr-preview"


def test_a_fork_gets_a_note_instead_of_a_preview():
    note = workflow("pr.yml")["jobs"]["fork-note"]
    assert note["permissions"] == {}
    assert "head.repo.full_name != github.repository" in note["if"]
    assert "GITHUB_STEP_SUMMARY" in runs(note) and "fork" in runs(note)


def test_the_pull_request_template_names_checks_that_exist():
    """Each check the template sends an editor to (**Workflow / job**, or **Checks → Workflow → job**)
    is a job of a workflow that runs on pull requests, and each step it names is one of that job's."""
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    named = re.findall(r"\*\*(?:Checks → )?([^*→/]+?) (?:/|→) ([\w-]+)(?: → Summary)?\*\*", template)
    assert named, "the template names no check"
    on_pull_requests = {}
    for path in WORKFLOWS.glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "pull_request" in (data.get("on", data.get(True)) or {}):
            on_pull_requests[data["name"]] = data["jobs"]
    for name, job in named:
        assert name in on_pull_requests and job in on_pull_requests[name], f"{name} / {job}"
        steps = {step.get("name", "") for step in on_pull_requests[name][job].get("steps", [])}
        for step in re.findall(r"solis „([^”]+)”", template):
            assert any(s.startswith(step) for s in steps), step


def test_deploy_workflow_runs_on_main_and_by_hand():
    deploy = workflow("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in deploy["on"]
    # No schedule here: GitHub disables a scheduled workflow after 60 quiet days, with all its triggers.
    assert "schedule" not in deploy["on"]
    assert deploy["concurrency"]["cancel-in-progress"] is False and deploy["concurrency"]["group"]


def test_every_scheduled_workflow_keeps_itself_enabled():
    """GitHub disables a scheduled workflow after 60 quiet days: each has the keepalive job."""
    scheduled = [
        file.name for file in sorted(WORKFLOWS.glob("*.yml")) if "schedule" in workflow(file.name)["on"]
    ]
    assert scheduled
    for name in scheduled:
        keepalives = [
            job
            for job in workflow(name)["jobs"].values()
            if any(step.get("uses", "").startswith("liskin/gh-workflow-keepalive@") for step in steps(job))
        ]
        assert keepalives, f"{name}: a schedule without the keepalive job"
        assert all(job.get("if") == "github.event_name == 'schedule'" for job in keepalives), name


def test_the_hourly_schedule_starts_the_deploy_and_keeps_itself_alive():
    schedule = workflow("schedule.yml")
    assert set(schedule["on"]) == {"schedule", "workflow_dispatch"}
    (cron,) = schedule["on"]["schedule"]
    minute, *rest = cron["cron"].split()
    assert minute.isdigit() and rest == ["*", "*", "*", "*"]  # every hour
    start = schedule["jobs"]["deploy"]
    assert start["permissions"] == {"actions": "write"}
    assert re.search(r"gh workflow run deploy\.yml --ref main\b", runs(start))
    assert step_running(start, "gh workflow run")["env"]["GH_TOKEN"] == "${{ github.token }}"
    keepalive = schedule["jobs"]["keepalive"]
    assert keepalive["permissions"] == {"actions": "write"}
    assert keepalive["if"] == "github.event_name == 'schedule'"
    assert step_using(keepalive, "liskin/gh-workflow-keepalive")


def test_deploy_publishes_only_after_the_gate_and_keeps_the_previews():
    jobs = workflow("deploy.yml")["jobs"]
    build, publish = jobs["build"], jobs["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert_content_gate(build)
    pages_id = pages_address_step(build)["id"]
    strict = step_running(build, "mkdocs build --strict")
    assert strict["env"]["SITE_URL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}"
    assert "SITE_PREVIEW" not in strict["env"]
    assert strict["env"]["EDIT_URI"] == (
        "${{ github.server_url }}/${{ github.repository }}/edit/${{ github.ref_name }}/docs/"
    )
    upload = index_of(build, lambda s: s.get("uses", "").startswith("actions/upload-artifact@"))
    for command in ("check_content.py", "mkdocs build --strict"):
        assert index_of(build, lambda s: command in s.get("run", "")) < upload, command

    assert publish["needs"] == "build" and "if" not in publish  # only after the gate succeeded
    assert publish["permissions"] == {"contents": "write"}
    download = step_using(publish, "actions/download-artifact")["with"]
    assert download["name"] == step_using(build, "actions/upload-artifact")["with"]["name"]
    assert f"touch {download['path']}/.nojekyll" in runs(publish)
    pages = step_using(publish, "JamesIves/github-pages-deploy-action")["with"]
    assert pages["folder"] == download["path"] and pages["branch"] == "gh-pages"
    assert pages["clean-exclude"].strip() == "pr-preview/"
    assert pages["force"] is False  # rebases onto previews pushed meanwhile
    # mkdocs.yml reads the addresses from the environment
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL,", config, re.M)
    assert re.search(r"^edit_uri: !ENV \[EDIT_URI,", config, re.M)


def test_developer_tests_run_on_code_changes_only():
    tests = workflow("tests.yml")
    paths = set(tests["on"]["push"]["paths"])
    assert tests["on"]["pull_request"]["paths"] == tests["on"]["push"]["paths"]
    assert tests["on"]["push"]["branches"] == ["main"]
    for code in (
        "hooks/**",
        "overrides/**",
        "scripts/**",
        "tests/**",
        "mkdocs.yml",
        "requirements.txt",
        "data/schemas/**",
        ".github/**",
        ".ci/**",
    ):
        assert code in paths, code
    assert not [
        p for p in paths if p.startswith("docs") or p in ("data/**", "data/*.yml")
    ]  # content is not code
    (job,) = tests["jobs"].values()
    assert_python_setup(job)
    assert re.search(r"python -m pytest|make test|bash \.ci/run", runs(job))
    assert "apt-get install" in runs(job) and "chromium" in runs(job)


def test_pages_address_script(tmp_path):
    """Without the Pages API (no gh here), GitHub's default address for the repository."""

    def run(repository: str, *args: str) -> dict:
        output = tmp_path / "output"
        output.write_text("")
        env = {
            "PATH": "/usr/bin:/bin",
            "GITHUB_REPOSITORY": repository,
            "GITHUB_REPOSITORY_OWNER": repository.split("/")[0],
            "GITHUB_OUTPUT": str(output),
        }
        subprocess.run(
            ["bash", str(ROOT / ".github" / "scripts" / "pages-address.sh"), *args],
            env=env,
            check=True,
            cwd=tmp_path,
        )
        return dict(line.split("=", 1) for line in output.read_text().split())

    assert run("LatvijaANO/latvijaano", "7") == {
        "base_url": "https://latvijaano.github.io/latvijaano/",
        "host": "latvijaano.github.io/latvijaano",
        "preview_url": "https://latvijaano.github.io/latvijaano/pr-preview/pr-7/",
    }
    assert run("Example/example.github.io") == {
        "base_url": "https://example.github.io/",
        "host": "example.github.io",
    }


def test_external_links_workflow():
    links = workflow("links.yml")
    assert set(links["on"]) == {"schedule", "workflow_dispatch"}
    assert links["on"]["schedule"][0]["cron"]
    job = links["jobs"]["links"]
    assert job["permissions"] == {"contents": "read"}
    assert "mkdocs build --strict -d site" in runs(job)
    lychee = step_using(job, "lycheeverse/lychee-action")
    assert "site/" in lychee["with"]["args"]


# --- actionlint --------------------------------------------------------------------------------


def actionlint() -> str:
    beside = Path(sys.executable).with_name("actionlint")
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: pip install -r requirements.txt")
    return found


def lint(*files: Path) -> subprocess.CompletedProcess:
    # actionlint runs ShellCheck on the run: scripts when it is on PATH (.ci/run installs it)
    return subprocess.run(
        [actionlint(), "-no-color", *map(str, files)], capture_output=True, text=True, cwd=ROOT
    )


def test_workflows_pass_actionlint():
    files = sorted(WORKFLOWS.glob("*.yml"))
    result = lint(*files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shutil.which("shellcheck"), "install shellcheck (.ci/run does) so that run: scripts are linted too"


def test_actionlint_catches_mistakes(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: pull_request\n"
        "permissions: {}\n"
        "jobs:\n"
        "  x:\n"
        "    runs-on: ubuntu-latest\n"
        "    permissions:\n"
        "      pull-request: write\n"  # misspelt scope
        "    steps:\n"
        "      - run: echo ${{ github.evnt.number }}\n"  # no such property
        "      - run: echo $UNQUOTED_THING && cd $HOME/x\n",  # ShellCheck: quote it
        encoding="utf-8",
    )
    result = lint(broken)
    assert result.returncode == 1
    assert "pull-request" in result.stdout and "evnt" in result.stdout
    assert "shellcheck" in result.stdout.lower()


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
    """(language, path inside the language folder) of every page the build publishes (not the
    votes register's page while the register is empty: latvijaano/votes/pages.py)."""
    from latvijaano.votes import pages as vote_pages

    left_out = vote_pages.left_out_of(ROOT)
    return [
        (lang, rel)
        for lang in ("lv", "en")
        for path in sorted((ROOT / "docs" / lang).rglob("*.md"))
        if (rel := path.relative_to(ROOT / "docs" / lang).as_posix()) not in left_out
    ]


def built_page(site_dir: Path, lang: str, rel: str) -> Path:
    stem = rel[: -len(".md")]
    url_dir = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return site_dir / ("en/" if lang == "en" else "") / url_dir / "index.html"


def edit_links(page: Path) -> list[str]:
    return [a["href"] for a in soup(page).select('a[rel~="edit"]')]


FORK = "https://github.com/example/fork/edit/teksti/docs/"


@pytest.fixture(scope="module")
def forked_preview(tmp_path_factory):
    """A pull request's preview (the edit link is a tool of the editors: shown in previews and under
    `make serve`, never on the published site, tests/test_reader.py) built from a fork, whose
    EDIT_URI the workflows set from the repository they run in."""
    site_dir = tmp_path_factory.mktemp("forked-preview") / "site"
    result = build_site(
        ROOT, site_dir, f"http://127.0.0.1:{free_port()}/", env={"EDIT_URI": FORK, "SITE_PREVIEW": "1"}
    )
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.mark.parametrize("lang,rel", source_pages())
def test_edit_link_opens_the_page_source_in_its_own_language_from_edit_uri(forked_preview, lang, rel):
    page = built_page(forked_preview, lang, rel)
    assert page.exists(), page
    if rel == "index.md":  # the home page keeps readers' eyes on the site: no edit link there
        assert edit_links(page) == []
        return
    assert edit_links(page) == [f"{FORK}{lang}/{rel}"]
