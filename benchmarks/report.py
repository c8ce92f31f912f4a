"""Figures, the printed table (median, min, max, reference, target, pass/miss) and the JSON file."""

from __future__ import annotations

import json
import platform
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def stats(samples: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
    }


@dataclass
class Figure:
    """One measured figure and what it is judged against.

    `reference` is the same-run reference (the bare window, plain SQLite); `ratio` is
    median / reference. `passed` is None where there is no target (a reference or a growth row).
    """

    key: str
    title: str
    unit: str
    samples: list[float]
    reference: float | None = None
    reference_name: str = ""
    target: str = ""
    passed: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if self.reference in (None, 0):
            return None
        return self.median / self.reference  # type: ignore[operator]

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(stats(self.samples))
        out["ratio"] = self.ratio
        return out


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit in ("ms", "MB"):
        return f"{value:.1f}" if value < 100 else f"{value:.0f}"
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.3g}"


def table(figures: list[Figure]) -> str:
    """A fixed-width table: one row per figure."""
    head = ("Figure", "median", "min", "max", "unit", "reference", "ratio", "target", "result")
    rows = [head]
    for f in figures:
        s = stats(f.samples)
        ref = f"{_num(f.reference, f.unit)} ({f.reference_name})" if f.reference_name else ""
        result = "" if f.passed is None else ("pass" if f.passed else "MISS")
        rows.append(
            (
                f.title,
                _num(s["median"], f.unit),
                _num(s["min"], f.unit),
                _num(s["max"], f.unit),
                f.unit,
                ref,
                f"{f.ratio:.2f}x" if f.ratio is not None else "",
                f.target,
                result,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for n, r in enumerate(rows):
        cells = [
            r[i].ljust(widths[i]) if i in (0, 4, 5, 7, 8) else r[i].rjust(widths[i])
            for i in range(len(head))
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  * {f.title}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def write_json(figures: list[Figure], path: Path, meta: dict[str, Any]) -> None:
    doc = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        **meta,
        "figures": {f.key: f.as_json() for f in figures},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2, default=str) + "\n", "utf-8")
