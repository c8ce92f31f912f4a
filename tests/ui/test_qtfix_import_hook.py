"""ui.qtfix's faster answer to PySide6's import hook gives the same answer as the original."""

from __future__ import annotations

import json
import sys

import pytest

import ui.app  # importing ui applies the workarounds


def _feature():
    feature = sys.modules.get("shibokensupport.feature")
    if getattr(feature, "_mod_uses_pyside", None) is None:
        pytest.skip("this PySide6 build has no feature import hook")
    return feature


def test_the_hook_is_replaced_once():
    from ui.qtfix import speed_up_import_hook

    hook = _feature()._mod_uses_pyside
    assert hasattr(hook, "original")
    assert speed_up_import_hook() is False  # already done: never wrapped twice
    assert _feature()._mod_uses_pyside is hook


@pytest.mark.parametrize("module", [ui.app, json, sys, pytest])
def test_same_answer_as_the_original(module):
    hook = _feature()._mod_uses_pyside
    assert hook(module) == hook.original(module)


def test_answers_follow_the_source(tmp_path):
    hook = _feature()._mod_uses_pyside
    assert hook(ui.app) is True  # imports PySide6
    assert hook(json) is False
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file: the original decides
    assert hook(gone) == hook.original(gone) is False
