"""Asymmetry over time: series, counts and trend wording for the history screen.

A change smaller than the measure's smallest meaningful difference is called
"about the same": noise is not progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kneeapp.domain.asymmetry import Asymmetry, Scale, Side, compare, rule_for
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.measures import MEASURES, Direction, Measure
from kneeapp.domain.validation import format_number

_PRECISION = 6  # as in asymmetry.compare

# How many of the latest sessions the "worse in n of the last m" count looks at.
RECENT_SESSIONS = 8


@dataclass(frozen=True)
class SeriesPoint:
    """One session's left and right values of one measure."""

    timestamp: float  # seconds since 1970-01-01 UTC
    left: float
    right: float

    @property
    def recorded_at(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp, UTC)


@dataclass(frozen=True)
class Series:
    check_id: str
    measure_id: str
    points: tuple[SeriesPoint, ...]  # oldest first

    @property
    def check(self) -> Check:
        return CHECKS[self.check_id]

    @property
    def measure(self) -> Measure:
        return MEASURES[self.measure_id]

    def asymmetries(self, last: int | None = None) -> list[Asymmetry]:
        points = self.points if last is None else self.points[-last:]
        return [compare(self.measure, p.left, p.right) for p in points]

    def signed_values(self) -> list[float]:
        """Positive where the left side was worse, negative where the right was.

        The same numbers as ``compare(...).signed_value``, computed without building
        an Asymmetry per point, so that a long history stays quick to chart.
        """
        measure = self.measure
        higher_is_better = measure.direction is Direction.HIGHER_IS_BETTER
        percent = rule_for(measure).scale is Scale.PERCENT
        values: list[float] = []
        for point in self.points:
            left, right = point.left, point.right
            if left == right:
                values.append(0.0)
                continue
            if percent:
                higher, lower = max(left, right), min(left, right)
                value = round(100 - round(float(lower) * 100 / higher, _PRECISION), 1)
            else:
                value = round(round(abs(left - right), _PRECISION), 1)
            values.append(value if (left < right) == higher_is_better else -value)
        return values


def primary_measure(check_id: str) -> str:
    """The measure a check's chart shows: its first one (range, drift or repetitions)."""
    return CHECKS[check_id].measures[0].id


def asymmetry_unit(measure_id: str) -> str:
    return rule_for(MEASURES[measure_id]).scale.value


def flag_threshold(measure_id: str) -> float:
    """The asymmetry (in % or points) below which a result is never flagged.

    For rules stated as a limb symmetry index this is exact (LSI 90 % = 10 %). For
    0-10 self-ratings charted in %, a 2-point difference is 20 % when the better side
    scores 10 and more when it scores less, so the band marks the smallest flagged value.
    """
    measure = MEASURES[measure_id]
    rule = rule_for(measure)
    if rule.lsi_below is not None:
        return 100.0 - rule.lsi_below
    difference = rule.smallest_meaningful_difference
    assert difference is not None
    if rule.scale is Scale.PERCENT:
        return difference * 100.0 / measure.maximum
    return float(difference)


def format_signed(measure_id: str, value: float) -> str:
    unit = asymmetry_unit(measure_id)
    amount = abs(value)
    if unit == "%":
        return f"{amount:.0f} %"
    return f"{format_number(amount)} point" + ("" if amount == 1 else "s")


def format_day(moment: datetime, *, with_year: bool = True) -> str:
    day = f"{moment.day} {moment:%B}"
    return f"{day} {moment.year}" if with_year else day


def worse_counts(series: Series, last: int = RECENT_SESSIONS) -> tuple[int, int, int]:
    """(left worse, right worse, sessions looked at) over the last ``last`` sessions."""
    recent = series.asymmetries(last)
    left = sum(1 for a in recent if a.worse_side is Side.LEFT)
    right = sum(1 for a in recent if a.worse_side is Side.RIGHT)
    return left, right, len(recent)


def _is_meaningful(series: Series, first: SeriesPoint, last: SeriesPoint) -> bool:
    rule = rule_for(series.measure)
    smallest = rule.smallest_meaningful_difference
    if smallest is not None:
        change = abs((last.left - last.right) - (first.left - first.right))
        return round(change, 6) >= smallest
    # Repetitions: the rule is a symmetry index, so a change of its margin counts.
    assert rule.lsi_below is not None
    before = compare(series.measure, first.left, first.right).signed_value
    after = compare(series.measure, last.left, last.right).signed_value
    return abs(after - before) >= 100.0 - rule.lsi_below


def trend_sentence(series: Series) -> str:
    """E.g. 'asymmetry fell from 40 % to 12 % since 3 March'; '' for fewer than two sessions."""
    if len(series.points) < 2:
        return ""
    first, last = series.points[0], series.points[-1]
    before = compare(series.measure, first.left, first.right)
    after = compare(series.measure, last.left, last.right)
    start, end = first.recorded_at.astimezone(), last.recorded_at.astimezone()
    since = format_day(start, with_year=start.year != end.year)
    was, now = (
        format_signed(series.measure_id, before.value),
        format_signed(series.measure_id, after.value),
    )
    if not _is_meaningful(series, first, last) or before.value == after.value:
        return f"asymmetry about the same since {since} ({was} then, {now} now)"
    sides = ""
    if before.worse_side and after.worse_side and before.worse_side is not after.worse_side:
        sides = f"; the {after.worse_side.value} side is now the worse one"
    verb = "fell" if after.value < before.value else "rose"
    return f"asymmetry {verb} from {was} to {now} since {since}{sides}"


def summary(series: Series, last: int = RECENT_SESSIONS) -> str:
    """The text beside a chart, complete enough to stand in for it."""
    check = series.check
    label = series.measure.label
    if not series.points:
        return f"{check.title}: no results in this period."
    left, right, counted = worse_counts(series, last)
    if counted == 1:
        only = series.asymmetries(1)[0]
        if only.worse_side is None:
            return f"{check.title}: one session in this period; both sides had the same {label}."
        return (
            f"{check.title}: one session in this period; {only.worse_side.value} "
            f"{check.joint} worse by {format_signed(series.measure_id, only.value)}."
        )
    parts: list[str] = []
    scope = f"of the last {counted} sessions"
    if left >= right and left:
        parts.append(f"left {check.joint} worse in {left} {scope}")
        if right:
            parts[-1] += f", right in {right}"
    elif right:
        parts.append(f"right {check.joint} worse in {right} {scope}")
        if left:
            parts[-1] += f", left in {left}"
    else:
        parts.append(f"both sides the same in all {counted} of the last sessions")
    trend = trend_sentence(series)
    if trend:
        parts.append(trend)
    return f"{check.title} ({label}): " + "; ".join(parts) + "."
