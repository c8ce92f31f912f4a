"""Start the real app on a profile (offscreen or under Xvfb), visit every page, open help and lock,
then quit once the lock has taken hold. Run as `python -m tests.proof.ui_session PROFILE`; the passphrase
comes from COMPANION_PASSPHRASE. Prints the pages it saw, one JSON line."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer


def main(profile: str) -> int:
    from ui.app import run
    from ui.main_window import PAGE_NAMES

    controller = run(["companion"], profile=profile, exec_=False)
    seen: list[str] = []

    def visit(index: int = 0) -> None:
        window = controller.window
        if controller.companion is None or window is None:
            QTimer.singleShot(100, lambda: visit(index))
            return
        if index < len(PAGE_NAMES):
            window.show_page_named(PAGE_NAMES[index])
            seen.append(window.current_page().objectName())
            # The next page once this one has painted: a zero timer runs after pending events.
            QTimer.singleShot(0, lambda: visit(index + 1))
            return
        window.show_help()
        seen.append(window.current_page().objectName())
        controller.app_lock.lock()
        seen.append("locked" if controller.app_lock.locked else "not locked")
        QTimer.singleShot(0, lambda: controller.quit(0))

    QTimer.singleShot(0, visit)
    controller.exec()
    print(json.dumps({"seen": seen, "exit": controller.exit_code}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
