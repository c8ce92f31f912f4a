"""The vault's tables. Every personal fact lives here, in one SQLCipher database.

Times are aware datetimes stored in UTC; `local_day` columns hold the calendar day in the user's
time zone at the moment of the event, so daily views don't shift when the user travels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Index, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from companion.storage.dbtypes import JSONText, UTCDateTime


def _dt(**kw: Any) -> Any:
    return Field(sa_column=Column(UTCDateTime(), **kw))


class Setting(SQLModel, table=True):
    """A declared setting's value (see companion/services/settings.py), as JSON."""

    key: str = Field(primary_key=True)
    value: Any = Field(sa_type=JSONText)


class Circle(SQLModel, table=True):
    """A layer of the personal network: 0 is the innermost (support clique)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    position: int = Field(index=True)
    default_cadence_days: int
    size_hint: int


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    circle_id: int | None = Field(default=None, foreign_key="circle.id", ondelete="SET NULL")
    cadence_days: int | None = None  # None: the circle's default
    birthday_month: int | None = None
    birthday_day: int | None = None
    birthday_year: int | None = None
    notes: str = ""
    archived: bool = Field(default=False, index=True)
    photo: bytes | None = None
    created_at: datetime = _dt(nullable=False)
    updated_at: datetime = _dt(nullable=False)
    # Schema 4 added it to the end of the table (with a default, as SQLite's ADD COLUMN needs).
    nickname: str = Field(default="", sa_column=Column(String(), nullable=False, server_default=""))


class PersonDate(SQLModel, table=True):
    """A date that matters to a person besides their birthday: an anniversary, or a date with the
    user's own label. The year is optional for a date that repeats every year."""

    __table_args__ = (Index("ix_persondate_person", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    kind: str  # anniversary | custom
    label: str = ""
    month: int
    day: int
    year: int | None = None
    yearly: bool = True


class RelatedName(SQLModel, table=True):
    """Someone a person is related to, by name only ("Sam", labelled "spouse"), as address books
    keep them; not a person in Companion."""

    __table_args__ = (Index("ix_relatedname_person", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    label: str = ""
    name: str


class ContactMethod(SQLModel, table=True):
    """A way to reach a person: a phone number, an email address or a handle."""

    __table_args__ = (Index("ix_contactmethod_person", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    kind: str  # phone | email | handle
    label: str = ""
    value: str


class Tag(SQLModel, table=True):
    """A label the user puts on people ("school friends") or on moods ("walk")."""

    __table_args__ = (UniqueConstraint("scope", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    scope: str  # person | mood
    name: str


class PersonTag(SQLModel, table=True):
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")


class Interaction(SQLModel, table=True):
    """A time the user and one or more people were in touch."""

    id: int | None = Field(default=None, primary_key=True)
    occurred_at: datetime = _dt(nullable=False, index=True)
    local_day: date = Field(index=True)
    channel: str  # in_person | call | video | message | social_media | letter | other
    initiated_by: str = "me"  # me | them | both
    feeling: int | None = None  # 1 draining … 5 energising
    note: str = ""
    created_at: datetime = _dt(nullable=False)


class InteractionPerson(SQLModel, table=True):
    __table_args__ = (Index("ix_interactionperson_person", "person_id", "interaction_id"),)
    interaction_id: int = Field(foreign_key="interaction.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")


class LastContact(SQLModel, table=True):
    """Each person's latest interaction time, for people with at least one. Derived data: SQL
    triggers (companion/storage/migrations.py) keep it equal to the latest `occurred_at` over the person's
    interactions on every write, so reading it costs one row per person, not one per interaction."""

    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    occurred_at: datetime = _dt(nullable=False)


class MoodEntry(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    logged_at: datetime = _dt(nullable=False, index=True)
    local_day: date = Field(index=True)
    level: int  # 1 … 5
    energy: int | None = None  # 1 … 5
    emotions: list[str] = Field(default_factory=list, sa_type=JSONText)
    note: str = ""
    source: str = "app"  # app | daylio | json
    fingerprint: str | None = Field(default=None, unique=True)  # for duplicate-free re-imports
    created_at: datetime = _dt(nullable=False)


class MoodTag(SQLModel, table=True):
    mood_entry_id: int = Field(foreign_key="moodentry.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")


class MoodPerson(SQLModel, table=True):
    mood_entry_id: int = Field(foreign_key="moodentry.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")


class JournalEntry(SQLModel, table=True):
    """A guided-prompt answer or free writing."""

    id: int | None = Field(default=None, primary_key=True)
    written_at: datetime = _dt(nullable=False, index=True)
    local_day: date = Field(index=True)
    prompt_id: str = ""
    prompt: str = ""
    text: str


class AssessmentResult(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    instrument: str = Field(index=True)
    taken_at: datetime = _dt(nullable=False, index=True)
    answers: list[int] = Field(sa_type=JSONText)
    total: int
    band: str
    flags: list[str] = Field(default_factory=list, sa_type=JSONText)
    # The language of the words answered: "en" for the English form, or the language of the
    # official translation shown ("de", "es"). None for a result saved before schema 5 (or by a
    # caller that did not say): not recorded, read as the English form.
    language: str | None = None


class AssessmentDraft(SQLModel, table=True):
    """An unfinished check-in, so it can be resumed."""

    instrument: str = Field(primary_key=True)
    answers: list[int] = Field(default_factory=list, sa_type=JSONText)
    started_at: datetime = _dt(nullable=False)
    # The language of the form it was started in, so resuming shows the same words.
    language: str | None = None


class ScreenTimeEntry(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("day", "category", "source", "origin"),)
    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    category: str
    minutes: float
    source: str = "self_report"  # self_report | activitywatch
    # For an import, the bucket the minutes came from ("host/bucket id"), so importing one bucket
    # again replaces only its own minutes; "" for self-reports and imports before schema 3.
    origin: str = ""


class Boundary(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    template: str = "custom"
    title: str
    category: str | None = None
    limit_minutes: int | None = None
    starts_at: str | None = None  # "22:00"
    ends_at: str | None = None
    weekdays: list[int] = Field(default_factory=lambda: list(range(7)), sa_type=JSONText)
    active: bool = True
    created_at: datetime = _dt(nullable=False)


class BoundaryCheck(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("boundary_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    boundary_id: int = Field(foreign_key="boundary.id", ondelete="CASCADE")
    day: date = Field(index=True)
    result: str  # kept | partly | not_today
    note: str = ""


class Reflection(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    answered_at: datetime = _dt(nullable=False, index=True)
    local_day: date = Field(index=True)
    prompt_id: str
    prompt: str
    answer: str


class NudgeRecord(SQLModel, table=True):
    """A nudge that was shown, and what the user did with it."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    key: str = Field(index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE")
    shown_at: datetime = _dt(nullable=False, index=True)
    action: str = "shown"  # shown | done | snoozed | dismissed
    snooze_until: datetime | None = _dt(nullable=True)
