"""Reads an ActivityWatch "export all buckets" JSON file into minutes of screen time per local day
and category.

How time is counted, per host (computer or phone, by the buckets' `hostname`):

1. Window time (`currentwindow` or `app` buckets) is the timeline. Overlapping events, within a
   bucket or across buckets of the host, are swept into one timeline so every instant counts once;
   where events overlap, the one that started last decides the app until it ends.
2. Web time (`web.tab.current`) never adds to window time. While the active window is a browser
   (Chrome, Chromium, Firefox, Safari, Edge, Brave, Vivaldi, Opera), the open tab's domain decides
   the category: the tab of that browser's own web bucket when there is one, else of any web bucket
   on the host. Browser time with no tab known counts as the browser app. Tab time while another
   app is in front is left out. A host with web buckets but no window bucket counts its tab time
   directly. Web buckets whose hostname is "unknown" (older browser watchers) belong to the one
   host that has window buckets, when there is exactly one.
3. Time when `afkstatus` says "afk" on the same host is removed.
4. What remains is split at local midnight in the given time zone and summed per category, and
   per origin: the bucket whose events the time came from ("host/bucket id"; window time belongs to
   its window bucket even where a tab chose the category), so a later import of one bucket
   replaces only what that bucket gave.

Unreadable events are left out and counted in `problems`: a negative duration or one over 24 hours,
a timestamp without a time zone, an unreadable or implausible timestamp (before 1990 or after 2200).
When no event at all has a time zone the whole file is refused, since no event could be placed on
a day.
Other bucket types (phone unlocks, editors, ...) are listed in `skipped`.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from heapq import heappop, heappush
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from companion.domain.days import day_of, day_starts
from companion.domain.errors import Cancelled, ImportFailed
from companion.domain.i18n import N_, _, ngettext
from companion.domain.screen_categories import (
    DEFAULT_RULES,
    CategoryRule,
    categorise_app,
    categorise_domain,
)

WINDOW_TYPES = frozenset({"currentwindow", "app"})
WEB_TYPE = "web.tab.current"
AFK_TYPE = "afkstatus"

BROWSERS: tuple[str, ...] = (
    "chromium",
    "chrome",
    "firefox",
    "safari",
    "edge",
    "brave",
    "vivaldi",
    "opera",
)
# Names a browser goes by that don't contain its family name (Windows and Android executables).
_BROWSER_ALIASES: dict[str, str] = {"msedge": "edge", "emmx": "edge"}
# "edge" must be a whole word so that "Knowledge" is not a browser.
_BROWSER_RE = re.compile(
    r"chromium|chrome|firefox|safari|brave|vivaldi|opera|msedge|emmx|(?<![^\W_])edge(?![^\W_])",
    re.IGNORECASE,
)

_SKIP_REASONS: dict[str, str] = {
    "os.lockscreen.unlocks": N_("It counts phone unlocks, not time on screen."),
    "app.editor.activity": N_("Editor activity is already inside the window time."),
}

PROGRESS_EVERY = 5000
MAX_DURATION_S = 24 * 60 * 60
# ActivityWatch is from 2016; anything far outside this range is a damaged timestamp.
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC).timestamp()
_LATEST = datetime(2200, 1, 1, tzinfo=UTC).timestamp()
_UNKNOWN_HOSTS = frozenset({"", "unknown"})

# A window label is (category, browser family or "", origin); a web label is (category, "", origin).
Label = tuple[str, str, str]
Segment = tuple[float, float, Any]


@dataclass(frozen=True)
class SkippedBucket:
    """A bucket that was not counted, and why (in words for the user)."""

    bucket_id: str
    bucket_type: str
    reason: str


@dataclass
class ActivityWatchImport:
    """Screen time read from an export: minutes per (local day, category), and what was left out."""

    minutes: dict[tuple[date, str], float] = field(default_factory=dict)
    by_origin: dict[tuple[date, str, str], float] = field(default_factory=dict)
    """The same minutes per (local day, category, origin bucket "host/bucket id")."""
    skipped: list[SkippedBucket] = field(default_factory=list)
    used_buckets: list[str] = field(default_factory=list)
    event_count: int = 0
    problems: list[str] = field(default_factory=list)


def browser_family(*names: str | None) -> str:
    """The browser an app name or package belongs to ("chrome", "firefox", ...), or ""."""
    for name in names:
        if not name:
            continue
        match = _BROWSER_RE.search(name)
        if match:
            found = match.group(0).lower()
            return _BROWSER_ALIASES.get(found, found)
    return ""


class _RawEvent(NamedTuple):
    timestamp: Any
    duration: Any
    data: Any


_DATA_KEYS = ("app", "package", "url", "status")


class _Compactor:
    """A `json.loads` object hook that keeps only what the reader needs from each event.

    A big export parsed into plain dicts takes several times the file's size in memory; events
    as tuples with their data dicts shared between identical events take a fraction of it.
    """

    def __init__(self) -> None:
        self.shared: dict[tuple[Any, ...], dict[str, Any]] = {}

    def __call__(self, obj: dict[str, Any]) -> Any:
        if "events" in obj or "buckets" in obj:
            return obj
        if "timestamp" in obj and "duration" in obj:
            return _RawEvent(obj["timestamp"], obj["duration"], obj.get("data"))
        if any(key in obj for key in _DATA_KEYS):
            kept = tuple(obj.get(key) for key in _DATA_KEYS)
            try:
                return self.shared.setdefault(
                    kept, {key: obj[key] for key in _DATA_KEYS if key in obj}
                )
            except TypeError:  # a list or dict where a name should be: keep it as it is
                return obj
        return obj


@dataclass
class _Host:
    window: list[Segment] = field(default_factory=list)
    web: dict[str, list[Segment]] = field(default_factory=dict)  # browser family ("" unknown)
    afk: list[Segment] = field(default_factory=list)


class _Counters:
    def __init__(self) -> None:
        self.bad_duration = 0
        self.no_zone = 0
        self.bad_time = 0
        self.bad_event = 0
        self.with_zone = 0


class _Reader:
    """Turns events into (start, end, label) intervals, counting what it has to leave out."""

    def __init__(
        self,
        rules: Sequence[CategoryRule],
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.rules = rules
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        self.counts = _Counters()
        self._app_labels: dict[tuple[Any, Any, str], Label] = {}
        self._url_labels: dict[tuple[str, str], Label] = {}

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _span(self, stamp: Any, duration: Any) -> tuple[float, float] | None:
        """(start, end) in epoch seconds, or None when the event is left out or empty."""
        if not isinstance(stamp, str):
            self.counts.bad_time += 1
            return None
        try:
            when = datetime.fromisoformat(stamp)
            if when.tzinfo is None or when.utcoffset() is None:
                self.counts.no_zone += 1
                return None
            start = when.timestamp()
        except (ValueError, OverflowError):
            self.counts.bad_time += 1
            return None
        self.counts.with_zone += 1
        if not _EARLIEST <= start <= _LATEST:
            self.counts.bad_time += 1
            return None
        if isinstance(duration, bool) or not isinstance(duration, int | float):
            self.counts.bad_duration += 1
            return None
        # NaN fails both comparisons, so it is counted here too.
        if not 0 <= duration <= MAX_DURATION_S:
            self.counts.bad_duration += 1
            return None
        if duration == 0:
            return None
        return start, start + float(duration)

    def _events(self, events: list[Any]) -> Iterable[tuple[float, float, dict[str, Any]]]:
        for event in events:
            self.done += 1
            if self.done % PROGRESS_EVERY == 0:
                self.tick()
            if type(event) is _RawEvent:
                stamp, duration, data = event
            elif isinstance(event, dict):
                stamp, duration, data = (
                    event.get("timestamp"),
                    event.get("duration"),
                    event.get("data"),
                )
            else:
                self.counts.bad_event += 1
                continue
            span = self._span(stamp, duration)
            if span is None:
                continue
            yield span[0], span[1], data if isinstance(data, dict) else {}

    def window(self, events: list[Any], out: list[Segment], origin: str) -> None:
        labels = self._app_labels
        for start, end, data in self._events(events):
            app, package = data.get("app"), data.get("package")
            try:
                label = labels[(app, package, origin)]
            except (KeyError, TypeError):
                label = self._app_label(app, package, origin)
            out.append((start, end, label))

    def _app_label(self, app: Any, package: Any, origin: str) -> Label:
        app_s = app if isinstance(app, str) else ""
        package_s = package if isinstance(package, str) else ""
        label = (
            categorise_app(app_s, package_s or None, self.rules),
            browser_family(app_s, package_s),
            origin,
        )
        with contextlib.suppress(TypeError):  # unhashable junk in place of a name
            self._app_labels[(app, package, origin)] = label
        return label

    def web(self, events: list[Any], out: list[Segment], origin: str) -> None:
        labels = self._url_labels
        for start, end, data in self._events(events):
            url = data.get("url")
            if not isinstance(url, str):
                url = ""
            label = labels.get((url, origin))
            if label is None:
                label = labels[(url, origin)] = (categorise_domain(url, self.rules), "", origin)
            out.append((start, end, label))

    def afk(self, events: list[Any], out: list[Segment]) -> None:
        for start, end, data in self._events(events):
            if data.get("status") == "afk":
                out.append((start, end, None))

    def problems(self) -> list[str]:
        """One sentence for each kind of event that was left out, in this order."""
        c = self.counts
        left_out = (
            (
                c.bad_duration,
                ngettext(
                    "{n} event with a negative or absurd duration was left out.",
                    "{n} events with a negative or absurd duration were left out.",
                    c.bad_duration,
                ),
            ),
            (
                c.no_zone,
                ngettext(
                    "{n} event whose time has no time zone was left out.",
                    "{n} events whose times have no time zone were left out.",
                    c.no_zone,
                ),
            ),
            (
                c.bad_time,
                ngettext(
                    "{n} event with an unreadable time was left out.",
                    "{n} events with an unreadable time were left out.",
                    c.bad_time,
                ),
            ),
            (
                c.bad_event,
                ngettext(
                    "{n} entry that isn't an event was left out.",
                    "{n} entries that aren't events were left out.",
                    c.bad_event,
                ),
            ),
        )
        return [sentence.format(n=n) for n, sentence in left_out if n]


def _flatten(intervals: list[Segment]) -> list[Segment]:
    """One non-overlapping, sorted timeline; where intervals overlap the latest start wins."""
    intervals.sort(key=itemgetter(0))  # stable, so equal starts keep file order
    out: list[Segment] = []
    heap: list[tuple[float, int, float, Any]] = []
    i, n = 0, len(intervals)
    t = 0.0
    while i < n or heap:
        if not heap:
            t = intervals[i][0]
        while i < n and intervals[i][0] <= t:
            start, end, label = intervals[i]
            heappush(heap, (-start, -i, end, label))
            i += 1
        while heap and heap[0][2] <= t:
            heappop(heap)
        if not heap:
            continue
        end, label = heap[0][2], heap[0][3]
        seg_end = min(end, intervals[i][0]) if i < n else end
        if out and out[-1][2] == label and out[-1][1] == t:
            out[-1] = (out[-1][0], seg_end, label)
        else:
            out.append((t, seg_end, label))
        t = seg_end
    return out


def _union(intervals: list[Segment]) -> list[tuple[float, float]]:
    intervals.sort(key=itemgetter(0))
    merged: list[tuple[float, float]] = []
    for start, end, _label in intervals:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _overlay(
    start: float,
    end: float,
    fallback: tuple[str, str],
    cover: list[Segment],
    cover_ends: list[float],
    out: list[Segment],
) -> None:
    """Append [start, end) in pieces: the covering tab's category where there is one, else
    `fallback` (a (category, origin) label); the time stays the window's, so its origin too."""
    t = start
    k = bisect_right(cover_ends, start)
    n = len(cover)
    while t < end and k < n and cover[k][0] < end:
        c_start, c_end, c_label = cover[k]
        if c_start > t:
            out.append((t, c_start, fallback))
            t = c_start
        piece_end = min(c_end, end)
        if piece_end > t:
            out.append((t, piece_end, (c_label[0], fallback[1])))
            t = piece_end
        k += 1
    if t < end:
        out.append((t, end, fallback))


