"""Runs the scripted session (tests/proof/session.py) in its own process, with its temp and Qt
settings folders inside the test folder, and returns what it reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PROJECT_ROOT as ROOT


def run_session(tmp_path: Path, realdata: Path | None, *, wrap: list[str] | None = None):
    profile = tmp_path / "profile"
    out = tmp_path / "asked-for"  # the export and the report: not swept
    temp = tmp_path / "tmp"
    config = tmp_path / "config"
    for folder in (out, temp, config):
        folder.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("COMPANION_PASSPHRASE", None)
    command = [
        sys.executable,
        "-m",
        "tests.proof.session",
        str(profile),
        str(out),
        str(realdata) if realdata else "-",
    ]
    result = subprocess.run(
        [*(wrap or []), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    return summary, profile, out, temp, config
