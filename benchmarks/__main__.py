"""`python -m benchmarks [--repeat N] [--quick] [--only PART,...] [--out FILE]`: measure and print.

Parts: startup, latency, charts, memory, imports, growth. The heavy profile and the import files
are built once under bench-results/ and reused; figures go to bench-results/latest.json.

The project's modules are compiled to bytecode first, as an installed or frozen app has them (pip
compiles on install; PyInstaller bundles bytecode). Without it, a machine that sets
PYTHONDONTWRITEBYTECODE compiles every module from source at each start, which no user pays.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import imports, latency, memory, startup
from benchmarks.profile_gen import ensure_profile
from benchmarks.report import Figure, table, write_json

PARTS = ("startup", "latency", "charts", "memory", "imports", "growth")
CACHE = startup.PROJECT_ROOT / "bench-results"


def startup_figures(profile, repeat: int) -> list[Figure]:
    got = startup.measure(profile.profile_dir, repeat)
    floor = statistics.median(got["bare"])
    how = got["unlocked_by"]
    return [
        Figure("startup.bare", "Cold start: bare PySide6 window (floor)", "s", got["bare"]),
        Figure(
            "startup.paint",
            "Cold start: main window first paint",
            "s",
            got["paint"],
            reference=floor,
            reference_name="floor",
            target="<= 1.5x floor",
            passed=statistics.median(got["paint"]) <= 1.5 * floor,
        ),
        Figure(
            "startup.today",
            "Cold start: Today showing real data",
            "s",
            got["today"],
            reference=floor,
            reference_name="floor",
            target="<= 3x floor",
            passed=statistics.median(got["today"]) <= 3 * floor,
            note=f"unlocked through the {how}; Today read through the read layer on its own "
            "connection, before the facade has loaded",
        ),
        Figure(
            "startup.ready",
            "Cold start: every page ready (the full app open)",
            "s",
            got["ready"],
            reference=floor,
            reference_name="floor",
            target="<= 4x floor",
            passed=statistics.median(got["ready"]) <= 4 * floor,
            note="the facade and services open and every page available; pages read through "
            "the read layer, and SQLAlchemy (the write path) loads with the first write",
        ),
    ]


def chart_figures(profile, repeat: int) -> list[Figure]:
    runs = [memory.chart_paint(profile) for _ in range(repeat)]
    points = runs[0]["chart_points"]
    return [
        Figure(
            "charts.mood_ten_years",
            "Ten-year mood chart, first paint",
            "ms",
            [r["chart_ms"] for r in runs],
            target="< 100 ms",
            passed=statistics.median(r["chart_ms"] for r in runs) < 100,
            note=f"{points} days with a mean; the first chart also imports pyqtgraph: "
            f"{statistics.median(r['chart_cold_ms'] for r in runs):.0f} ms",
        ),
        Figure(
            "charts.mood_ten_years_cold",
            "Ten-year mood chart, first ever (imports pyqtgraph)",
            "ms",
            [r["chart_cold_ms"] for r in runs],
        ),
        Figure(
            "charts.year_in_pixels",
            "Year in pixels, first paint",
            "ms",
            [r["pixels_ms"] for r in runs],
            target="< 100 ms",
            passed=statistics.median(r["pixels_ms"] for r in runs) < 100,
            note=f"reading the year and painting it: {runs[0]['pixel_days']} days with a mood",
        ),
    ]


def memory_figures(profile, repeat: int) -> list[Figure]:
    bare = [memory.bare_window()["VmRSS"] for _ in range(repeat)]
    runs = [memory.app_memory(profile) for _ in range(max(1, repeat // 2))]
    floor = statistics.median(bare)
    start = [r["start"]["VmRSS"] for r in runs]
    ticks = [r["ticks"]["VmRSS"] for r in runs]
    growth = statistics.median(t - s for t, s in zip(ticks, start, strict=True))
    return [
        Figure("memory.bare", "Resident memory: bare PySide6 window", "MB", bare),
        Figure(
            "memory.start",
            "Resident memory after start, heavy profile",
            "MB",
            start,
            reference=floor,
            reference_name="bare window",
            target="<= 2x bare",
            passed=statistics.median(start) <= 2 * floor,
            note=f"unlocked through the {runs[0]['unlocked_by']}, as the start-up figures are",
        ),
        Figure(
            "memory.after_day",
            "Resident memory after a day of timer ticks",
            "MB",
            ticks,
            reference=floor,
            reference_name="bare window",
            target="<= 2x bare, no growth",
            passed=statistics.median(ticks) <= 2 * floor and growth < 2.0,
            note=f"{runs[0]['count']} checks; grew {growth:+.1f} MB "
            f"(samples {', '.join(f'{v:.0f}' for v in runs[0]['samples'])})",
        ),
    ]


def import_figures(
    profile,
    repeat: int,
    scales=(1,),
    base_cards=imports.VCARD_CARDS,
    base_events=imports.AW_EVENTS,
    key_suffix="",
    base_rows=imports.DAYLIO_ROWS,
    base_chars=imports.LONG_FIELD,
) -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        for scale in scales:
            label = f"@{scale}x" if key_suffix else ""
            for kind, make, size, limit, title in (
                ("vcard", imports.vcard_file, base_cards * scale, 5.0, "Import {n} vCard cards"),
                (
                    "activitywatch",
                    imports.activitywatch_file,
                    base_events * scale,
                    10.0,
                    "Import {n} ActivityWatch events",
                ),
                ("daylio", imports.daylio_file, base_rows * scale, 10.0, "Import {n} Daylio rows"),
                (
                    "longfield",
                    imports.long_field_file,
                    base_chars * scale,
                    1.0,
                    "Import an ActivityWatch app name of {n} characters",
                ),
            ):
                file = make(CACHE / "files", size)
                runs = [imports.run_import(profile, kind, file, Path(tmp)) for _ in range(repeat)]
                secs = [r["seconds"] for r in runs]
                figures.append(
                    Figure(
                        f"import.{kind}{label}",
                        title.format(n=f"{size:,}"),
                        "s",
                        secs,
                        target=f"< {limit:g} s" if not key_suffix else "",
                        passed=(statistics.median(secs) < limit) if not key_suffix else None,
                        note=f"peak resident {statistics.median(r['peak_mb'] for r in runs):.0f} MB "
                        f"(+{statistics.median(r['added_mb'] for r in runs):.0f} MB over the opened vault)",
                    )
                )
    return figures


def growth_figures(repeat: int, scales, log) -> list[Figure]:
    """Items 2 and 5 at growing data: how cost grows (flat or linear, never quadratic)."""
    figures = []
    for scale in scales:
        profile = ensure_profile(CACHE, scale, log=log)
        figures += latency.measure(profile, repeat, label=f"@{scale}x")
    for f in figures:
        f.passed = None  # growth rows show the shape; the targets are judged at 1x
        f.target = ""
    base = ensure_profile(CACHE, 1, log=log)
    figures += import_figures(
        base,
        max(1, repeat // 2),
        scales=scales,
        base_cards=imports.VCARD_CARDS // max(scales),
        base_events=imports.AW_EVENTS // max(scales),
        key_suffix="growth",
        base_rows=imports.DAYLIO_ROWS // max(scales),
        base_chars=imports.LONG_FIELD // max(scales),
    )
    _shape(figures, scales)
    return figures


def compile_project(log) -> None:
    """Bytecode for the app's own packages, next to their sources (each start then loads it)."""
    root = startup.PROJECT_ROOT
    ok = all(
        compileall.compile_dir(root / package, quiet=2, workers=1)
        for package in ("companion", "companion_app", "ui", "benchmarks")
    )
    if not ok:
        raise SystemExit("a module of the project does not compile; see the error above")
    log("The project's modules are compiled to bytecode, as an installed app has them.")


