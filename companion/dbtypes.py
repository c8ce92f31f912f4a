"""Column types: aware datetimes stored as UTC text, and JSON lists/dicts as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.types import String, Text, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as ISO 8601 in UTC so it sorts and compares as text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a time zone")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


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
