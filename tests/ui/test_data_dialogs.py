"""Settings → Your data and privacy, driven through the running app on real vaults: change the
passphrase, back up and restore, export, rotate the key, delete everything."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from companion.facade import Companion, NoKeyStore
from companion.services.people import PersonInput
from companion.storage.backup import read_manifest
from tests.helpers import PASSPHRASE

NEW_PASSPHRASE = "seven green lanterns humming"
NAME = "Ottoline Brackenbury"


def _open_settings(launch, profile_dir, qtbot):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    controller.window.show_page_named("settings")
    return controller, controller.window.pages["settings"].data_privacy


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_change_passphrase_then_unlock_with_the_new_one(qtbot, launch, profile_dir):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    dialog = group.open_passphrase()
    qtbot.keyClicks(dialog.old, "not the passphrase")
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    _click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert dialog.problem.text() == "That passphrase doesn't open this vault."

    dialog.old.setText(PASSPHRASE)
    _click(qtbot, dialog.ok)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted

    lock = controller.app_lock
    lock.lock()
    lock.screen.field.setText(PASSPHRASE)
    assert lock.try_unlock()
    qtbot.waitUntil(lock.screen.problem.isVisible)
    assert lock.locked
    lock.screen.field.setText(NEW_PASSPHRASE)
    assert lock.try_unlock()
    qtbot.waitUntil(lambda: not lock.locked)
    controller.quit()
    with Companion.unlock(profile_dir, passphrase=NEW_PASSPHRASE, keystore=NoKeyStore()) as c:
        assert c.settings.get("country") == "GB"


def test_back_up_now_then_restore_reopens_with_the_data(qtbot, launch, profile_dir, tmp_path):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    person = controller.companion.people.add(PersonInput(name=NAME))
    target = tmp_path / "mine.companion-backup"
    dialog = group.open_backup()
    dialog.path.setText(str(target))
    _click(qtbot, dialog.ok)
    assert dialog.written == target and read_manifest(target).kind == "manual"
    # It says where the backup went, then Done closes it.
    assert dialog.isVisible() and str(target) in dialog.saved.text()
    assert dialog.ok.text() == "Done" and not dialog.cancel.isVisible()
    _click(qtbot, dialog.ok)
    assert not dialog.isVisible()

    controller.companion.people.delete(person)
    assert controller.companion.people.list() == []
    old_window = controller.window

    dialog = group.open_restore()
    dialog.path.setText(str(target))
    dialog.secret.field.setText("wrong passphrase entirely")
    tasks: list[str] = []
    controller.tasks.started.connect(lambda task: tasks.append(task.title))
    _click(qtbot, dialog.ok)
    assert dialog.problem.text() == "That passphrase doesn't open this vault."
    assert controller.window is old_window  # nothing was closed for a typo
    assert tasks == ["Restoring"]  # the passphrase was checked on the runner's worker

    dialog.secret.field.setText(PASSPHRASE)
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(
        lambda: controller.window is not old_window and controller.companion is not None
    )
    assert [p.name for p in controller.companion.people.list()] == [NAME]
    assert controller.app_lock is not None and not controller.app_lock.locked
    before = list((profile_dir / "backups").glob("before-restore-*"))
    assert len(before) == 1  # the vault that was there is kept as a backup


def test_restore_with_the_recovery_code(qtbot, launch, profile_dir, tmp_path):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    controller.companion.people.add(PersonInput(name=NAME))
    code = controller.companion.recovery_code
    target = tmp_path / "b.companion-backup"
    dialog = group.open_backup()
    dialog.path.setText(str(target))
    _click(qtbot, dialog.ok)
    _click(qtbot, dialog.ok)  # Done
    old_window = controller.window
    dialog = group.open_restore()
    dialog.path.setText(str(target))
    _click(qtbot, dialog.secret.switch)
    dialog.secret.field.setText(code)
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(
        lambda: controller.window is not old_window and controller.companion is not None
    )
    assert [p.name for p in controller.companion.people.list()] == [NAME]


def test_export_json_only_after_the_warning_is_confirmed(qtbot, launch, profile_dir, tmp_path):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    controller.companion.people.add(PersonInput(name=NAME))
    dialog = group.open_export()
    assert "NOT encrypted" in dialog.warning.text()
    assert not dialog.ok.isEnabled()
    target = tmp_path / "all.json"
    dialog.path.setText(str(target))
    _click(qtbot, dialog.understood)
    assert dialog.ok.isEnabled()
    _click(qtbot, dialog.ok)
    assert not dialog.isVisible()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "companion-export"
    assert [p["name"] for p in doc["tables"]["person"]] == [NAME]


def test_export_csv_makes_a_folder(qtbot, launch, profile_dir, tmp_path):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    controller.companion.people.add(PersonInput(name=NAME))
    dialog = group.open_export()
    dialog.as_csv.setChecked(True)
    folder = tmp_path / "csv"
    dialog.path.setText(str(folder))
    dialog.understood.setChecked(True)
    _click(qtbot, dialog.ok)
    assert NAME in (folder / "person.csv").read_text(encoding="utf-8")


def test_rotate_key_shows_the_new_code_and_keeps_the_data(qtbot, launch, profile_dir):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    controller.companion.people.add(PersonInput(name=NAME))
    old_code = controller.companion.recovery_code
    dialog = group.open_rotate()
    dialog.passphrase.setText(PASSPHRASE)
    _click(qtbot, dialog.ok)
    assert not dialog.isVisible()
    assert dialog.new_code and dialog.new_code != old_code
    assert dialog.new_code == controller.companion.recovery_code
    assert [p.name for p in controller.companion.people.list()] == [NAME]
    controller.quit()
    with Companion.unlock(profile_dir, recovery_code=dialog.new_code, keystore=NoKeyStore()) as c:
        assert [p.name for p in c.people.list()] == [NAME]


def test_delete_everything_needs_the_exact_words(qtbot, launch, profile_dir):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    dialog = group.open_delete()
    qtbot.keyClicks(dialog.typed, "delete")
    assert not dialog.ok.isEnabled()
    dialog.work_attempted = False
    _click(qtbot, dialog.ok)  # disabled: nothing happens
    assert (profile_dir / "companion.db").exists()
    qtbot.keyClicks(dialog.typed, " everything")
    assert dialog.ok.isEnabled()
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible())
    assert controller.window is None and controller.companion is None
    assert not profile_dir.exists() or not any(profile_dir.iterdir())


def test_export_people_as_a_vcard_file(qtbot, launch, profile_dir, tmp_path):
    controller, group = _open_settings(launch, profile_dir, qtbot)
    controller.companion.people.add(
        PersonInput(name=NAME, contacts=[("phone", "mobile", "+44 7700 900123")])
    )
    dialog = group.open_export()
    dialog.as_vcard.setChecked(True)
    assert dialog.path.text().endswith(".vcf")
    target = tmp_path / "people.vcf"
    dialog.path.setText(str(target))
    dialog.understood.setChecked(True)
    _click(qtbot, dialog.ok)
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert f"FN:{NAME}" in text and "+44 7700 900123" in text


def test_export_birthdays_as_a_calendar_file(qtbot, launch, profile_dir, tmp_path):
    import icalendar

    from companion.domain.planners.cadence import BirthdayDate

    controller, group = _open_settings(launch, profile_dir, qtbot)
    from companion.domain.planners.special_dates import SpecialDate

    controller.companion.people.add(
        PersonInput(
            name=NAME,
            birthday=BirthdayDate(3, 14),
            dates=[SpecialDate("custom", 6, 1, 2027, label="Move", yearly=False)],
        )
    )
    dialog = group.open_export()
    dialog.as_ics.setChecked(True)
    assert dialog.path.text().endswith(".ics")
    target = tmp_path / "birthdays.ics"
    dialog.path.setText(str(target))
    dialog.understood.setChecked(True)
    _click(qtbot, dialog.ok)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    event, move = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{NAME}’s birthday"
    assert event["DTSTART"].dt.month == 3 and event["DTSTART"].dt.day == 14
    assert str(move["SUMMARY"]) == f"Move ({NAME})" and "RRULE" not in move


def test_in_spanish_delete_everything_asks_for_the_spanish_words(
    qtbot, qapp, launch, profile_dir, monkeypatch
):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from companion.domain import i18n
    from ui.translation import install_language

    monkeypatch.setattr(i18n, "SHIPPED", ("en", "es"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "COMPANION_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    try:
        controller, group = _open_settings(launch, profile_dir, qtbot)
        assert i18n.current_language() == "es"
        dialog = group.open_delete()
        shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        assert "eliminar todo" in shown and "delete everything" not in shown
        qtbot.keyClicks(dialog.typed, "eliminar")
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.typed, " todo")
        assert dialog.ok.isEnabled()
        _click(qtbot, dialog.ok)
        qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible())
        assert not profile_dir.exists() or not any(profile_dir.iterdir())
    finally:
        monkeypatch.setattr(i18n, "SHIPPED", ("en",))
        install_language(qapp, None)
        QLocale.setDefault(QLocale.system())
