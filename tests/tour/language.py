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
    return frozenset(s for s, same in _catalogue(language).items() if not same)


@cache
def _catalogue(language: str) -> dict[str, bool]:
    """Every catalogue source (plain), and whether its translation reads the same."""
    from babel.messages.pofile import read_po

    sources: dict[str, bool] = {}
    ts = ROOT / "translations" / f"companion_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else [""]
        if translation is not None and translation.findall("numerusform"):
            forms = [f.text or "" for f in translation.findall("numerusform")]
        same = _plain(source) in {_plain(f) for f in forms}
        sources[_plain(source)] = sources.get(_plain(source), True) and same
    po = ROOT / "companion" / "locale" / language / "LC_MESSAGES" / "companion.po"
    with po.open("rb") as fh:
        for message in read_po(fh):
            ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
            texts = (
                message.string if isinstance(message.string, (list, tuple)) else (message.string,)
            )
            for source in ids:
                if source:
                    same = _plain(source) in {_plain(t or "") for t in texts}
                    sources[_plain(source)] = sources.get(_plain(source), True) and same
    return {s: same for s, same in sources.items() if any(c.isalpha() for c in s)}


# Code whose English is data, not words of the app (the demo's made-up people and notes).
_DATA_MODULES = ("companion/demo.py",)


@cache
def code_prose() -> tuple[frozenset[str], frozenset[str]]:
    """English sentences written in the code but never marked for translation: every string
    literal of three words or more in companion/ and ui/ (docstrings and the demo's data left
    out), and the fixed parts of f-strings of four words or more (found inside longer texts)."""
    import ast

    whole: set[str] = set()
    pieces: set[str] = set()
    for folder in ("companion", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if str(path.relative_to(ROOT)) in _DATA_MODULES:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(
                    node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
                )
                and node.body
                and isinstance(node.body[0], ast.Expr)
                and isinstance(node.body[0].value, ast.Constant)
            }
            in_fstrings = {
                id(part)
                for node in ast.walk(tree)
                if isinstance(node, ast.JoinedStr)
                for part in node.values
            }
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                if id(node) in docstrings:
                    continue
                text = _plain(node.value)
                words = [w for w in text.split() if any(c.isalpha() for c in w)]
                if id(node) in in_fstrings:
                    if len(words) >= _INSIDE_WORDS:
                        pieces.add(text)
                elif len(words) >= 3 and not _PLACEHOLDER.search(text):
                    whole.add(text)
    return frozenset(whole), frozenset(pieces)


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
    prose, pieces = code_prose()
    # What a catalogue translates the same (a name, a word both languages share) is not English.
    prose = prose - _catalogue(language).keys()
    inside = [*long_ones, *pieces, *(p for p in prose if len(p.split()) >= _INSIDE_WORDS)]
    findings = []
    for widget, text in visible_texts(window):
        shown = _plain(text)
        if shown in sources or shown in prose:
            hit = shown
        else:
            hit = next((s for s in inside if s in shown), None)
        if hit:
            findings.append(Finding(screen, "english", widget, repr(hit)))
    return findings
