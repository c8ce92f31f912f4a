"""A fake ActivityWatch server on 127.0.0.1, for the server reader's import tests (serving a real
export's buckets) and the pause tests (core, UI and the real notification daemon: one window
watcher whose front window the test sets), and a Monday evening inside the pause boundary's hours."""

from __future__ import annotations

import json
import socket
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/London")
MONDAY_EVENING = datetime(2026, 3, 2, 22, 30, tzinfo=TZ)

BUCKETS = "/api/0/buckets/"
WINDOW_BUCKET = "aw-watcher-window_host"


class FakeActivityWatch:
    """A threaded HTTP server on 127.0.0.1 answering the two calls of ActivityWatch's REST API
    that Companion makes: the buckets, and a bucket's events (from `start` on, when asked).

    Without `buckets` it has one window watcher whose one event shows `window` as it is when
    asked. Every path asked for is kept in `requests`, in order."""

    def __init__(self, buckets: dict[str, dict[str, Any]] | None = None) -> None:
        self.buckets = buckets
        self.window = {"app": "Terminal", "title": "bash"}
        self.requests: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.requests.append(self.path)
                body = fake.answer(self.path)
                if body is None:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @classmethod
    def from_export(cls, export: Path) -> FakeActivityWatch:
        """A server holding the buckets of an ActivityWatch export file."""
        return cls(json.loads(export.read_text(encoding="utf-8"))["buckets"])

    def _buckets(self) -> dict[str, dict[str, Any]]:
        if self.buckets is not None:
            return self.buckets
        event = {"timestamp": "2026-03-02T22:30:00Z", "duration": 1.0, "data": dict(self.window)}
        return {WINDOW_BUCKET: {"type": "currentwindow", "events": [event]}}

    def answer(self, path: str) -> Any:
        """What the server answers to a GET of `path`, or None for "not found"."""
        parts = urlsplit(path)
        buckets = self._buckets()
        if parts.path == BUCKETS:
            return {k: {f: v for f, v in b.items() if f != "events"} for k, b in buckets.items()}
        if not (parts.path.startswith(BUCKETS) and parts.path.endswith("/events")):
            return None
        bucket = buckets.get(unquote(parts.path[len(BUCKETS) : -len("/events")]))
        if bucket is None:
            return None
        start = parse_qs(parts.query).get("start", [None])[0]
        since = datetime.fromisoformat(start) if start else None
        return [
            e
            for e in bucket["events"]
            if since is None
            or datetime.fromisoformat(e["timestamp"].replace("Z", "+00:00")) >= since
        ]

    def __enter__(self) -> FakeActivityWatch:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
