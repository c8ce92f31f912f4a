"""A vault changed outside Companion is refused: the whole-file check runs just after the first
paint, and the app then shows a plain message and stops using the vault."""

from __future__ import annotations

from datetime import UTC, datetime

import ui.app
from companion.facade import Companion
from companion.storage.models import Person
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE


def test_a_changed_page_deep_in_the_file_is_caught_after_start(
    qtbot, tmp_path, launch, monkeypatch
):
    profile = tmp_path / "profile"
    companion, _ = Companion.create(profile, PASSPHRASE, country="GB", keystore=NoKeyStore())
    now = datetime.now(UTC)
    with companion.vault.session() as s:
        for n in range(400):
            s.add(Person(name=f"Person {n}", notes="x" * 400, created_at=now, updated_at=now))
    companion.vault.checkpoint()
    companion.close()
    db = profile / "companion.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 40 * 4096
    data[len(data) - 4096 + 100] ^= 0x01  # one bit inside the last page
    db.write_bytes(bytes(data))

    monkeypatch.setattr(ui.app, "VERIFY_DELAY_MS", 0)
    controller = launch(profile)
    qtbot.waitUntil(lambda: controller.message is not None, timeout=10_000)
    assert (
        "changed outside Companion" in controller.message.text()
        or "damaged" in controller.message.text()
    )
    assert not controller.window.isEnabled()


def test_an_intact_vault_passes_the_check_quietly(qtbot, profile_dir, launch, monkeypatch):
    monkeypatch.setattr(ui.app, "VERIFY_DELAY_MS", 0)
    checked = []
    raised: list[BaseException] = []
    verify = ui.app.AppController._verify_vault

    def verify_and_note(self, companion) -> None:
        # Noted whether the check returns or raises, so a failure names what went wrong. Only
        # this test's app is noted: an app an earlier test started (and quit) may still have its
        # own check waiting on a timer, and it lands here, in the same class.
        if self._quitting:
            return verify(self, companion)
        try:
            verify(self, companion)
        except BaseException as exc:
            raised.append(exc)
            raise
        finally:
            checked.append(companion)

    monkeypatch.setattr(ui.app.AppController, "_verify_vault", verify_and_note)
    controller = launch(profile_dir)
    assert controller.companion is not None, "the vault did not open"
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
    assert raised == []
    assert checked == [controller.companion]
    assert controller.message is None
    assert controller.window.isEnabled()
