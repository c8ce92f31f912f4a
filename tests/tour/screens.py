"""The tour's route: every page, dialog and wizard step, reached the way a person reaches it
(buttons, keys, the sidebar), each shot and checked by `Tour.shot`. Groups run in order; each
leaves the app on Today with no dialog open."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from tests.fake_activitywatch import free_port
from tests.tour.driver import PASSPHRASE, Tour
from ui.tasks import TaskRunner


def _shown_as(widget, text: str) -> set[str]:
    """`text` as the app shows it in the language in use: looked up under each class the widget
    and its parents are made of, as their `tr()` would."""
    words = {text}
    while widget is not None:
        for cls in type(widget).__mro__:
            words.add(QCoreApplication.translate(cls.__name__, text))
        widget = widget.parentWidget()
    return words


def button(parent, text: str) -> QPushButton:
    """The visible button whose text (without &) is `text`, or its translation."""
    for b in parent.findChildren(QPushButton):
        if b.isVisible() and b.text().replace("&", "") in _shown_as(b, text):
            return b
    raise LookupError(f"no visible button “{text}” in {type(parent).__name__}")


def _has_button(parent, text: str) -> bool:
    try:
        button(parent, text)
    except LookupError:
        return False
    return True


def keys(tour: Tour, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a shortcut in the main window, as a person would with it in front."""
    window = tour.window
    window.raise_()
    window.activateWindow()
    tour.until(window.isActiveWindow, "the window to take the keyboard")
    QTest.keyClick(window, key, modifiers)
    tour.settle()


def click(tour: Tour, widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    tour.settle()


# --- before the vault is open ------------------------------------------------------------------------


def onboarding(tour: Tour) -> None:
    from ui.onboarding import OnboardingWizard

    folder = Path(tempfile.mkdtemp(prefix="tour-onboarding-"))
    wizard = OnboardingWizard(folder / "profile", TaskRunner())
    wizard.show()
    tour.shot("onboarding-welcome", wizard)
    wizard.next()
    tour.shot("onboarding-passphrase", wizard)
    QTest.keyClicks(wizard.passphrase.fields.first, "short")
    wizard.next()  # refused: says why
    tour.shot("onboarding-passphrase-problem", wizard)
    for field in (wizard.passphrase.fields.first, wizard.passphrase.fields.second):
        field.clear()
        QTest.keyClicks(field, "a long and quiet tour passphrase")
    wizard.next()
    tour.until(lambda: wizard.currentPage() is wizard.recovery, "the recovery code page")
    tour.shot("onboarding-recovery-code", wizard)
    wizard.next()
    tour.shot("onboarding-country", wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wizard.companion.close()
    wizard.deleteLater()
    tour.settle()


def unlock(tour: Tour, profile: Path) -> None:
    from ui.app import run

    tour.controller = run(["companion"], profile=profile, exec_=False)
    dialog = tour.controller.unlock_dialog
    tour.until(lambda: dialog is not None and dialog.isVisible(), "the unlock dialog")
    tour.shot("unlock", dialog)
    QTest.keyClicks(dialog.field, "not the passphrase")
    # How it looks while the key is worked out (shown here without one, so the shot can't miss it).
    dialog.set_busy(True)
    tour.shot("unlock-opening", dialog)
    dialog.set_busy(False)
    dialog.open_button.click()
    tour.until(lambda: dialog.error.isVisible(), "the wrong-passphrase line")
    tour.shot("unlock-wrong-passphrase", dialog)
    dialog.field.clear()
    QTest.keyClicks(dialog.field, PASSPHRASE)
    dialog.open_button.click()
    tour.until(lambda: tour.controller.companion is not None, "the vault to open")
    tour.window = tour.controller.window
    tour.window.resize(*tour.size)
    tour.settle(tour.window)


# --- the pages ---------------------------------------------------------------------------------------

PAGES = ("today", "people", "mood", "checkins", "screen", "insights", "settings")


def pages(tour: Tour) -> None:
    for row, name in enumerate(PAGES):
        tour.window.sidebar.setCurrentRow(row)
        tour.settle()
        tour.shot_scrolled(f"page-{name}", tour.window.stack.currentWidget())
    tour.window.sidebar.setCurrentRow(0)


def help_every_way(tour: Tour) -> None:
    """ "Need help now?" from each way in; each must show the help page alone."""
    window = tour.window
    # Straight after unlocking, from Today.
    click(tour, window.help_button)
    tour.shot("help-after-unlock")
    # F1 while on another page.
    window.sidebar.setCurrentRow(PAGES.index("people"))
    tour.settle()
    keys(tour, Qt.Key.Key_F1)
    tour.shot("help-by-f1-from-people")
    window.sidebar.setCurrentRow(PAGES.index("settings"))
    tour.settle()
    tour.shot("settings-after-help")
    # The safety card's way: a PHQ-9 whose last answer asks for the card on Today.
    tour.companion.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1])
    window.sidebar.setCurrentRow(0)
    today = window.stack.currentWidget()
    tour.until(lambda: _has_button(today, "See who to talk to"), "the safety card")
    tour.shot("today-with-safety-card")
    click(tour, button(today, "See who to talk to"))
    tour.shot("help-from-safety-card")
    window.sidebar.setCurrentRow(0)
    tour.settle()


