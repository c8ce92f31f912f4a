"""Insights that connect people, mood and screens, as pure functions over plain data.

Every comparison is of the user's daily mood between two groups of days. A card is shown only when
each group has at least `MIN_DAYS_PER_GROUP` days spread over at least `MIN_WEEKS_PER_GROUP`
weeks; otherwise it says what it still needs.

One day's mood carries into the next, so days are not independent draws. The interval around a
difference therefore comes from a week-block bootstrap: whole calendar weeks are resampled
(`BOOTSTRAP_RESAMPLES` times, from a fixed seed so the same data always give the same numbers) and
the 2.5th and 97.5th percentiles of the resampled differences are reported. It is approximate, as
every bootstrap interval is, and most so with few weeks. Where one card makes several comparisons
at once ("Kinds of contact"), their p-values are adjusted with Holm's method and their intervals
are widened to keep the family's error rate at 5% (Bonferroni); nothing is called a difference
unless it survives both. Every card shows what goes together, not what causes what.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from companion.domain.i18n import N_, _, in_sentence, ngettext

if TYPE_CHECKING:
    import numpy as np

MIN_DAYS_PER_GROUP = 7
MIN_WEEKS_PER_GROUP = 3
ALPHA = 0.05
BOOTSTRAP_RESAMPLES = 2000
# Fixed, so the page shows the same interval every time it is opened over the same data.
BOOTSTRAP_SEED = 20_261_203
ASSOCIATION_NOTE = N_(
    "This shows what tends to go together in your own days, not what causes what."
)


def week_of(day: date) -> date:
    """The Monday that starts `day`'s calendar week: the block the bootstrap resamples."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Comparison:
    """Mean mood in group A minus group B, with an interval at `level` and a bootstrap p-value.

    `family` is how many comparisons were made together; above 1, `level` is widened
    (Bonferroni) and `p_adjusted` is Holm's adjustment of `p_value` across the family.
    """

    label_a: str
    label_b: str
    n_a: int
    n_b: int
    mean_a: float | None
    mean_b: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    weeks_a: int = 0
    weeks_b: int = 0
    p_value: float | None = None
    p_adjusted: float | None = None
    family: int = 1
    level: float = 1 - ALPHA

    @property
    def enough(self) -> bool:
        return self.more_days_needed == 0 and self.more_weeks_needed == 0

    @property
    def days(self) -> int:
        return self.n_a + self.n_b

    @property
    def more_days_needed(self) -> int:
        return max(0, MIN_DAYS_PER_GROUP - self.n_a) + max(0, MIN_DAYS_PER_GROUP - self.n_b)

    @property
    def more_weeks_needed(self) -> int:
        """Weeks still needed for the group with the fewest (days in one week move together)."""
        return max(0, MIN_WEEKS_PER_GROUP - min(self.weeks_a, self.weeks_b))

    @property
    def corrected(self) -> bool:
        return self.family > 1

    @property
    def clear(self) -> bool:
        """True when the (corrected) interval leaves out zero and the (adjusted) p-value is
        below 5%: the only comparisons a card may put into words as a difference."""
        return (
            self.enough
            and self.ci_low is not None
            and self.ci_high is not None
            and self.p_adjusted is not None
            and self.p_adjusted < ALPHA
            and (self.ci_low > 0 or self.ci_high < 0)
        )


# --- the arithmetic -----------------------------------------------------------------------------


