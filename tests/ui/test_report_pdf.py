"""The summary report PDF from the demo profile: what pdftotext reads from it, and pages that are
not blank when poppler renders them."""

from __future__ import annotations

import re
import subprocess
from datetime import date

from PySide6.QtGui import QImage, QPageSize

from companion.services.report_data import (
    HEADER_LINE,
    SECTIONS,
    ReportOptions,
    gather,
    journal_choices,
)
from tests.ui import report_support
from tests.ui.report_support import need, pdf_text
from ui.report.render import page_images, write_pdf

START, END = date(2026, 10, 25), date(2026, 11, 21)  # the last four weeks
demo = report_support.demo


def _variance(image: QImage) -> float:
    small = image.scaled(120, 170).convertToFormat(QImage.Format.Format_Grayscale8)
    values = [
        small.pixelColor(x, y).value() for y in range(small.height()) for x in range(small.width())
    ]
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def test_pdf_holds_scores_bands_dates_counts_and_header(qapp, demo, tmp_path):
    companion, _folder = demo
    report = gather(companion, ReportOptions(START, END))
    pdf = write_pdf(report, tmp_path / "summary.pdf", QPageSize(QPageSize.PageSizeId.A4))
    text = pdf_text(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert HEADER_LINE in flat
    assert "25 October 2026 to 21 November 2026 (4 weeks)" in flat
    assert report.checkins is not None and report.checkins.rows
    for row in report.checkins.rows:
        # Each check-in's date, score and band appear together on one line of the table.
        line = next(
            ln
            for ln in text.splitlines()
            if f"{row.taken_on.day} {row.taken_on.strftime('%B')} {row.taken_on.year}" in ln
            and row.short_name in ln
            and "Question 9 first" not in ln  # the boxed lead names the date too
        )
        assert f"{row.total} of {row.max_total}" in line
        assert row.band_label.split()[0] in line
    # The demo's check-ins were all answered on the English forms: one line says so.
    assert {r.answered_in for r in report.checkins.rows} == {"English, the original form"}
    assert "Every check-in here was answered in: English, the original form." in flat
    assert report.mood is not None
    assert f"Mood was logged on {report.mood.days_logged} of 28 days" in flat
    assert report.contact is not None
    assert f"In touch with someone on {report.contact.days_with_contact} of 28 days" in flat
    assert report.contact.people[0][0] in flat  # full names in this mode
    assert "Screen time was recorded on" in flat
    # Journal left out: no heading and none of the words written.
    assert "Journal entries" not in flat
    for choice in journal_choices(companion, START, END):
        assert choice.text[:30] not in flat
    assert not list(tmp_path.glob(".*"))  # no temp file left beside it


def _page_text(pdf, page: int) -> str:
    out = subprocess.run(
        [need("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return re.sub(r"\s+", " ", out.stdout)


def test_page_one_leads_with_question_9_then_bands_published_values_and_not_a_diagnosis(
    qapp, demo, tmp_path
):
    companion, _folder = demo
    report = gather(companion, ReportOptions(START, END))
    pdf = write_pdf(report, tmp_path / "summary.pdf", QPageSize(QPageSize.PageSizeId.A4))
    page_one = _page_text(pdf, 1)
    flagged = [r for r in report.checkins.rows if r.item9]
    assert len(flagged) == 1  # the demo's one PHQ-9 with question 9 above zero
    row = flagged[0]
    lead = "Question 9 first: “Thoughts that you would be better off dead or of hurting yourself"
    assert lead in page_one
    assert "was answered 1 “Several days”" in page_one
    # Before any band of the check-in table, set apart in its own paragraph.
    assert page_one.index(lead) < page_one.index(row.band_label.split()[0] + " ")
    assert "Mood" not in page_one.split(lead)[0]  # check-ins come first
    # Answers with their published values, and the scale that gives them.
    assert ",".join(str(a) for a in row.answers) in page_one
    assert (
        "0 “Not at all”, 1 “Several days”, 2 “More than half the days”, 3 “Nearly every day”"
        in page_one
    )
    assert "not a diagnosis" in page_one
    assert "Somewhat difficult" in page_one  # the PHQ-9's closing question, reported
    # The band's cell never runs into a note: no band followed directly by "Question".
    assert not re.search(r"symptoms \(PHQ-9 [0-9–]+\) Question", page_one)


def test_chart_captions_are_printed_whole(qapp, demo, tmp_path):
    companion, _folder = demo
    pdf = write_pdf(gather(companion, ReportOptions(START, END)), tmp_path / "c.pdf")
    flat = re.sub(r"\s+", " ", pdf_text(pdf))
    assert "a week cut by the period's edge shows “of” its days inside)." in flat


def test_left_out_sections_initials_and_chosen_journal(qapp, demo, tmp_path):
    companion, _folder = demo
    choices = journal_choices(companion, START, END)
    journal = [c for c in choices if c.kind == "journal"]
    assert journal, "the demo writes journal entries"
    chosen = journal[0]
    options = ReportOptions(
        START, END, frozenset({"contact", "journal"}), initials=True, journal_keys=(chosen.key,)
    )
    text = re.sub(r"\s+", " ", pdf_text(write_pdf(gather(companion, options), tmp_path / "r.pdf")))
    assert "Check-in scores" not in text and "PHQ-9" not in text
    assert "Screen time" not in text and "Mood was logged" not in text
    assert chosen.text[:40] in text
    others = [c for c in choices if c.key != chosen.key and c.text != chosen.text]
    assert all(c.text[:40] not in text for c in others)
    for person in companion.people.list(include_archived=True):
        assert person.name not in text
    assert "M. O." in text  # Maya Okafor, shown by initials


def test_pages_render_and_are_not_blank(qapp, demo, tmp_path):
    companion, _folder = demo
    pdf = write_pdf(
        gather(companion, ReportOptions(START, END, frozenset(SECTIONS))), tmp_path / "p.pdf"
    )
    subprocess.run(
        [need("pdftoppm"), "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True
    )
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) >= 2
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull()
        assert _variance(image) > 20, png.name
    blank = QImage(200, 280, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    assert _variance(blank) == 0


def test_preview_images_match_page_size(qapp, demo):
    companion, _folder = demo
    report = gather(companion, ReportOptions(START, END))
    letter = page_images(report, dpi=72, page_size=QPageSize(QPageSize.PageSizeId.Letter))
    a4 = page_images(report, dpi=72, page_size=QPageSize(QPageSize.PageSizeId.A4))
    assert (letter[0].width(), letter[0].height()) == (612, 792)
    assert (a4[0].width(), a4[0].height()) == (595, 842)
    assert _variance(a4[0]) > 20


def test_pdf_names_the_language_each_check_in_was_answered_in(qapp, demo, tmp_path):
    from datetime import UTC, datetime

    companion, _folder = demo
    companion.checkins.save(
        "phq2", [1, 0], taken_at=datetime(2026, 11, 20, 18, tzinfo=UTC), language="de"
    )
    report = gather(companion, ReportOptions(START, END))
    flat = re.sub(
        r"\s+",
        " ",
        pdf_text(write_pdf(report, tmp_path / "s.pdf", QPageSize(QPageSize.PageSizeId.A4))),
    )
    assert "The language each check-in was answered in" in flat
    assert "German, official translation (Pfizer): PHQ-2, 20 November 2026." in flat
    assert "English, the original form: WHO-5, 31 October 2026;" in flat
    assert "Every check-in here was answered in" not in flat