def go(tour: Tour, name: str):
    """Show a page through the sidebar; returns the page."""
    tour.window.sidebar.setCurrentRow(PAGES.index(name))
    tour.settle()
    return tour.window.pages[name]


def checkins(tour: Tour) -> None:
    """Every questionnaire, every question, its result; the PHQ-9 item-9 card; help from a result;
    one history chart."""
    page = go(tour, "checkins")
    for ins_id, card in page.cards.items():
        card.start.emit(ins_id, False)
        tour.settle()
        runner = page.runner
        for number in range(len(runner.answers)):
            tour.shot(f"checkin-{ins_id}-q{number + 1}")
            runner.pick_position(2)
            tour.settle()
            runner.go_next()
            tour.settle()
            if (
                runner.safety_card is not None
                and runner.stack.currentWidget() is runner.safety_card
            ):
                tour.shot(f"checkin-{ins_id}-item9-card")
                runner.continue_button.click()
                tour.settle()
        tour.until(lambda: page.result_view is not None, f"the {ins_id} result")
        tour.shot(f"checkin-{ins_id}-result")
        if ins_id == "phq9":
            click(tour, page.result_view.help_button)
            tour.shot("help-from-checkin-result")
            go(tour, "checkins")
        page.show_overview()
        tour.settle()
    tour.shot_scrolled("page-checkins-after", page)
    # A check-in stopped half way: its card gains a button, the columns must stay even.
    page.cards["gad7"].start.emit("gad7", False)
    tour.settle()
    page.runner.pick_position(1)
    page.runner.go_next()
    tour.settle()
    page.runner.stop()
    tour.settle()
    tour.shot_scrolled("page-checkins-paused", page)
    for ins_id in ("phq9", "who5"):
        page.show_history(ins_id)
        tour.shot(f"checkin-{ins_id}-history")
    page.show_overview()
    go(tour, "today")


def mood(tour: Tour) -> None:
    window = tour.window
    today = go(tour, "today")
    dialog = today.open_mood_entry()
    tour.shot("mood-entry-new", dialog)
    tour.close(dialog)
    page = go(tour, "mood")
    entry = tour.companion.mood.entries(limit=1)[0]
    if entry is not None:
        dialog = page.open_entry(entry.id)
        tour.shot("mood-entry-edit", dialog)
        tour.during_modal(lambda: dialog.delete(), "mood-delete-confirm")
        tour.close(dialog)
    keys(tour, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    tour.until(lambda: window.mood_dialog is not None and window.mood_dialog.isVisible(), "Ctrl+M")
    tour.shot("mood-quick", window.mood_dialog)
    tour.close(window.mood_dialog)
    from ui.mood.journal import JournalList

    journal = page.findChild(JournalList)
    if journal is not None:
        dialog = journal.open_prompt()
        tour.shot("journal-prompt", dialog)
        tour.close(dialog)
    dialog = page.open_import()
    tour.shot("daylio-import-choose", dialog)
    csv = tour.files / "daylio_export.csv"
    csv.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-02,November 2,Monday,20:15,good,walk | friends,,A long walk\n"
        "2026-11-01,November 1,Sunday,09:30,meh,work,,\n"
        "2026-10-31,October 31,Saturday,22:00,awful,,,Tired\n",
        encoding="utf-8",
    )
    dialog.choose_file(csv)
    tour.until(lambda: dialog.preview is not None, "the Daylio file read")
    tour.shot("daylio-import-moods", dialog)
    dialog.start_import()
    tour.until(lambda: dialog.stack.currentIndex() == dialog.stack.count() - 1, "the import")
    tour.shot("daylio-import-done", dialog)
    dialog.accept()
    go(tour, "today")


