"""No secret on a command line, and none left in the environment: every local account can read
/proc/PID/cmdline, so passphrases and recovery codes come from a no-echo prompt, one line on stdin
or a file descriptor; COMPANION_PASSPHRASE is taken out of the environment as soon as it is read."""

from __future__ import annotations

import ctypes
import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from companion.cli import build_parser
from companion.facade import Companion
from companion.vault.keystore import NoKeyStore
from tests.cli.secret_procs import blocked_reading, proc_text, start_cli, wait_until
from tests.helpers import PROJECT_ROOT, MadeVault, cli_env, make_vault, run_cli

# Set in the environment of every CLI run below; it must be gone from /proc/PID/environ.
ENV_CANARY = "canary-env-passphrase-5e1d"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[MadeVault, Path]:
    """A vault and an encrypted backup of it."""
    from companion.storage.backup import backup_now

    vault = make_vault(tmp_path_factory.mktemp("secret") / "profile")
    backup = vault.root.parent / "mine.companion-backup"
    with Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore()) as c:
        backup_now(c, backup)
    return vault, backup


def _assert_nothing_visible(pid: int, *secrets: str) -> None:
    cmdline = proc_text(pid, "cmdline")
    environ = proc_text(pid, "environ")
    assert cmdline, "the process's command line was empty: it had already exited"
    for secret in secrets:
        assert secret.encode() not in cmdline
        assert secret.encode() not in environ
        compact = secret.replace("-", "").replace(" ", "").encode()
        assert compact not in cmdline and compact not in environ


@pytest.mark.parametrize("order", ["after", "before"])
def test_a_recovery_code_argument_is_refused_without_echoing_it(
    made, tmp_path: Path, order: str
) -> None:
    _vault, backup = made
    target = tmp_path / "there"
    code = ["--recovery-code", "AAAA-BBBB"]
    args = [str(backup), *code] if order == "after" else [*code, str(backup)]
    done = run_cli("--profile", str(target), "restore", *args)
    assert done.returncode == 1
    assert "AAAA" not in done.stderr + done.stdout
    assert "--recovery-code-stdin" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (target / "companion.db").exists()


def test_unknown_arguments_are_not_repeated(tmp_path: Path) -> None:
    done = run_cli("--profile", str(tmp_path), "info", "--passphrase=hunter2 words", "hunter3")
    assert done.returncode == 2
    assert "hunter" not in done.stderr and "--passphrase" in done.stderr


@pytest.mark.parametrize("how", ["stdin", "fd"])
def test_recovery_code_from_a_pipe_never_shows_in_proc(made, tmp_path: Path, how: str) -> None:
    vault, backup = made
    target = tmp_path / "there"
    env = cli_env(COMPANION_PASSPHRASE=ENV_CANARY)
    if how == "stdin":
        args, fd, read_end, write_end = ("--recovery-code-stdin",), 0, None, None
        process = start_cli("--profile", str(target), "restore", str(backup), *args, env=env)
    else:
        read_end, write_end = os.pipe()
        fd = read_end
        process = start_cli(
            "--profile",
            str(target),
            "restore",
            str(backup),
            "--recovery-code-fd",
            str(read_end),
            env=env,
            pass_fds=(read_end,),
            stdin=subprocess.DEVNULL,
        )
        os.close(read_end)
    try:
        wait_until(lambda: blocked_reading(process.pid, fd), "it reads the code", process)
        _assert_nothing_visible(process.pid, vault.recovery_code, ENV_CANARY)
        line = (vault.recovery_code + "\n").encode()
        if write_end is None:
            out, err = process.communicate(line, timeout=120)
        else:
            os.write(write_end, line)
            os.close(write_end)
            write_end = None
            out, err = process.communicate(timeout=120)
    finally:
        if write_end is not None:
            os.close(write_end)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert b"Restored the vault" in out
    with Companion.unlock(target, recovery_code=vault.recovery_code, keystore=NoKeyStore()) as c:
        assert c.counts()["people"] == 1


