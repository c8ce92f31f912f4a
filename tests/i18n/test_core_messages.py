"""Messages the core words for the person, in German and Spanish: a boundary not planned on a
weekday, a journal entry too long, a secret that couldn't be read, a Daylio row left out, a JSON
export refused. Each is one whole sentence in the language in use, names and numbers in place."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from companion.domain.errors import ImportFailed, InvalidInput, VaultMissing
from companion.domain.i18n import _, weekday_name, whole_number
from companion.importers.daylio import parse_daylio
from companion.platform.fileio import disk_error
from companion.platform.secret_input import read_secret_fd
from companion.services.boundaries import BoundaryInput
from companion.services.journal import MAX_TEXT_LENGTH
from companion.services.people import PersonInput
from companion.storage.export import read_export
from companion.storage.models import Circle
from companion.vault.keystore import NoKeyStore
from companion.vault.unlocking import find_key

START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # a Saturday
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


@pytest.fixture(scope="module")
def start() -> datetime:
    return START


@pytest.mark.parametrize(
    ("code", "saturday", "number"),
    [("en", "Saturday", "100,000"), ("de", "Samstag", "100.000"), ("es", "sábado", "100.000")],
)
def test_weekdays_and_numbers_in_the_language(language, code, saturday, number):
    language(code)
    assert weekday_name(date(2026, 11, 21)) == saturday
    assert whole_number(100_000) == number
    assert whole_number(12) == "12"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", "“Phone-free meals” isn't planned on a Saturday."),
        ("de", "„Phone-free meals“ ist an einem Samstag nicht geplant."),
        ("es", "“Phone-free meals” no está previsto para ese día de la semana (sábado)."),
    ],
)
def test_a_boundary_not_planned_that_day_says_which_day(companion, language, code, words):
    weekdays = companion.boundaries.add(BoundaryInput("Phone-free meals", weekdays=(0, 1, 2, 3, 4)))
    language(code)
    with pytest.raises(InvalidInput) as refused:
        companion.boundaries.check_in_many(START.date(), {weekdays: ("kept", "")})
    assert str(refused.value) == words
    assert companion.boundaries.checks_on(START.date()) == {}


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("de", "Das ist länger, als Companion aufbewahrt (100.000 Zeichen)."),
        ("es", "Es más largo de lo que Companion guarda (100.000 caracteres)."),
    ],
)
def test_a_journal_entry_too_long(companion, language, code, words):
    language(code)
    with pytest.raises(InvalidInput) as refused:
        companion.journal.write("x" * (MAX_TEXT_LENGTH + 1))
    assert str(refused.value) == words


@pytest.mark.parametrize(
    ("code", "closed", "empty"),
    [
        (
            "de",
            "Dateideskriptor {fd} ist nicht geöffnet, also gab es keine Passphrase zu lesen.",
            "Aus Dateideskriptor {fd} kam kein Wiederherstellungscode.",
        ),
        (
            "es",
            "El descriptor de archivo {fd} no está abierto, así que no había ninguna frase de "
            "contraseña que leer.",
            "No llegó ningún código de recuperación del descriptor de archivo {fd}.",
        ),
    ],
)
def test_a_secret_that_could_not_be_read(language, code, closed, empty):
    language(code)
    reading, writing = os.pipe()
    os.close(writing)
    try:
        with pytest.raises(InvalidInput) as nothing:
            read_secret_fd(reading, "recovery code")
        assert str(nothing.value) == empty.format(fd=reading)
    finally:
        os.close(reading)
    with pytest.raises(InvalidInput) as shut:
        read_secret_fd(reading, "passphrase")
    assert str(shut.value) == closed.format(fd=reading)


@pytest.mark.parametrize(
    ("code", "problems", "not_daylio"),
    [
        (
            "de",
            [
                "Zeile 2: Das Datum „2020-13-01“ ist kein Datum wie 2024-05-30.",
                "Zeile 3: In dieser Zeile steht keine Stimmung.",
                "Zeile 4: 8 Spalten erwartet, 9 gefunden.",
            ],
            "mood.csv sieht nicht wie ein Daylio-Export aus",
        ),
        (
            "es",
            [
                "Línea 2: la fecha “2020-13-01” no es una fecha como 2024-05-30.",
                "Línea 3: en esta fila no hay ningún ánimo.",
                "Línea 4: se esperaban 8 columnas y hay 9.",
            ],
            "mood.csv no parece una exportación de Daylio",
        ),
    ],
)
def test_daylio_rows_left_out_and_a_file_that_is_not_daylio(language, code, problems, not_daylio):
    language(code)
    rows = (
        "2020-13-01,1 Jan,Wednesday,10:00,good,,,\n"
        "2020-01-02,2 Jan,Thursday,10:00,,,,\n"
        "2020-01-03,3 Jan,Friday,10:00,good,,,,\n"
        "2020-01-04,4 Jan,Saturday,10:00,good,,,\n"
    )
    result = parse_daylio(HEADER + rows, source_name="mood.csv")
    assert [p.message for p in result.problems] == problems
    assert [e.line for e in result.entries] == [5]  # the good row still counts
    with pytest.raises(ImportFailed) as refused:
        parse_daylio("name,age\nAda,36\n", source_name="mood.csv")
    assert str(refused.value).startswith(not_daylio)


@pytest.mark.parametrize(
    ("code", "missing", "not_ours"),
    [
        (
            "de",
            "Unter {file} gibt es keine Datei.",
            "{file} ist kein JSON-Export von Companion. Es wurde nichts importiert.",
        ),
        (
            "es",
            "No hay ningún archivo en {file}.",
            "{file} no es una exportación JSON de Companion. No se importó nada.",
        ),
    ],
)
def test_a_json_export_refused(tmp_path: Path, language, code, missing, not_ours):
    language(code)
    absent = tmp_path / "absent.json"
    with pytest.raises(ImportFailed) as refused:
        read_export(absent)
    assert str(refused.value) == missing.format(file=absent)
    other = tmp_path / "other.json"
    other.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        read_export(other)
    assert str(refused.value) == not_ours.format(file=other)


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("en", ["Support clique", "Sympathy group", "Close network", "Wider network"]),
        ("de", ["Engster Kreis", "Vertraute", "Nahes Umfeld", "Weiteres Umfeld"]),
        ("es", ["Círculo íntimo", "Grupo de confianza", "Red cercana", "Red amplia"]),
    ],
)
def test_default_circles_read_in_the_language_and_renamed_ones_as_written(
    companion, language, code, names
):
    language(code)
    circles = companion.people.circles()
    assert [c.name for c in circles] == names
    ada = companion.people.add(PersonInput("Ada", circle_id=circles[0].id))
    assert companion.people.get(ada).circle_name == names[0]
    # Saved from a form that showed the translated name, only the cadence changes: the stored
    # name stays the default, so it still follows the language.
    companion.people.update_circle(circles[0].id, name=names[0], default_cadence_days=10)
    companion.people.update_circle(circles[1].id, name="Mis hermanas")
    with companion.vault.session() as s:
        stored = [c.name for c in s.exec(select(Circle).order_by(col(Circle.position))).all()]
    assert stored == ["Support clique", "Mis hermanas", "Close network", "Wider network"]
    language("en")
    shown = [(c.name, c.default_cadence_days) for c in companion.people.circles()]
    assert shown[:2] == [("Support clique", 10), ("Mis hermanas", 14)]


@pytest.mark.parametrize(
    ("code", "full", "missing"),
    [
        (
            "de",
            "Die Festplatte ist voll, darum konnte die Sicherung x.zip nicht gespeichert werden. "
            "Mach etwas Platz frei und versuch es noch einmal.",
            "In {folder} gibt es noch keinen Companion-Tresor.",
        ),
        (
            "es",
            "El disco está lleno, así que no se pudo guardar la copia x.zip. Libera algo de "
            "espacio y vuelve a intentarlo.",
            "Todavía no hay ninguna bóveda de Companion en {folder}.",
        ),
    ],
)
def test_a_full_disk_and_a_missing_vault(tmp_path: Path, language, code, full, missing):
    language(code)
    what = _("the backup {name}").format(name="x.zip")
    assert str(disk_error(OSError(errno.ENOSPC, "No space left on device"), what)) == full
    with pytest.raises(VaultMissing) as refused:
        find_key(tmp_path / "empty", keystore=NoKeyStore())
    assert str(refused.value) == missing.format(folder=tmp_path / "empty")


@pytest.mark.parametrize(
    ("code", "usage", "help_option", "error"),
    [
        ("de", "Aufruf: companion", "diese Hilfe anzeigen und beenden", "companion: Fehler: "),
        ("es", "uso: companion", "mostrar esta ayuda y salir", "companion: error: "),
    ],
)
def test_the_command_line_help_and_its_errors(language, capsys, code, usage, help_option, error):
    from companion.cli import build_parser

    language(code)
    parser = build_parser()
    text = parser.format_help()
    assert text.startswith(usage)
    assert help_option in text
    assert "usage:" not in text and "show this help" not in text
    backup_help = parser.parse_known_args  # the subcommands' parsers speak it too
    with pytest.raises(SystemExit):
        backup_help(["backup", "--help"])
    assert capsys.readouterr().out.startswith(usage + " backup")
    with pytest.raises(SystemExit):
        parser.error("x")
    assert capsys.readouterr().err.splitlines()[-1] == error + "x"


@pytest.mark.parametrize(
    ("code", "calendar", "summary", "comment"),
    [
        (
            "de",
            "X-WR-CALNAME:Daten aus Companion",
            "SUMMARY:Geburtstag von Ada",
            "Comment=Sanfte Erinnerungen, in Kontakt zu bleiben, aus dem Infobereich",
        ),
        (
            "es",
            "X-WR-CALNAME:Fechas de Companion",
            "SUMMARY:Cumpleaños de Ada",
            "Comment=Recordatorios suaves para seguir en contacto, desde la bandeja del sistema",
        ),
    ],
)
def test_files_written_for_other_apps_speak_the_language(
    language, code, calendar, summary, comment
):
    from companion.domain.planners.cadence import BirthdayDate
    from companion.exporters.ics import ics_text
    from companion.platform.autostart import xdg_autostart_entry

    language(code)
    lines = ics_text([(1, "Ada", BirthdayDate(12, 10))], now=START).splitlines()
    assert calendar in lines and summary in lines
    assert comment in xdg_autostart_entry(["companion"]).splitlines()


@pytest.mark.parametrize(
    ("code", "with_year", "without"),
    [
        ("en", "14 March 1990", "14 March"),
        ("de", "14. März 1990", "14. März"),
        ("es", "14 de marzo de 1990", "14 de marzo"),
    ],
)
def test_the_command_line_names_birthdays_in_the_language(language, code, with_year, without):
    from companion.cli.people_commands import birthday_text
    from companion.domain.planners.cadence import BirthdayDate

    language(code)
    assert birthday_text(BirthdayDate(3, 14, 1990)) == with_year
    assert birthday_text(BirthdayDate(3, 14)) == without