def week_block_differences(
    day_means: Mapping[date, float],
    groups: Sequence[tuple[Iterable[date], Iterable[date]]],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> np.ndarray:
    """Resampled differences (mean of A minus mean of B), shape (len(groups), resamples).

    The blocks are the calendar weeks holding any day of any group, in date order. One draw,
    `numpy.random.default_rng(seed).integers(0, weeks, size=(resamples, weeks))`, picks the
    weeks of every resample, shared by all groups so a family of comparisons moves together.
    A resample with no day of A (or of B) gives NaN.
    """
    import numpy as np  # only when a card needs it: not at start-up

    sets = [(set(a), set(b)) for a, b in groups]
    used = sorted({d for a, b in sets for d in a | b if d in day_means})
    week_by_day = {d: week_of(d) for d in used}
    weeks = sorted(set(week_by_day.values()))
    if not weeks or not sets:
        return np.full((len(sets), resamples), np.nan)
    slot = {w: i for i, w in enumerate(weeks)}
    n_weeks = len(weeks)
    day_slot = np.array([slot[week_by_day[d]] for d in used])
    values = np.array([day_means[d] for d in used], dtype=float)
    # Per group and week: sums and counts of mood on A days and on B days.
    sums = np.zeros((4, len(sets), n_weeks))
    for g, (a, b) in enumerate(sets):
        for k, days in ((0, a), (2, b)):
            member = np.fromiter((d in days for d in used), dtype=bool, count=len(used))
            sums[k, g] = np.bincount(day_slot, weights=values * member, minlength=n_weeks)
            sums[k + 1, g] = np.bincount(day_slot, weights=member, minlength=n_weeks)
    draws = np.random.default_rng(seed).integers(0, n_weeks, size=(resamples, n_weeks))
    # How often each week was drawn in each resample.
    offsets = (np.arange(resamples) * n_weeks)[:, None]
    times = np.bincount((draws + offsets).ravel(), minlength=resamples * n_weeks)
    times = times.reshape(resamples, n_weeks).astype(float)
    # einsum rather than a BLAS product: on a busy machine a threaded BLAS is slower here.
    sum_a, n_a, sum_b, n_b = np.einsum("rw,kgw->kgr", times, sums)  # each (groups, resamples)
    with np.errstate(invalid="ignore", divide="ignore"):
        diff: np.ndarray = sum_a / n_a - sum_b / n_b
    return diff


def percentile_interval(differences: np.ndarray, level: float) -> tuple[float, float] | None:
    """The equal-tailed percentile interval (numpy's default linear interpolation)."""
    import numpy as np  # only when a card needs it: not at start-up

    valid = differences[~np.isnan(differences)]
    if valid.size == 0:
        return None
    tail = (1 - level) / 2
    low, high = np.quantile(valid, [tail, 1 - tail])
    return float(low), float(high)


def bootstrap_p_value(differences: np.ndarray) -> float | None:
    """Two-sided: twice the smaller share of resamples on either side of zero, counted as
    (k + 1) / (n + 1) so a p-value is never exactly 0 (Davison and Hinkley, 1997, §4.4)."""
    import numpy as np  # only when a card needs it: not at start-up

    valid = differences[~np.isnan(differences)]
    if valid.size == 0:
        return None
    below = int(np.count_nonzero(valid <= 0))
    above = int(np.count_nonzero(valid >= 0))
    return min(1.0, 2 * (min(below, above) + 1) / (int(valid.size) + 1))


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjustment: the k-th smallest p times (m - k + 1), kept monotone, at most 1."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def _describe(
    day_means: Mapping[date, float], a: set[date], b: set[date], label_a: str, label_b: str
) -> Comparison:
    """The counts and means of a comparison, before any interval."""
    va = [day_means[d] for d in sorted(a) if d in day_means]
    vb = [day_means[d] for d in sorted(b) if d in day_means]
    mean_a = statistics.fmean(va) if va else None
    mean_b = statistics.fmean(vb) if vb else None
    diff = mean_a - mean_b if mean_a is not None and mean_b is not None else None
    return Comparison(
        label_a,
        label_b,
        len(va),
        len(vb),
        mean_a,
        mean_b,
        diff,
        None,
        None,
        weeks_a=len({week_of(d) for d in a if d in day_means}) if len(va) else 0,
        weeks_b=len({week_of(d) for d in b if d in day_means}) if len(vb) else 0,
    )


def compare_family(
    day_means: Mapping[date, float],
    groups: Sequence[tuple[Iterable[date], Iterable[date], str, str]],
) -> list[Comparison]:
    """Several comparisons made together: each `(days A, days B, label A, label B)`.

    Only the comparisons with enough days count towards the family; with more than one, the
    intervals are at 1 - 5%/m (Bonferroni) and the p-values Holm-adjusted across the m.
    """
    sets = [(set(a), set(b), la, lb) for a, b, la, lb in groups]
    described = [_describe(day_means, a, b, la, lb) for a, b, la, lb in sets]
    tested = [i for i, c in enumerate(described) if c.enough]
    if not tested:
        return described
    m = len(tested)
    level = 1 - ALPHA / m
    resampled = week_block_differences(day_means, [(sets[i][0], sets[i][1]) for i in tested])
    p_values: list[float] = []
    intervals: list[tuple[float, float] | None] = []
    for row in resampled:
        p_values.append(bootstrap_p_value(row) or 1.0)
        intervals.append(percentile_interval(row, level))
    adjusted = holm(p_values)
    out = list(described)
    for k, i in enumerate(tested):
        low, high = intervals[k] or (None, None)
        out[i] = replace(
            described[i],
            ci_low=low,
            ci_high=high,
            p_value=p_values[k],
            p_adjusted=adjusted[k],
            family=m,
            level=level,
        )
    return out


