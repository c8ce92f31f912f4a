"""A demo profile made once per module with a fake clock, for the report and insights UI tests."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.demo import DEMO_PASSPHRASE, create_demo_profile
from companion.platform.clock import FakeClock
from companion.vault.keystore import NoKeyStore

NOW = datetime(2026, 11, 21, 21, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """(open Companion, profile folder) over 120 days of made-up data ending on NOW."""
    folder = tmp_path_factory.mktemp("demo") / "profile"
    companion = create_demo_profile(
        folder, keystore=NoKeyStore(), clock=FakeClock(NOW), days=120, passphrase=DEMO_PASSPHRASE
    )
    yield companion, folder
    companion.close()


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; apt-get install -y poppler-utils")
    return path


def pdf_text(pdf) -> str:
    out = subprocess.run(
        [need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    )
    return out.stdout
