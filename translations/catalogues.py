"""Companion's translation catalogues: extract the strings, refresh the catalogues, build them.

The UI's strings (tr() and QCoreApplication.translate in ui/) live in translations/companion_LL.ts
(Qt Linguist files, extracted by pyside6-lupdate, built to ui/translations/companion_LL.qm by
pyside6-lrelease). The core's strings (_(), ngettext(), pgettext(), N_() in companion/) live in
companion/locale/companion.pot and companion/locale/LL/LC_MESSAGES/companion.po (gettext, extracted
and compiled to .mo by Babel). The .ts/.pot/.po files are kept in the repository; .qm/.mo are built.
Building needs only the standard library and the tools: where PySide6's lrelease or Babel is
missing (the Flatpak's SDK), Qt's own lrelease and GNU gettext's msgfmt build the same files.

    python translations/catalogues.py build           # .qm and .mo (make translations)
    python translations/catalogues.py update          # refresh .ts/.pot/.po from the code, keeping
                                                      # every translation (make translations-update)
    python translations/catalogues.py new LL          # start a language's .ts and .po
    python translations/catalogues.py extract DIR     # fresh templates into DIR (the tests use it)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "ui" / "translations"
LOCALE_DIR = ROOT / "companion" / "locale"
POT = LOCALE_DIR / "companion.pot"
DOMAIN = "companion"


# Where Qt keeps lrelease when it is not on PATH (Qt 6 SDKs of Linux distributions and Flatpak).
QT_TOOL_DIRS = (Path("/usr/lib/qt6/bin"), Path("/usr/lib64/qt6/bin"), Path("/usr/lib/qt6/libexec"))


def _find(name: str, extra_dirs: tuple[Path, ...] = ()) -> str | None:
    """A tool installed beside this Python (a venv's bin/ or Scripts/), else one on PATH, else in
    one of `extra_dirs`."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        for folder in extra_dirs:
            if (folder / name).exists():
                return str(folder / name)
    return found


def _tool(name: str) -> str:
    found = _find(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6 and Babel: make setup)")
    return found


def qm_command(ts: Path, qm: Path) -> list[str]:
    """How to build a .qm: PySide6's lrelease (a venv, the frozen build), else Qt's own (a Qt SDK
    such as the Flatpak's KDE SDK, where PySide6's tools may be missing)."""
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = _find(name, QT_TOOL_DIRS)
        if found:
            return [found, "-silent", str(ts), "-qm", str(qm)]
    raise SystemExit("lrelease is not installed (it comes with PySide6 or Qt's tools: make setup)")


def mo_command(po: Path, mo: Path) -> list[str]:
    """How to build a .mo: Babel (a venv, the frozen build), else GNU gettext's msgfmt (an SDK
    without Babel, such as the Flatpak's)."""
    babel = _find("pybabel")
    if babel:
        return [babel, "compile", "--statistics", "-i", str(po), "-o", str(mo)]
    msgfmt = _find("msgfmt")
    if msgfmt:
        return [msgfmt, "--check", "--statistics", "-o", str(mo), str(po)]
    raise SystemExit("pybabel or msgfmt is needed to build the .mo files (make setup)")


def _run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


def ui_sources() -> list[str]:
    """Every Python file of the UI, relative to the repository (lupdate scans no .py folder)."""
    return sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py") if path.is_file()
    )


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("companion_*.ts"))


def po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def language_of_ts(path: Path) -> str:
    return path.stem.removeprefix("companion_")


def lupdate(target: Path, *, language: str | None = None) -> None:
    """Extract the UI's strings into `target`, merging into what it holds (obsolete ones dropped,
    no source locations, so moving code does not touch the catalogue)."""
    args = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    args += ["-source-language", "en"]
    if language:
        args += ["-target-language", language]
    _run(*args, *ui_sources(), "-ts", str(target))


def extract_pot(target: Path) -> None:
    """Extract the core's strings into a gettext template."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _run(
        _tool("pybabel"),
        "-q",
        "extract",
        "--no-location",
        "--sort-output",
        "--no-wrap",
        "--project=Companion",
        "--copyright-holder=the Companion authors",
        "-k",
        "N_",
        "-o",
        str(target),
        "companion",
    )


def update() -> None:
    """Refresh every catalogue from the code; existing translations are kept."""
    for ts in ts_files():
        lupdate(ts, language=language_of_ts(ts))
    extract_pot(POT)
    for po in po_files():
        _catalogue_from_pot("update", po.parent.parent.name, "--ignore-obsolete")


def new(language: str) -> None:
    """Start the catalogues of a new language (its .ts and .po), from the current code."""
    TS_DIR.mkdir(exist_ok=True)
    lupdate(TS_DIR / f"companion_{language}.ts", language=language)
    extract_pot(POT)
    if not (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").exists():
        _catalogue_from_pot("init", language)


def _catalogue_from_pot(command: str, language: str, *options: str) -> None:
    """`pybabel init` or `update`: a language's .po from the template, lines left unwrapped."""
    _run(
        _tool("pybabel"),
        "-q",
        command,
        *options,
        "--no-wrap",
        "-D",
        DOMAIN,
        "-i",
        str(POT),
        "-d",
        str(LOCALE_DIR),
        "-l",
        language,
    )


def build() -> None:
    """The binary catalogues the app loads: .qm beside the UI, .mo beside each .po."""
    QM_DIR.mkdir(exist_ok=True)
    for ts in ts_files():
        qm = QM_DIR / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _run(*qm_command(ts, qm))
    for po in po_files():
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            _run(*mo_command(po, mo))


def extract(folder: Path) -> None:
    """Fresh templates from the code into `folder`: companion.ts and companion.pot."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate(folder / "companion.ts")
    extract_pot(folder / "companion.pot")


def main(argv: list[str]) -> int:
    commands = {"build": build, "update": update}
    if len(argv) == 1 and argv[0] in commands:
        commands[argv[0]]()
        return 0
    if len(argv) == 2 and argv[0] == "new":
        new(argv[1])
        return 0
    if len(argv) == 2 and argv[0] == "extract":
        extract(Path(argv[1]).resolve())
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
