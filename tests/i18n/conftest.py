"""Fixtures for the tests of the core's words: `language` puts a language in use for the test (and
English back after it), and `companion` opens a copy of a vault made once per module, at the time
of the module's own `start` fixture, with a fake clock standing there."""

from __future__ import annotations

import pytest

from companion.domain import i18n
from companion.platform.clock import FakeClock
from tests.helpers import make_template, open_copy


@pytest.fixture
def language():
    def use(code: str) -> None:
        assert i18n.install(code) == code

    yield use
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture(scope="module")
def _template(tmp_path_factory, start):
    return make_template(tmp_path_factory.mktemp("template") / "profile", start)


@pytest.fixture
def companion(tmp_path, _template, start):
    c = open_copy(_template, tmp_path, FakeClock(start))
    yield c
    c.close()
