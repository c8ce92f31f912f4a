"""The vault's schema version, where code that must not load the storage layer can read it
(companion.storage.glance checks it before reading a vault directly)."""

from __future__ import annotations

SCHEMA_VERSION = 5
