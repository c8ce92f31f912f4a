"""Shared test helpers: making small real vaults, fingerprinting folders, running the CLI, and the
writer processes the crash-safety tests kill (with their shared kill budget)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.facade import Companion
    from companion.platform.clock import FakeClock

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Real files exported by other programs, kept beside the checkout (absent from a bare clone).
REALDATA = PROJECT_ROOT.parent / "shared" / "realdata"
PASSPHRASE = "a calm river at dawn"
# A fixed moment, so records don't depend on the real clock.
T0 = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
D0 = date(2026, 3, 14)


@dataclass(frozen=True)
class MadeVault:
    root: Path
    passphrase: str
    recovery_code: str
    data_key: bytes

    @property
    def db(self) -> Path:
        return self.root / "companion.db"

    @property
    def key(self) -> Path:
        return self.root / "companion.key"


def add_sample_records(session: object) -> None:
    """A person with a contact method, an interaction with them, and a mood entry."""
    from companion.storage.models import (
        ContactMethod,
        Interaction,
        InteractionPerson,
        MoodEntry,
        Person,
    )

    person = Person(name="Ada Byron", notes="likes long walks", created_at=T0, updated_at=T0)
    session.add(person)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(ContactMethod(person_id=person.id, kind="email", value="ada@example.org"))  # type: ignore[attr-defined]
    meeting = Interaction(
        occurred_at=T0, local_day=D0, channel="call", note="caught up", created_at=T0
    )
    session.add(meeting)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(InteractionPerson(interaction_id=meeting.id, person_id=person.id))  # type: ignore[attr-defined]
    session.add(  # type: ignore[attr-defined]
        MoodEntry(logged_at=T0, local_day=D0, level=4, emotions=["calm"], note="ok", created_at=T0)
    )


def make_vault(
    root: Path,
    passphrase: str = PASSPHRASE,
    *,
    records: bool = True,
    country: str | None = None,
    start: datetime | None = None,
) -> MadeVault:
    """The tests' one vault factory: a closed vault in `root` with no keyring, optionally holding
    the sample records, made on `start` (a fake clock) when given."""
    from companion.facade import Companion
    from companion.platform.clock import FakeClock
    from companion.vault.keys import parse_recovery_code
    from companion.vault.keystore import NoKeyStore

    clock = FakeClock(start) if start is not None else None
    companion, code = Companion.create(
        root, passphrase, country=country, keystore=NoKeyStore(), clock=clock
    )
    try:
        if records:
            with companion.vault.session() as session:
                add_sample_records(session)
    finally:
        companion.close()
    return MadeVault(Path(root), passphrase, code, parse_recovery_code(code))


def make_template(root: Path, start: datetime, *, country: str | None = None) -> tuple[Path, str]:
    """An empty vault made on `start`, as (folder, recovery code), for `open_copy`. Making a vault
    costs an Argon2id derivation; a copy opened with its recovery code is the same real SQLCipher
    file as a new profile, in a few milliseconds."""
    made = make_vault(root, records=False, country=country, start=start)
    return made.root, made.recovery_code


def open_copy(template: tuple[Path, str], folder: Path, clock: FakeClock) -> Companion:
    """Copy the template's profile into `folder`/profile and open it with its recovery code."""
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    source, code = template
    profile = folder / "profile"
    shutil.copytree(source, profile)
    return Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock)


def _no_full() -> Any:
    raise AssertionError("the glance asked for the full Companion")


def glance_at(companion: Companion, clock: FakeClock, full: Callable[[], Any] = _no_full) -> Any:
    """The first screen's glance at `companion`'s vault; `full` stands in for opening the full
    Companion (by default asking for it fails the test)."""
    from companion.storage.glance import Glance
    from companion.vault.keystore import NoKeyStore
    from companion.vault.unlocking import find_key

    found = find_key(
        companion.profile.root, passphrase=PASSPHRASE, keystore=NoKeyStore(), exclusive=False
    )
    glance = Glance.open(found, clock, full)
    assert glance is not None
    return glance


