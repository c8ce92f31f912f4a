"""What the README and SECURITY.md promise about the network is exactly what the code does: no
connection at all, except the opt-in ActivityWatch reader on the loopback address (the no-network
proofs are tests/real/test_no_network.py and tests/proof/test_session_network.py; the reader's
loopback-only rule is tested in tests/services/test_activitywatch_import.py)."""

from __future__ import annotations

import re

from companion.importers.activitywatch_server import LOOPBACK_HOST
from tests.helpers import PROJECT_ROOT

STATEMENT = (
    "Companion opens no network connection, except the opt-in ActivityWatch reader, which "
    "connects only to 127.0.0.1 (loopback) on this machine."
)


def _prose(name: str) -> str:
    return re.sub(r"\s+", " ", (PROJECT_ROOT / name).read_text(encoding="utf-8"))


def test_readme_and_security_say_exactly_what_connects() -> None:
    assert LOOPBACK_HOST == "127.0.0.1"
    for name in ("README.md", "SECURITY.md"):
        text = _prose(name)
        assert STATEMENT in text, name
        assert "never touches the network" not in text, name
        assert "opens no network connection. Nothing is sent" not in text, name
