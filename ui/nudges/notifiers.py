"""Ways to show a nudge, tried in order until one works: the desktop's notification service
(D-Bus through jeepney on Linux), plyer, the tray icon's message, and a banner inside the app.

Platform quirks live here and nowhere else. Each notifier's `deliver(plan)` returns True when the
nudge was handed to something that shows it; `clicked(person_id)` (0 when there is no one person)
asks the app to open on that person. A question with answers (the pause before opening an app)
goes through `ask(question)`, which only a notifier whose platform shows buttons on a
notification takes (the desktop's service when it has "actions"); the answer comes back as
`answered(question, answer)`. When none takes it, the caller asks inside the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from companion import APP_ID, APP_NAME

NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
# How long a desktop notification stays, in ms; a nudge can wait, so it needn't linger.
SHOW_FOR_MS = 15000
# A question waits longer for its answer; one that times out counts as its `unanswered` answer.
ASK_FOR_MS = 60000


@dataclass(frozen=True, eq=False)
class Question:
    """A notification with answers: (key, words on the button) each, and the answer a question
    closed or timed out without one counts as."""

    title: str
    body: str
    answers: tuple[tuple[str, str], ...]
    unanswered: str


def first_person(plan) -> int:
    """The person a click should open: the first people nudge's, or 0."""
    for nudge in plan.nudges:
        if nudge.person_id is not None:
            return nudge.person_id
    return 0


class Notifier(QObject):
    name = "notifier"
    clicked = Signal(int)
    answered = Signal(object, str)  # (the Question asked, the answer's key)

    def deliver(self, plan) -> bool:
        raise NotImplementedError

    def ask(self, question: Question) -> bool:
        """Show a question with its answers as buttons; False where this way can't."""
        return False


class DBusNotifier(Notifier):
    """org.freedesktop.Notifications.Notify over the session bus, with a default "Open" action.

    The connection stays open so a click (the ActionInvoked signal) can open the app.
    """

    name = "dbus"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._conn = None
        self._watch = None
        self._shown: dict[int, int] = {}  # notification id -> person id
        self._questions: dict[int, Question] = {}  # notification id -> question waiting
        self._capabilities: list[str] | None = None

    def _connection(self):
        if self._conn is None:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            for member in ("ActionInvoked", "NotificationClosed"):
                rule = MatchRule(
                    type="signal",
                    interface=NOTIFICATIONS_NAME,
                    member=member,
                    path=NOTIFICATIONS_PATH,
                )
                conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=3)
            self._conn = conn
            if QCoreApplication.instance() is not None:
                self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
                self._watch.activated.connect(self._readable)
        return self._conn

    def _address(self):
        from jeepney import DBusAddress

        return DBusAddress(
            NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_NAME, interface=NOTIFICATIONS_NAME
        )

    def capabilities(self) -> list[str]:
        """What the desktop's notification service can show (asked once); raises without one."""
        if self._capabilities is None:
            from jeepney import MessageType, new_method_call

            message = new_method_call(self._address(), "GetCapabilities")
            reply = self._connection().send_and_get_reply(message, timeout=3)
            if reply.header.message_type == MessageType.error:
                raise OSError(f"the notification service refused: {reply.body}")
            self._capabilities = [str(c) for c in reply.body[0]]
        return self._capabilities

    def notify(
        self,
        title: str,
        body: str,
        actions: list[str] | None = None,
        show_for_ms: int = SHOW_FOR_MS,
    ) -> int:
        """Show one notification; returns its id. Raises when no notification service answers.
        `actions` alternate keys and the words shown; by default one "Open Companion"."""
        from jeepney import MessageType, new_method_call

        if actions is None:
            actions = ["default", QCoreApplication.translate("nudges", "Open Companion")]
        message = new_method_call(
            self._address(),
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,
                APP_ID,
                title,
                body,
                actions,
                {"desktop-entry": ("s", APP_ID)},
                show_for_ms,
            ),
        )
        reply = self._connection().send_and_get_reply(message, timeout=3)
        if reply.header.message_type == MessageType.error:
            raise OSError(f"the notification service refused: {reply.body}")
        return int(reply.body[0])

    def deliver(self, plan) -> bool:
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        try:
            notification_id = self.notify(plan.title, plan.body)
        except Exception:  # any failure means "try the next way"
            self.close()
            return False
        self._shown[notification_id] = first_person(plan)
        return True

    def ask(self, question: Question) -> bool:
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        try:
            if "actions" not in self.capabilities():
                return False  # buttons would not show: the app asks instead
            actions = [part for key, words in question.answers for part in (key, words)]
            notification_id = self.notify(question.title, question.body, actions, ASK_FOR_MS)
        except Exception:  # any failure means "ask another way"
            self.close()
            return False
        self._questions[notification_id] = question
        return True

    def _readable(self, *_args) -> None:
        if self._conn is None:
            return
        try:
            message = self._conn.receive(timeout=0.2)
        except Exception:  # a half message or a closed bus: wait for more
            return
        while message is not None:
            self._handle(message)
            try:  # a read may have brought several messages: take those already here
                message = self._conn.receive(timeout=0) if self._conn is not None else None
            except Exception:
                message = None

    def _handle(self, message) -> None:
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        if not message.body:
            return
        notification_id = int(message.body[0])
        if member == "ActionInvoked":
            if notification_id in self._shown:
                self.clicked.emit(self._shown.pop(notification_id))
            elif notification_id in self._questions:
                question = self._questions.pop(notification_id)
                keys = [key for key, _words in question.answers]
                action = str(message.body[1]) if len(message.body) > 1 else ""
                self.answered.emit(question, action if action in keys else question.unanswered)
        elif member == "NotificationClosed" and notification_id in self._questions:
            # Closed or timed out without a button pressed (after one, it is no longer waiting).
            question = self._questions.pop(notification_id)
            self.answered.emit(question, question.unanswered)

    def close(self) -> None:
        self._capabilities = None
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None