def copy_vault(made: MadeVault, root: Path) -> MadeVault:
    shutil.copytree(made.root, root)
    return MadeVault(Path(root), made.passphrase, made.recovery_code, made.data_key)


def add_every_kind(companion: Companion) -> None:
    """Rows in every table, with the awkward values an export must carry: bytes, floats, lists,
    nulls, non-ASCII text and times that are not midnight UTC."""
    from companion.storage.models import (
        AssessmentDraft,
        AssessmentResult,
        Boundary,
        BoundaryCheck,
        ContactMethod,
        Interaction,
        InteractionPerson,
        JournalEntry,
        MoodEntry,
        MoodPerson,
        MoodTag,
        NudgeRecord,
        Person,
        PersonTag,
        Reflection,
        ScreenTimeEntry,
        Setting,
        Tag,
    )

    day = date(2026, 3, 13)
    with companion.vault.session() as s:
        zoe = Person(
            name="Zoë Ñúñez",
            circle_id=1,
            cadence_days=10,
            birthday_month=2,
            birthday_day=29,
            notes='línea 1\nline 2, "quoted"',
            photo=bytes(range(256)),
            created_at=T0,
            updated_at=T0,
        )
        sam = Person(name="Sam", archived=True, created_at=T0, updated_at=T0)
        s.add(zoe)
        s.add(sam)
        s.flush()
        s.add(
            ContactMethod(person_id=zoe.id, kind="phone", label="mobile", value="+44 7700 900123")
        )
        tag = Tag(scope="person", name="school friends")
        mood_tag = Tag(scope="mood", name="walk")
        s.add(tag)
        s.add(mood_tag)
        s.flush()
        s.add(PersonTag(person_id=zoe.id, tag_id=tag.id))
        talk = Interaction(
            occurred_at=datetime(2026, 3, 13, 22, 15, 7, 123456, tzinfo=UTC),
            local_day=day,
            channel="video",
            initiated_by="them",
            feeling=5,
            note="🎉 long call",
            created_at=T0,
        )
        s.add(talk)
        mood = MoodEntry(
            logged_at=T0,
            local_day=day,
            level=2,
            energy=3,
            emotions=["tired", "hopeful"],
            note="",
            source="daylio",
            fingerprint="abc123",
            created_at=T0,
        )
        s.add(mood)
        s.flush()
        s.add(InteractionPerson(interaction_id=talk.id, person_id=zoe.id))
        s.add(InteractionPerson(interaction_id=talk.id, person_id=sam.id))
        s.add(MoodTag(mood_entry_id=mood.id, tag_id=mood_tag.id))
        s.add(MoodPerson(mood_entry_id=mood.id, person_id=zoe.id))
        s.add(
            JournalEntry(
                written_at=T0, local_day=day, prompt_id="p1", prompt="What helped?", text="A walk."
            )
        )
        s.add(
            AssessmentResult(
                instrument="who5",
                taken_at=T0,
                answers=[3, 4, 2, 3, 5],
                total=68,
                band="ok",
                flags=[],
            )
        )
        s.add(AssessmentDraft(instrument="phq9", answers=[1, 0], started_at=T0))
        s.add(ScreenTimeEntry(day=day, category="social", minutes=92.25, source="activitywatch"))
        boundary = Boundary(
            title="No phone at dinner",
            starts_at="18:30",
            ends_at="19:30",
            weekdays=[0, 2, 4],
            created_at=T0,
        )
        s.add(boundary)
        s.flush()
        s.add(BoundaryCheck(boundary_id=boundary.id, day=day, result="partly", note="mostly"))
        s.add(
            Reflection(
                answered_at=T0,
                local_day=day,
                prompt_id="r1",
                prompt="Who made you smile?",
                answer="Zoë",
            )
        )
        s.add(
            NudgeRecord(
                kind="reach_out",
                key="person:1",
                person_id=zoe.id,
                shown_at=T0,
                action="snoozed",
                snooze_until=datetime(2026, 3, 15, 8, 0, tzinfo=UTC),
            )
        )
        s.add(Setting(key="backup.keep", value=3))


