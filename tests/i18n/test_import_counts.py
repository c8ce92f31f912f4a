"""Counts in the import wizards and the summaries read right for one and for several, in every
shipped language: their sentences take Qt's plural forms (%n), and the English source is worded so
that "1" fits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

CASES = [
    (
        "DaylioImportDialog",
        "New activities: %n.",
        {
            "en": ("New activities: 1.", "New activities: 2."),
            "de": ("1 neue Aktivität.", "2 neue Aktivitäten."),
            "es": ("1 actividad nueva.", "2 actividades nuevas."),
        },
    ),
    (
        "DaylioImportDialog",
        "Mood entries imported: %n.",
        {
            "en": ("Mood entries imported: 1.", "Mood entries imported: 2."),
            "de": ("1 Stimmungseintrag importiert.", "2 Stimmungseinträge importiert."),
            "es": ("Se importó 1 registro de ánimo.", "Se importaron 2 registros de ánimo."),
        },
    ),
    (
        "ImportContactsWizard",
        "People added: %n",
        {
            "en": ("People added: 1", "People added: 2"),
            "de": ("1 Mensch hinzugefügt", "2 Menschen hinzugefügt"),
            "es": ("Se añadió 1 persona", "Se añadieron 2 personas"),
        },
    ),
    (
        "ImportContactsWizard",
        ", %n already here with nothing new",
        {
            "en": (", 1 already here with nothing new", ", 2 already here with nothing new"),
            "de": (", 1 schon da, ohne Neues", ", 2 schon da, ohne Neues"),
            "es": (", 1 ya estaba, sin nada nuevo", ", 2 ya estaban, sin nada nuevo"),
        },
    ),
    (
        "ActivityWatchImportDialog",
        "Imported %1 of screen time, from %2 to %3 (days: %n).",
        {
            "en": (
                "Imported %1 of screen time, from %2 to %3 (days: 1).",
                "Imported %1 of screen time, from %2 to %3 (days: 2).",
            ),
            "de": (
                "Von %2 bis %3: %1 Bildschirmzeit an 1 Tag importiert.",
                "Von %2 bis %3: %1 Bildschirmzeit an 2 Tagen importiert.",
            ),
            "es": (
                "Del %2 al %3, se importaron %1 de tiempo de pantalla en 1 día.",
                "Del %2 al %3, se importaron %1 de tiempo de pantalla en 2 días.",
            ),
        },
    ),
    (
        "MoodChart",
        "Days with a mood noted: %n; on average about “%1” (%2 of 5).",
        {
            "en": (
                "Days with a mood noted: 1; on average about “%1” (%2 of 5).",
                "Days with a mood noted: 2; on average about “%1” (%2 of 5).",
            ),
            "de": (
                "1 Tag mit notierter Stimmung; im Schnitt etwa „%1“ (%2 von 5).",
                "2 Tage mit notierter Stimmung; im Schnitt etwa „%1“ (%2 von 5).",
            ),
            "es": (
                "1 día con el ánimo anotado; de media, más o menos “%1” (%2 de 5).",
                "2 días con el ánimo anotado; de media, más o menos “%1” (%2 de 5).",
            ),
        },
    ),
    (
        "WeeklyView",
        "Days this is based on: %n.",
        {
            "en": ("Days this is based on: 1.", "Days this is based on: 2."),
            "de": ("Auf Grundlage von 1 Tag.", "Auf Grundlage von 2 Tagen."),
            "es": ("Basado en 1 día.", "Basado en 2 días."),
        },
    ),
]


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_counts_of_one_and_two_read_right(qapp, tmp_path, language):
    translator = QTranslator()
    if language != "en":
        qm = tmp_path / f"companion_{language}.qm"
        ts = ROOT / "translations" / f"companion_{language}.ts"
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
    try:
        for context, source, wanted in CASES:
            one, two = wanted[language]
            assert QCoreApplication.translate(context, source, "", 1) == one
            assert QCoreApplication.translate(context, source, "", 2) == two
    finally:
        qapp.removeTranslator(translator)