def _controlling_tty() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def test_recovery_code_prompt_has_no_echo_and_shows_nowhere(made, tmp_path: Path) -> None:
    vault, backup = made
    target = tmp_path / "there"
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "companion",
            "--profile",
            str(target),
            "restore",
            str(backup),
            "--ask-recovery-code",
        ],
        env=cli_env(COMPANION_PASSPHRASE=ENV_CANARY),
        cwd=PROJECT_ROOT,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=_controlling_tty,
    )
    os.close(slave)
    seen = bytearray()

    def read_available() -> bool:
        while select.select([master], [], [], 0)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            seen.extend(chunk)
        return True

    try:
        wait_until(lambda: read_available() and b"Recovery code:" in seen, "it prompts", process)
        wait_until(
            lambda: blocked_reading(process.pid, 0) or _reads_tty(process.pid), "it reads", process
        )
        _assert_nothing_visible(process.pid, vault.recovery_code, ENV_CANARY)
        before = len(seen)
        os.write(master, (vault.recovery_code + "\n").encode())
        process.wait(timeout=120)
        read_available()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    typed_back = bytes(seen[before:])
    assert process.returncode == 0, seen.decode(errors="replace")
    assert vault.recovery_code.encode() not in typed_back, "the code was echoed"
    assert b"Restored the vault" in typed_back


def _reads_tty(pid: int) -> bool:
    """getpass reads /dev/tty through its own descriptor: blocked in read on any terminal."""
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return "tty_read" in Path(f"/proc/{pid}/wchan").read_text()
    if len(fields) < 2 or fields[0] not in ("0", "63"):
        return False
    fd = int(fields[1], 16)
    try:
        return os.readlink(f"/proc/{pid}/fd/{fd}").startswith(("/dev/pts/", "/dev/tty"))
    except OSError:
        return False


def test_passphrases_come_from_a_descriptor_or_stdin(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    secret = "a passphrase from a pipe 9c2b"
    env = cli_env(COMPANION_PASSPHRASE=ENV_CANARY)
    read_end, write_end = os.pipe()
    process = start_cli(
        "--profile",
        str(profile),
        "init",
        "--passphrase-fd",
        str(read_end),
        env=env,
        pass_fds=(read_end,),
        stdin=subprocess.DEVNULL,
    )
    os.close(read_end)
    try:
        wait_until(lambda: blocked_reading(process.pid, read_end), "it reads", process)
        _assert_nothing_visible(process.pid, secret, ENV_CANARY)
        os.write(write_end, (secret + "\n").encode())
    finally:
        os.close(write_end)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    with Companion.unlock(profile, passphrase=secret, keystore=NoKeyStore()) as c:
        assert c.key_file is not None

    env = cli_env()
    info = run_cli(
        "--profile", str(profile), "info", "--passphrase-stdin", env=env, input=secret + "\n"
    )
    assert info.returncode == 0, info.stderr
    # One line on stdin serves both the unlock and the key change.
    rotated = run_cli(
        "--profile", str(profile), "rotate-key", "--passphrase-stdin", env=env, input=secret + "\n"
    )
    assert rotated.returncode == 0, rotated.stderr
    assert "new recovery code" in rotated.stdout


def test_a_wrong_descriptor_is_one_plain_line(tmp_path: Path) -> None:
    done = run_cli("--profile", str(tmp_path / "p"), "init", "--passphrase-fd", "97")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "97" in done.stderr
    assert not (tmp_path / "p" / "companion.db").exists()


def test_the_environment_passphrase_is_taken_out_once_read(monkeypatch) -> None:
    from companion.platform.secret_input import take_passphrase_env

    monkeypatch.setenv("COMPANION_PASSPHRASE", ENV_CANARY)
    assert take_passphrase_env() == ENV_CANARY
    assert "COMPANION_PASSPHRASE" not in os.environ
    libc = ctypes.CDLL(None)
    libc.getenv.restype = ctypes.c_char_p
    assert libc.getenv(b"COMPANION_PASSPHRASE") is None
    child = subprocess.run(["env"], capture_output=True, text=True, check=True)
    assert ENV_CANARY not in child.stdout
    assert take_passphrase_env() is None


def test_no_command_takes_a_secret_as_its_value() -> None:
    """Every option that names a passphrase or recovery code is a switch or a descriptor number."""
    parser = build_parser()
    seen: set[str] = set()

    def walk(p) -> None:
        for action in p._actions:
            for option in action.option_strings:
                if any(word in option for word in ("passphrase", "recovery", "secret", "key")):
                    seen.add(option)
                    if option.endswith("-fd"):
                        assert action.type is int, option
                    else:
                        assert action.nargs == 0, option
            if isinstance(action.choices, dict):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    assert {"--passphrase-stdin", "--passphrase-fd", "--recovery-code-stdin"} <= seen