def compare(
    day_means: Mapping[date, float],
    a: Iterable[date],
    b: Iterable[date],
    label_a: str,
    label_b: str,
) -> Comparison:
    """Mood on days `a` minus mood on days `b`, with a 95% week-block interval."""
    return compare_family(day_means, [(a, b, label_a, label_b)])[0]


@dataclass(frozen=True)
class InsightCard:
    id: str
    title: str
    sentence: str
    comparisons: tuple[Comparison, ...] = ()
    series: Mapping[str, Sequence[tuple[date, float]]] = field(default_factory=dict)
    ranking: tuple[tuple[str, float], ...] = ()  # (label, value) for "who" cards
    note: str = ASSOCIATION_NOTE
    # Which comparison the sentence speaks of, when a card makes several (None: none stands out).
    headline: int | None = None

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


def _split(day_means: Mapping[date, float], in_a: Iterable[date]) -> tuple[set[date], set[date]]:
    chosen = set(in_a)
    a = {d for d in day_means if d in chosen}
    return a, set(day_means) - a


def signed(value: float) -> str:
    """ "+0.3", "-0.2", and "0.0" rather than "-0.0"."""
    rounded = round(value, 1)
    return "0.0" if rounded == 0 else f"{rounded:+.1f}"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def needs_sentence(c: Comparison, what_a: str, what_b: str) -> str:
    """What a comparison still needs, in one plain sentence."""
    if c.more_days_needed:
        return ngettext(
            "Needs {n} more day of mood entries to compare {what_a} with {what_b}.",
            "Needs {n} more days of mood entries to compare {what_a} with {what_b}.",
            c.more_days_needed,
        ).format(n=c.more_days_needed, what_a=what_a, what_b=what_b)
    return ngettext(
        "Needs mood entries spread over {n} more week to compare {what_a} with {what_b}.",
        "Needs mood entries spread over {n} more weeks to compare {what_a} with {what_b}.",
        c.more_weeks_needed,
    ).format(n=c.more_weeks_needed, what_a=what_a, what_b=what_b)


def _size(difference: float) -> str:
    size = abs(difference)
    # Translators: put in front of "higher" or "lower", with its own trailing space.
    return _("a little ") if size < 0.5 else (_("quite a bit ") if size >= 1 else "")


def _sentence(c: Comparison, what_a: str, what_b: str) -> str:
    """One plain sentence, numbers left to the details: a difference only when it is clear."""
    if not c.enough:
        return needs_sentence(c, what_a, what_b)
    if not c.clear or c.difference is None:
        return _(
            "So far there's no clear difference in your mood between {what_a} and {what_b}."
        ).format(what_a=what_a, what_b=what_b)
    direction = _("higher") if c.difference > 0 else _("lower")
    return _("On {what_a}, your mood tended to be {size}{direction} than on {what_b}.").format(
        what_a=what_a, what_b=what_b, size=_size(c.difference), direction=direction
    )


# --- the cards -------------------------------------------------------------------------------


def in_person_card(
    day_means: Mapping[date, float], channels_by_day: Mapping[date, set[str]]
) -> InsightCard:
    """Mood on days with in-person contact versus days without."""
    a, b = _split(day_means, (d for d, ch in channels_by_day.items() if "in_person" in ch))
    c = compare(day_means, a, b, _("With in-person time"), _("Without"))
    return InsightCard(
        "in_person",
        _("Seeing people in person"),
        _sentence(c, _("days you saw someone in person"), _("other days")),
        (c,),
    )


