"""The release build's pins (constraints-build.txt) and the checks that hold builds to them.

    python packaging/pins.py check-env       # run by the build venv's python after installing
    python packaging/pins.py check-flatpak   # python3-deps.json names the pinned versions
    python packaging/pins.py write-flatpak   # regenerate python3-deps.json (asks PyPI)

Needs PyPI's `packaging` (PyInstaller installs it in the build venv; pytest in the test venv), and
for write-flatpak pip 23.1 or newer and a connection to PyPI.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

HERE = Path(__file__).resolve().parent
CONSTRAINTS = HERE / "constraints-build.txt"
FLATPAK_DEPS = HERE / "flatpak" / "python3-deps.json"
PROJECT = "companion"

# Pinned for building, never needed by the app when it runs (check-env proves it on each build).
BUILD_ONLY = frozenset(
    canonicalize_name(name)
    for name in (
        "pip",
        "setuptools",
        "pyinstaller",
        "pyinstaller-hooks-contrib",
        "altgraph",
        "packaging",
        "macholib",
        "pefile",
        # Compiles the core's .po catalogues to .mo while building (translations/catalogues.py).
        "babel",
    )
)
# The Flatpak's io.qt.PySide.BaseApp brings Qt for Python itself.
FLATPAK_BASE_PROVIDES = frozenset({"pyside6-essentials", "shiboken6"})
# org.kde.Platform 6.8 (freedesktop SDK 24.08) runs Python 3.12 on x86_64 and aarch64.
FLATPAK_PYTHON = "3.12"
FLATPAK_ARCHES = ("x86_64", "aarch64")
# The runtime's glibc is newer than 2.28; every wheel it needs has a manylinux tag from this range.
FLATPAK_MANYLINUX = tuple(f"manylinux_2_{minor}" for minor in range(28, 16, -1))
PYPI = "https://pypi.org/simple"
FILES_HOST = "https://files.pythonhosted.org/"
FLATPAK_ENVIRONMENT = {
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "python_version": FLATPAK_PYTHON,
    "python_full_version": f"{FLATPAK_PYTHON}.0",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


@dataclass(frozen=True)
class Pin:
    name: str  # canonical (PEP 503) name
    version: str
    marker: Marker | None

    def applies(self, environment: Mapping[str, str] | None = None) -> bool:
        return self.marker is None or self.marker.evaluate(dict(environment or {}))


def read_pins(path: Path = CONSTRAINTS) -> dict[str, Pin]:
    """Every `name==version [; marker]` line of a constraints file, by canonical name."""
    pins: dict[str, Pin] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{path.name} line {number}"
        try:
            requirement = Requirement(line)
        except InvalidRequirement as error:
            raise ValueError(f"{where}: not a requirement ({error})") from None
        specifiers = list(requirement.specifier)
        if len(specifiers) != 1 or specifiers[0].operator != "==" or requirement.extras:
            raise ValueError(f"{where}: pin one exact version, as in name==1.2.3")
        name = canonicalize_name(requirement.name)
        if name in pins:
            raise ValueError(f"{where}: {requirement.name} is pinned twice")
        pins[name] = Pin(name, specifiers[0].version, requirement.marker)
    return pins


def applicable(
    pins: Mapping[str, Pin], environment: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The pins whose markers hold here (or in the given environment), as name -> version."""
    return {name: pin.version for name, pin in pins.items() if pin.applies(environment)}


def installed() -> dict[str, str]:
    """What this Python has installed, as name -> version, leaving out the project itself."""
    found: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"] or "")
        if name and name != PROJECT:
            found[name] = dist.version
    return found


def differences(expected: Mapping[str, str], found: Mapping[str, str], where: str) -> list[str]:
    """One line per package that is missing, extra, or at another version than pinned."""
    lines = []
    for name in sorted(set(expected) | set(found)):
        want, have = expected.get(name), found.get(name)
        if want is None:
            lines.append(f"{name} {have} is in {where} but not pinned")
        elif have is None:
            lines.append(f"{name}=={want} is pinned but not in {where}")
        elif want != have:
            lines.append(f"{name} is {have} in {where}, pinned {want}")
    return lines


def runtime_closure(root: str = PROJECT) -> set[str]:
    """Every distribution the installed `root` needs to run here, following markers."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        for line in importlib.metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            needed = canonicalize_name(requirement.name)
            if needed not in seen:
                seen.add(needed)
                todo.append(needed)
    return seen


def flatpak_sources(path: Path = FLATPAK_DEPS) -> list[Mapping]:
    """Every source of every module in a flatpak-builder module file."""
    sources: list[Mapping] = []

    def walk(module: Mapping) -> None:
        sources.extend(module.get("sources", []))
        for child in module.get("modules", []):
            if isinstance(child, Mapping):
                walk(child)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return sources


def source_file(source: Mapping) -> tuple[str, str]:
    """(canonical name, version) of the wheel or sdist a source downloads."""
    filename = source.get("dest-filename") or str(source.get("url", "")).rsplit("/", 1)[-1]
    if filename.endswith(".whl"):
        name, version, _build, _tags = parse_wheel_filename(filename)
    else:
        name, version = parse_sdist_filename(filename)
    return str(name), str(version)


def flatpak_expected(pins: Mapping[str, Pin]) -> dict[str, str]:
    """What the Flatpak must install itself: the runtime pins for its Python, less the BaseApp's."""
    return {
        name: version
        for name, version in applicable(pins, FLATPAK_ENVIRONMENT).items()
        if name not in BUILD_ONLY and name not in FLATPAK_BASE_PROVIDES
    }


