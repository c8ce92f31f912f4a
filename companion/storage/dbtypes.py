"""Column types: aware datetimes stored as UTC text, and JSON lists/dicts as text."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.types import String, Text, TypeDecorator

from companion.storage.reads import stored_moment, utc_or_none


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as ISO 8601 in UTC so it sorts and compares as text."""

    impl = String(32)
    cache_ok = True

    # The read layer reads and writes the column without SQLAlchemy; one format for both.
    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else stored_moment(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return utc_or_none(value)


class JSONText(TypeDecorator[Any]):
    """Plain JSON in a text column (lists of answers, flags, weekday sets)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        # None is stored as JSON null, so a setting can be switched off ("no reminder").
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        if value is None:
            return None
        return json.loads(value)
