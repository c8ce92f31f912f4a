"""The OS keyring is tried first, but the user's own keyring choice always wins."""

from __future__ import annotations

from keyring.util import platform_

from companion.vault.keystore import SystemKeyStore, _native_backend


def test_an_environment_choice_skips_the_native_backend(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert _native_backend() is None
    assert SystemKeyStore().describe() == "keyring.backends.fail.Keyring"


def test_a_keyring_config_file_skips_the_native_backend(monkeypatch, tmp_path):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(platform_, "config_root", lambda: str(tmp_path))
    (tmp_path / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n"
    )
    assert _native_backend() is None


def test_without_a_session_bus_the_native_backend_is_not_used(monkeypatch, tmp_path):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(platform_, "config_root", lambda: str(tmp_path))
    assert _native_backend() is None