def tables_of(companion: Companion) -> dict[str, list[dict[str, object]]]:
    from companion.storage.export import export_document

    return export_document(companion)["tables"]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> sha256), so "left untouched" can be checked."""
    result: dict[str, str] = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def file_bytes(folder: Path) -> dict[str, bytes]:
    """The files directly in `folder`, name -> content."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ mask]))


def cli_env(**extra: str) -> dict[str, str]:
    """The current (isolated) environment for a CLI subprocess, with the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("COMPANION_PASSPHRASE", None)
    env.update(extra)
    return env


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    module: str = "companion",
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """The command line as a person runs it: `companion` for the core's commands, `companion_app`
    (the installed `companion` script) for those that need the GUI side, such as the report.
    Standard input is `input` piped in, else empty."""
    stdin: dict[str, Any] = {"input": input} if input is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env if env is not None else cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=PROJECT_ROOT,
        **stdin,
    )


# --- crash safety: the kill budget, and the writers the crash tests kill ---------------------------
#
# The promise: a writer killed with SIGKILL at 200 random moments across inserts, updates, imports,
# migrations and key rotation loses nothing it reported as saved and never damages the vault.
# These are the kills per kind in a normal run (200 in all). COMPANION_CRASH_SCALE (a float,
# default 1.0) multiplies every one of them for a longer run at a desk, e.g. 10 for 2,000 kills.
CRASH_BUDGET = {
    "inserts": 70,  # tests/core/test_crash_safety.py
    "imports": 50,  # tests/core/test_crash_imports.py
    "migrations": 40,  # tests/storage/test_crash_migration.py
    "rotation": 40,  # tests/storage/test_crash_rotation.py
}

# What the writers need, imported once by the fork server rather than by every writer.
_PRELOAD = [
    "tests.helpers",
    "companion.facade",
    "companion.storage.rotation",
    "companion.storage.export",
    "companion.services.daylio_import",
    "companion.services.contacts_import",
]


def crash_kills(kind: str) -> int:
    """This kind's share of the kill budget, scaled by COMPANION_CRASH_SCALE."""
    scale = float(os.environ.get("COMPANION_CRASH_SCALE", "1.0"))
    return max(1, round(CRASH_BUDGET[kind] * scale))


def crash_seed(default: int) -> int:
    return int(os.environ.get("COMPANION_CRASH_SEED", str(default)))


class Writer:
    """A writer in a process of its own, to be killed with SIGKILL at any moment.

    It is forked from a multiprocessing fork server that has already imported the app (and nothing
    else: no vault is open in the server), so a round costs milliseconds instead of a Python
    start-up. SIGKILL ends it like any other process: no atexit, no finally, no flush.

    `target(report, *args)` runs in the writer; `report(line)` hands a line to the test only once
    it has been written whole into the pipe, so a line the test reads was really reported.
    """

    def __init__(self, target: object, *args: object) -> None:
        import multiprocessing

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        self._pipe, child_end = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_writer_entry, args=(target, child_end, *args), daemon=True
        )
        self.process.start()
        child_end.close()  # only the writer holds the sending end, so its death reads as EOF
        self.lines: list[str] = []
        self._ended = False

    def read_line(self, timeout: float = 120) -> str:
        """The next line the writer reports; fails with the writer's traceback if it crashed."""
        assert not self._ended, "the writer has already stopped"
        assert self._pipe.poll(timeout), f"the writer said nothing for {timeout} s"
        try:
            line = self._pipe.recv()
        except EOFError:
            self._ended = True
            raise AssertionError(
                f"the writer stopped on its own: {self.process.exitcode}"
            ) from None
        self._raise_if_failed(line)
        self.lines.append(line)
        return line

    def wait_for(self, wanted: str, timeout: float = 120) -> None:
        while self.read_line(timeout) != wanted:
            pass

    def kill(self) -> list[str]:
        """SIGKILL the writer, then every line it reported (a half-sent one never counts)."""
        import signal

        self.process.kill()
        self.process.join(60)
        while not self._ended:
            try:
                if not self._pipe.poll(5):
                    break
                line = self._pipe.recv()
            except (EOFError, OSError):
                break
            self._raise_if_failed(line)
            self.lines.append(line)
        self._pipe.close()
        assert self.process.exitcode == -signal.SIGKILL, (
            f"the writer ended with {self.process.exitcode}, not by the kill"
        )
        return self.lines

    def _raise_if_failed(self, line: str) -> None:
        if line.startswith("!failed\n"):
            self.process.kill()
            raise AssertionError("the writer failed:\n" + line.removeprefix("!failed\n"))


