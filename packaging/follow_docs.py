"""Follow packaging/PACKAGING.md as a packager would, and stop at the first command that fails.

    python3 packaging/follow_docs.py [--into DIR]     # default build/clean-clone, replaced each run

It copies the files a clone of this repository holds (git's tracked files, plus new ones not yet
committed; never build/, dist/, .venv or caches) into DIR, then runs there, verbatim and in the
order written, every code block of PACKAGING.md whose info string is `sh linux` or `sh nsis`,
each with `sh -ex`. HOME is a fresh folder inside DIR, so a block that installs for the user
installs there.

A `sh nsis` block builds the Windows installer, which needs the Windows app in dist/companion.
Only the Linux app can be built here, so each such block runs twice: first as the folder is (after
the Linux build makensis must refuse it, naming companion.exe), then with a stand-in Windows
payload holding the files the installer names (the Linux build is put back afterwards).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = "packaging/PACKAGING.md"
RUN_TAGS = ("linux", "nsis")
FENCE = re.compile(r"^```(\S*)[ \t]*(.*)$")


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    tag: str
    text: str


def blocks(markdown: str) -> list[Block]:
    """The fenced code blocks marked `sh linux` or `sh nsis`, in document order."""
    found: list[Block] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        start = index
        end = index + 1
        while end < len(lines) and not lines[end].startswith("```"):
            end += 1
        if end == len(lines):
            raise ValueError(f"{DOC} line {start + 1}: the code block is never closed")
        language, rest = match.group(1), match.group(2).split()
        tags = [tag for tag in rest if tag in RUN_TAGS]
        if language == "sh" and tags:
            found.append(Block(start + 1, tags[0], "\n".join(lines[start + 1 : end]) + "\n"))
        index = end + 1
    return found


def copy_clone(dest: Path) -> None:
    """What a fresh clone holds (with uncommitted edits and new files), into an empty dest."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if not source.exists():  # deleted but not yet committed
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)


def _environment(clone: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "VENV", "PYTHONHOME")
    }
    home = clone / "build" / "home"
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(var, None)
    # A packager's build machine may have no session bus or keyring; the self-test copes.
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    return env


def _run(block: Block, clone: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", "-ex", "-c", block.text],
        cwd=clone,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=1800,
    )


def _stand_in_payload(folder: Path) -> None:
    """The files installer.nsi names, standing in for the Windows one-folder app."""
    (folder / "_internal" / "assets").mkdir(parents=True)
    (folder / "companion.exe").write_bytes(b"MZ stand-in for the Windows build")
    (folder / "companion-cli.exe").write_bytes(b"MZ stand-in for the Windows build")
    (folder / "_internal" / "assets" / "questionnaires.json").write_text("{}", encoding="utf-8")


class Failed(Exception):
    pass


def _report(block: Block, what: str, result: subprocess.CompletedProcess[str]) -> Failed:
    return Failed(
        f"{DOC} line {block.line}: {what} (exit status {result.returncode})\n"
        f"--- the block\n{block.text}--- its output (last lines)\n{result.stdout[-6000:]}"
    )


def follow(clone: Path, log=print) -> None:
    markdown = (clone / DOC).read_text(encoding="utf-8")
    todo = blocks(markdown)
    if not any(b.tag == "linux" for b in todo) or not any(b.tag == "nsis" for b in todo):
        raise Failed(f"{DOC} has no `sh linux` or no `sh nsis` block to follow")
    env = _environment(clone)
    for block in todo:
        started = time.monotonic()
        if block.tag == "linux":
            result = _run(block, clone, env)
            log(result.stdout)
            if result.returncode != 0:
                raise _report(block, "a command failed", result)
        else:
            _follow_nsis(block, clone, env, log)
        log(f"--- {DOC} line {block.line} ({block.tag}): ok in {time.monotonic() - started:.0f} s")


def _follow_nsis(block: Block, clone: Path, env: dict[str, str], log) -> None:
    payload = clone / "dist" / "companion"
    refused = _run(block, clone, env)
    log(refused.stdout)
    if refused.returncode == 0 or "No companion.exe in the payload folder" not in refused.stdout:
        raise _report(block, "makensis did not refuse a payload without companion.exe", refused)
    kept = clone / "dist" / "companion.linux"
    if payload.exists():
        payload.rename(kept)
    try:
        _stand_in_payload(payload)
        result = _run(block, clone, env)
        log(result.stdout)
        if result.returncode != 0:
            raise _report(block, "a command failed with a Windows payload", result)
        setups = list((clone / "dist").glob("Companion-*-setup.exe"))
        if len(setups) != 1 or setups[0].read_bytes()[:2] != b"MZ":
            raise _report(block, f"no Windows installer in dist/ ({setups})", result)
    finally:
        shutil.rmtree(payload, ignore_errors=True)
        if kept.exists():
            kept.rename(payload)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", type=Path, default=ROOT / "build" / "clean-clone")
    args = parser.parse_args(argv)
    clone = args.into.resolve()
    if clone == ROOT or ROOT.is_relative_to(clone):
        parser.error("--into must be a folder of its own, not the repository or above it")
    copy_clone(clone)
    print(f"--- a clean copy of the repository in {clone}", flush=True)
    try:
        follow(clone, log=lambda text: print(text, end="" if text.endswith("\n") else "\n"))
    except Failed as failure:
        print(failure, file=sys.stderr)
        return 1
    print(f"--- every `sh linux` and `sh nsis` command of {DOC} worked as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
