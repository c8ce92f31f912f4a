"""The schema's own steps: the triggers that keep derived data (`lastcontact`) in the database
itself, and the numbered migrations from one schema version to the next. companion.storage.engine
runs them, in one transaction with the new version, after keeping a copy of the old file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


# --- derived data kept by the database itself ------------------------------------------------------
#
# `lastcontact` holds each person's latest interaction time, so reading it costs one row per person
# instead of a join over every interaction ever logged. Triggers, not Python, keep it equal to
#   SELECT ip.person_id, max(i.occurred_at) FROM interactionperson ip
#   JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id
# so every write path is covered: the ORM, bulk inserts, JSON imports, foreign-key cascades (SQLite
# fires the child table's DELETE triggers for them) and a stock SQLite session. max() over the text
# is chronological because UTCDateTime stores fixed-width ISO 8601 in UTC.


def _recompute_last_contact(person: str) -> str:
    """Statements that set one person's row from scratch: gone when no interaction is left.

    The EXISTS guard is for a person being deleted: their row is already gone while the cascade
    deletes their links one by one, so the links not yet deleted must not put back a row that
    points at nobody. (The last link's delete would remove it again; the guard keeps every step
    of the cascade consistent instead of relying on that.)"""
    return f"""DELETE FROM lastcontact WHERE person_id = {person};
    INSERT INTO lastcontact (person_id, occurred_at)
    SELECT ip.person_id, max(i.occurred_at)
    FROM interactionperson AS ip JOIN interaction AS i ON i.id = ip.interaction_id
    WHERE ip.person_id = {person} AND EXISTS (SELECT 1 FROM person WHERE person.id = {person})
    GROUP BY ip.person_id;"""


# The triggers of schema 2. A later schema that changes them keeps this tuple as it is (the 1 -> 2
# step uses it) and adds a step of its own.
LAST_CONTACT_TRIGGERS_V2 = (
    # A new link can only move the person's last contact later: an upsert, no recount. (The SELECT
    # has a WHERE clause, which SQLite needs to parse INSERT ... SELECT ... ON CONFLICT at all.)
    """CREATE TRIGGER lastcontact_link_added AFTER INSERT ON interactionperson
BEGIN
    INSERT INTO lastcontact (person_id, occurred_at)
    SELECT NEW.person_id, i.occurred_at FROM interaction AS i WHERE i.id = NEW.interaction_id
    ON CONFLICT (person_id) DO UPDATE SET occurred_at = excluded.occurred_at
    WHERE excluded.occurred_at > lastcontact.occurred_at;
END""",
    f"""CREATE TRIGGER lastcontact_link_removed AFTER DELETE ON interactionperson
BEGIN
    {_recompute_last_contact("OLD.person_id")}
END""",
    f"""CREATE TRIGGER lastcontact_link_changed AFTER UPDATE ON interactionperson
BEGIN
    {_recompute_last_contact("OLD.person_id")}
    {_recompute_last_contact("NEW.person_id")}
END""",
    """CREATE TRIGGER lastcontact_time_changed AFTER UPDATE OF occurred_at ON interaction
WHEN NEW.occurred_at IS NOT OLD.occurred_at
BEGIN
    DELETE FROM lastcontact WHERE person_id IN
        (SELECT person_id FROM interactionperson WHERE interaction_id = NEW.id);
    INSERT INTO lastcontact (person_id, occurred_at)
    SELECT ip.person_id, max(i.occurred_at)
    FROM interactionperson AS ip JOIN interaction AS i ON i.id = ip.interaction_id
    WHERE ip.person_id IN (SELECT person_id FROM interactionperson WHERE interaction_id = NEW.id)
    GROUP BY ip.person_id;
