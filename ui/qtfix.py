"""Workarounds for Qt binding bugs, in one place; `ui/__init__.py` applies them on first import.

PySide6 6.12.0's `SignalInstance.emit()` returns `True` without taking a reference to it, so every
emit from Python (and every C++ signal connected to another signal's `.emit`) drops True's
refcount by one until the interpreter aborts with "bool_dealloc: deallocating True or False".
The same release also loses a reference to None on every call of a C++ method that returns
nothing (`QWidget.update()`), aborting with "none_dealloc". pyproject.toml excludes 6.12.0; this
guard stays for anyone who installs it anyway. A probe tells whether this build has the bug; if so,
True, False and None get a reference count so large that no session can exhaust it: in effect what
Python 3.12 does for them (immortal objects).

PySide6's import hook (PYSIDE-2029) asks of every module imported after it whether the module
mentions "PySide6", by `inspect.getsource`: tokenizing each file costs a few tenths of a millisecond,
and Companion imports some 600 modules after Qt (a sixth of a second at start-up). The same question
is answered here by reading the file's bytes; the answer, and so the hook's behaviour, is unchanged.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# 2**40 emits would take years at a million a second.
_HEADROOM = 1 << 40


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """True when `emit()` on this PySide6 build loses a reference to True (the 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost > 0


def _add_headroom(obj: object) -> None:
    # ob_refcnt is the first field of every CPython object header.
    count = ctypes.c_ssize_t.from_address(id(obj))
    if count.value < _HEADROOM:
        count.value += _HEADROOM


def _fast_mod_uses_pyside(original):
    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return original(module)

    mod_uses_pyside.original = original
    return mod_uses_pyside


def speed_up_import_hook() -> bool:
    """Replace the hook's source lookup with a byte search; False when this build has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or hasattr(original, "original"):
        return False
    feature._mod_uses_pyside = _fast_mod_uses_pyside(original)  # type: ignore[union-attr]
    return True


def apply() -> bool:
    """Apply the workarounds this PySide6 build needs; True if a refcount guard was needed."""
    speed_up_import_hook()
    if sys.implementation.name != "cpython" or not emit_drops_a_reference():
        return False
    _add_headroom(True)
    _add_headroom(False)
    _add_headroom(None)
    return True
