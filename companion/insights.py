"""Insights that connect people, mood and screens, as pure functions over plain data.

Every comparison is of the user's daily mood between two groups of days. A card is shown only when
each group has at least `MIN_DAYS_PER_GROUP` days; otherwise it says how many more days it needs.
The difference of means comes with a 95% interval (Welch's t), and every card says it shows what
goes together, not what causes what.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

MIN_DAYS_PER_GROUP = 7
ASSOCIATION_NOTE = "This shows what tends to go together in your own days, not what causes what."

# Two-sided 95% critical values of Student's t by degrees of freedom (standard tables).
_T975 = {
    1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
    10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110,
    18: 2.101, 19: 2.093, 20: 2.086, 21: 2.080, 22: 2.074, 23: 2.069, 24: 2.064, 25: 2.060,
    26: 2.056, 27: 2.052, 28: 2.048, 29: 2.045, 30: 2.042, 40: 2.021, 60: 2.000, 120: 1.980,
}  # fmt: skip


def t_critical(df: float) -> float:
    """t(0.975, df), interpolated between table rows in 1/df (accurate to about 0.005)."""
    if df <= 1:
        return _T975[1]
    keys = sorted(_T975)
    if df >= keys[-1]:
        # Between 120 and infinity, interpolate towards the normal quantile in 1/df.
        z = 1.959964
        return z + (_T975[120] - z) * (120 / df)
    lo = max(k for k in keys if k <= df)
    hi = min(k for k in keys if k >= df)
    if lo == hi:
        return _T975[lo]
    w = (1 / lo - 1 / df) / (1 / lo - 1 / hi)
    return _T975[lo] + w * (_T975[hi] - _T975[lo])


@dataclass(frozen=True)
class Comparison:
    """Mean mood in group A minus group B, with a 95% interval."""

    label_a: str
    label_b: str
    n_a: int
    n_b: int
    mean_a: float | None
    mean_b: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None

    @property
    def enough(self) -> bool:
        return self.n_a >= MIN_DAYS_PER_GROUP and self.n_b >= MIN_DAYS_PER_GROUP

    @property
    def days(self) -> int:
        return self.n_a + self.n_b

    @property
    def more_days_needed(self) -> int:
        return max(0, MIN_DAYS_PER_GROUP - self.n_a) + max(0, MIN_DAYS_PER_GROUP - self.n_b)

    @property
    def clear(self) -> bool:
        """True when the interval leaves out zero."""
        return (
            self.ci_low is not None
            and self.ci_high is not None
            and (self.ci_low > 0 or self.ci_high < 0)
        )


def compare(a: Sequence[float], b: Sequence[float], label_a: str, label_b: str) -> Comparison:
    n_a, n_b = len(a), len(b)
    mean_a = statistics.fmean(a) if a else None
    mean_b = statistics.fmean(b) if b else None
    if n_a < 2 or n_b < 2 or mean_a is None or mean_b is None:
        return Comparison(label_a, label_b, n_a, n_b, mean_a, mean_b, None, None, None)
    var_a, var_b = statistics.variance(a), statistics.variance(b)
    diff = mean_a - mean_b
    se2 = var_a / n_a + var_b / n_b
    if se2 == 0:
        return Comparison(label_a, label_b, n_a, n_b, mean_a, mean_b, diff, diff, diff)
    df = se2**2 / ((var_a / n_a) ** 2 / (n_a - 1) + (var_b / n_b) ** 2 / (n_b - 1))
    half = t_critical(df) * math.sqrt(se2)
    return Comparison(label_a, label_b, n_a, n_b, mean_a, mean_b, diff, diff - half, diff + half)


@dataclass(frozen=True)
class InsightCard:
    id: str
    title: str
    sentence: str
    comparisons: tuple[Comparison, ...] = ()
    series: Mapping[str, Sequence[tuple[date, float]]] = field(default_factory=dict)
    ranking: tuple[tuple[str, float], ...] = ()  # (label, value) for "who" cards
    note: str = ASSOCIATION_NOTE

    @property
    def ready(self) -> bool:
        if self.comparisons:
            return any(c.enough for c in self.comparisons)
        return bool(self.series or self.ranking)

    @property
    def days(self) -> int:
        return max((c.days for c in self.comparisons), default=0)

    @property
    def more_days_needed(self) -> int:
        if not self.comparisons:
            return 0
        return min(c.more_days_needed for c in self.comparisons)


def _split(
    day_means: Mapping[date, float], in_a: Iterable[date]
) -> tuple[list[float], list[float]]:
    chosen = set(in_a)
    a = [m for d, m in sorted(day_means.items()) if d in chosen]
    b = [m for d, m in sorted(day_means.items()) if d not in chosen]
    return a, b


def signed(value: float) -> str:
    """ "+0.3", "-0.2", and "0.0" rather than "-0.0"."""
    rounded = round(value, 1)
    return "0.0" if rounded == 0 else f"{rounded:+.1f}"


def _sentence(c: Comparison, what_a: str, what_b: str) -> str:
    if not c.enough:
        return (
            f"Not enough days yet: this needs {c.more_days_needed} more "
            f"day{'s' if c.more_days_needed != 1 else ''} of mood entries to compare {what_a} with {what_b}."
        )
    assert c.difference is not None and c.ci_low is not None and c.ci_high is not None
    size = abs(c.difference)
    if not c.clear:
        return (
            f"Your mood on {what_a} and on {what_b} has been about the same so far "
            f"({signed(c.difference)} points; 95% interval {signed(c.ci_low)} to {signed(c.ci_high)}; {c.days} days)."
        )
    direction = "higher" if c.difference > 0 else "lower"
    return (
        f"On {what_a}, your mood has been {size:.1f} points {direction} than on {what_b} "
        f"(95% interval {signed(c.ci_low)} to {signed(c.ci_high)}; {c.n_a} and {c.n_b} days)."
    )


# --- the cards -------------------------------------------------------------------------------


def in_person_card(
    day_means: Mapping[date, float], channels_by_day: Mapping[date, set[str]]
) -> InsightCard:
    """Mood on days with in-person contact versus days without."""
    a, b = _split(day_means, (d for d, ch in channels_by_day.items() if "in_person" in ch))
    c = compare(a, b, "With in-person time", "Without")
    return InsightCard(
        "in_person",
        "Seeing people in person",
        _sentence(c, "days you saw someone in person", "other days"),
        (c,),
    )


def channel_card(
    day_means: Mapping[date, float],
    channels_by_day: Mapping[date, set[str]],
    labels: Mapping[str, str],
) -> InsightCard:
    """Mood on days with each kind of contact versus days without it."""
    comparisons = []
    for channel, label in labels.items():
        a, b = _split(day_means, (d for d, ch in channels_by_day.items() if channel in ch))
        comparisons.append(compare(a, b, label, "Without"))
    ready = [c for c in comparisons if c.enough and c.difference is not None]
    if ready:
        best = max(ready, key=lambda c: c.difference or 0)
        sentence = _sentence(best, f"days with {best.label_a.lower()}", "days without")
    else:
        sentence = (
            "Not enough days yet to compare kinds of contact: each needs at least "
            f"{MIN_DAYS_PER_GROUP} days with it and {MIN_DAYS_PER_GROUP} without."
        )
    return InsightCard("by_channel", "Kinds of contact", sentence, tuple(comparisons))


def feeling_card(
    day_means: Mapping[date, float], feelings_by_day: Mapping[date, Sequence[int]]
) -> InsightCard:
    """Mood on days after an energising interaction versus after a draining one (same or next day)."""
    energising: set[date] = set()
    draining: set[date] = set()
    for day, feelings in feelings_by_day.items():
        for d in (day, day + timedelta(days=1)):
            if any(f >= 4 for f in feelings):
                energising.add(d)
            if any(f <= 2 for f in feelings):
                draining.add(d)
    a = [m for d, m in sorted(day_means.items()) if d in energising and d not in draining]
    b = [m for d, m in sorted(day_means.items()) if d in draining and d not in energising]
    c = compare(a, b, "After energising time", "After draining time")
    return InsightCard(
        "feeling",
        "Energising and draining time",
        _sentence(c, "days after time that energised you", "days after time that drained you"),
        (c,),
    )


def screen_card(
    day_means: Mapping[date, float],
    minutes_by_day: Mapping[date, float],
    *,
    card_id: str = "screen",
    title: str = "Screen time and mood",
    what: str = "screen time",
) -> InsightCard:
    """Mood on higher versus lower screen-time days (split at the user's own median)."""
    days = sorted(d for d in minutes_by_day if d in day_means)
    if not days:
        c = compare([], [], f"More {what}", f"Less {what}")
        return InsightCard(
            card_id, title, _sentence(c, f"higher-{what} days", f"lower-{what} days"), (c,)
        )
    median = statistics.median(minutes_by_day[d] for d in days)
    higher = [d for d in days if minutes_by_day[d] > median]
    lower = [d for d in days if minutes_by_day[d] <= median]
    c = compare(
        [day_means[d] for d in higher],
        [day_means[d] for d in lower],
        f"More {what}",
        f"Less {what}",
    )
    sentence = _sentence(c, f"days with more {what} (over {median:.0f} minutes)", "days with less")
    return InsightCard(card_id, title, sentence, (c,))


def boundaries_card(
    day_means: Mapping[date, float], kept_share_by_day: Mapping[date, float]
) -> InsightCard:
    """Mood the next day after days the user kept their boundaries (at least half) versus not."""
    kept_next = {d + timedelta(days=1) for d, share in kept_share_by_day.items() if share >= 0.5}
    missed_next = {d + timedelta(days=1) for d, share in kept_share_by_day.items() if share < 0.5}
    a = [m for d, m in sorted(day_means.items()) if d in kept_next]
    b = [m for d, m in sorted(day_means.items()) if d in missed_next]
    c = compare(a, b, "After keeping boundaries", "After other days")
    return InsightCard(
        "boundaries",
        "Boundaries and the next day",
        _sentence(c, "the day after keeping most of your boundaries", "the day after other days"),
        (c,),
    )


def loneliness_card(
    scores: Mapping[str, Sequence[tuple[date, float]]],
    contact_days: Iterable[date],
    today: date,
    weeks: int = 26,
) -> InsightCard:
    """UCLA-3 and LSNS-6 scores over time beside weekly contact counts (a picture, not a comparison)."""
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    counts = {start + timedelta(weeks=i): 0.0 for i in range(weeks)}
    for day in set(contact_days):
        monday = day - timedelta(days=day.weekday())
        if monday in counts:
            counts[monday] += 1
    series: dict[str, list[tuple[date, float]]] = {
        "Days with contact per week": sorted(counts.items())
    }
    for name, points in scores.items():
        inside = sorted((d, v) for d, v in points if d >= start)
        if inside:
            series[name] = inside
    have_scores = len(series) > 1
    sentence = (
        "Your loneliness and social-network check-ins beside how many days a week you were in touch with someone."
        if have_scores
        else "Take the loneliness (UCLA-3) or social network (LSNS-6) check-in to see it here beside your weekly contact."
    )
    return InsightCard(
        "loneliness", "Connection over time", sentence, series=series if have_scores else {}
    )


def drift_card(
    contacts_by_person: Mapping[str, Sequence[date]],
    today: date,
    *,
    quarter_days: int = 91,
    usual_quarters: int = 4,
) -> InsightCard:
    """People whose contact this quarter fell well below their own usual (the previous year's quarters)."""
    this_start = today - timedelta(days=quarter_days)
    usual_start = this_start - timedelta(days=quarter_days * usual_quarters)
    drifted: list[tuple[str, float]] = []
    for name, days in contacts_by_person.items():
        recent = sum(1 for d in days if this_start < d <= today)
        earlier = sum(1 for d in days if usual_start < d <= this_start)
        usual = earlier / usual_quarters
        if usual >= 2 and recent <= usual / 2:
            drifted.append((name, round(recent - usual, 1)))
    drifted.sort(key=lambda item: item[1])
    if drifted:
        names = ", ".join(n for n, _ in drifted[:3])
        sentence = f"You've been in touch less than usual this quarter with {names}. Someone to say hello to?"
    else:
        sentence = "No one has drifted from their usual rhythm this quarter."
    return InsightCard("drift", "People you've drifted from", sentence, ranking=tuple(drifted[:10]))


def energisers_card(
    feelings_by_person: Mapping[str, Sequence[int]], min_interactions: int = 3
) -> InsightCard:
    """Who energises the user most: mean felt energy of interactions with each person."""
    ranked = [
        (name, round(statistics.fmean(f), 2))
        for name, f in feelings_by_person.items()
        if len(f) >= min_interactions
    ]
    ranked.sort(key=lambda item: (-item[1], item[0]))
    if ranked:
        top = ", ".join(n for n, v in ranked[:3] if v >= 3.5)
        sentence = (
            f"Time with {top} has tended to leave you energised."
            if top
            else "No one stands out as energising yet."
        )
    else:
        sentence = f"Note how time with people felt (at least {min_interactions} times each) to see who energises you most."
    return InsightCard("energisers", "Who energises you", sentence, ranking=tuple(ranked[:10]))
