"""Each shipped language, end to end: the app started offscreen with LANG set to it walks the
screen tour's route (onboarding, unlock, every page and the main dialogs) and no visible text is
an English string of the catalogues; names and data are not catalogue strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.domain import i18n

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in i18n.SHIPPED if language != i18n.SOURCE_LANGUAGE]
LOCALES = {"de": "de_DE.UTF-8", "es": "es_ES.UTF-8"}


def _tour(language: str, tmp_path: Path) -> dict:
    from companion.demo import create_demo_profile
    from companion.vault.keystore import NoKeyStore

    profile = tmp_path / "demo"
    create_demo_profile(profile, keystore=NoKeyStore()).close()
    out = tmp_path / "screens"
    env = {
        **os.environ,
        "LANG": LOCALES.get(language, language),
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
    }
    env.pop("COMPANION_LANGUAGE", None)  # the shipped language, chosen from LANG alone
    command = [sys.executable, "-m", "tests.tour.driver", "--profile", str(profile)]
    command += ["--scheme", "light", "--size", "960x640", "--out", str(out)]
    proc = subprocess.run(
        command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=1500
    )
    report = out / "findings.json"
    assert report.exists(), (
        f"the tour wrote no findings ({proc.returncode}):\n{proc.stderr[-4000:]}"
    )
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_is_left_on_any_screen(language, tmp_path):
    report = _tour(language, tmp_path)
    assert report["error"] is None, report["error"]
    assert len(report["screens"]) > 80, "the tour visited too few screens"
    english = [
        f"{f['screen']}: {f['widget']}: {f['detail']}"
        for f in report["findings"]
        if f["check"] == "english"
    ]
    assert english == [], f"{len(english)} English strings on {language} screens:\n" + "\n".join(
        english
    )
