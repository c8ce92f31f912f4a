"""Fixtures for service tests: a real vault in a temp profile with a fake clock, a copy of one
template made per session (tests/vault_support.py)."""

from __future__ import annotations

from tests import vault_support

template_profile = vault_support.template_profile
clock = vault_support.clock
companion = vault_support.companion
