"""One running Companion per profile: a second launch asks the first to show itself, then exits.

A local socket whose name comes from a hash of the profile path (and the user), so two profiles
can run side by side. The core's `ProfileLock` still guards the vault itself.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"


def server_name(profile_dir: Path | str) -> str:
    """A short, stable socket name for this user and profile folder."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers; the path alone still separates profiles
        user = ""
    key = f"{user}\0{Path(profile_dir).expanduser().absolute()}"
    return "companion-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def ask_running_instance_to_show(name: str, timeout_ms: int = 500) -> bool:
    """True when another instance was listening and got the request."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return delivered


class InstanceServer(QObject):
    """Listens for later launches of the same profile; emits `show_requested` when one arrives."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may knock.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A socket file left by a crashed instance: nobody answered, so it is stale.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        # Read synchronously: the knocking process writes as soon as it connects. Signals and
        # deleteLater on these sockets crashed PySide6 6.12 when the server went away first, so
        # each socket is simply closed and left to its parent server.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                data = bytes(socket.readAll().data())
                if SHOW.strip() in data:
                    self.show_requested.emit()
            socket.close()
