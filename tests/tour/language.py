"""English left on a translated screen: with another language in use, a visible text that is one
of the catalogues' English source strings (and not also its translation) is a finding. Names and
data are not catalogue strings, so they are never taken for English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.tour.checks import Finding

ROOT = Path(__file__).resolve().parents[2]
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%\d|%n|\{[^}]*\}|%\(")
# A source this long, found inside a longer text, is English too (a sentence in a paragraph).
_INSIDE_WORDS = 4


def _plain(text: str) -> str:
    text = _TAG.sub(" ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    for entity, char in (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")):
        text = text.replace(entity, char)
    return " ".join(text.split())


@cache
def english_sources(language: str) -> frozenset[str]:
    """The English of every catalogue string whose translation into `language` reads otherwise."""
    from babel.messages.pofile import read_po

    sources: set[str] = set()
    ts = ROOT / "translations" / f"companion_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else [""]
        if translation is not None and translation.findall("numerusform"):
            forms = [f.text or "" for f in translation.findall("numerusform")]
        if _plain(source) not in {_plain(f) for f in forms}:
            sources.add(_plain(source))
    po = ROOT / "companion" / "locale" / language / "LC_MESSAGES" / "companion.po"
    with po.open("rb") as fh:
        for message in read_po(fh):
            ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
            texts = (
                message.string if isinstance(message.string, (list, tuple)) else (message.string,)
            )
            for source in ids:
                if source and _plain(source) not in {_plain(t or "") for t in texts}:
                    sources.add(_plain(source))
    return frozenset(s for s in sources if any(c.isalpha() for c in s))


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text a person can read in `window` as it is shown now."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = type(widget).__name__ + (f" {widget.objectName()}" if widget.objectName() else "")
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if widget.toolTip():
            texts.append(widget.toolTip())
        found += [(name, text) for text in texts if text]
    return found


def english_findings(screen: str, window: QWidget, language: str) -> list[Finding]:
    sources = english_sources(language)
    long_ones = [
        s for s in sources if len(s.split()) >= _INSIDE_WORDS and not _PLACEHOLDER.search(s)
    ]
    findings = []
    for widget, text in visible_texts(window):
        shown = _plain(text)
        hit = shown if shown in sources else next((s for s in long_ones if s in shown), None)
        if hit:
            findings.append(Finding(screen, "english", widget, repr(hit)))
    return findings
