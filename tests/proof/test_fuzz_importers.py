"""Importers under generated and mutated input: each file gives a result or a CompanionError, never
another exception, and a failed import leaves the vault exactly as it was (row counts and a hash
of every table's content).

The JSON importer starts from a real export of a vault holding every kind of record. The vCard,
Daylio and ActivityWatch parsers have their own fuzz tests (tests/test_import_*.py); these go
through the services' preview + commit path, as the app does. Example counts are kept small.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import CompanionError
from companion.facade import Companion
from companion.platform.clock import FakeClock
from companion.storage.export import export_document, import_json
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE, REALDATA, add_every_kind
from tests.helpers import T0 as NOW

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def state(companion: Companion) -> tuple[dict[str, int], str]:
    tables = export_document(companion)["tables"]
    digest = hashlib.sha256(json.dumps(tables, sort_keys=True, default=str).encode()).hexdigest()
    return companion.counts(), digest


class Vaults:
    """A fresh empty vault per use, copied from a template (opened by recovery code: no KDF)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        template = root / "template"
        companion, self.code = Companion.create(
            template, PASSPHRASE, keystore=NoKeyStore(), clock=FakeClock(NOW)
        )
        companion.close()
        self.template = template
        self.made = 0

    def fresh(self) -> Companion:
        self.made += 1
        folder = self.root / f"v{self.made}"
        shutil.copytree(self.template, folder)
        return Companion.unlock(
            folder, recovery_code=self.code, keystore=NoKeyStore(), clock=FakeClock(NOW)
        )


@pytest.fixture(scope="module")
def vaults(tmp_path_factory) -> Vaults:
    return Vaults(tmp_path_factory.mktemp("fuzz-vaults"))


@pytest.fixture(scope="module")
def real_export(vaults) -> dict:
    companion = vaults.fresh()
    with companion:
        add_every_kind(companion)
        return export_document(companion)


# --- JSON export documents --------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def mutated(draw, base: dict) -> dict:
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["top", "table", "row", "cell", "cell", "cell"]))
        tables = doc.get("tables") if isinstance(doc.get("tables"), dict) else None
        if where == "top" or not tables:
            key = draw(st.sampled_from(["format", "version", "schema_version", "tables", "extra"]))
            if draw(st.booleans()):
                doc.pop(key, None)
            else:
                doc[key] = draw(json_values)
            continue
        name = draw(st.sampled_from(sorted(tables)))
        rows = tables[name]
        if where == "table" or not isinstance(rows, list) or not rows:
            tables[draw(st.sampled_from([name, "unknown_table"]))] = draw(json_values)
            continue
        index = draw(st.integers(0, len(rows) - 1))
        row = rows[index]
        if where == "row" or not isinstance(row, dict) or not row:
            choice = draw(st.sampled_from(["drop", "dup", "junk"]))
            if choice == "drop":
                rows.pop(index)
            elif choice == "dup":
                rows.append(copy.deepcopy(row))
            else:
                rows[index] = draw(json_values)
            continue
        column = draw(st.sampled_from(sorted(row)))
        action = draw(st.sampled_from(["value", "drop", "rename"]))
        if action == "value":
            row[column] = draw(json_values)
        elif action == "drop":
            row.pop(column)
        else:
            row[column + "_x"] = row.pop(column)
    return doc


def check_import_once(vaults: Vaults, folder: Path, data: bytes) -> None:
    source = folder / "doc.json"
    source.write_bytes(data)
    companion = vaults.fresh()
    with companion:
        before = state(companion)
        try:
            counts = import_json(companion, source)
        except CompanionError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert state(companion) == before, f"a failed import changed the vault: {exc}"
            return
        tables = export_document(companion)["tables"]
        assert {name: len(rows) for name, rows in tables.items()} == counts


def test_the_real_export_imports_whole(vaults, real_export, tmp_path):
    source = tmp_path / "real.json"
    source.write_text(json.dumps(real_export), encoding="utf-8")
    with vaults.fresh() as companion:
        import_json(companion, source)
        assert export_document(companion)["tables"] == real_export["tables"]


@FUZZ
@given(data=st.data())
def test_mutated_exports_import_whole_or_not_at_all(vaults, real_export, tmp_path, data):
    doc = data.draw(mutated(real_export))
    check_import_once(vaults, tmp_path, json.dumps(doc).encode("utf-8"))


@FUZZ
@given(
    raw=st.one_of(
        json_values.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=200),
        st.fixed_dictionaries(
            {
                "format": st.just("companion-export"),
                "version": st.integers(0, 2),
                "schema_version": st.integers(0, 10),
                "tables": st.dictionaries(st.text(max_size=10), json_values, max_size=3),
            }
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_generated_documents_import_or_fail_plainly(vaults, tmp_path, raw):
    check_import_once(vaults, tmp_path, raw)


def test_a_failed_import_into_a_full_vault_changes_nothing(vaults, real_export, tmp_path):
    source = tmp_path / "real.json"
    source.write_text(json.dumps(real_export), encoding="utf-8")
    with vaults.fresh() as companion:
        add_every_kind(companion)
        before = state(companion)
        with pytest.raises(CompanionError):
            import_json(companion, source)
        assert state(companion) == before


# --- the other importers, through preview + commit ---------------------------------------------


@st.composite
def damaged(draw, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            del data[at:]
    return bytes(data)


def _real(relative: str) -> bytes:
    path = REALDATA / relative
    if not path.is_file():
        pytest.skip(
            f"real export {relative} is absent (shared/realdata is not beside this checkout)"
        )
    return path.read_bytes()


def _through_service(vaults_companion: Companion, path: Path, commit) -> None:
    before = state(vaults_companion)
    try:
        commit(vaults_companion, path)
    except CompanionError as exc:
        assert str(exc)
        assert state(vaults_companion) == before, f"a failed import changed the vault: {exc}"


def _vcard(companion: Companion, path: Path) -> None:
    preview = companion.contacts_import.preview(path)
    companion.contacts_import.commit(preview)


def _daylio(companion: Companion, path: Path) -> None:
    preview = companion.daylio.preview(path)
    companion.daylio.commit(preview, {name: 3 for name in preview.unmapped})


def _activitywatch(companion: Companion, path: Path) -> None:
    preview = companion.screen.preview_activitywatch(path)
    companion.screen.commit_activitywatch(preview)


SERVICE_CASES = {
    "vcard": ("vcard/ezvcard_John_Doe_ANDROID.vcf", "contacts.vcf", _vcard),
    "daylio": ("daylio/DeutscheGabanna_ok_8col.csv", "daylio.csv", _daylio),
    "activitywatch": (
        "activitywatch/DERIVED_liv10let_android_trimmed40.json",
        "aw.json",
        _activitywatch,
    ),
}


@pytest.fixture(scope="module")
def service_vault(vaults):
    companion = vaults.fresh()
    yield companion
    companion.close()


@pytest.mark.parametrize("case", sorted(SERVICE_CASES))
def test_damaged_files_through_the_service_commit_path(case, service_vault, tmp_path):
    relative, name, commit = SERVICE_CASES[case]
    original = _real(relative)
    path = tmp_path / name

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=damaged(original))
    def check_damaged(data: bytes) -> None:
        path.write_bytes(data)
        _through_service(service_vault, path, commit)

    check_damaged()
