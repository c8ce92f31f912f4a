"""The import contracts in pyproject.toml (`make lint` runs lint-imports) can fail: each one is
broken on purpose in a copy of the code, and lint-imports must name it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, cli_env

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = (
    "The core never imports the front end or Qt",
    "Pure rules import only each other, never storage",
    "The vault and platform layers never import SQLAlchemy",
    "The read layer and the first screen never import SQLAlchemy",
    "The core's layers import downwards only",
    "No import circles in the core",
)


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    root.mkdir()
    for package in ("companion", "companion_app", "ui"):
        shutil.copytree(
            PROJECT_ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy2(PROJECT_ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = cli_env()
    env["PYTHONPATH"] = str(root)  # the copy, not the checkout, is what gets analysed
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def _status(output: str, contract: str) -> str:
    for line in output.splitlines():
        if line.startswith(contract + " "):
            return line[len(contract) :].split()[0]
    raise AssertionError(f"lint-imports did not report {contract!r}:\n{output}")


def _add_import(path: Path, statement: str) -> None:
    # Inside a function: imports made lazily count as much as those at the top.
    path.write_text(
        path.read_text(encoding="utf-8") + f"\n\ndef _contract_probe() -> None:\n    {statement}\n",
        encoding="utf-8",
    )


def test_the_contracts_hold_on_the_code_as_it_is(tmp_path: Path) -> None:
    done = _lint(_copy(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    for contract in CONTRACTS:
        assert _status(done.stdout, contract) == "KEPT"


@pytest.mark.parametrize(
    ("module", "statement", "broken"),
    [
        ("companion/platform/clock.py", "import ui.theme", CONTRACTS[0]),
        ("companion/cli/output.py", "from PySide6.QtCore import QObject", CONTRACTS[0]),
        ("companion/domain/days.py", "import companion.storage.engine", CONTRACTS[1]),
        ("companion/domain/safety.py", "import companion.platform.paths", CONTRACTS[1]),
        ("companion/domain/planners/nudges.py", "import companion.facade", CONTRACTS[1]),
        ("companion/domain/views.py", "import sqlmodel", CONTRACTS[1]),
        ("companion/vault/keys.py", "import sqlalchemy", CONTRACTS[2]),
        # Indirectly: unlocking reaching the storage layer through another module.
        ("companion/vault/unlocking.py", "import companion.storage.engine", CONTRACTS[2]),
        ("companion/platform/fileio.py", "import sqlmodel", CONTRACTS[2]),
        ("companion/storage/reads.py", "import sqlalchemy", CONTRACTS[3]),
        # The first screen reaching the services (and so SQLAlchemy) for a read.
        ("companion/storage/glance.py", "import companion.services.people", CONTRACTS[3]),
        # A layer reaching one above it: the vault into storage, a service into the facade.
        ("companion/vault/erase.py", "import companion.storage.backup", CONTRACTS[4]),
        ("companion/services/mood.py", "import companion.facade", CONTRACTS[4]),
        ("companion/platform/paths.py", "import companion.vault.keys", CONTRACTS[4]),
        # The language setting's write went through the platform from inside the words once.
        ("companion/domain/i18n.py", "from companion.platform import fileio", CONTRACTS[4]),
        # Circles inside a layer: two services, and the settings service with its rows.
        ("companion/services/people.py", "import companion.services.contacts_import", CONTRACTS[5]),
        ("companion/services/setting_rows.py", "import companion.services.day_end", CONTRACTS[5]),
        ("companion/vault/keys.py", "import companion.vault.unlocking", CONTRACTS[5]),
    ],
)
def test_a_bad_import_breaks_its_contract(
    tmp_path: Path, module: str, statement: str, broken: str
) -> None:
    root = _copy(tmp_path)
    _add_import(root / module, statement)
    done = _lint(root)
    assert done.returncode != 0
    assert _status(done.stdout, broken) == "BROKEN"
