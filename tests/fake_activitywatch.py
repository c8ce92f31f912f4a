"""A fake ActivityWatch server on 127.0.0.1 for the pause tests (core, UI and the real
notification daemon), and a Monday evening inside their boundary's hours."""

from __future__ import annotations

import json
import socket
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/London")
MONDAY_EVENING = datetime(2026, 3, 2, 22, 30, tzinfo=TZ)


class FakeActivityWatch:
    """A threaded HTTP server on 127.0.0.1 answering as ActivityWatch's REST API does."""

    def __init__(self) -> None:
        self.window = {"app": "Terminal", "title": "bash"}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/api/0/buckets/":
                    body = {"aw-watcher-window_host": {"type": "currentwindow"}}
                elif self.path.startswith("/api/0/buckets/aw-watcher-window_host/events"):
                    body = [
                        {
                            "timestamp": "2026-03-02T22:30:00Z",
                            "duration": 1.0,
                            "data": dict(fake.window),
                        }
                    ]
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeActivityWatch:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