def check_env(pins: Mapping[str, Pin]) -> list[str]:
    """This Python holds exactly the applicable pins, and the app needs all but the build tools."""
    expected = applicable(pins)
    problems = differences(expected, installed(), "this environment")
    runtime = {name: expected.get(name, "?") for name in runtime_closure()}
    wanted = {name: version for name, version in expected.items() if name not in BUILD_ONLY}
    problems += differences(wanted, runtime, f"what {PROJECT} needs to run")
    return problems


def check_flatpak(pins: Mapping[str, Pin], path: Path = FLATPAK_DEPS) -> list[str]:
    """python3-deps.json downloads, for each architecture, exactly the pinned runtime packages."""
    if not path.is_file():
        return [f"{path.name} is missing; run `python packaging/pins.py write-flatpak`"]
    expected = flatpak_expected(pins)
    sources = flatpak_sources(path)
    problems = []
    for source in sources:
        url, sha256 = str(source.get("url", "")), str(source.get("sha256", ""))
        if not url.startswith(FILES_HOST):
            problems.append(f"{url or source} is not a file on PyPI")
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            problems.append(f"{url} has no sha256")
    for arch in FLATPAK_ARCHES:
        found: dict[str, str] = {}
        for source in sources:
            if arch not in source.get("only-arches", [arch]):
                continue
            name, version = source_file(source)
            if name in found:
                problems.append(f"{name} is downloaded twice for {arch}")
            found[name] = version
        problems += differences(expected, found, f"{path.name} for {arch}")
    return problems


def _pip_report(requirements: list[str], arch: str) -> list[dict]:
    """What pip would install from PyPI for the Flatpak's Python on `arch` (nothing is installed)."""
    command = [sys.executable, "-m", "pip", "install", "--isolated", "--quiet", "--dry-run"]
    command += ["--ignore-installed", "--no-deps", "--only-binary=:all:", "--index-url", PYPI]
    if os.environ.get("PIP_CERT"):
        command += ["--cert", os.environ["PIP_CERT"]]
    command += ["--python-version", FLATPAK_PYTHON, "--implementation", "cp"]
    for tag in FLATPAK_MANYLINUX:
        command += ["--platform", f"{tag}_{arch}"]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command += ["--target", str(Path(folder) / "target"), "--report", str(report)]
        subprocess.run([*command, *requirements], check=True)
        return json.loads(report.read_text(encoding="utf-8"))["install"]


def flatpak_module(pins: Mapping[str, Pin]) -> dict:
    """The flatpak-builder module that installs the pinned runtime packages from PyPI's wheels."""
    expected = flatpak_expected(pins)
    requirements = [f"{name}=={version}" for name, version in sorted(expected.items())]
    arches: dict[tuple[str, str], list[str]] = {}
    for arch in FLATPAK_ARCHES:
        for item in _pip_report(requirements, arch):
            info = item["download_info"]
            key = (info["url"], info["archive_info"]["hashes"]["sha256"])
            arches.setdefault(key, []).append(arch)
    sources = []
    for (url, sha256), where in sorted(arches.items(), key=lambda kv: kv[0][0].rsplit("/", 1)[-1]):
        source: dict = {"type": "file", "url": url, "sha256": sha256}
        if len(where) < len(FLATPAK_ARCHES):
            source["only-arches"] = where
        sources.append(source)
    install = (
        'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
        "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(sorted(expected))
    )
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
    }


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in (["check-env"], ["check-flatpak"], ["write-flatpak"]):
        print("usage: pins.py check-env | check-flatpak | write-flatpak", file=sys.stderr)
        return 2
    try:
        pins = read_pins()
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    if args == ["write-flatpak"]:
        text = json.dumps(flatpak_module(pins), indent=2) + "\n"
        FLATPAK_DEPS.write_text(text, encoding="utf-8")
        print(f"wrote {FLATPAK_DEPS}")
        args = ["check-flatpak"]
    problems = check_env(pins) if args == ["check-env"] else check_flatpak(pins)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} difference(s) from {CONSTRAINTS.name}", file=sys.stderr)
        return 1
    print(f"{args[0]}: every version matches {CONSTRAINTS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
