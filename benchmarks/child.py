"""What runs inside a measured process: `python -m benchmarks.child MODE ARGS...`.

Modes print one JSON object on stdout:
  bare                   a bare PySide6 window (the floor): marks "paint", reports resident memory
  charts PROFILE NOW     the ten-year mood chart and the year in pixels: time to first paint
  memory PROFILE TICKS   the app on the profile, then TICKS nudge-timer checks: resident memory
  import KIND FILE PROFILE NOW   a vCard, Daylio or ActivityWatch import through the facade: time,
                                 peak memory
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def rss_mb() -> dict[str, float]:
    """Resident size now and at its peak (VmRSS, VmHWM), in MB."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out


def mark(path: str, label: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{label} {time.time():.6f}\n")


def bare() -> dict:
    markfile = os.environ["COMPANION_BENCH_MARK"]
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(960, 640)
    window.show()
    app.processEvents()
    mark(markfile, "paint")
    mark(markfile, "today")  # nothing more to load: the floor for every stage
    mark(markfile, "ready")
    return rss_mb()


def _paint_ms(app, widget) -> float:
    started = time.perf_counter()
    widget.resize(900, 420)
    widget.show()
    app.processEvents()
    widget.grab()  # a full render of the widget, as the first paint would do
    return (time.perf_counter() - started) * 1000


def charts(profile: str, now: str) -> dict:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_gen import BENCH_PASSPHRASE
    from companion.platform.clock import FakeClock
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore
    from ui.mood import chart as chart_module
    from ui.mood.chart import MoodChart
    from ui.mood.pixels import YearInPixels

    app = QApplication([sys.argv[0]])
    companion = Companion.unlock(
        profile,
        passphrase=BENCH_PASSPHRASE,
        keystore=NoKeyStore(),
        clock=FakeClock(datetime.fromisoformat(now)),
        exclusive=False,
    )
    # The widget offers week, month and year; ten years is the same code over a longer span.
    chart_module.SPANS.setdefault("ten_years", 3653)
    out = {}
    try:
        cold = MoodChart(companion)
        cold.span = "ten_years"
        out["chart_cold_ms"] = _paint_ms(app, cold)  # includes importing pyqtgraph
        cold.hide()
        warm = MoodChart(companion)
        warm.span = "ten_years"
        out["chart_ms"] = _paint_ms(app, warm)
        warm.hide()
        pixels = YearInPixels(companion)
        started = time.perf_counter()
        pixels.refresh()  # read the year, as the Mood page does before it shows the grid
        read_ms = (time.perf_counter() - started) * 1000
        out["pixels_ms"] = read_ms + _paint_ms(app, pixels)
        out["pixel_days"] = sum(1 for v in pixels.means.values() if v is not None)
        out["chart_points"] = sum(1 for d in warm.days if d.mean is not None)
    finally:
        companion.close()
    return out


def memory(profile: str, ticks: int) -> dict:
    from ui.app import VERIFY_DELAY_MS, run

    controller = run([sys.argv[0]], profile=profile, exec_=False)
    app = controller.app
    # Start-up is over once the deferred whole-file check has run (and let go of its cache).
    settle = time.monotonic() + VERIFY_DELAY_MS / 1000 + 1.0
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.01)
    window = controller.window
    if window is None or window.nudges is None:
        raise SystemExit("the app did not open the profile (is COMPANION_PASSPHRASE set?)")
    after_start = rss_mb()
    # A day of checks, one a minute: more than the scheduler ever does, to show any growth.
    samples = []
    for n in range(ticks):
        window.nudges.check_now()
        app.processEvents()
        if n % max(1, ticks // 8) == 0:
            samples.append(rss_mb()["VmRSS"])
    after_ticks = rss_mb()
    controller.quit()
    return {"start": after_start, "ticks": after_ticks, "samples": samples, "count": ticks}


def import_file(kind: str, path: str, profile: str, now: str) -> dict:
    from datetime import datetime

    from benchmarks.profile_gen import BENCH_PASSPHRASE
    from companion.platform.clock import FakeClock
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    companion = Companion.unlock(
        profile,
        passphrase=BENCH_PASSPHRASE,
        keystore=NoKeyStore(),
        clock=FakeClock(datetime.fromisoformat(now)),
    )
    before = rss_mb()["VmRSS"]
    try:
        started = time.perf_counter()
        if kind == "vcard":
            preview = companion.contacts_import.preview(Path(path))
            summary = companion.contacts_import.commit(preview)
            count = summary.added
        elif kind == "daylio":
            daylio = companion.daylio.preview(Path(path))
            count = companion.daylio.commit(daylio).imported
        else:
            preview = companion.screen.preview_activitywatch(path)
            summary = companion.screen.commit_activitywatch(preview)
            count = len(summary.days)
        seconds = time.perf_counter() - started
    finally:
        companion.close()
    peak = rss_mb()["VmHWM"]
    return {"seconds": seconds, "peak_mb": peak, "added_mb": peak - before, "count": count}


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, *args = argv
    if mode == "bare":
        result = bare()
    elif mode == "charts":
        result = charts(args[0], args[1])
    elif mode == "import":
        result = import_file(*args)
    elif mode == "memory":
        result = memory(args[0], int(args[1]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write("BENCH " + json.dumps(result) + "\n")
    sys.stdout.flush()


def parse_result(stdout: str) -> dict:
    for line in stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError("the measured process gave no result:\n" + stdout[-2000:])


if __name__ == "__main__":
    main(sys.argv[1:])
