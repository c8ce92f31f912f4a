"""Grab the main window to a PNG after unlocking with COMPANION_PASSPHRASE (visual checks, CI).

python -m ui.screenshot --profile DIR --out FILE.png [--page NAME] [--scheme dark|light]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

PAGE_CHOICES = (
    "today",
    "people",
    "mood",
    "checkins",
    "screen",
    "insights",
    "settings",
    "help",
    "onboarding",
    "unlock",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshot", description=__doc__)
    parser.add_argument("--profile", required=True, metavar="DIR")
    parser.add_argument("--out", required=True, metavar="FILE.png")
    parser.add_argument("--page", default="today", choices=PAGE_CHOICES)
    parser.add_argument("--scheme", choices=("dark", "light"))
    parser.add_argument("--size", default="960x640", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    if args.scheme:
        from ui.theme import SCHEME_ENV

        os.environ[SCHEME_ENV] = args.scheme
    width, height = (int(n) for n in args.size.lower().split("x"))

    from companion.domain.errors import CompanionError
    from companion.platform.secret_input import take_passphrase_env
    from ui.app import ensure_application
    from ui.theme import Theme

    app = ensure_application([sys.argv[0]])
    theme = Theme(app)

    if args.page == "onboarding":
        from ui.onboarding import OnboardingWizard
        from ui.tasks import TaskRunner

        widget = OnboardingWizard(args.profile, TaskRunner())
        return _grab(app, widget, args.out)
    if args.page == "unlock":
        from ui.tasks import TaskRunner
        from ui.unlock_dialog import UnlockDialog

        widget = UnlockDialog(args.profile, tasks=TaskRunner())
        return _grab(app, widget, args.out)

    from companion.facade import Companion
    from ui.context import AppContext
    from ui.main_window import MainWindow

    passphrase = take_passphrase_env()
    try:
        # Not exclusive: a screenshot only reads, and the app may be running on the same profile.
        companion = Companion.unlock(args.profile, passphrase=passphrase, exclusive=False)
    except CompanionError as exc:
        print(f"screenshot: {exc}", file=sys.stderr)
        return 1
    if not args.scheme:  # the colours chosen in Settings, as the app itself shows them
        theme.set_choice(companion.settings.get("appearance.theme"))
    try:
        window = MainWindow()
        window.attach(AppContext(companion))
        window.resize(width, height)
        window.show_page_named(args.page)
        return _grab(app, window, args.out)
    finally:
        window.detach()
        companion.close()


def _grab(app, widget, out: str) -> int:
    widget.show()
    for _ in range(3):
        app.processEvents()
    if not widget.grab().save(out):
        print(f"screenshot: couldn't write {out}", file=sys.stderr)
        return 1
    widget.hide()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
