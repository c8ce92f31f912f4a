"""The encrypted database: opening it with the raw data key, the pragmas that keep it private and
durable, the schema version, and running the migrations (companion.storage.migrations) after
keeping an encrypted copy of the old file."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from companion.domain.errors import StorageError, VaultCorrupt, VaultInUse, VaultMissing
from companion.domain.i18n import _, ngettext
from companion.platform.fileio import disk_error, fsync_dir
from companion.platform.private_files import create_private_file
from companion.storage.migrations import MIGRATIONS, install_last_contact_triggers
from companion.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session, SQLModel

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
MIN_VAULT_BYTES = 1024  # one SQLCipher page is 4096 bytes; anything shorter was never a vault


# Every connection, the ORM's and the read layer's alike, right after the key.
CONNECTION_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 3000",
    # This is the first read of the file: a wrong key or a damaged file fails here.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)


def _set_up(dbapi_conn: Any) -> None:
    """After the key: transactions are begun explicitly (pysqlite's own are unreliable for DDL),
    then the pragmas."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in CONNECTION_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def driver_connection(path: Path, data_key: bytes) -> Any:
    """A keyed SQLCipher connection without SQLAlchemy, set up as the engine sets up its own."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")  # the first statement
        _set_up(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _engine(path: Path, data_key: bytes) -> Engine:
    from sqlalchemy import URL, create_engine, event

    from companion.storage import models as _models  # noqa: F401 - registers the tables

    url = URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(path))
    engine = create_engine(url, module=sqlcipher3)

    @event.listens_for(engine, "connect")
    def _after_key(dbapi_conn: Any, _record: Any) -> None:
        # The dialect has already sent PRAGMA key as the first statement.
        _set_up(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def trim_heap() -> bool:
    """Return freed heap memory to the OS where the C library offers it (glibc's malloc_trim).
    False where there is no such call."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols, libc's among them
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows, musl)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
    return True


def _looks_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_PLAIN_HEADER
    except OSError:
        return False


def _classify(exc: Exception, path: Path) -> Exception:
    """Map a driver error on open to the user's situation."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "locked" in message or "busy" in message:
        return VaultInUse(
            _("The vault is busy in another Companion window or process. Close it and try again.")
        )
    if "not a database" in message or "malformed" in message or "hmac" in message:
        if _looks_plain_sqlite(path):
            return VaultCorrupt(
                _(
                    "{file} is an unencrypted SQLite file, not a Companion vault. It was left untouched."
                ).format(file=path)
            )
        return VaultCorrupt(
            _(
                "The vault {file} can't be read with this key: the file is damaged, was changed "
                "outside Companion, or belongs to another key file. It was left untouched."
            ).format(file=path)
        )
    orig = getattr(exc, "orig", exc)
    # The standard library's sqlite3 raises only where a plain SQLite engine is used (the
    # benchmark's unencrypted twin); it is not imported for this check alone.
    plain = sys.modules.get("sqlite3")
    kinds = (sqlcipher3.OperationalError, *((plain.OperationalError,) if plain else ()))
    if isinstance(orig, kinds):
        if "disk" in message and "full" in message:
            return disk_error(OSError(errno.ENOSPC, "disk full"), _("the vault"))
        if "disk i/o error" in message and _no_space_left(path.parent):
            # With no space at all, SQLite can't make the -wal and -shm files it opens with and
            # says only "disk I/O error".
            return StorageError(
                _(
                    "The disk is full, so Companion can't open the vault (it needs a little room to "
                    "work). Free some space and try again; the vault was left untouched."
                )
            )
        if "disk i/o error" in message:
            return StorageError(
                _(
                    "The disk holding {folder} reported an error while Companion read the vault. It was "
                    "left untouched; check the disk, then try again."
                ).format(folder=path.parent)
            )
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            return StorageError(
                _(
                    "Companion can't write to {folder}. Check the folder's permissions, or choose "
                    "another profile folder."
                ).format(folder=path.parent)
            )
    return exc


def _no_space_left(folder: Path) -> bool:
    """Whether the disk holding `folder` has less than a page or two free for this account."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        try:
            return shutil.disk_usage(folder).free < 16384
        except OSError:
            return False
    return stats.f_bavail * stats.f_frsize < 16384


class Vault:
    """An open, keyed SQLCipher database.

    Reads (`reading()`), plain writes (`writing()`) and pragmas go through one driver connection
    with no SQLAlchemy; the ORM's engine (`engine`, `session()`) is made when first needed, so a
    window that only reads never loads SQLAlchemy. Once the engine exists, everything goes
    through its connections, so a read inside a unit of work sees what it has written."""

    def __init__(
        self, path: Path, engine: Engine | None = None, *, data_key: bytes | None = None
    ) -> None:
        self.path = path
        self._engine = engine
        self._data_key = data_key
        self._driver: Any = None  # the connection used until the engine exists
        self._lock = threading.RLock()  # one thread at a time on that connection

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine (the write path), made on first use."""
        with self._lock:
            if self._engine is None:
                if self._data_key is None:
                    raise StorageError(_("This vault was opened without its key."))
                self._engine = _engine(self.path, self._data_key)
                if self._driver is not None and not self._driver.in_transaction:
                    self._driver.close()
                    self._driver = None
            return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        with self._lock:
            self._engine = engine

    @property
    def write_path_loaded(self) -> bool:
        """Whether SQLAlchemy's engine has been made (a write, or a read that needed it)."""
        return self._engine is not None

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, data_key: bytes) -> Vault:
        from sqlalchemy.exc import DatabaseError, OperationalError
        from sqlmodel import SQLModel

        path = Path(path)
        if path.exists():
            raise StorageError(
                _("There is already a vault at {file}; it was left untouched.").format(file=path)
            )
        try:
            create_private_file(path)  # SQLite would make it 0644; its -wal and -shm copy its mode
        except OSError as exc:
            raise disk_error(exc, _("the new vault")) from None
        engine = _engine(path, data_key)
        try:
            with engine.begin() as conn:
                SQLModel.metadata.create_all(conn)
                install_last_contact_triggers(conn)
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            for leftover in (path, *_sidecars(path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise _classify(exc, path) from None
        except OSError as exc:
            engine.dispose()
            raise disk_error(exc, _("the new vault")) from None
        fsync_dir(path.parent)
        return cls(path, engine, data_key=data_key)

    @classmethod
    def open(cls, path: Path, data_key: bytes, *, migrate: bool = True) -> Vault:
        path = Path(path)
        if not path.exists():
            raise VaultMissing(_("There's no vault at {file}.").format(file=path))
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise disk_error(exc, _("the vault")) from None
        if size < MIN_VAULT_BYTES:
            # SQLCipher would treat a short file as a new database and write to it.
            raise VaultCorrupt(
                _(
                    "{file} is empty or too short to be a Companion vault; it was left untouched. "
                    "Restore a backup to get your data back."
                ).format(file=path)
            )
        vault = cls(path, data_key=data_key)
        try:
            version = vault.schema_version()
        except BaseException:
            vault.close(optimize=False)
            raise
        if version > SCHEMA_VERSION:
            vault.close(optimize=False)
            raise VaultCorrupt(
                _(
                    "This vault was written by a newer version of Companion (schema {version}). Update "
                    "Companion to open it; the file was left untouched."
                ).format(version=version)
            )
        if version < 1:
            vault.close(optimize=False)
            raise VaultCorrupt(
                _("{file} is not a Companion vault; it was left untouched.").format(file=path)
            )
        if version < SCHEMA_VERSION and migrate:
            vault._migrate(version)
        return vault

    def close(self, *, optimize: bool = True) -> None:
        # SQLite's advice: let it refresh its query-planner statistics before closing (cheap with
        # an analysis limit), so lookups by day keep using the right index as the data grows.
        if optimize and (self._engine is not None or self._driver is not None):
            with contextlib.suppress(Exception):
                self.raw_pragma("PRAGMA analysis_limit = 400")
                self.raw_pragma("PRAGMA optimize")
        with self._lock:
            if self._driver is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._driver.close()
                self._driver = None
            if self._engine is not None:
                self._engine.dispose()

    # --- facts ---------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.raw_pragma("PRAGMA user_version")[0][0])

    def cipher_version(self) -> str:
        return str(self.raw_pragma("PRAGMA cipher_version")[0][0])

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page authentication over the whole file, then SQLite's own check."""
        rows = [str(r[0]) for r in self.raw_pragma("PRAGMA cipher_integrity_check")]
        ok = [str(r[0]) for r in self.raw_pragma("PRAGMA quick_check", fresh_after=True)]
        if ok != ["ok"]:
            rows.extend(ok)
        return rows

    def verify(self) -> None:
        """Refuse to run on altered data."""
        try:
            problems = self.integrity_problems()
        except Exception as exc:  # the driver's errors, or SQLAlchemy's wrapping them
            classified = _classify(exc, self.path)
            if classified is exc:
                raise
            raise classified from None
        if problems:
            raise VaultCorrupt(
                ngettext(
                    "The vault {path} has been damaged or changed outside Companion ({count} "
                    "problem found), so Companion won't use it. Restore a backup, or keep the file "
                    "for recovery.",
                    "The vault {path} has been damaged or changed outside Companion ({count} "
                    "problems found), so Companion won't use it. Restore a backup, or keep the file "
                    "for recovery.",
                    len(problems),
                ).format(path=self.path, count=len(problems))
            )

    def release_memory(self) -> None:
        """Hand back what a whole-file read cached: SQLite's page cache (it refills as pages are
        read again) and, with glibc, the heap it freed. The integrity check reads every page
        once; without this, the app kept about 8 MB it would never use."""
        with contextlib.suppress(Exception):
            self.raw_pragma("PRAGMA shrink_memory")
        trim_heap()

    # --- sessions -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work through the ORM: committed on success, rolled back on any error."""
        from sqlalchemy.exc import DatabaseError, OperationalError
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except (OperationalError, DatabaseError) as exc:
                session.rollback()
                raise self._write_error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        """The driver connection for the read layer (companion.storage.reads), in one read
        transaction so several statements see the same data; no ORM session is made."""
        with self._transaction("BEGIN") as raw:
            yield raw

    @contextlib.contextmanager
    def writing(self) -> Iterator[Any]:
        """The driver connection for a plain write (companion.storage.writes), in one write
        transaction: committed on success, rolled back on any error."""
        with self._transaction("BEGIN IMMEDIATE") as raw:
            yield raw

    @contextlib.contextmanager
    def driver(self) -> Iterator[Any]:
        """The driver connection outside any transaction (VACUUM INTO, ATTACH and the like); its
        errors are the driver's own."""
        if self._engine is not None:
            with self._engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw is not None
                yield raw
        else:
            with self._lock:
                yield self._plain()

    @contextlib.contextmanager
    def _classified(self) -> Iterator[None]:
        """The driver's errors, as the user's situation where they are one."""
        try:
            yield
        except sqlcipher3.Error as exc:
            classified = _classify(exc, self.path)
            if classified is exc:
                raise
            raise classified from None

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[Any]:
        with self._classified(), self.driver() as raw:
            # The pool keeps one connection per thread: inside a unit of work (or another
            # read) this is that connection, already in its transaction, which stays its own.
            own = not raw.in_transaction
            if own:
                raw.execute(begin)
            try:
                yield raw
            except BaseException:
                if own:
                    with contextlib.suppress(sqlcipher3.Error):
                        raw.execute("ROLLBACK")
                raise
            if own:
                raw.execute("COMMIT")

    def _plain(self) -> Any:
        """The driver connection used until the engine exists (opened on first use)."""
        if self._driver is None:
            if self._data_key is None:
                raise StorageError(_("This vault was opened without its key."))
            self._driver = driver_connection(self.path, self._data_key)
        return self._driver

    def _write_error(self, exc: Exception) -> Exception:
        classified = _classify(exc, self.path)
        return classified if classified is not exc else exc

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file (outside any transaction)."""
        self.raw_pragma("PRAGMA wal_checkpoint(TRUNCATE)")

    def raw_pragma(self, sql: str, *, fresh_after: bool = False) -> list[tuple[Any, ...]]:
        """Run a statement on the driver connection, outside any transaction. `fresh_after`
        closes that connection afterwards, so the next use opens a new one."""
        with self._classified():
            if self._engine is None:
                with self.driver() as raw:
                    rows = list(raw.execute(sql).fetchall())
                    if fresh_after:  # as below
                        raw.close()
                        self._driver = None
                    return rows
            with self._engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw is not None
                rows = list(raw.execute(sql).fetchall())
                if fresh_after:
                    # After quick_check the connection that ran it stays about five times slower
                    # at inserting (measured: 50,000 mood entries in 3.5 s of CPU instead of
                    # 0.65 s); a new connection, keyed with the raw key, costs a millisecond.
                    conn.invalidate()
                return rows

    def count(self, model: type[SQLModel]) -> int:
        """How many rows `model`'s table holds."""
        table = model.__table__.name  # type: ignore[attr-defined]
        with self.reading() as db:
            return int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    # --- migrations --------------------------------------------------------------------------------

    def _migrate(self, from_version: int) -> None:
        from sqlalchemy.exc import DatabaseError, OperationalError

        self.keep_copy(self.path.with_name(f"{self.path.name}.schema{from_version}.bak"))
        try:
            with self.engine.begin() as conn:
                for version in range(from_version, SCHEMA_VERSION):
                    step = MIGRATIONS.get(version)
                    if step is None:
                        raise VaultCorrupt(
                            _("No upgrade from schema {version}; please report this.").format(
                                version=version
                            )
                        )
                    step(conn)
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (OperationalError, DatabaseError) as exc:
            raise self._write_error(exc) from exc

    def keep_copy(self, target: Path) -> None:
        """Copy the (encrypted) file as it stands; the copy opens with the same key."""
        self.checkpoint()
        try:
            tmp = target.with_name(target.name + ".tmp")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            create_private_file(tmp)  # copyfile keeps the mode of a file that exists
            shutil.copyfile(self.path, tmp)
            with open(tmp, "rb+") as fh:
                import os

                os.fsync(fh.fileno())
            tmp.replace(target)
            fsync_dir(target.parent)
        except OSError as exc:
            raise disk_error(
                exc, _("a copy of the vault ({name})").format(name=target.name)
            ) from None


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