def channel_card(
    day_means: Mapping[date, float],
    channels_by_day: Mapping[date, set[str]],
    labels: Mapping[str, str],
) -> InsightCard:
    """Mood on days with each kind of contact versus days without it, compared together.

    The kinds are one family: Holm-adjusted p-values and Bonferroni-widened intervals. The
    sentence speaks of one kind only when it is clear after that correction (the smallest
    adjusted p-value); otherwise it says no kind stands out.
    """
    groups = []
    for channel, label in labels.items():
        a, b = _split(day_means, (d for d, ch in channels_by_day.items() if channel in ch))
        groups.append((a, b, label, _("Without")))
    comparisons = compare_family(day_means, groups)
    clear = [i for i, c in enumerate(comparisons) if c.clear]
    headline = None
    if clear:
        headline = min(
            clear,
            key=lambda i: (comparisons[i].p_adjusted, -abs(comparisons[i].difference or 0)),
        )
        best = comparisons[headline]
        what = _("days with {kind}").format(kind=in_sentence(best.label_a))
        sentence = _sentence(best, what, _("days without"))
    elif any(c.enough for c in comparisons):
        sentence = _("So far no kind of contact stands out: your mood was much the same with each.")
    else:
        sentence = _(
            "Needs more days of mood entries to compare kinds of contact: at least "
            "{n} days with each and {n} without."
        ).format(n=MIN_DAYS_PER_GROUP)
    return InsightCard(
        "by_channel", _("Kinds of contact"), sentence, tuple(comparisons), headline=headline
    )


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
    c = compare(
        day_means,
        energising - draining,
        draining - energising,
        _("After energising time"),
        _("After draining time"),
    )
    return InsightCard(
        "feeling",
        _("Energising and draining time"),
        _sentence(
            c, _("days after time that energised you"), _("days after time that drained you")
        ),
        (c,),
    )


def screen_card(
    day_means: Mapping[date, float],
    minutes_by_day: Mapping[date, float],
    *,
    card_id: str = "screen",
    title: str = N_("Screen time and mood"),
    what: str = N_("screen time"),
) -> InsightCard:
    """Mood on higher versus lower screen-time days (split at the user's own median)."""
    title, what = _(title), _(what)
    more, less = _("More {what}").format(what=what), _("Less {what}").format(what=what)
    days = sorted(d for d in minutes_by_day if d in day_means)
    if not days:
        c = compare(day_means, [], [], more, less)
        what_a = _("days with more {what}").format(what=what)
        return InsightCard(card_id, title, _sentence(c, what_a, _("days with less")), (c,))
    median = statistics.median(minutes_by_day[d] for d in days)
    higher = [d for d in days if minutes_by_day[d] > median]
    lower = [d for d in days if minutes_by_day[d] <= median]
    c = compare(day_means, higher, lower, more, less)
    what_a = _("days with more {what} (over {minutes} minutes)").format(
        what=what, minutes=f"{median:.0f}"
    )
    sentence = _sentence(c, what_a, _("days with less"))
    return InsightCard(card_id, title, sentence, (c,))


def boundaries_card(
    day_means: Mapping[date, float], kept_share_by_day: Mapping[date, float]
) -> InsightCard:
    """Mood the next day after days the user kept their boundaries (at least half) versus not."""
    kept_next = {d + timedelta(days=1) for d, share in kept_share_by_day.items() if share >= 0.5}
    missed_next = {d + timedelta(days=1) for d, share in kept_share_by_day.items() if share < 0.5}
    c = compare(
        day_means, kept_next, missed_next, _("After keeping boundaries"), _("After other days")
    )
    return InsightCard(
        "boundaries",
        _("Boundaries and the next day"),
        _sentence(
            c, _("the day after keeping most of your boundaries"), _("the day after other days")
        ),
        (c,),
    )


# The two check-ins shown over time, and which way is which: they point opposite ways.
SCORE_SCALES: dict[str, tuple[float, float, str]] = {
    "Loneliness (UCLA-3)": (3, 9, "higher means lonelier"),
    "Social network (LSNS-6)": (0, 30, "higher means more connected"),
}


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
        _(
            "Your loneliness and social-network check-ins beside how many days a week you were "
            "in touch with someone."
        )
        if have_scores
        else _(
            "Take the loneliness (UCLA-3) or social network (LSNS-6) check-in to see it here "
            "beside your weekly contact."
        )
    )
    return InsightCard(
        "loneliness", _("Connection over time"), sentence, series=series if have_scores else {}
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
        names = ", ".join(n for n, _change in drifted[:3])
        sentence = _(
            "You've been in touch less than usual this quarter with {names}. "
            "Someone to say hello to?"
        ).format(names=names)
    else:
        sentence = _("No one has drifted from their usual rhythm this quarter.")
    return InsightCard(
        "drift", _("People you've drifted from"), sentence, ranking=tuple(drifted[:10])
    )


def _and(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


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
        top = _and([n for n, v in ranked[:3] if v >= 3.5])
        sentence = (
            _("Time with {names} has tended to leave you energised.").format(names=top)
            if top
            else _("No one stands out as energising yet.")
        )
    else:
        sentence = _(
            "Note how time with people felt (at least {n} times each) to see who energises you "
            "most."
        ).format(n=min_interactions)
    return InsightCard("energisers", _("Who energises you"), sentence, ranking=tuple(ranked[:10]))