def _category_timeline(host: _Host) -> list[Segment]:
    """The host's sorted (start, end, (category, origin)) pieces before AFK is removed."""
    webs = {family: _flatten(events) for family, events in host.web.items() if events}
    if not host.window:
        # No window bucket: tab time counts on its own, once across all browsers.
        every = [seg for segs in webs.values() for seg in segs]
        return [(s, e, (label[0], label[2])) for s, e, label in _flatten(every)]
    window = _flatten(host.window)
    if not webs:
        return [(s, e, (label[0], label[2])) for s, e, label in window]
    any_web = _flatten([seg for segs in webs.values() for seg in segs])
    covers = {family: (segs, [seg[1] for seg in segs]) for family, segs in webs.items()}
    any_cover = (any_web, [seg[1] for seg in any_web])
    out: list[Segment] = []
    for start, end, (category, family, origin) in window:
        if family:
            cover, cover_ends = covers.get(family, any_cover)
            _overlay(start, end, (category, origin), cover, cover_ends, out)
        else:
            out.append((start, end, (category, origin)))
    return out


def _subtract(segments: list[Segment], holes: list[tuple[float, float]]) -> list[Segment]:
    if not holes:
        return segments
    out: list[Segment] = []
    j, n = 0, len(holes)
    for start, end, label in segments:
        while j < n and holes[j][1] <= start:
            j += 1
        t, k = start, j
        while t < end and k < n and holes[k][0] < end:
            h_start, h_end = holes[k]
            if h_start > t:
                out.append((t, h_start, label))
            t = max(t, h_end)
            k += 1
        if t < end:
            out.append((t, end, label))
    return out


