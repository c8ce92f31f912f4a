"""The core works where Qt can't be imported: every module under companion/ imports, and a vault
can be created, unlocked and described, with PySide6, shiboken6, pyqtgraph and the front end
(`ui`, `companion_app`) blocked. import-linter's contracts (`make lint`) say the same statically."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from companion.storage.engine import SCHEMA_VERSION
from tests.helpers import PROJECT_ROOT, cli_env

CORE = PROJECT_ROOT / "companion"
BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "ui", "companion_app")

SCRIPT = r"""
import importlib, json, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "ui", "companion_app")

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, Block())
import companion
imported = []
for info in pkgutil.walk_packages(companion.__path__, "companion."):
    if info.name == "companion.__main__":
        continue
    importlib.import_module(info.name)
    imported.append(info.name)

from companion.facade import Companion
from companion.vault.keystore import NoKeyStore
profile = sys.argv[1]
c, code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
c.close()
with Companion.unlock(profile, passphrase="seven blue kites", keystore=NoKeyStore()) as c:
    info = c.info()
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(json.dumps({"imported": imported, "info": info, "leaked": leaked}))
"""


def test_core_runs_with_qt_blocked(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=PROJECT_ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["leaked"] == []
    expected = set()
    for path in CORE.rglob("*.py"):
        parts = ["companion", *path.relative_to(CORE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        if parts[-1] != "__main__":
            expected.add(".".join(parts))
    assert expected <= set(result["imported"]) | {"companion"}
    assert result["info"]["schema_version"] == SCHEMA_VERSION
    assert result["info"]["records"]["people"] == 0


def _imported_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imported_names(path):
            if name.split(".")[0] in BLOCKED:
                offenders.append(f"{path.relative_to(PROJECT_ROOT)} imports {name}")
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) > 10
