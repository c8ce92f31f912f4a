"""Check-in service over a real vault: scored saves, drafts to resume, history, latest, and which
instruments are due again (their own interval, or the user's chosen one)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.storage.models import AssessmentResult


def test_save_stores_answers_total_band_and_flags(companion) -> None:
    result = companion.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0])
    assert (result.instrument, result.total, result.band) == ("phq9", 8, "mild")
    assert result.answers == (1, 1, 1, 1, 1, 1, 1, 1, 0)
    assert result.flags == frozenset()
    assert result.suggest_professional is False
    assert result.taken_at == companion.clock.now()
    assert companion.checkins.history("phq9") == [result]
    assert companion.counts()["assessments"] == 1


def test_phq9_item9_is_flagged_whatever_the_total(companion) -> None:
    result = companion.checkins.save("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert (result.total, result.band) == (1, "minimal")
    assert result.flags == frozenset({"phq9_item9"})
    assert result.suggest_professional is True
    assert companion.checkins.history("phq9")[0].flags == frozenset({"phq9_item9"})


def test_who5_reports_a_percentage_and_a_low_item_note(companion) -> None:
    result = companion.checkins.save("who5", [5, 5, 5, 5, 1])
    assert (result.total, result.percentage) == (21, 84)
    assert result.band == "not_low"  # the total decides; one answer at 1 adds a note
    assert "who5_low_item" in result.flags


def test_a_result_stored_under_the_old_who5_rule_reads_by_its_total(companion) -> None:
    # Before, any WHO-5 answer of 0 or 1 stored the band "poor" whatever the total. Such a row
    # (as an older vault holds it) is read by today's published rule, from its stored answers.
    with companion.vault.session() as s:
        s.add(
            AssessmentResult(
                instrument="who5",
                taken_at=companion.clock.now(),
                answers=[5, 5, 5, 5, 1],
                total=21,
                band="poor",
                flags=["who5_low_item"],
            )
        )
    (result,) = companion.checkins.history("who5")
    assert (result.band, result.percentage) == ("not_low", 84)
    assert result.band_label.startswith("Well-being above the usual cut-off")
    assert result.flags == frozenset({"who5_low_item"})
    assert result.difficulty is None


def test_the_closing_question_is_kept_with_the_result_and_not_scored(companion) -> None:
    result = companion.checkins.save("phq9", [1] * 9, difficulty=2)
    assert (result.total, result.band, result.difficulty) == (9, "mild", 2)
    assert result.flags == frozenset({"phq9_item9"})  # the answer is not a flag
    (stored,) = companion.checkins.history("phq9")
    assert stored.difficulty == 2 and stored.flags == result.flags
    assert companion.checkins.latest()["phq9"].difficulty == 2
    skipped = companion.checkins.save("gad7", [1] * 7)
    assert skipped.difficulty is None
    with pytest.raises(InvalidInput, match="closing question"):
        companion.checkins.save("phq9", [1] * 9, difficulty=7)
    with pytest.raises(InvalidInput, match="closing question"):
        companion.checkins.save("who5", [3] * 5, difficulty=1)
    assert companion.counts()["assessments"] == 2


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [("phq9", [1, 1]), ("gad7", [0, 0, 0, 0, 0, 0, 4]), ("nope", [1]), ("ucla3", [0, 1, 1])],
)
def test_invalid_answers_store_nothing(companion, instrument, answers) -> None:
    with pytest.raises(InvalidInput):
        companion.checkins.save(instrument, answers)
    assert companion.counts()["assessments"] == 0


def test_back_dated_but_not_future(companion, clock) -> None:
    earlier = clock.now() - timedelta(days=3)
    assert companion.checkins.save("gad7", [0] * 7, taken_at=earlier).taken_at == earlier
    with pytest.raises(InvalidInput):
        companion.checkins.save("gad7", [0] * 7, taken_at=clock.now() + timedelta(days=1))


def test_drafts_resume_and_go_away_when_saved(companion, clock) -> None:
    assert companion.checkins.draft("who5") is None
    started = clock.now()
    companion.checkins.save_draft("who5", [3, None, 4])
    clock.advance(minutes=10)
    draft = companion.checkins.save_draft("who5", [3, 2, 4, None])
    assert draft.answers == (3, 2, 4, None)
    assert draft.started_at == started  # resuming keeps when it was begun
    assert companion.checkins.draft("who5") == draft
    assert [d.instrument for d in companion.checkins.drafts()] == ["who5"]
    companion.checkins.save("who5", [3, 2, 4, 4, 4])
    assert companion.checkins.draft("who5") is None


def test_discarding_a_draft_and_refusing_bad_ones(companion) -> None:
    companion.checkins.save_draft("gad7", [1, 2])
    companion.checkins.discard_draft("gad7")
    assert companion.checkins.draft("gad7") is None
    companion.checkins.discard_draft("gad7")  # nothing there: fine
    with pytest.raises(InvalidInput):
        companion.checkins.save_draft("gad7", [0] * 8)
    with pytest.raises(InvalidInput):
        companion.checkins.save_draft("gad7", [5])
    with pytest.raises(InvalidInput):
        companion.checkins.save_draft("gad7", [True])
    assert companion.checkins.drafts() == []


def test_history_newest_first_and_latest_per_instrument(companion, clock) -> None:
    first = companion.checkins.save("ucla3", [1, 1, 1])
    clock.advance(days=1)
    gad = companion.checkins.save("gad7", [2] * 7)
    clock.advance(days=1)
    second = companion.checkins.save("ucla3", [3, 3, 2])
    assert [r.id for r in companion.checkins.history("ucla3")] == [second.id, first.id]
    assert [(r.total, r.band) for r in companion.checkins.history("ucla3")] == [
        (8, "lonely"),
        (3, "not_lonely"),
    ]
    assert companion.checkins.latest() == {"gad7": gad, "ucla3": second}
    companion.checkins.delete(second.id)
    assert companion.checkins.latest()["ucla3"] == first


def test_retake_uses_each_instruments_own_interval(companion, clock) -> None:
    start = clock.now()
    companion.checkins.save("who5", [3] * 5)  # every 14 days
    companion.checkins.save("ucla3", [1, 1, 1])  # every 28 days
    assert companion.checkins.due_for_retake() == []
    assert companion.checkins.due_for_retake(start + timedelta(days=13, hours=23)) == []
    due = companion.checkins.due_for_retake(start + timedelta(days=14))
    assert [(d.instrument, d.retake_days) for d in due] == [("who5", 14)]
    assert due[0].due_at == start + timedelta(days=14)
    due = companion.checkins.due_for_retake(start + timedelta(days=30))
    assert [d.instrument for d in due] == ["who5", "ucla3"]  # longest overdue first
    # Never-taken instruments are not "due".
    assert "phq9" not in {d.instrument for d in due}


def test_retake_follows_the_users_own_setting_once_chosen(companion, clock) -> None:
    start = clock.now()
    companion.checkins.save("who5", [3] * 5)
    companion.checkins.save("ucla3", [1, 1, 1])
    companion.settings.set("assessments.retake_days", 7)
    assert companion.checkins.retake_days("ucla3") == 7
    due = companion.checkins.due_for_retake(start + timedelta(days=7))
    assert {(d.instrument, d.retake_days) for d in due} == {("who5", 7), ("ucla3", 7)}
    # Choosing the same number as the default is still a choice: UCLA-3 now follows it too.
    companion.settings.set("assessments.retake_days", 14)
    assert {
        d.instrument for d in companion.checkins.due_for_retake(start + timedelta(days=14))
    } == {
        "who5",
        "ucla3",
    }


def test_the_language_answered_in_is_kept_with_the_result(companion) -> None:
    spanish = companion.checkins.save("phq9", [1, 0, 0, 0, 0, 0, 0, 0, 0], language="es")
    german = companion.checkins.save("phq2", [1, 1], language="de")
    english = companion.checkins.save("gad7", [0] * 7, language="en")
    unsaid = companion.checkins.save("who5", [3] * 5)
    assert (spanish.language, german.language, english.language) == ("es", "de", "en")
    assert unsaid.language is None  # not recorded: read as the English form
    assert companion.checkins.history("phq9")[0].language == "es"
    assert {i: r.language for i, r in companion.checkins.latest().items()} == {
        "who5": None,
        "phq9": "es",
        "phq2": "de",
        "gad7": "en",
    }
    # The words never change the score.
    assert spanish.total == companion.checkins.save("phq9", [1] + [0] * 8).total


@pytest.mark.parametrize(
    ("instrument", "language"), [("phq9", "fr"), ("ucla3", "de"), ("phq9", "")]
)
def test_a_language_without_an_official_form_is_refused_and_nothing_stored(
    companion, instrument, language
) -> None:
    answers = [0] * 9 if instrument == "phq9" else [1, 1, 1]
    with pytest.raises(InvalidInput, match="no official"):
        companion.checkins.save(instrument, answers, language=language)
    with pytest.raises(InvalidInput, match="no official"):
        companion.checkins.save_draft(instrument, answers[:1], language=language)
    assert companion.counts()["assessments"] == 0
    assert companion.checkins.draft(instrument) is None


def test_a_draft_keeps_the_language_of_its_form(companion) -> None:
    companion.checkins.save_draft("phq9", [1, None], language="de")
    draft = companion.checkins.draft("phq9")
    assert draft is not None and (draft.answers, draft.language) == ((1, None), "de")
    assert [d.language for d in companion.checkins.drafts()] == ["de"]
    companion.checkins.save_draft("phq9", [1, 2])
    assert companion.checkins.draft("phq9").language is None