class _Days:
    """The person's day boundaries in `tz` (each day ends at `day_ends_at`, companion.domain.days),
    cached for the day last asked about."""

    def __init__(self, tz: tzinfo, day_ends_at: time = time(0)) -> None:
        self.tz = tz
        self.day_ends_at = day_ends_at
        self.day = date.min
        self.start = math.inf
        self.end = -math.inf

    def _midnight(self, day: date) -> float:
        return day_starts(day, self.tz, self.day_ends_at).timestamp()

    def find(self, instant: float) -> tuple[date, float]:
        """The local day containing `instant` and the instant that day ends."""
        if not self.start <= instant < self.end:
            day = day_of(datetime.fromtimestamp(instant, self.tz), self.tz, self.day_ends_at)
            self.day, self.start = day, self._midnight(day)
            self.end = self._midnight(day + timedelta(days=1))
            # A midnight inside a DST jump can land just past `instant`; never loop on it.
            self.start = min(self.start, instant)
            if self.end <= instant:
                self.end = math.inf
        return self.day, self.end


def _add_by_day(
    segments: list[Segment], days: _Days, seconds: dict[tuple[date, str, str], float]
) -> None:
    for start, end, (category, origin) in segments:
        t = start
        while t < end:
            day, day_end = days.find(t)
            piece_end = min(end, day_end)
            key = (day, category, origin)
            seconds[key] = seconds.get(key, 0.0) + (piece_end - t)
            t = piece_end


