"""Changes announce themselves: services report what kind of data changed, listeners refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeSet:
    kinds: frozenset[str]  # "people", "interactions", "mood", "settings", …

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, *kinds: str) -> None:
        change = ChangeSet(frozenset(kinds))
        for listener in list(self._listeners):
            listener(change)