def _writer_entry(target: Any, pipe: Any, *args: object) -> None:
    import traceback

    try:
        target(pipe.send, *args)
    except BaseException:
        pipe.send("!failed\n" + traceback.format_exc())
        raise


def _unlock(profile: str, recovery_code: str) -> Any:
    """Open a profile with the raw key from the recovery code: no Argon2, no keyring."""
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    return Companion.unlock(
        profile, recovery_code=recovery_code, keystore=NoKeyStore(), verify=False
    )


def insert_writer(report: Callable[[str], None], profile: str, code: str, run: int) -> None:
    """Insert people forever; each transaction also updates the person added just before.

    Reports "ready" once the vault is open, then "ID PREVIOUS_ID NAME" after each commit returned
    (committed durably: WAL with synchronous=FULL). Names are "writer RUN.N", so a commit that was
    never reported can still be checked for wholeness.
    """
    from companion.storage.models import Person

    companion = _unlock(profile, code)
    report("ready")
    previous: int | None = None
    n = 0
    while True:
        n += 1
        name = f"writer {run}.{n}"
        with companion.vault.session() as session:
            person = Person(name=name, notes="x" * (n % 97), created_at=T0, updated_at=T0)
            session.add(person)
            if previous is not None:
                old = session.get(Person, previous)
                assert old is not None
                old.notes = f"updated by {name}"
                session.add(old)
            session.flush()
            new_id = person.id
        report(f"{new_id} {previous or 0} {name}")
        previous = new_id


# The imports writer's jobs: job K imports one real file. Even jobs are Daylio exports, each made
# new by moving its dates on by whole years (Daylio entries are deduplicated, so the same file twice
# would add nothing the second time); odd jobs are vCard files imported with every card as a new
# person (the choice the preview offers for a likely duplicate too).


def import_job(k: int, daylio: Sequence[Path], vcards: Sequence[Path]) -> tuple[str, Path, int]:
    """(kind, source file, years to move Daylio dates on by) for job K."""
    if k % 2 == 0:
        j = k // 2
        return "daylio", daylio[j % len(daylio)], j // len(daylio) + 1
    j = k // 2
    return "vcard", vcards[j % len(vcards)], 0


def daylio_variant(source: Path, years: int, folder: Path) -> Path:
    """A copy of a real Daylio export with every `full_date` moved on by `years` (BOM, odd rows and
    all); other columns are kept as they are."""
    import csv
    import io
    import re

    raw = source.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    for row in rows[1:]:
        if row and re.fullmatch(r"\d{4}-\d\d-\d\d", row[0]):
            row[0] = f"{int(row[0][:4]) + years}{row[0][4:]}"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    target = Path(folder) / f"{source.stem}+{years}y.csv"
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    tmp.replace(target)
    return target


