"""Drives the real app through every screen on a real X display, saving a PNG of each and
writing what `tests.tour.look` found to findings.json.

python -m tests.tour.driver --profile DEMO_COPY --scheme light --size 960x640 --out DIR
(the profile is changed: pass a copy of a `companion demo` profile, passphrase "demo passphrase").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from companion.domain.i18n import SOURCE_LANGUAGE, current_language
from tests.tour.checks import Finding, as_array
from tests.tour.language import english_findings

PASSPHRASE = "demo passphrase"


class Tour:
    """What the screens share: the app, the window size, and `shot()`, which looks at a window."""

    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        self.out = out
        self.size = size
        self.count = 0
        self.findings: list[Finding] = []
        self.screens: list[str] = []
        self.app = QApplication.instance()
        self.controller = None
        self.window = None
        self.files = Path(tempfile.mkdtemp(prefix="tour-files-"))

    @property
    def companion(self):
        return self.controller.companion

    # --- waiting, without clocks ----------------------------------------------------------------

    def settle(self, widget: QWidget | None = None) -> None:
        """Let posted events, layouts and paints finish (and the window be mapped on X)."""
        from PySide6.QtTest import QTest

        for _ in range(3):
            self.app.processEvents()
            # What deleteLater() let go of goes now, as it would on the way back to the app's loop.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if widget is not None and widget.isVisible():
            handle = widget.window().windowHandle()
            if handle is not None and not handle.isExposed():
                QTest.qWaitForWindowExposed(widget.window(), 5000)
        for _ in range(3):
            self.app.processEvents()

    def until(self, condition, what: str, tries: int = 2000) -> None:
        from PySide6.QtTest import QTest

        for _ in range(tries):
            if condition():
                return
            QTest.qWait(5)
        raise RuntimeError(f"the tour waited in vain for {what}")

    # --- looking ------------------------------------------------------------------------------------

    def shot(self, name: str, window: QWidget | None = None) -> list[Finding]:
        """Save the window (the active dialog unless given, else the main window) as seen on the
        X screen, and check it."""
        from tests.tour.look import fit_to_screen, look, screen_problems

        window = window or QApplication.activeModalWidget() or self.window
        window = window.window()
        self.settle(window)
        if window is not self.window:
            # A dialog on a screen the size of this run: no larger than it, or it is a finding.
            fit_to_screen(window, QSize(*self.size))
            self.settle(window)
        image = self._grab(window)
        self.count += 1
        screen = f"{self.count:02d}-{name}"
        image.save(str(self.out / f"{screen}.png"))
        found = list(dict.fromkeys(look(screen, window, as_array(image))))
        if window is not self.window:
            found += screen_problems(screen, window, QSize(*self.size))
        language = current_language()
        if language != SOURCE_LANGUAGE:
            found += english_findings(screen, window, language)
        self.findings += found
        self.screens.append(screen)
        return found

    def _grab(self, window: QWidget):
        # Grab until two grabs agree and have the window's size: the X server has then shown
        # all Qt has painted, at the size the window manager gave it last (a dialog that has
        # just grown is otherwise caught at its old size, its buttons cut off).
        previous = None
        for _ in range(40):
            image = window.screen().grabWindow(window.winId()).toImage()
            whole = image.size() == window.size() * image.devicePixelRatio()
            if previous is not None and image == previous and whole:
                return image
            previous = image
            self.settle()
        return previous

    def shot_scrolled(self, name: str, page: QWidget) -> None:
        """A page taller than the window: one shot per screenful, top to bottom."""
        from PySide6.QtWidgets import QScrollArea

        areas = [a for a in page.findChildren(QScrollArea) if a.isVisible()]
        bar = areas[0].verticalScrollBar() if areas else None
        if bar is None or bar.maximum() == 0:
            self.shot(name)
            return
        bar.setValue(0)
        part = 1
        while True:
            self.shot(f"{name}-{part}")
            if bar.value() >= bar.maximum() or part >= 8:
                break
            bar.setValue(bar.value() + bar.pageStep())
            part += 1
        bar.setValue(0)

    def during_modal(self, trigger, name: str, *, then=None) -> None:
        """Call `trigger`, which opens a modal dialog and waits in it (QMessageBox.question and the
        like): shoot the dialog, then close it (`then(dialog)` instead, if given)."""
        opened_before = QApplication.activeModalWidget()

        def look_then_close() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is opened_before:
                QTimer.singleShot(5, look_then_close)
                return
            self.shot(name, dialog)
            if then is not None:
                then(dialog)
            else:
                dialog.reject()

        QTimer.singleShot(0, look_then_close)
        trigger()

    def close(self, dialog: QDialog) -> None:
        dialog.reject()
        self.settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.tour.driver", description=__doc__)
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--scheme", choices=("light", "dark"), required=True)
    parser.add_argument("--size", default="960x640")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--only", default="", help="comma-separated names of screen groups")
    args = parser.parse_args(argv)

    os.environ["COMPANION_COLOR_SCHEME"] = args.scheme
    os.environ.pop("COMPANION_PASSPHRASE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.lower().split("x"))

    from ui.app import ensure_application
    from ui.translation import install_language

    # The language the app would speak (LANG, or COMPANION_LANGUAGE to preview one), from the
    # onboarding on.
    install_language(ensure_application(["companion"]))
    tour = Tour(args.out, (width, height))
    from tests.tour import screens

    wanted = {n for n in args.only.split(",") if n}
    failed = None
    try:
        screens.visit_all(tour, args.profile, wanted)
    except Exception as exc:  # still write what was found so far
        import traceback

        traceback.print_exc()
        failed = f"{type(exc).__name__}: {exc}"
    report = {
        "screens": tour.screens,
        "findings": [f.__dict__ for f in tour.findings],
        "error": failed,
    }
    (args.out / "findings.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    for finding in tour.findings:
        print(finding.line())
    if tour.controller is not None:
        tour.controller.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