def people(tour: Tour) -> None:
    page = go(tour, "people")
    click(tour, page.add_button)
    tour.shot("person-new")
    tour.close(QApplication.activeModalWidget() or _last_dialog(page))
    person = tour.companion.people.list()[0]
    page.open_person(person.id)
    tour.settle()
    detail = _last_dialog(page)
    tour.shot("person-detail", detail)
    click(tour, detail.edit_button)
    editor = _last_dialog(detail)
    tour.shot("person-edit", editor)
    # A date and a related name being added (closed without saving).
    click(tour, editor.dates.add_button)
    click(tour, editor.related.add_button)
    tour.shot("person-edit-dates", editor)
    editor.confirm_delete()
    tour.until(lambda: editor.confirm_box is not None and editor.confirm_box.isVisible(), "ask")
    tour.shot("person-delete-confirm", editor.confirm_box)
    editor.confirm_box.reject()
    tour.settle()
    tour.close(editor)
    tour.close(detail)
    # Someone with other dates, a nickname and a related name (the demo gives Tom Becker all).
    dated = next((p for p in tour.companion.people.list() if p.dates and p.related), None)
    if dated is not None:
        page.open_person(dated.id)
        tour.settle()
        detail = _last_dialog(page)
        tour.shot("person-detail-dates", detail)
        tour.close(detail)
    click(tour, page.map_button)
    tour.shot("circles-map", _last_dialog(page))
    tour.close(_last_dialog(page))
    click(tour, page.log_button)
    tour.shot("log-interaction", _last_dialog(page))
    tour.close(_last_dialog(page))
    click(tour, page.import_button)
    wizard = _last_dialog(page)
    tour.shot("contacts-import-choose", wizard)
    vcf = tour.files / "contacts.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noor Tahir\r\nN:Tahir;Noor;;;\r\n"
        "TEL;TYPE=CELL:+44 7700 900123\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maya Okafor\r\nN:Okafor;Maya;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    wizard.set_files([vcf])
    wizard.start_reading()
    tour.until(lambda: wizard.stack.currentWidget() is not wizard.stack.widget(1), "reading")
    tour.shot("contacts-import-preview", wizard)
    wizard.commit()
    tour.until(lambda: wizard.done_button.isVisible(), "the contacts import")
    tour.shot("contacts-import-done", wizard)
    wizard.accept()
    go(tour, "today")


def screen(tour: Tour) -> None:
    page = go(tour, "screen")
    from ui.screen.boundaries_list import BoundariesList

    boundaries = page.findChild(BoundariesList)
    dialog = page.open_checkin()
    tour.shot("evening-checkin", dialog)
    reflection = dialog.offer_reflection()
    tour.shot("reflection-prompt", reflection)
    tour.close(reflection)
    tour.close(dialog)
    dialog = boundaries.open_editor(None)
    tour.shot("boundary-new", dialog)
    tour.close(dialog)
    first = tour.companion.boundaries.list()[0]
    dialog = boundaries.open_editor(first.id)
    tour.shot("boundary-edit", dialog)
    tour.close(dialog)
    tour.during_modal(lambda: boundaries.ask_delete(first.id), "boundary-delete-confirm")
    dialog = page.open_rules()
    tour.shot("screen-rules", dialog)
    tour.close(dialog)
    dialog = page.open_import()
    tour.shot("activitywatch-import-choose", dialog)
    export = tour.files / "aw-buckets-export.json"
    export.write_text(ACTIVITYWATCH_EXPORT, encoding="utf-8")
    dialog.choose_file(export)
    tour.until(lambda: dialog.stack.currentIndex() >= 2, "the ActivityWatch preview")
    tour.shot("activitywatch-import-preview", dialog)
    dialog.start_import()
    tour.until(lambda: dialog.stack.currentIndex() == 3, "the ActivityWatch import")
    tour.shot("activitywatch-import-done", dialog)
    dialog.accept()
    go(tour, "today")