def import_writer(
    report: Callable[[str], None],
    profile: str,
    code: str,
    first_job: int,
    daylio: list[Path],
    vcards: list[Path],
    scratch: str,
) -> None:
    """Import real files through each service's preview and commit, job after job from `first_job`.

    Reports "ready", then "begin K" before job K's commit and "done K KIND FILE COUNT" once it has
    returned (COUNT: mood entries or people added).
    """
    companion = _unlock(profile, code)
    report("ready")
    k = first_job
    while True:
        kind, source, years = import_job(k, daylio, vcards)
        if kind == "daylio":
            preview = companion.daylio.preview(daylio_variant(source, years, Path(scratch)))
            # Custom mood names need a level from the user; "meh" stands in for their choice.
            mapping = {name: 3 for name in preview.unmapped}
            report(f"begin {k}")
            summary = companion.daylio.commit(preview, mapping)
            assert summary.imported == preview.new, (summary, preview.new)
            count = summary.imported
        else:
            contacts = companion.contacts_import.preview(source)
            decisions: dict[int, Any] = {c.position: "import" for c in contacts.contacts}
            report(f"begin {k}")
            added = companion.contacts_import.commit(contacts, decisions=decisions)
            count = added.added
        report(f"done {k} {kind} {source.name} {count}")
        k += 1


# The migration writer runs a *synthetic* schema 2: the product has no schema 2 yet, so only the
# writer process and the test's own checks (through monkeypatch) register it. It adds a column to
# the mood entries and rewrites every one of them, in the product's one migration transaction.
SYNTHETIC_COLUMN = "note_length"
SYNTHETIC_SUFFIX = " [schema 2]"
_step_report: Callable[[str], None] | None = None
# The chunk after which the writer holds, inside the open migration transaction, until it is
# killed; None runs the step through.
_hold_after: int | None = None
SYNTHETIC_CHUNKS = 6


def synthetic_migration(conn: Any) -> None:
    """Schema 1 -> 2 (synthetic, for the crash test only): a new column and every row rewritten,
    in SYNTHETIC_CHUNKS slices of the ids, each reported as "rewrote k" once it is written."""
    import time

    if _step_report is not None:
        _step_report("migrating")
    conn.exec_driver_sql(f"ALTER TABLE moodentry ADD COLUMN {SYNTHETIC_COLUMN} INTEGER")
    low, high = conn.exec_driver_sql("SELECT min(id), max(id) FROM moodentry").one()
    size = (high - low) // SYNTHETIC_CHUNKS + 1
    for k in range(SYNTHETIC_CHUNKS):
        conn.exec_driver_sql(
            f"UPDATE moodentry SET note = note || '{SYNTHETIC_SUFFIX}', "
            f"{SYNTHETIC_COLUMN} = length(note) WHERE id >= ? AND id < ?",
            (low + k * size, low + (k + 1) * size),
        )
        if _step_report is not None:
            _step_report(f"rewrote {k}")
        while _hold_after == k:  # held mid-transaction until the test's SIGKILL
            time.sleep(60)


def use_synthetic_schema_2(vault_module: Any) -> None:
    vault_module.SCHEMA_VERSION = 2
    vault_module.MIGRATIONS[1] = synthetic_migration


def migration_writer(
    report: Callable[[str], None], profile: str, code: str, hold_after: int | None = None
) -> None:
    """Open a schema-1 profile under the synthetic schema 2 (so it migrates), then wait to be killed.

    Reports "opening", "migrating" as the step starts, "rewrote k" after each slice of it, and
    "migrated" once the vault is open. With hold_after it stops for good after that slice, inside
    the migration transaction, so a kill is known to land there.
    """
    import time

    import companion.storage.engine

    global _step_report, _hold_after
    _step_report = report
    _hold_after = hold_after
    use_synthetic_schema_2(companion.storage.engine)
    report("opening")
    companion_ = _unlock(profile, code)
    assert companion_.vault.schema_version() == 2
    report("migrated")
    while True:
        time.sleep(60)


def rotation_writer(report: Callable[[str], None], profile: str, passphrase: str) -> None:
    """Rotate the key again and again, reporting each step as it starts ("ready" first)."""
    from companion.facade import Companion
    from companion.storage.rotation import rotate_key
    from companion.vault.keystore import NoKeyStore

    companion = Companion.unlock(profile, passphrase=passphrase, keystore=NoKeyStore())
    report("ready")
    while True:
        rotate_key(companion, passphrase, progress=report)
