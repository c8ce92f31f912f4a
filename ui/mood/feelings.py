"""The words shown for feelings: the built-in ones translated (each a literal string, so the
translation tools find it), the person's own shown exactly as they wrote them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def built_in_labels() -> dict[str, str]:
    """The core's built-in feeling names (companion.services.mood.EMOTIONS) and their words."""
    return {
        "calm": QCoreApplication.translate("feelings", "calm"),
        "content": QCoreApplication.translate("feelings", "content"),
        "grateful": QCoreApplication.translate("feelings", "grateful"),
        "hopeful": QCoreApplication.translate("feelings", "hopeful"),
        "connected": QCoreApplication.translate("feelings", "connected"),
        "loved": QCoreApplication.translate("feelings", "loved"),
        "anxious": QCoreApplication.translate("feelings", "anxious"),
        "stressed": QCoreApplication.translate("feelings", "stressed"),
        "irritable": QCoreApplication.translate("feelings", "irritable"),
        "lonely": QCoreApplication.translate("feelings", "lonely"),
        "sad": QCoreApplication.translate("feelings", "sad"),
        "tired": QCoreApplication.translate("feelings", "tired"),
    }


def feeling_label(name: str, built_in: dict[str, str] | None = None) -> str:
    """The word shown for a stored feeling name."""
    return (built_in if built_in is not None else built_in_labels()).get(name, name)


def feeling_choices(names: Iterable[str]) -> list[tuple[str, str]]:
    """(word shown, stored name) for each name, in order. A person's own feeling spelled like a
    built-in one's translation is marked, so no two chips read the same."""
    built_in = built_in_labels()
    taken = {label.casefold() for label in built_in.values()}
    out: list[tuple[str, str]] = []
    shown: set[str] = set()
    for name in names:
        label = feeling_label(name, built_in)
        if name not in built_in and label.casefold() in taken:
            label = QCoreApplication.translate("feelings", "%1 (yours)").replace("%1", name)
        if label.casefold() in shown:
            continue
        shown.add(label.casefold())
        out.append((label, name))
    return out