def _shape(figures: list[Figure], scales) -> None:
    """Name the growth: cost per unit of data, from the smallest to the largest scale."""
    groups: dict[str, list[Figure]] = {}
    for f in figures:
        groups.setdefault(f.key.split("@")[0], []).append(f)
    lo, hi = min(scales), max(scales)
    for group in groups.values():
        if len(group) < 2:
            continue
        exponent = _exponent(group[0].median, group[-1].median, hi / lo)
        kind = "flat" if exponent < 0.3 else ("linear or less" if exponent < 1.3 else "SUPERLINEAR")
        group[-1].note = (group[-1].note + "; " if group[-1].note else "") + (
            f"grows as data^{exponent:.2f} from {lo}x to {hi}x: {kind}"
        )
        group[-1].extra["growth_exponent"] = exponent


def _exponent(a: float, b: float, ratio: float) -> float:
    import math

    if a <= 0 or b <= 0:
        return 0.0
    return math.log(b / a) / math.log(ratio)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median, min, max)")
    parser.add_argument("--quick", action="store_true", help="growth at 1x and 4x only")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated from {PARTS}")
    parser.add_argument("--scales", default="1,4,16", help="growth scales (default 1,4,16)")
    parser.add_argument("--out", default=str(CACHE / "latest.json"), help="where the JSON goes")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    scales = [int(s) for s in args.scales.split(",")]
    if args.quick:
        scales = [s for s in scales if s <= 4] or [1]
    repeat = max(1, args.repeat)

    def log(text: str) -> None:
        print(text, flush=True)

    started = time.perf_counter()
    compile_project(log)
    profile = ensure_profile(CACHE, 1, log=log)
    figures: list[Figure] = []
    steps = {
        "startup": lambda: startup_figures(profile, repeat),
        "latency": lambda: latency.measure(profile, repeat * 4),
        "charts": lambda: chart_figures(profile, repeat),
        "memory": lambda: memory_figures(profile, repeat),
        "imports": lambda: import_figures(profile, max(1, repeat // 2)),
        "growth": lambda: growth_figures(repeat * 2, scales, log),
    }
    for part in PARTS:
        if part in parts:
            log(f"Measuring {part} ...")
            figures += steps[part]()
    print()
    print(table(figures))
    out = Path(args.out)
    write_json(
        figures,
        out,
        {
            "profile_counts": profile.counts,
            "repeat": repeat,
            "scales": scales,
            "seconds": round(time.perf_counter() - started, 1),
        },
    )
    missed = [f.title for f in figures if f.passed is False]
    print(f"\n{len(missed)} target(s) missed. Figures written to {out}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
