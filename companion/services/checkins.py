"""Check-ins: validated questionnaires saved with every answer and their published score, drafts
to resume an unfinished one, history, and which ones are due to be taken again.

Re-take interval: each instrument's own `retake_days` (from assets/questionnaires.json: 14 days
for WHO-5, PHQ-9, PHQ-2 and GAD-7, 28 for UCLA-3 and LSNS-6), because the publications ask about
different periods. Once the user sets `assessments.retake_days` themselves, that one number wins
for every instrument: they chose a rhythm, and it is respected as chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from companion.domain.assessments import Instrument, find_instrument, instruments, score
from companion.domain.errors import InvalidInput
from companion.domain.i18n import LANGUAGE_NAMES, _
from companion.services.base import Service
from companion.services.removal import Removed, removed
from companion.storage import reads
from companion.storage.reads import DIFFICULTY_PREFIX, split_flags

RETAKE_SETTING = "assessments.retake_days"
FUTURE_SLACK = timedelta(minutes=5)
# The closing question's answer rides in the result's JSON flags list as "difficulty:<value>":
# it belongs to the result, is never scored, and needs no new column. Readers that look for a
# flag by name (the safety card, the first screen) are untouched by it.


@dataclass(frozen=True)
class CheckinResult:
    id: int
    instrument: str
    taken_at: datetime
    answers: tuple[int, ...]
    total: int
    percentage: int | None
    band: str
    band_label: str
    flags: frozenset[str]
    suggest_professional: bool
    cutoff_note: str
    difficulty: int | None = None  # the closing question's answer (PHQ-9, GAD-7), if given
    # The language of the words answered: "en", or an official translation's ("de", "es").
    # None: not recorded (a result from before Companion kept it), read as the English form.
    language: str | None = None


@dataclass(frozen=True)
class CheckinDraft:
    instrument: str
    answers: tuple[int | None, ...]  # None for a question not answered yet
    started_at: datetime
    language: str | None = None  # the language of the form it was started in, if recorded


@dataclass(frozen=True)
class RetakeDue:
    instrument: str
    last_taken_at: datetime
    retake_days: int
    due_at: datetime


class CheckinService(Service):
    def save(
        self,
        instrument: str,
        answers: Sequence[int],
        taken_at: datetime | None = None,
        *,
        difficulty: int | None = None,
        language: str | None = None,
    ) -> CheckinResult:
        """Score and store a finished check-in; its draft, if any, goes in the same transaction.
        `difficulty` is the answer to the form's closing question (None when skipped); `language`
        the language of the words answered ("en", or one with an official translation of it)."""
        from companion.storage.models import AssessmentDraft, AssessmentResult

        result = score(instrument, answers, difficulty=difficulty)  # validates (InvalidInput)
        language = _form_language(result.instrument, language)
        now = self._now()
        when = now if taken_at is None else taken_at
        if when.tzinfo is None:
            raise InvalidInput(_("The time of a check-in needs a time zone."))
        if when > now + FUTURE_SLACK:
            raise InvalidInput(_("That time is in the future."))
        with self._vault.session() as s:
            row = AssessmentResult(
                instrument=result.instrument,
                taken_at=when,
                answers=[int(a) for a in answers],
                total=result.total,
                band=result.band,
                flags=stored_flags(result.flags, result.difficulty),
                language=language,
            )
            s.add(row)
            draft = s.get(AssessmentDraft, result.instrument)
            if draft is not None:
                s.delete(draft)
            s.flush()
            view = _view(row)
        self._notify("assessments")
        return view

    def delete(self, result_id: int) -> Removed:
        """Remove it; what is returned puts it back (`restore`) while it is kept."""
        from companion.storage.models import AssessmentResult

        with self._vault.session() as s:
            row = s.get(AssessmentResult, result_id)
            if row is None:
                raise InvalidInput(_("That check-in is no longer there."))
            gone = removed(("assessments",), [row])
            s.delete(row)
        self._notify("assessments")
        return gone

    # --- drafts ------------------------------------------------------------------------------------

    def save_draft(
        self, instrument: str, answers: Sequence[int | None], *, language: str | None = None
    ) -> CheckinDraft:
        """Keep the answers so far (None for a skipped question); the first save sets started_at.
        `language` is the language of the form's words, as for `save`."""
        from companion.storage.models import AssessmentDraft

        ins = find_instrument(instrument)
        clean = _draft_answers(ins, answers)
        language = _form_language(ins.id, language)
        with self._vault.session() as s:
            draft = s.get(AssessmentDraft, ins.id)
            if draft is None:
                draft = AssessmentDraft(instrument=ins.id, started_at=self._now())
            draft.answers = clean  # type: ignore[assignment]
            draft.language = language
            s.add(draft)
            view = CheckinDraft(ins.id, tuple(clean), draft.started_at, language)
        self._notify("assessments")
        return view

    def draft(self, instrument: str) -> CheckinDraft | None:
        ins = find_instrument(instrument)
        found = self._drafts(ins.id)
        return found[0] if found else None

    def drafts(self) -> list[CheckinDraft]:
        return self._drafts()

    def _drafts(self, instrument: str | None = None) -> list[CheckinDraft]:
        with self._vault.reading() as db:
            found = reads.checkin_drafts(db, instrument)
        return [CheckinDraft(i, tuple(answers), at, lang) for i, answers, at, lang in found]

    def discard_draft(self, instrument: str) -> None:
        from companion.storage.models import AssessmentDraft

        ins = find_instrument(instrument)
        with self._vault.session() as s:
            draft = s.get(AssessmentDraft, ins.id)
            if draft is None:
                return
            s.delete(draft)
        self._notify("assessments")

    # --- reading -----------------------------------------------------------------------------------

    def history(self, instrument: str) -> list[CheckinResult]:
        """Every result of one instrument, newest first."""
        ins = find_instrument(instrument)
        with self._vault.reading() as db:
            rows = reads.checkin_history(db, ins.id)
        return [_view(r) for r in rows]

    def latest(self, instrument: str | None = None) -> dict[str, CheckinResult]:
        """The newest result of each instrument taken at least once (of `instrument` alone when
        given). Newest is the latest `taken_at`; two taken at the same moment go to the one saved
        last."""
        only = None if instrument is None else find_instrument(instrument).id
        with self._vault.reading() as db:
            rows = reads.newest_checkins(db, only)
        newest: dict[str, Any] = {}
        for r in rows:
            kept = newest.get(r.instrument)
            if kept is None or r.id > kept.id:
                newest[r.instrument] = r
        return {i: _view(newest[i]) for i in instruments() if i in newest}

    def retake_days(self, instrument: str) -> int:
        """Days between takes: the user's own setting if they chose one, else the instrument's."""
        ins = find_instrument(instrument)
        chosen = self._chosen_retake_days()
        return chosen if chosen is not None else ins.retake_days

    def due_for_retake(self, now: datetime | None = None) -> list[RetakeDue]:
        """Instruments taken before whose interval has passed, longest overdue first.
        One never taken is not listed: offering a first check-in is a choice, not a reminder."""
        now = now or self._now()
        chosen = self._chosen_retake_days()
        due: list[RetakeDue] = []
        for instrument, last in self.latest().items():
            days = chosen if chosen is not None else find_instrument(instrument).retake_days
            due_at = last.taken_at + timedelta(days=days)
            if due_at <= now:
                due.append(RetakeDue(instrument, last.taken_at, days, due_at))
        due.sort(key=lambda d: d.due_at)
        return due

    def _chosen_retake_days(self) -> int | None:
        # The stored row exists only once the user has set the value (SettingsService.get
        # would hand back the default, hiding whether it was chosen).
        with self._vault.reading() as db:
            stored = reads.stored_setting(db, RETAKE_SETTING)
        return int(stored[0]) if stored is not None and stored[0] is not None else None