END""",
)

# The table as schema 2 made it: the very text SQLAlchemy writes for models.LastContact, so a
# migrated vault and a new one hold the same schema.
_LAST_CONTACT_TABLE_V2 = (
    "CREATE TABLE lastcontact (\n"
    "\tperson_id INTEGER NOT NULL, \n"
    "\toccurred_at VARCHAR(32) NOT NULL, \n"
    "\tPRIMARY KEY (person_id), \n"
    "\tFOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE\n"
    ")"
)


def install_last_contact_triggers(conn: Connection) -> None:
    """Add the triggers that keep `lastcontact` (made by create_all) up to date."""
    for ddl in LAST_CONTACT_TRIGGERS_V2:
        conn.exec_driver_sql(ddl)


def _schema_1_to_2(conn: Connection) -> None:
    """Schema 1 -> 2: the `lastcontact` table and its triggers, filled from the interactions."""
    conn.exec_driver_sql(_LAST_CONTACT_TABLE_V2)
    for ddl in LAST_CONTACT_TRIGGERS_V2:
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql(
        "INSERT INTO lastcontact (person_id, occurred_at) "
        "SELECT ip.person_id, max(i.occurred_at) "
        "FROM interactionperson AS ip JOIN interaction AS i ON i.id = ip.interaction_id "
        "GROUP BY ip.person_id"
    )


# The table as schema 3 made it: the very text SQLAlchemy writes for models.ScreenTimeEntry.
_SCREEN_TIME_TABLE_V3 = (
    "CREATE TABLE screentimeentry (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tday DATE NOT NULL, \n"
    "\tcategory VARCHAR NOT NULL, \n"
    "\tminutes FLOAT NOT NULL, \n"
    "\tsource VARCHAR NOT NULL, \n"
    "\torigin VARCHAR NOT NULL, \n"
    "\tPRIMARY KEY (id), \n"
    "\tUNIQUE (day, category, source, origin)\n"
    ")"
)


def _schema_2_to_3(conn: Connection) -> None:
    """Schema 2 -> 3: screen-time rows say which ActivityWatch bucket they came from (`origin`),
    so importing one bucket replaces only that bucket's minutes. Rows from before keep "" (their
    bucket is unknown); SQLite changes a unique constraint only by rebuilding the table."""
    conn.exec_driver_sql("ALTER TABLE screentimeentry RENAME TO screentimeentry_v2")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_screentimeentry_day")
    conn.exec_driver_sql(_SCREEN_TIME_TABLE_V3)
    conn.exec_driver_sql("CREATE INDEX ix_screentimeentry_day ON screentimeentry (day)")
    conn.exec_driver_sql(
        "INSERT INTO screentimeentry (id, day, category, minutes, source, origin) "
        "SELECT id, day, category, minutes, source, '' FROM screentimeentry_v2"
    )
    conn.exec_driver_sql("DROP TABLE screentimeentry_v2")


# The tables as schema 4 made them: the very text SQLAlchemy writes for models.PersonDate and
# models.RelatedName.
_PERSON_DATE_TABLE_V4 = (
    "CREATE TABLE persondate (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tperson_id INTEGER NOT NULL, \n"
    "\tkind VARCHAR NOT NULL, \n"
    "\tlabel VARCHAR NOT NULL, \n"
    "\tmonth INTEGER NOT NULL, \n"
    "\tday INTEGER NOT NULL, \n"
    "\tyear INTEGER, \n"
    "\tyearly BOOLEAN NOT NULL, \n"
    "\tPRIMARY KEY (id), \n"
    "\tFOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE\n"
    ")"
)
_RELATED_NAME_TABLE_V4 = (
    "CREATE TABLE relatedname (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tperson_id INTEGER NOT NULL, \n"
    "\tlabel VARCHAR NOT NULL, \n"
    "\tname VARCHAR NOT NULL, \n"
    "\tPRIMARY KEY (id), \n"
    "\tFOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE\n"
    ")"
)


def _schema_3_to_4(conn: Connection) -> None:
    """Schema 3 -> 4: a person's other dates that matter (`persondate`), the names of people
    they are related to (`relatedname`) and a nickname, so a vCard's ANNIVERSARY, X-ABDATE,
    NICKNAME and related names are kept. Existing people get an empty nickname."""
    conn.exec_driver_sql("ALTER TABLE person ADD COLUMN nickname VARCHAR DEFAULT '' NOT NULL")
    conn.exec_driver_sql(_PERSON_DATE_TABLE_V4)
    conn.exec_driver_sql("CREATE INDEX ix_persondate_person ON persondate (person_id)")
    conn.exec_driver_sql(_RELATED_NAME_TABLE_V4)
    conn.exec_driver_sql("CREATE INDEX ix_relatedname_person ON relatedname (person_id)")


def _schema_4_to_5(conn: Connection) -> None:
    """Schema 4 -> 5: a check-in result and a draft say which language's words were answered
    (`language`: "en", or an official translation's language), so the history and the report can
    say it. Rows from before keep NULL: their language was not recorded."""
    conn.exec_driver_sql("ALTER TABLE assessmentresult ADD COLUMN language VARCHAR")
    conn.exec_driver_sql("ALTER TABLE assessmentdraft ADD COLUMN language VARCHAR")


# Numbered steps from one schema version to the next: MIGRATIONS[n] takes version n to n + 1.
# Each runs inside the same transaction that stamps the new version.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _schema_1_to_2,
    2: _schema_2_to_3,
    3: _schema_3_to_4,
    4: _schema_4_to_5,
}
