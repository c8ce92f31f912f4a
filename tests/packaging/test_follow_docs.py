"""packaging/follow_docs.py finds PACKAGING.md's checked commands (the run itself is in
test_frozen_app.py, with COMPANION_BUILD_FROZEN=1)."""

from __future__ import annotations

import pytest

from tests.packaging.helpers import PACKAGING, load

follow_docs = load("follow_docs")

DOC = (PACKAGING / "PACKAGING.md").read_text(encoding="utf-8")


def test_the_build_the_installer_and_the_self_test_are_checked_commands():
    blocks = follow_docs.blocks(DOC)
    linux = "".join(b.text for b in blocks if b.tag == "linux")
    nsis = "".join(b.text for b in blocks if b.tag == "nsis")
    assert "packaging/build_linux.sh\n" in linux
    assert "companion self-test" in linux
    assert "install-user.sh" in linux
    assert "makensis -V2 -WX packaging/windows/installer.nsi" in nsis
    # The block's text is exactly what a reader copies: no fences, nothing added.
    assert all(not b.text.startswith("```") for b in blocks)


def test_only_blocks_marked_sh_linux_or_sh_nsis_are_run():
    markdown = (
        "```sh\napt-get install nsis\n```\n"
        "```sh linux\necho one\n```\n"
        "```powershell\nmakensis x\n```\n"
        "```sh nsis\necho two\n```\n"
    )
    blocks = follow_docs.blocks(markdown)
    assert [(b.line, b.tag, b.text) for b in blocks] == [
        (4, "linux", "echo one\n"),
        (10, "nsis", "echo two\n"),
    ]


def test_an_unclosed_block_is_refused_with_its_line():
    with pytest.raises(ValueError, match="line 3: the code block is never closed"):
        follow_docs.blocks("text\n\n```sh linux\necho one\n")


def test_the_clean_copy_holds_the_repository_files_and_nothing_built(tmp_path):
    dest = tmp_path / "clone"
    follow_docs.copy_clone(dest)
    assert (dest / "packaging" / "PACKAGING.md").is_file()
    assert (dest / "companion" / "__init__.py").is_file()
    for built in (".venv", "build", "dist", ".pytest_cache"):
        assert not (dest / built).exists(), built