def _draft_answers(ins: Instrument, answers: Sequence[int | None]) -> list[int | None]:
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InvalidInput(_("{name} answers are a list of numbers.").format(name=ins.short_name))
    if len(answers) > len(ins.items):
        raise InvalidInput(
            _("{name} has {questions} questions; got {answers} answers.").format(
                name=ins.short_name, questions=len(ins.items), answers=len(answers)
            )
        )
    clean: list[int | None] = []
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            clean.append(None)
            continue
        if (
            isinstance(answer, bool)
            or not isinstance(answer, int)
            or not ins.min_answer <= answer <= ins.max_answer
        ):
            raise InvalidInput(
                _("Answer {number} of {name} must be between {low} and {high}.").format(
                    number=number, name=ins.short_name, low=ins.min_answer, high=ins.max_answer
                )
            )
        clean.append(int(answer))
    return clean


def _form_language(instrument: str, language: str | None) -> str | None:
    """`language` if a form of `instrument` exists in it (English, or an official translation)."""
    # The translated forms (about 1 MB) load when a check-in is saved, not at every start.
    from companion.domain.official_texts import SOURCE_LANGUAGE, official_text

    if language is None or language == SOURCE_LANGUAGE:
        return language
    if official_text(instrument, language) is None:
        raise InvalidInput(
            _("The {name} has no official form in “{language}”.").format(
                language=LANGUAGE_NAMES.get(language, language),
                name=find_instrument(instrument).short_name,
            )
        )
    return language


def stored_flags(flags: frozenset[str] | set[str], difficulty: int | None) -> list[str]:
    """The JSON flags list of a stored result: its flags, then the closing answer if given."""
    extra = [] if difficulty is None else [f"{DIFFICULTY_PREFIX}{int(difficulty)}"]
    return sorted(flags) + extra


def _view(r: Any) -> CheckinResult:
    """A stored result (a plain row of the read layer, or the ORM's) as the page shows it."""
    ins = find_instrument(r.instrument)
    stored, difficulty = split_flags(r.flags or ())
    # The stored answers are the record; the band is read by today's published rule, so a result
    # saved under an older rule (the WHO-5's any-low-item relabel) reads as it is scored now.
    try:
        now = score(r.instrument, r.answers, difficulty=difficulty)
    except InvalidInput:
        now = None
    if now is not None:
        band, band_label, flags = now.band, now.band_label, now.flags
        total, suggest = now.total, now.suggest_professional
    else:
        band, total, flags = r.band, r.total, stored
        try:
            band_label = ins.band(r.band).label
        except KeyError:
            band_label = r.band
        suggest = _suggest(ins, r.band, flags)
    return CheckinResult(
        id=r.id,
        instrument=r.instrument,
        taken_at=r.taken_at,
        answers=tuple(r.answers),
        total=total,
        percentage=total * ins.percentage_factor if ins.percentage_factor else None,
        band=band,
        band_label=band_label,
        flags=flags,
        suggest_professional=suggest,
        cutoff_note=ins.cutoff_note,
        difficulty=difficulty if now is not None else None,
        language=r.language,
    )


def _suggest(ins: Instrument, band_id: str, flags: frozenset[str]) -> bool:
    try:
        band_suggests = ins.band(band_id).suggest_professional
    except KeyError:
        band_suggests = False
    return band_suggests or any(flag in flags for _item, flag in ins.item_flags)
