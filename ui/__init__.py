"""Companion's Qt front end: the window, pages, dialogs and tray over the core `Companion` facade."""

from ui import qtfix

# Before any widget exists: PySide6 6.12.0 corrupts True's refcount on every signal emit.
QT_WORKAROUNDS_APPLIED = qtfix.apply()