def shortcuts(tour: Tour) -> None:
    """Help → Keyboard shortcuts, by its key."""
    window = tour.window
    keys(tour, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    tour.until(lambda: window.shortcut_sheet is not None, "Ctrl+/")
    tour.shot("keyboard-shortcuts", window.shortcut_sheet)
    tour.close(window.shortcut_sheet)


def show_part(tour: Tour, page, widget, name: str) -> None:
    """Scroll a page so `widget` is in view, as a person scrolling to it would, and shoot it."""
    from PySide6.QtWidgets import QScrollArea

    tour.settle()  # a part just shown has its height first
    area = next((a for a in page.findChildren(QScrollArea) if a.isVisible()), None)
    if area is not None:
        area.ensureWidgetVisible(widget, 0, 24)
    tour.settle()
    tour.shot(name)
    if area is not None:
        area.verticalScrollBar().setValue(0)


def recent(tour: Tour) -> None:
    """What was added lately: Today's "Coming up", "My day ends at", your own feelings in
    Settings and as chips, the calendar file in Export, the pause (its setting saying how to start
    ActivityWatch, and the question itself)."""
    from companion.domain.planners.cadence import BirthdayDate
    from companion.services.people import PersonInput

    soon = tour.companion.today() + timedelta(days=6)
    tour.companion.people.add(
        PersonInput(name="Ines Duarte", birthday=BirthdayDate(soon.month, soon.day, 1990))
    )
    tour.companion.people.add(
        PersonInput(name="Tomasz Wiśniewski", birthday=BirthdayDate(soon.month, soon.day))
    )
    today = go(tour, "today")
    today.refresh_if_stale()
    tour.until(lambda: today.upcoming.isVisible(), "the Coming up card")
    show_part(tour, today, today.upcoming, "today-coming-up")

    page = go(tour, "settings")
    show_part(tour, page, page.day_end, "settings-day-ends-at")
    own = page.mood_settings.own_feelings
    QTest.keyClicks(own.new_name, "Proud")
    click(tour, own.add_button)
    QTest.keyClicks(own.new_name, "Quietly hopeful about the weekend")
    click(tour, own.add_button)
    own.list.setCurrentRow(0)
    show_part(tour, page, own, "settings-own-feelings")
    QTest.keyClicks(own.new_name, "calm")
    click(tour, own.add_button)  # refused: says why
    show_part(tour, page, own, "settings-own-feelings-refused")
    own.new_name.clear()

    screen_settings = page.screen_settings
    screen_settings.aw_port = free_port()  # no ActivityWatch: the setting says how to start it
    screen_settings.pause.setChecked(True)
    tour.until(lambda: screen_settings.pause_status.isVisible(), "the ActivityWatch status")
    show_part(tour, page, screen_settings.pause_status, "settings-pause-without-activitywatch")
    screen_settings.pause.setChecked(False)

    from ui.data.group import DataPrivacyGroup

    dialog = page.findChild(DataPrivacyGroup).open_export()
    dialog.as_ics.setChecked(True)
    tour.shot("data-export-ics", dialog)
    tour.close(dialog)

    today = go(tour, "today")
    dialog = today.open_mood_entry()
    dialog.emotions.buttons["Proud"].click()
    tour.shot("mood-entry-own-feelings", dialog)
    tour.close(dialog)

    from companion.domain.planners.pause import PausePrompt
    from ui.screen.pause_watch import PauseQuestion

    question = PauseQuestion(
        PausePrompt(
            boundary_id=1,
            title="Phone-free evenings",
            intention="Is there one thing you'd like to do before opening social apps?",
            category="social_media",
        ),
        tour.window,
    )
    question.show()
    tour.shot("pause-question", question)
    question.reject()
    tour.settle()


def report(tour: Tour) -> None:
    window = tour.window
    keys(tour, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    tour.until(lambda: window.report_dialog is not None, "Ctrl+P")
    dialog = window.report_dialog
    tour.shot("report", dialog)
    # The journal included: its list and the line under it, one entry ticked.
    dialog.section_checks["journal"].setChecked(True)
    if dialog.journal_list.count():
        dialog.journal_list.item(0).setCheckState(Qt.CheckState.Checked)
    tour.shot("report-with-journal", dialog)
    dialog.scroll.verticalScrollBar().setValue(dialog.scroll.verticalScrollBar().maximum())
    tour.shot("report-with-journal-end", dialog)
    dialog.section_checks["journal"].setChecked(False)
    dialog.show_preview()
    tour.until(lambda: dialog.preview is not None and dialog.preview.isVisible(), "the preview")
    tour.shot("report-preview", dialog.preview)
    tour.close(dialog.preview)
    tour.close(dialog)


def data(tour: Tour) -> None:
    page = go(tour, "settings")
    from ui.data.group import DataPrivacyGroup

    group = page.findChild(DataPrivacyGroup)
    for name, opener in (
        ("backup", group.open_backup),
        ("restore", group.open_restore),
        ("export", group.open_export),
        ("change-passphrase", group.open_passphrase),
        ("rotate-key", group.open_rotate),
        ("delete-everything", group.open_delete),
    ):
        dialog = opener()
        tour.shot(f"data-{name}", dialog)
        if name == "restore":
            dialog.path.setText(str(tour.files / "tour.companion-backup"))
            dialog.secret.field.setText("not the passphrase")
            dialog.ok.click()
            tour.until(lambda d=dialog: bool(d.problem.text()), "the restore's answer")
            tour.shot("data-restore-wrong-passphrase", dialog)
            tour.close(dialog)
        elif name == "backup":
            dialog.path.setText(str(tour.files / "tour.companion-backup"))
            dialog.ok.click()
            tour.until(lambda d=dialog: d.written is not None, "the backup")
            tour.shot("data-backup-saved", dialog)
            dialog.ok.click()
            tour.settle()
        else:
            tour.close(dialog)
    from ui.data.dialogs import RecoveryCodeDialog
    from ui.unlock_dialog import NewPassphraseDialog

    code = RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", tour.window)
    code.open()
    tour.shot("data-new-recovery-code", code)
    tour.close(code)
    ask = NewPassphraseDialog(tour.window.context, tour.window)
    ask.open()
    tour.shot("new-passphrase", ask)
    tour.close(ask)
    go(tour, "today")


def lock(tour: Tour) -> None:
    go(tour, "people")
    page = go(tour, "settings")
    from ui.data.group import DataPrivacyGroup

    group = page.findChild(DataPrivacyGroup)
    group.lock_button.click()
    tour.settle()
    tour.shot("locked")
    app_lock = tour.window.context.lock
    screen_ = app_lock.screen
    QTest.keyClicks(screen_.field, "not it")
    screen_.set_busy(True)  # as while the passphrase is checked
    tour.shot("locked-unlocking")
    screen_.set_busy(False)
    screen_.unlock_button.click()
    tour.until(screen_.problem.isVisible, "the wrong-passphrase line")
    tour.shot("locked-wrong-passphrase")
    screen_.secret.toggle()
    tour.shot("locked-recovery-code")
    screen_.secret.toggle()
    click(tour, screen_.help_button)
    tour.shot("help-while-locked")
    tour.window.context.lock.intercept()  # back to the lock screen, as its own Unlock would
    tour.settle()
    QTest.keyClicks(screen_.field, PASSPHRASE)
    screen_.unlock_button.click()
    tour.until(lambda: not app_lock.locked, "the lock to lift")
    tour.settle()
    tour.shot("unlocked-again")
    go(tour, "today")


ACTIVITYWATCH_EXPORT = """{"buckets": {
 "aw-watcher-window_laptop": {"id": "aw-watcher-window_laptop", "type": "currentwindow",
  "client": "aw-watcher-window", "hostname": "laptop", "created": "2026-11-01T08:00:00+00:00",
  "events": [
   {"timestamp": "2026-11-02T09:00:00+00:00", "duration": 3600,
    "data": {"app": "firefox", "title": "News"}},
   {"timestamp": "2026-11-02T10:00:00+00:00", "duration": 1800,
    "data": {"app": "Slack", "title": "work"}}]}}}"""


def _last_dialog(parent):
    from PySide6.QtWidgets import QDialog

    shown = [d for d in parent.findChildren(QDialog) if d.isVisible()]
    active = QApplication.activeModalWidget()
    if active is not None and active in shown:
        return active
    if not shown:
        raise LookupError(f"no dialog open over {type(parent).__name__}")
    return shown[-1]


GROUPS = {
    "pages": pages,
    "help": help_every_way,
    "checkins": checkins,
    "mood": mood,
    "people": people,
    "screen": screen,
    "shortcuts": shortcuts,
    "recent": recent,
    "report": report,
    "data": data,
    "lock": lock,
}


def visit_all(tour: Tour, profile: Path, wanted: set[str]) -> None:
    from ui.theme import Theme

    Theme(QApplication.instance())  # as the app does before its first window
    if not wanted or "onboarding" in wanted:
        onboarding(tour)
    unlock(tour, profile)
    for name, visit in GROUPS.items():
        if not wanted or name in wanted:
            visit(tour)
            QApplication.processEvents()
