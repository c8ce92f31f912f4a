"""A realistic sample profile, so a new user or a therapist can try Companion and so screenshots
and report tests have data. Everything in it is made up; the window title says "demo"."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from companion.domain.assessments import score
from companion.facade import Companion
from companion.platform.clock import Clock, SystemClock
from companion.platform.paths import assets_dir
from companion.services.checkins import stored_flags
from companion.services.setting_rows import write as write_setting
from companion.storage.models import (
    AssessmentResult,
    Boundary,
    BoundaryCheck,
    ContactMethod,
    Interaction,
    InteractionPerson,
    JournalEntry,
    MoodEntry,
    MoodTag,
    Person,
    PersonDate,
    PersonTag,
    Reflection,
    RelatedName,
    ScreenTimeEntry,
    Tag,
)
from companion.vault.keystore import KeyStore

DEMO_PASSPHRASE = "demo passphrase"
EVENING_CHECK_IN_HOUR = 21
# The one PHQ-9 with question 9 above zero: taken this many days before "now", at night.
ITEM9_DAYS_AGO = 2
ITEM9_ANSWERS = [1, 2, 1, 2, 1, 1, 0, 0, 1]
ITEM9_SHOWN_FOR = timedelta(days=7)

# (name, circle position 0-3, tag, birthday (month, day, year or None), how often in days)
PEOPLE = [
    ("Maya Okafor", 0, "family", (3, 14, 1990), 3),
    ("Daniel Reyes", 0, "partner", (7, 2, None), 1),
    ("Grandma Rosa", 0, "family", (11, 24, 1941), 6),
    ("Priya Natarajan", 0, "close friends", (2, 29, None), 5),
    ("Tom Becker", 1, "close friends", (9, 9, 1988), 10),
    ("Lena Fischer", 1, "school", None, 14),
    ("Sam Whitaker", 1, "work", (5, 30, None), 9),
    ("Aiko Tanaka", 1, "close friends", (12, 1, 1992), 12),
    ("Jonas Eriksen", 1, "climbing", None, 16),
    ("Chloé Martin", 2, "school", (4, 18, None), 25),
    ("Omar Haddad", 2, "neighbours", None, 20),
    ("Ruth Levin", 2, "book club", (8, 8, 1979), 30),
    ("Kwame Mensah", 2, "work", None, 35),
    ("Isabel Costa", 2, "climbing", (1, 5, None), 28),
    ("Uncle Pete", 3, "family", (6, 21, 1958), 70),
    ("Hannah Schulz", 3, "university", None, 90),
    ("Marco Bianchi", 3, "university", (10, 10, None), 80),
    ("Fatima Noor", 3, "neighbours", None, 60),
]
# Nicknames and related names for a few of them (by name).
NICKNAMES = {"Maya Okafor": "May", "Grandma Rosa": "Nonna"}
RELATED = {"Maya Okafor": [("daughter", "Zoe")], "Tom Becker": [("partner", "Elif")]}

CHANNELS = ["in_person", "call", "video", "message", "message", "social_media", "letter"]
ACTIVITIES = ["walk", "cooking", "reading", "work", "exercise", "music", "gaming", "cleaning"]
EMOTIONS_BY_LEVEL = {
    1: ["sad", "lonely", "anxious"],
    2: ["anxious", "irritable", "lonely"],
    3: ["calm", "irritable"],
    4: ["calm", "grateful", "hopeful", "connected"],
    5: ["grateful", "connected", "hopeful"],
}
NOTES = [
    "Long walk by the river. Felt lighter afterwards.",
    "Tired today, but dinner with friends helped.",
    "Scrolled too long before bed again.",
    "Good talk on the phone, lots of laughing.",
    "Quiet day at home. Read most of the afternoon.",
    "Work was a lot. Made tea and sat on the balcony.",
]


def create_demo_profile(
    profile_dir: Path | str,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    keystore: KeyStore | None = None,
    clock: Clock | None = None,
    days: int = 365,
    seed: int = 7,
) -> Companion:
    """Create a new profile filled with a year of made-up but plausible data, all in one transaction."""
    clock = clock or SystemClock()
    companion, _code = Companion.create(
        profile_dir, passphrase, keystore=keystore, clock=clock, country="GB"
    )
    try:
        fill_demo(companion, days=days, seed=seed)
    except BaseException:
        companion.close()
        raise
    return companion


def fill_demo(companion: Companion, *, days: int = 365, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = companion.clock.now()
    tz = now.tzinfo
    today = companion.today()
    start = today - timedelta(days=days - 1)
    circles = {c.position: c.id for c in companion.people.circles()}

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tz)

    with companion.vault.session() as s:
        write_setting(s, "profile.demo", True)
        write_setting(s, "mood.reminder_at", "20:00")
        tags: dict[tuple[str, str], int] = {}

        def tag_id(scope: str, name: str) -> int:
            if (scope, name) not in tags:
                t = Tag(scope=scope, name=name)
                s.add(t)
                s.flush()
                assert t.id is not None
                tags[(scope, name)] = t.id
            return tags[(scope, name)]

        people: list[tuple[int, int, str]] = []
        for name, position, tag, birthday, every in PEOPLE:
            created = at(start - timedelta(days=rng.randint(5, 60)), 10)
            p = Person(
                name=name,
                circle_id=circles[position],
                birthday_month=birthday[0] if birthday else None,
                birthday_day=birthday[1] if birthday else None,
                birthday_year=birthday[2] if birthday else None,
                notes="",
                created_at=created,
                updated_at=created,
            )
            s.add(p)
            s.flush()
            assert p.id is not None
            first = name.split()[0].lower()
            s.add(
                ContactMethod(
                    person_id=p.id,
                    kind="phone",
                    label="mobile",
                    value=f"+44 7700 9{rng.randint(10000, 99999)}",
                )
            )
            s.add(
                ContactMethod(person_id=p.id, kind="email", label="", value=f"{first}@example.org")
            )
            s.add(PersonTag(person_id=p.id, tag_id=tag_id("person", tag)))
            p.nickname = NICKNAMES.get(name, "")
            for label, other in RELATED.get(name, []):
                s.add(RelatedName(person_id=p.id, label=label, name=other))
            people.append((p.id, every, name))
        # Other dates that matter, near the demo's today so Coming up shows them.
        by_name = {name: pid for pid, _every, name in people}
        soon = today + timedelta(days=9)
        later = today + timedelta(days=20)
        s.add(
            PersonDate(
                person_id=by_name["Daniel Reyes"],
                kind="anniversary",
                month=soon.month,
                day=soon.day,
                year=soon.year - 8,  # a leap year when soon's is one
            )
        )
        s.add(
            PersonDate(
                person_id=by_name["Tom Becker"],
                kind="custom",
                label="Graduation",
                month=later.month,
                day=later.day,
                year=later.year,
                yearly=False,
            )
        )

        # Interactions: each person at their own rhythm, with a few drifting apart in the last months.
        contact_quality: dict[date, float] = {}
        drifting = {people[6][0], people[12][0]}
        for pid, every, _name in people:
            day = start + timedelta(days=rng.randint(0, every))
            while day <= today:
                if pid in drifting and (today - day).days < 100 and rng.random() < 0.8:
                    day += timedelta(days=every)
                    continue
                channel = rng.choice(CHANNELS)
                feeling = rng.choice(
                    [3, 4, 4, 5, 5] if channel in ("in_person", "call") else [2, 3, 3, 4]
                )
                when = at(day, rng.randint(9, 20), rng.choice([0, 15, 30, 45]))
                if when > now:
                    break
                row = Interaction(
                    occurred_at=when,
                    local_day=day,
                    channel=channel,
                    initiated_by=rng.choice(["me", "them", "both"]),
                    feeling=feeling,
                    note="",
                    created_at=when,
                )
                s.add(row)
                s.flush()
                assert row.id is not None
                s.add(InteractionPerson(interaction_id=row.id, person_id=pid))
                lift = 0.6 if channel == "in_person" else 0.25
                contact_quality[day] = contact_quality.get(day, 0) + lift * (feeling - 2.5) / 2.5
                day += timedelta(days=max(1, int(rng.gauss(every, every / 3))))

        # Screen time: social media heavier on some days; it weighs a little on mood.
        screen: dict[date, float] = {}
        for n in range(days):
            day = start + timedelta(days=n)
            weekend = day.weekday() >= 5
            figures = {
                "social_media": max(0, rng.gauss(75 if weekend else 55, 30)),
                "messaging": max(0, rng.gauss(35, 12)),
                "video": max(0, rng.gauss(80 if weekend else 40, 25)),
                "games": max(0, rng.gauss(20, 15)),
                "news": max(0, rng.gauss(15, 8)),
                "work_study": 0 if weekend else max(0, rng.gauss(300, 60)),
                "other": max(0, rng.gauss(25, 10)),
            }
            for category, minutes in figures.items():
                if minutes >= 1:
                    s.add(
                        ScreenTimeEntry(
                            day=day, category=category, minutes=round(minutes), source="self_report"
                        )
                    )
            screen[day] = figures["social_media"]

        # Boundaries, checked most evenings.
        templates = [
            Boundary(
                template="daily_limit_social",
                title="Social media at most 60 minutes a day",
                category="social_media",
                limit_minutes=60,
                created_at=at(start, 9),
            ),
            Boundary(
                template="screen_free_evening",
                title="No screens after 22:00",
                starts_at="22:00",
                ends_at="07:00",
                created_at=at(start, 9),
            ),
            Boundary(
                template="phone_free_meals",
                title="Phone-free meals",
                weekdays=[0, 1, 2, 3, 4],
                created_at=at(start, 9),
            ),
        ]
        s.add_all(templates)
        s.flush()
        kept_share: dict[date, float] = {}
        for n in range(days):
            day = start + timedelta(days=n)
            if rng.random() < 0.15:
                continue
            results = []
            for b in templates:
                assert b.id is not None
                if day.weekday() not in b.weekdays:
                    continue
                if b.category == "social_media":
                    result = (
                        "kept"
                        if screen[day] <= 60
                        else ("partly" if screen[day] <= 80 else "not_today")
                    )
                else:
                    result = rng.choice(["kept", "kept", "kept", "partly", "not_today"])
                note = (
                    "Stayed up chatting online."
                    if result == "not_today" and rng.random() < 0.3
                    else ""
                )
                # The evening check-in for today exists only once the evening has come.
                if day < today or now >= at(day, EVENING_CHECK_IN_HOUR):
                    s.add(BoundaryCheck(boundary_id=b.id, day=day, result=result, note=note))
                results.append({"kept": 1.0, "partly": 0.5, "not_today": 0.0}[result])
            if results:
                kept_share[day] = sum(results) / len(results)

        # Moods: most days, sometimes twice; better with good contact, a little worse with heavy scrolling.
        prompts = json.loads((assets_dir() / "journal_prompts.json").read_text("utf-8"))["prompts"]
        for n in range(days):
            day = start + timedelta(days=n)
            if rng.random() < 0.12:
                continue
            base = 3.1 + contact_quality.get(day, -0.3) - (screen[day] - 60) / 120
            base += 0.3 * (kept_share.get(day - timedelta(days=1), 0.5) - 0.5)
            for k in range(1 if rng.random() < 0.8 else 2):
                level = int(min(5, max(1, round(rng.gauss(base, 0.7)))))
                when = at(day, 20 if k == 0 else 12, rng.randint(0, 59))
                if when > now:
                    continue
                entry = MoodEntry(
                    logged_at=when,
                    local_day=day,
                    level=level,
                    energy=int(min(5, max(1, round(rng.gauss(level, 1))))),
                    emotions=sorted(rng.sample(EMOTIONS_BY_LEVEL[level], k=rng.randint(1, 2))),
                    note=rng.choice(NOTES) if rng.random() < 0.2 else "",
                    source="app",
                    created_at=when,
                )
                s.add(entry)
                s.flush()
                assert entry.id is not None
                for activity in rng.sample(ACTIVITIES, k=rng.randint(0, 2)):
                    s.add(MoodTag(mood_entry_id=entry.id, tag_id=tag_id("mood", activity)))
            if rng.random() < 0.06:
                prompt = rng.choice(prompts)
                if at(day, 21) <= now:
                    s.add(
                        JournalEntry(
                            written_at=at(day, 21),
                            local_day=day,
                            prompt_id=prompt["id"],
                            prompt=prompt["text"],
                            text="I thought about this for a while. Writing it down helped me notice who I'd like to see more.",
                        )
                    )
            if rng.random() < 0.05:
                answer = rng.choice(
                    [
                        "A bit: a good chat with Tom.",
                        "Not really. I mostly scrolled.",
                        "Yes, a video call with Maya.",
                    ]
                )
                if at(day, 21, 30) <= now:
                    s.add(
                        Reflection(
                            answered_at=at(day, 21, 30),
                            local_day=day,
                            prompt_id="closer",
                            prompt="Did time online today bring you closer to anyone?",
                            answer=answer,
                        )
                    )

        def add_result(
            instrument: str, values: list[int], taken_at: datetime, difficulty: int | None = None
        ) -> None:
            result = score(instrument, values, difficulty=difficulty)
            s.add(
                AssessmentResult(
                    instrument=instrument,
                    taken_at=taken_at,
                    answers=values,
                    total=result.total,
                    band=result.band,
                    flags=stored_flags(result.flags, result.difficulty),
                    language="en",  # the demo's answers are to the English forms
                )
            )

        # Check-ins every two weeks, drifting gently better over the year.
        for n in range(0, days, 14):
            day = start + timedelta(days=n)
            progress = n / max(1, days)
            answers = {
                "who5": [
                    min(5, max(0, round(rng.gauss(2 + 1.5 * progress, 0.8)))) for _ in range(5)
                ],
                "phq9": [
                    min(3, max(0, round(rng.gauss(1.1 - 0.7 * progress, 0.5)))) for _ in range(8)
                ]
                + [0],
                "gad7": [
                    min(3, max(0, round(rng.gauss(1.0 - 0.5 * progress, 0.6)))) for _ in range(7)
                ],
                "ucla3": [
                    min(3, max(1, round(rng.gauss(2.2 - 0.6 * progress, 0.4)))) for _ in range(3)
                ],
                "lsns6": [min(5, max(0, round(rng.gauss(2 + progress, 0.7)))) for _ in range(6)],
            }
            for k, (instrument, values) in enumerate(answers.items()):
                if instrument in ("ucla3", "lsns6") and (n // 14) % 2:
                    continue
                taken_at = at(day, 19, k * 5)
                # Nothing later than now; and the week before now keeps room for the PHQ-9 below.
                if taken_at > now or (instrument == "phq9" and now - taken_at < ITEM9_SHOWN_FOR):
                    continue
                add_result(instrument, values, taken_at)

        # Once, a few nights ago, a PHQ-9 whose question 9 was answered "Several days": the newest
        # PHQ-9, so the first screen shows its safety card and a therapist can see that path.
        night = at(today - timedelta(days=ITEM9_DAYS_AGO), 23, 10)
        add_result("phq9", ITEM9_ANSWERS, night, difficulty=1)
    companion.changes.emit(
        "people", "interactions", "mood", "assessments", "screen", "boundaries", "settings"
    )
