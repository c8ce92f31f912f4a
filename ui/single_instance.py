"""One running Companion per profile: a second launch asks the first to show itself, then exits.

A local socket whose name comes from a hash of the profile path (and the user), so two profiles
can run side by side. Whether another instance runs at all is answered first by an OS file lock
beside that name (free in the usual case), so the first window paints without loading Qt's network
module; the socket comes just after. The core's `ProfileLock` still guards the vault itself.
"""

from __future__ import annotations

import getpass
import hashlib
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.domain.errors import CompanionError, VaultInUse
from companion.platform.profile_lock import ProfileLock

SHOW = b"show\n"
# A second launch may find the first between taking its claim and listening: a few tenths of a
# second at most.
ASK_PATIENCE_S = 3.0


def server_name(profile_dir: Path | str) -> str:
    """A short, stable socket name for this user and profile folder."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers; the path alone still separates profiles
        user = ""
    key = f"{user}\0{Path(profile_dir).expanduser().absolute()}"
    return "companion-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def claim_instance(name: str) -> ProfileLock | None:
    """This process's claim to be the instance for `name`: a lock the OS drops with the process.
    None when another live process holds it. If the lock can't be taken at all (no writable temp
    folder), the claim is an unheld lock and the socket alone decides, as it did before."""
    lock = ProfileLock(Path(tempfile.gettempdir()) / f"{name}.lock")
    try:
        lock.acquire()
    except VaultInUse:
        return None
    except CompanionError:
        pass
    return lock


def ask_running_instance_to_show(
    name: str, timeout_ms: int = 500, *, patience_s: float = 0.0
) -> bool:
    """True when another instance was listening and got the request. With `patience_s`, keep
    trying that long for an instance that is still starting."""
    deadline = time.monotonic() + patience_s
    while True:
        if _ask(name, timeout_ms):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _ask(name: str, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

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
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may knock.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

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
