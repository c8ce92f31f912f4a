"""What makes a catalogue complete: read a Qt .ts or a gettext .po and name every entry that is
unfinished, obsolete, fuzzy or whose placeholders differ from its source."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Qt's %1 … %99 and %n (and %L1), Python's {name} / {0:.1f}, %(name)d and the bare %s / %d.
PLACEHOLDER = re.compile(
    r"%L?\d{1,2}|%n|\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%\([A-Za-z_][A-Za-z_0-9]*\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdifr]"
)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def load_catalogues_tool():
    """translations/catalogues.py, the one place that knows how to extract and build."""
    spec = importlib.util.spec_from_file_location(
        "catalogues", ROOT / "translations" / "catalogues.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("catalogues", module)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    kind: str | None  # None (finished), "unfinished", "obsolete" or "vanished"
    translations: tuple[str, ...]


def read_ts(path: Path) -> list[TsMessage]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (
                tuple(f.text or "" for f in forms)
                if forms
                else ((translation.text or "") if translation is not None else "",)
            )
            messages.append(TsMessage(name, message.findtext("source") or "", kind, texts))
    return messages


def ts_problems(path: Path) -> list[str]:
    """One line per entry of a .ts that is not finished, or whose placeholders differ."""
    problems = []
    for m in read_ts(path):
        where = f"{path.name} [{m.context}] {m.source!r}"
        if m.kind:
            problems.append(f"{where}: {m.kind}")
            continue
        if not all(t.strip() for t in m.translations):
            problems.append(f"{where}: empty translation")
            continue
        want = placeholders(m.source)
        for text in m.translations:
            if placeholders(text) != want:
                problems.append(f"{where}: placeholders {placeholders(text)} instead of {want}")
    return problems


def ts_sources(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_ts(path) if m.kind not in ("obsolete", "vanished")}


def po_problems(path: Path) -> list[str]:
    """One line per entry of a .po that is untranslated, fuzzy, obsolete or whose placeholders
    differ from its source."""
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh)
    problems = [f"{path.name} {msgid!r}: obsolete" for msgid in catalog.obsolete]
    for message in catalog:
        if not message.id:
            continue
        where = f"{path.name} {message.id!r}"
        if message.fuzzy:
            problems.append(f"{where}: fuzzy")
            continue
        if message.pluralizable:
            sources = [message.id[0]] + [message.id[1]] * (len(message.string) - 1)
            texts = list(message.string)
        else:
            sources, texts = [message.id], [message.string]
        if not all(texts):
            problems.append(f"{where}: untranslated")
            continue
        for source, text in zip(sources, texts, strict=True):
            if placeholders(text) != placeholders(source):
                problems.append(
                    f"{where}: placeholders {placeholders(text)} instead of {placeholders(source)}"
                )
    return problems


def po_ids(path: Path) -> set[tuple[str | None, str]]:
    """The messages of a .po or .pot: (context, msgid), a plural's two forms joined by a NUL."""
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh)
    return {
        (m.context, "\0".join(m.id) if isinstance(m.id, (list, tuple)) else m.id)
        for m in catalog
        if m.id
    }
