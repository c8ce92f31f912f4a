"""The one object the running app hands its pages and dialogs.

Pages, settings groups, import wizards and the data dialogs take an `AppContext` in their
constructor and read what they need from it, instead of having parts set on them from outside:

- `companion`: the opened facade (`companion.facade.Companion`; on the first screen a glance,
  until the vault has opened in full: `full()`);
- `tasks`: the one task runner for long work (`ui/tasks.py`);
- `bridge`: the change bridge (`ui/bridge.py`), once the window has attached;
- `scheduler`: the nudge timer (`ui/nudges/scheduler.py`), once started;
- `lock`: the app lock (`ui/lock.py`), once made; `locked` asks it;
- `data`: the running app's side of restore and delete-everything (`ui/data/host.py`).

The app's owner parts fill it as they are made, once per opened vault: the controller makes it
with the facade (or, on the first screen, the glance, and hands the same context the facade when
it has opened) and the app's runner, the window adds the bridge and the scheduler when it
attaches, and `ui.data.host.attach_data_host` adds the lock and the data host. Tests build one
over a vault from `tests/helpers.py`: `AppContext(companion)` (a runner of its own).
"""

from __future__ import annotations

from typing import Any

from ui.tasks import TaskRunner


class AppContext:
    def __init__(self, companion: Any, *, tasks: TaskRunner | None = None) -> None:
        self.companion = companion
        self.tasks = tasks if tasks is not None else TaskRunner()
        self.bridge: Any = None
        self.scheduler: Any = None
        self.lock: Any = None
        self.data: Any = None

    def full(self) -> AppContext:
        """This context over the full Companion, for a dialog that writes. On the first screen,
        where `companion` is a glance (companion.storage.glance), this waits for the vault to open
        in full, which hands this same context the full Companion; raises what stopped it."""
        self.companion.full()
        return self

    @property
    def locked(self) -> bool:
        """True while the app lock is on (nothing from the vault may be shown)."""
        return self.lock is not None and bool(self.lock.locked)
