"""The nudge timer: ask the planner what to show now, show it through the first notifier that works,
record it, and sleep until the planner's next check time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from companion.domain.errors import CompanionError
from companion.domain.planners.nudges import next_check_at

# Let the window and pages settle before the first look, so start-up stays quick.
FIRST_CHECK_MS = 3000
MAX_TIMER_MS = 2**31 - 1


def private_plan(plan):
    """The same nudges with no names or words from the vault: for when the app is locked."""
    return replace(
        plan,
        title=QCoreApplication.translate("nudges", "Companion"),
        body=QCoreApplication.translate("nudges", "You have a reminder"),
    )


class NudgeScheduler(QObject):
    """`delivered(plan, notifier name)` after each showing; `open_person(id)` when one is clicked."""

    delivered = Signal(object, str)
    open_person = Signal(int)

    def __init__(self, context, notifiers, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, and whether the app is locked
        self.companion = context.companion
        self.notifiers = list(notifiers)
        for notifier in self.notifiers:
            notifier.setParent(self)
            notifier.clicked.connect(self.open_person.emit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)
        self.next_check = None
        self.last_plan = None
        # ui/lock.py swaps this in: while locked, a reminder says only that there is one.

    def notifier(self, name: str):
        return next((n for n in self.notifiers if n.name == name), None)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start(first_check_ms)

    def stop(self) -> None:
        self.timer.stop()
        for notifier in self.notifiers:
            close = getattr(notifier, "close", None)
            if close is not None:
                close()

    def check_now(self):
        """Show what's due now (if anything) and set the timer; returns the plan shown or None."""
        shown = None
        try:
            plan = self.companion.nudges.plan()
            if plan:
                outgoing = private_plan(plan) if self.context.locked else plan
                for notifier in self.notifiers:
                    if notifier.deliver(outgoing):
                        self.companion.nudges.record_shown(plan)
                        self.last_plan = plan
                        shown = plan
                        self.delivered.emit(plan, notifier.name)
                        break
        except CompanionError:
            pass  # a storage hiccup: try again at the next check
        finally:
            self._schedule()
        return shown

    def _schedule(self) -> None:
        now = self.companion.clock.now()
        try:
            settings = self.companion.nudges.settings()
        except CompanionError:
            settings = None
        if settings is None:
            self.timer.start(60 * 60 * 1000)
            return
        self.next_check = next_check_at(now, settings)
        wait_ms = (self.next_check - now).total_seconds() * 1000
        self.timer.start(int(min(MAX_TIMER_MS, max(1000, wait_ms))))

    def settings_changed(self, change=None) -> None:
        """Quiet hours or the on/off switch changed: work out the next check again."""
        if change is None or change.touches("settings"):
            self._schedule()
