"""Reads screen time straight from an ActivityWatch server on this computer (127.0.0.1 only).

Off unless the user turns on `activitywatch.server_enabled`. This is the one place the core opens
a connection: to the loopback address, with no proxy, no redirects and a short timeout.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta, tzinfo
from email.message import Message
from typing import IO, Any
from urllib.parse import quote, urlencode

from companion.domain.errors import Cancelled, ImportFailed, InvalidInput
from companion.domain.i18n import N_, _
from companion.domain.screen_categories import DEFAULT_RULES, CategoryRule
from companion.importers.activitywatch import ActivityWatchImport, parse_activitywatch

LOOPBACK_HOST = "127.0.0.1"
DEFAULT_PORT = 5600
TIMEOUT_S = 3.0
SOURCE_NAME = N_("ActivityWatch on this computer")  # shown translated: _(SOURCE_NAME)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could point anywhere; the reader talks to the loopback server and nothing else."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        raise ImportFailed(
            _("{source} tried to send Companion to another address, so nothing was read.").format(
                source=_(SOURCE_NAME)
            )
        )


# ProxyHandler({}) ignores http_proxy and friends: a proxy would carry loopback traffic off the
# machine.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())


def server_url(port: int = DEFAULT_PORT, host: str = LOOPBACK_HOST) -> str:
    """The base URL of the local server; any host other than 127.0.0.1 is refused."""
    if host != LOOPBACK_HOST:
        raise InvalidInput(
            _("Companion only reads ActivityWatch on this computer ({local}), not {host}.").format(
                local=LOOPBACK_HOST, host=host
            )
        )
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise InvalidInput(_("{port} isn't a port number.").format(port=repr(port)))
    return f"http://{LOOPBACK_HOST}:{port}/api/0"


def _get_json(url: str, timeout: float) -> Any:
    try:
        with _OPENER.open(url, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        raise ImportFailed(
            _("{source} answered with an error ({code}), so nothing was read.").format(
                source=_(SOURCE_NAME), code=exc.code
            )
        ) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError):
        raise ImportFailed(
            _("{source} didn't answer. Is ActivityWatch running? Nothing was read.").format(
                source=_(SOURCE_NAME)
            )
        ) from None
    try:
        return json.loads(body)
    except ValueError:
        raise ImportFailed(
            _("{source} sent something that isn't readable JSON.").format(source=_(SOURCE_NAME))
        ) from None


def read_activitywatch_server(
    *,
    tz: tzinfo,
    day_ends_at: time = time(0),
    rules: Sequence[CategoryRule] = DEFAULT_RULES,
    since: datetime | None = None,
    now: datetime | None = None,
    days: int = 14,
    port: int = DEFAULT_PORT,
    timeout: float = TIMEOUT_S,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ActivityWatchImport:
    """Screen time from the local server's buckets, counted exactly as a file export would be.

    Only events from `since` (default: `days` days before `now`) are asked for. `port` is for
    tests; the user's server is always 127.0.0.1:5600.
    """
    base = server_url(port)
    if since is None:
        if now is None:
            raise InvalidInput(_("Reading from ActivityWatch needs a start time or the time now."))
        since = now - timedelta(days=days)
    if since.tzinfo is None:
        raise InvalidInput(_("The start time for reading ActivityWatch needs a time zone."))
    listing = _get_json(f"{base}/buckets/", timeout)
    if not isinstance(listing, dict):
        raise ImportFailed(
            _("{source} sent a bucket list Companion can't read.").format(source=_(SOURCE_NAME))
        )
    if not listing:
        raise ImportFailed(
            _("{source} has no recorded activity yet.").format(source=_(SOURCE_NAME))
        )
    query = urlencode({"start": since.astimezone(UTC).isoformat(), "limit": -1})
    buckets: dict[str, Any] = {}
    total = len(listing)
    for done, (bucket_id, meta) in enumerate(listing.items()):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)
        bucket = dict(meta) if isinstance(meta, dict) else {}
        events = _get_json(
            f"{base}/buckets/{quote(str(bucket_id), safe='')}/events?{query}", timeout
        )
        bucket["events"] = events if isinstance(events, list) else []
        buckets[str(bucket_id)] = bucket
    if cancelled is not None and cancelled():
        raise Cancelled()
    return parse_activitywatch(
        {"buckets": buckets},
        tz=tz,
        day_ends_at=day_ends_at,
        rules=rules,
        source_name=_(SOURCE_NAME),
        progress=progress,
        cancelled=cancelled,
    )