def _load(data: bytes | str | dict[str, Any], source_name: str) -> dict[str, Any]:
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data).removeprefix(b"\xef\xbb\xbf")
        if not data.strip():
            raise ImportFailed(
                _("{name} is empty, so there is nothing to import.").format(name=source_name)
            )
    elif isinstance(data, str):
        data = data.lstrip("\ufeff")
        if not data.strip():
            raise ImportFailed(
                _("{name} is empty, so there is nothing to import.").format(name=source_name)
            )
    if isinstance(data, bytes | str):
        try:
            data = json.loads(data, object_hook=_Compactor())
        except (ValueError, RecursionError):
            raise ImportFailed(
                _("{name} isn't an ActivityWatch export: it isn't readable JSON.").format(
                    name=source_name
                )
            ) from None
    if not isinstance(data, dict) or not isinstance(data.get("buckets"), dict | list):
        raise ImportFailed(
            _(
                "{name} isn't an ActivityWatch export: it has no list of buckets. "
                'Use "Export all buckets as JSON" in ActivityWatch.'
            ).format(name=source_name)
        )
    return data


def parse_activitywatch(
    data: bytes | str | dict[str, Any],
    *,
    tz: tzinfo,
    day_ends_at: time = time(0),
    rules: Sequence[CategoryRule] = DEFAULT_RULES,
    source_name: str = "the file",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ActivityWatchImport:
    """Minutes of screen time per local day and category from an ActivityWatch export.

    Raises `ImportFailed` when `data` is not an ActivityWatch export and `Cancelled` when
    `cancelled()` turns true; nothing else for any input.
    """
    if source_name == "the file":
        source_name = _("the file")
    doc = _load(data, source_name)
    raw_buckets = doc["buckets"]
    items: list[tuple[Any, Any]] = (
        list(raw_buckets.items())
        if isinstance(raw_buckets, dict)
        else [(b.get("id") if isinstance(b, dict) else None, b) for b in raw_buckets]
    )
    del doc, data
    if not items:
        raise ImportFailed(
            _("{name} is an ActivityWatch export with no buckets in it.").format(name=source_name)
        )

    result = ActivityWatchImport()
    plan: list[tuple[str, str, str, list[Any], Any]] = []
    for raw_id, bucket in items:
        bucket_id = str(raw_id) if raw_id is not None else "(unnamed)"
        if not isinstance(bucket, dict):
            result.skipped.append(SkippedBucket(bucket_id, "", _("It isn't a bucket.")))
            continue
        bucket_type = bucket.get("type")
        bucket_type = bucket_type if isinstance(bucket_type, str) else ""
        events = bucket.get("events")
        if bucket_type in WINDOW_TYPES or bucket_type in (WEB_TYPE, AFK_TYPE):
            if not isinstance(events, list):
                reason = _("Its events are missing or can't be read.")
                result.skipped.append(SkippedBucket(bucket_id, bucket_type, reason))
                continue
            hostname = bucket.get("hostname")
            hostname = hostname if isinstance(hostname, str) else ""
            plan.append((bucket_id, bucket_type, hostname, events, bucket))
        else:
            if bucket_type in _SKIP_REASONS:
                reason = _(_SKIP_REASONS[bucket_type])
            elif bucket_type:
                reason = _("Companion doesn't read this kind of bucket.")
            else:
                reason = _("It has no type, so Companion can't tell what it records.")
            result.skipped.append(SkippedBucket(bucket_id, bucket_type, reason))
    if not plan and not any(
        isinstance(b, dict) and isinstance(b.get("events"), list) for _key, b in items
    ):
        raise ImportFailed(
            _("{name} isn't an ActivityWatch export: none of its buckets has events.").format(
                name=source_name
            )
        )

    total = sum(len(events) for *_head, events, _bucket in plan)
    reader = _Reader(rules, total, progress, cancelled)
    reader.tick()
    hosts: dict[str, _Host] = {}
    for bucket_id, bucket_type, hostname, events, bucket in plan:
        host = hosts.setdefault(hostname, _Host())
        origin = bucket_origin(hostname, bucket_id)
        if bucket_type in WINDOW_TYPES:
            reader.window(events, host.window, origin)
        elif bucket_type == WEB_TYPE:
            family = browser_family(bucket_id, str(bucket.get("client", "")))
            reader.web(events, host.web.setdefault(family, []), origin)
        else:
            reader.afk(events, host.afk)
        result.used_buckets.append(bucket_id)
        result.event_count += len(events)
    del plan, items

    counts = reader.counts
    if counts.no_zone and not counts.with_zone:
        raise ImportFailed(
            _(
                "{name} has times without a time zone, so Companion can't tell which "
                "day they belong to. Export it again from ActivityWatch."
            ).format(name=source_name)
        )

    _attach_unknown_web(hosts)
    reader.done = total
    reader.tick()

    days = _Days(tz, day_ends_at)
    seconds: dict[tuple[date, str, str], float] = {}
    for host in hosts.values():
        timeline = _category_timeline(host)
        timeline = _subtract(timeline, _union(host.afk))
        _add_by_day(timeline, days, seconds)
        if cancelled is not None and cancelled():
            raise Cancelled()
    result.by_origin = {key: value / 60.0 for key, value in sorted(seconds.items()) if value > 0}
    totals: dict[tuple[date, str], float] = {}
    for (day, category, _origin), value in sorted(seconds.items()):
        totals[(day, category)] = totals.get((day, category), 0.0) + value
    result.minutes = {key: value / 60.0 for key, value in totals.items() if value > 0}
    result.problems = reader.problems()
    return result


def bucket_origin(hostname: str, bucket_id: str) -> str:
    """What identifies a bucket across exports: its host and its id ("phone/aw-watcher-android")."""
    return f"{hostname or 'unknown'}/{bucket_id}"


def _attach_unknown_web(hosts: dict[str, _Host]) -> None:
    """Move tab time from an unnamed host to the only host with window time, if there is one."""
    with_window = [name for name, host in hosts.items() if host.window]
    if len(with_window) != 1:
        return
    target = hosts[with_window[0]]
    for name in _UNKNOWN_HOSTS:
        host = hosts.get(name)
        if host is None or host is target or host.window or not host.web:
            continue
        for family, events in host.web.items():
            target.web.setdefault(family, []).extend(events)
        host.web = {}


def read_activitywatch_file(
    path: Path,
    *,
    tz: tzinfo,
    day_ends_at: time = time(0),
    rules: Sequence[CategoryRule] = DEFAULT_RULES,
    source_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ActivityWatchImport:
    """`parse_activitywatch` on a file; an unreadable file raises `ImportFailed` naming it."""
    path = Path(path)
    name = source_name or path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(
            _("{name} wasn't found. Was it moved or renamed?").format(name=name)
        ) from None
    except IsADirectoryError:
        raise ImportFailed(
            _("{name} is a folder, not an ActivityWatch export file.").format(name=name)
        ) from None
    except OSError as exc:
        raise ImportFailed(
            _("{name} couldn't be read ({reason}).").format(name=name, reason=exc.strerror or exc)
        ) from None
    return parse_activitywatch(
        raw,
        tz=tz,
        day_ends_at=day_ends_at,
        rules=rules,
        source_name=name,
        progress=progress,
        cancelled=cancelled,
    )
