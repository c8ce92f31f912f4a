"""`companion report` in a real process: writes the PDF and exits 0; a bad date exits 1 with one
line and writes nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from companion.demo import DEMO_PASSPHRASE
from tests.ui import report_support
from tests.ui.report_support import pdf_text

demo = report_support.demo


def _run(args, tmp_path):
    env = {**os.environ, "COMPANION_PASSPHRASE": DEMO_PASSPHRASE}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "companion_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_cli_writes_the_report(demo, tmp_path):
    _companion, folder = demo
    out = tmp_path / "summary.pdf"
    args = ["--profile", str(folder), "report", str(out), "--from", "2026-11-08"]
    args += ["--to", "2026-11-21", "--sections", "checkins,contact", "--initials"]
    result = _run(args, tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = re.sub(r"\s+", " ", pdf_text(out))
    assert "8 November 2026 to 21 November 2026 (2 weeks)" in text
    assert "Check-in scores" in text and "Social contact" in text
    assert "Mood was logged" not in text and "Screen time" not in text
    assert "Maya Okafor" not in text and "M. O." in text


def test_bad_date_exits_1_with_one_line_and_writes_nothing(demo, tmp_path):
    _companion, folder = demo
    out = tmp_path / "never.pdf"
    result = _run(["--profile", str(folder), "report", str(out), "--from", "2026-02-30"], tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "2026-02-30" in lines[0] and "YYYY-MM-DD" in lines[0]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
