"""The window in front, read from ActivityWatch on this computer (127.0.0.1 only).

Used only when the person has turned on the pause before opening an app. The host is fixed at
the loopback address: no other address can be passed in. Any failure reads as "nothing known",
so a server that is down stays quiet.
"""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import quote

from companion.domain.planners.pause import FrontWindow
from companion.importers.activitywatch_server import DEFAULT_PORT, LOOPBACK_HOST

TIMEOUT_S = 1.0
WINDOW_BUCKET_PREFIX = "aw-watcher-window"
WEB_BUCKET_PREFIX = "aw-watcher-web"


def _get(connection: http.client.HTTPConnection, path: str) -> Any:
    connection.request("GET", path, headers={"Host": f"{LOOPBACK_HOST}"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        return None
    return json.loads(body)


def _latest(connection: http.client.HTTPConnection, bucket_id: str) -> dict[str, Any] | None:
    events = _get(connection, f"/api/0/buckets/{quote(bucket_id, safe='')}/events?limit=1")
    if isinstance(events, list) and events and isinstance(events[0], dict):
        data = events[0].get("data")
        return data if isinstance(data, dict) else None
    return None


def server_running(port: int = DEFAULT_PORT, timeout: float = TIMEOUT_S) -> bool:
    """True when an ActivityWatch server answers on 127.0.0.1."""
    connection = http.client.HTTPConnection(LOOPBACK_HOST, port, timeout=timeout)
    try:
        return isinstance(_get(connection, "/api/0/buckets/"), dict)
    except (OSError, ValueError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def read_front_window(port: int = DEFAULT_PORT, timeout: float = TIMEOUT_S) -> FrontWindow | None:
    """The latest event of the window watcher (and the web watcher's URL when the front app is a
    browser it watches), or None when the server is down or has no window watcher."""
    connection = http.client.HTTPConnection(LOOPBACK_HOST, port, timeout=timeout)
    try:
        buckets = _get(connection, "/api/0/buckets/")
        if not isinstance(buckets, dict):
            return None
        ids = sorted(str(b) for b in buckets)
        window_ids = [b for b in ids if b.startswith(WINDOW_BUCKET_PREFIX)]
        if not window_ids:
            return None
        data = _latest(connection, window_ids[0])
        if data is None:
            return None
        url = ""
        for web_id in (b for b in ids if b.startswith(WEB_BUCKET_PREFIX)):
            web = _latest(connection, web_id)
            if web and isinstance(web.get("url"), str) and web.get("title") == data.get("title"):
                url = web["url"]
                break
        return FrontWindow(
            app=str(data.get("app") or ""), title=str(data.get("title") or ""), url=url
        )
    except (OSError, ValueError, http.client.HTTPException):
        return None
    finally:
        connection.close()
