"""The hosted-runner workflow is valid YAML with a job per OS that builds and runs the self-test.

PyYAML isn't a project dependency; the parse uses it when this Python or a system python3 has it,
and a plain structural check always runs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from tests.packaging.helpers import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
JOBS = {"linux", "windows", "macos"}

_DUMP = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str))"


def _parsed() -> dict:
    try:
        import yaml
    except ImportError:
        pass
    else:
        return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    python = shutil.which("python3")
    if python and python != sys.executable:
        result = subprocess.run(
            [python, "-c", _DUMP, str(WORKFLOW)], capture_output=True, text=True, timeout=60
        )
        if result.returncode == 0:
            return json.loads(result.stdout)
        if "No module named 'yaml'" not in result.stderr:
            pytest.fail(f"build.yml is not valid YAML: {result.stderr.strip()}")
    pytest.skip("no YAML parser here (PyYAML in this Python or a system python3)")


def test_workflow_parses_with_the_expected_jobs():
    doc = _parsed()
    # YAML 1.1 reads the bare key `on` as True (and JSON then spells it "true").
    triggers = next(doc[key] for key in ("on", True, "true") if key in doc)
    assert {"push", "pull_request"} <= set(triggers)
    assert set(doc["jobs"]) == JOBS
    for name, job in doc["jobs"].items():
        assert job["runs-on"].startswith(
            {"linux": "ubuntu", "windows": "windows", "macos": "macos"}[name]
        )
        steps = job["steps"]
        assert steps[0]["uses"].startswith("actions/checkout@")
        runs = "\n".join(step.get("run", "") for step in steps)
        assert "self-test" in runs, f"{name} never runs the built app's self-test"
        assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in steps)


def test_each_job_runs_its_build_script():
    doc = _parsed()
    scripts = {
        "linux": "packaging/build_linux.sh",
        "windows": "packaging\\build_windows.ps1",
        "macos": "packaging/build_macos.sh",
    }
    for name, script in scripts.items():
        runs = [step.get("run", "") for step in doc["jobs"][name]["steps"]]
        assert any(script in run for run in runs)
        assert (ROOT / script.replace("\\", "/")).is_file()


def test_workflow_structure_without_a_parser():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text, "YAML forbids tabs for indentation"
    top = re.findall(r"^([A-Za-z_-]+):", text, flags=re.MULTILINE)
    assert top == ["name", "on", "permissions", "jobs"]
    jobs_block = text.split("\njobs:\n", 1)[1]
    assert set(re.findall(r"^  ([a-z]+):\s*$", jobs_block, flags=re.MULTILINE)) == JOBS
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            assert (len(line) - len(stripped)) % 2 == 0, f"odd indentation: {line!r}"


def test_every_action_is_pinned_by_commit():
    """A tag can be moved to other code; a commit cannot. The tag goes in a comment beside it."""
    uses = re.findall(
        r"^\s*(?:- )?uses:\s*(\S+?)@(\S+)(.*)$",
        WORKFLOW.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    assert uses
    for action, ref, comment in uses:
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{action}@{ref} is not pinned by commit"
        assert re.search(r"#\s*v\d", comment), f"{action}@{ref} names no release tag"


def test_release_builds_install_the_pins_into_their_own_venv():
    for script in ("build_linux.sh", "build_macos.sh", "build_windows.ps1"):
        text = (ROOT / "packaging" / script).read_text(encoding="utf-8")
        assert "venv --clear" in text, script
        assert "--no-deps --only-binary=:all: -r" in text, script
        assert "pins.py check-env" in text, script
        assert ".venv" not in text.replace("never the development .venv", ""), script
