"""constraints-build.txt pins every package of a release build, and the Flatpak's python3-deps.json
downloads exactly the pinned runtime packages."""

from __future__ import annotations

import json
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.helpers import PACKAGING, ROOT, load

pins = load("pins")

PINS = pins.read_pins()


def test_build_tools_and_the_app_dependencies_are_pinned():
    for name in ("pip", "setuptools", "pyinstaller", "pyinstaller-hooks-contrib", "sqlcipher3"):
        assert name in PINS, name
    assert PINS["pyside6-essentials"].version == PINS["shiboken6"].version


def test_test_tools_are_not_in_the_build():
    for name in ("pytest", "pytest-qt", "hypothesis", "ruff"):
        assert name not in PINS


def test_platform_markers_follow_the_packages_that_need_them():
    linux = {"sys_platform": "linux", "python_version": "3.11"}
    windows = {"sys_platform": "win32", "python_version": "3.11"}
    assert "secretstorage" in pins.applicable(PINS, linux)
    assert "secretstorage" not in pins.applicable(PINS, windows)
    assert "pefile" in pins.applicable(PINS, windows)
    assert "pefile" not in pins.applicable(PINS, linux)
    assert "importlib-metadata" not in pins.applicable(PINS, pins.FLATPAK_ENVIRONMENT)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("numpy>=2", "pin one exact version"),
        ("numpy", "pin one exact version"),
        ("numpy[extra]==2.0", "pin one exact version"),
        ("numpy==2 ==3", "not a requirement"),
    ],
)
def test_a_loose_pin_is_refused_with_its_line(tmp_path, line, message):
    path = tmp_path / "constraints.txt"
    path.write_text(f"# header\nsix==1.17.0\n{line}\n")
    with pytest.raises(ValueError, match=rf"constraints.txt line 3: {message}"):
        pins.read_pins(path)


def test_a_package_pinned_twice_is_refused(tmp_path):
    path = tmp_path / "constraints.txt"
    path.write_text("typing_extensions==4.0\ntyping-extensions==4.1\n")
    with pytest.raises(ValueError, match="line 2: typing-extensions is pinned twice"):
        pins.read_pins(path)


def test_differences_name_missing_extra_and_other_versions():
    lines = pins.differences(
        {"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "2.1", "d": "4"}, "the venv"
    )
    assert lines == [
        "b is 2.1 in the venv, pinned 2",
        "c==3 is pinned but not in the venv",
        "d 4 is in the venv but not pinned",
    ]
    assert pins.differences({"a": "1"}, {"a": "1"}, "the venv") == []


def test_flatpak_leaves_out_the_build_tools_and_what_the_base_app_brings():
    expected = pins.flatpak_expected(PINS)
    assert "sqlcipher3" in expected and "numpy" in expected and "secretstorage" in expected
    for name in ("pyside6-essentials", "shiboken6", "pyinstaller", "pip", "setuptools", "pefile"):
        assert name not in expected


def test_committed_flatpak_deps_match_the_pins():
    """After changing a pin: `build/venv/bin/python packaging/pins.py write-flatpak`."""
    assert pins.check_flatpak(PINS) == []


def test_flatpak_check_fails_when_a_pin_moves(tmp_path):
    constraints = tmp_path / "constraints.txt"
    text = pins.CONSTRAINTS.read_text(encoding="utf-8")
    constraints.write_text(text.replace("six==1.17.0", "six==1.16.0"))
    problems = pins.check_flatpak(pins.read_pins(constraints))
    assert problems == [
        f"six is 1.17.0 in python3-deps.json for {arch}, pinned 1.16.0"
        for arch in pins.FLATPAK_ARCHES
    ]


def test_flatpak_check_fails_on_a_missing_arch_or_a_foreign_url(tmp_path):
    module = json.loads(pins.FLATPAK_DEPS.read_text(encoding="utf-8"))
    numpy_arm = next(
        s
        for s in module["sources"]
        if "/numpy-" in s["url"] and s.get("only-arches") == ["aarch64"]
    )
    module["sources"].remove(numpy_arm)
    module["sources"][0]["url"] = (
        "https://example.org/" + module["sources"][0]["url"].split("/")[-1]
    )
    path = tmp_path / "python3-deps.json"
    path.write_text(json.dumps(module))
    problems = pins.check_flatpak(PINS, path)
    assert any("is not a file on PyPI" in p for p in problems)
    assert (
        f"numpy=={PINS['numpy'].version} is pinned but not in {path.name} for aarch64" in problems
    )


def test_flatpak_check_says_when_the_file_is_missing(tmp_path):
    assert pins.check_flatpak(PINS, tmp_path / "python3-deps.json") == [
        "python3-deps.json is missing; run `python packaging/pins.py write-flatpak`"
    ]


def test_flatpak_manifest_builds_the_generated_module():
    manifest = (PACKAGING / "flatpak" / "org.companionapp.Companion.yml").read_text()
    assert "  - python3-deps.json\n" in manifest
    assert "pins.py write-flatpak" in manifest


def test_every_dependency_in_pyproject_is_pinned_within_its_range():
    """A new dependency in pyproject.toml needs its pin (and python3-deps.json) in the same change."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in PINS, f"{requirement.name} is not pinned in constraints-build.txt"
        assert requirement.specifier.contains(PINS[name].version, prereleases=True), (
            f"{requirement.name} is pinned at {PINS[name].version}, outside {requirement.specifier}"
        )