class PlyerNotifier(Notifier):
    """plyer's native notification (Windows toasts, macOS, Linux fallbacks)."""

    name = "plyer"

    def __init__(self, platform: str = sys.platform, parent=None) -> None:
        super().__init__(parent)
        self.platform = platform

    def deliver(self, plan) -> bool:
        # On Linux plyer falls back to notify-send, which fails silently without a session bus.
        if self.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        try:
            from plyer import notification

            notification.notify(
                title=plan.title, message=plan.body, app_name=APP_NAME, timeout=SHOW_FOR_MS // 1000
            )
        except Exception:  # plyer raises many kinds when a backend is missing
            return False
        return True


class TrayNotifier(Notifier):
    """The tray icon's balloon message; a click on it opens the app on that person."""

    name = "tray"

    def __init__(self, tray=None, parent=None) -> None:
        super().__init__(parent)
        self.tray = None
        self._person = 0
        self.set_tray(tray)

    def set_tray(self, tray) -> None:
        self.tray = tray
        if tray is not None:
            tray.icon.messageClicked.connect(lambda: self.clicked.emit(self._person))

    def deliver(self, plan) -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon

        if (
            self.tray is None
            or not self.tray.icon.isVisible()
            or not QSystemTrayIcon.supportsMessages()
        ):
            return False
        self._person = first_person(plan)
        self.tray.icon.showMessage(
            plan.title, plan.body, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS
        )
        return True


class BannerNotifier(Notifier):
    """The last resort, always there: a calm banner on the Today page."""

    name = "banner"

    def __init__(self, show: Callable[[object], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.show = show

    def deliver(self, plan) -> bool:
        if self.show is None:
            return False
        self.show(plan)
        return True


def default_chain(*, tray=None, banner=None, platform: str = sys.platform) -> list[Notifier]:
    """The notifiers for this platform, best first; the banner always closes the chain."""
    tray_notifier = TrayNotifier(tray)
    if platform == "darwin":
        # The tray message is the native notification centre there and needs no extra library.
        chain: list[Notifier] = [tray_notifier, PlyerNotifier(platform)]
    elif platform.startswith(("win", "cygwin")):
        chain = [PlyerNotifier(platform), tray_notifier]
    else:
        chain = [DBusNotifier(), PlyerNotifier(platform), tray_notifier]
    chain.append(BannerNotifier(banner))
    return chain
