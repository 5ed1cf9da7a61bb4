"""Asymmetry over time: series, counts and trend wording for the history screen.

A change smaller than the measure's smallest meaningful difference is called
"about the same": noise is not progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kneeapp.domain.asymmetry import Asymmetry, Scale, Side, asymmetry_amount, compare, rule_for
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.measures import MEASURES, Direction, Measure
from kneeapp.domain.observations import other_side, points_text, side_joint
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP, Translate, identity

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
        scale = rule_for(measure).scale
        values: list[float] = []
        for point in self.points:
            left, right = point.left, point.right
            if left == right:
                values.append(0.0)
                continue
            value = asymmetry_amount(scale, left, right)
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


def format_signed(measure_id: str, value: float, translate: Translate = identity) -> str:
    unit = asymmetry_unit(measure_id)
    amount = abs(value)
    if unit == "%":
        return f"{amount:.0f} %"  # whole percent: a trend reads at a glance
    return points_text(amount, translate)


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


# Plural forms, chosen by the number of sessions looked at.
WORSE_IN = NUMERUS.translate(
    "Trends", "{side_joint} worse in {count} of the last %n sessions", None, 1
)
SAME_IN_ALL = NUMERUS.translate(
    "Trends", "both sides the same in all %n of the last sessions", None, 1
)
_TRENDS = {
    "same": QT_TRANSLATE_NOOP(
        "Trends", "asymmetry about the same since {since} ({was} then, {now} now)"
    ),
    "fell": QT_TRANSLATE_NOOP("Trends", "asymmetry fell from {was} to {now} since {since}"),
    "rose": QT_TRANSLATE_NOOP("Trends", "asymmetry rose from {was} to {now} since {since}"),
}


def trend_sentence(series: Series, translate: Translate = identity) -> str:
    """E.g. 'asymmetry fell from 40 % to 12 % since 3 March'; '' for fewer than two sessions."""
    if len(series.points) < 2:
        return ""
    first, last = series.points[0], series.points[-1]
    before = compare(series.measure, first.left, first.right)
    after = compare(series.measure, last.left, last.right)
    start, end = local_time(first.recorded_at), local_time(last.recorded_at)
    values = {
        "since": format_day(start, with_year=start.year != end.year, translate=translate),
        "was": format_signed(series.measure_id, before.value, translate),
        "now": format_signed(series.measure_id, after.value, translate),
    }
    if not _is_meaningful(series, first, last) or before.value == after.value:
        return translate("Trends", _TRENDS["same"]).format(**values)
    verb = "fell" if after.value < before.value else "rose"
    text = translate("Trends", _TRENDS[verb]).format(**values)
    if before.worse_side and after.worse_side and before.worse_side is not after.worse_side:
        template = QT_TRANSLATE_NOOP("Trends", "{trend}; the {side} is now the worse one")
        text = translate("Trends", template).format(
            trend=text, side=side_joint(after.worse_side, "side", translate)
        )
    return text


def summary(series: Series, last: int = RECENT_SESSIONS, translate: Translate = identity) -> str:
    """The text beside a chart, complete enough to stand in for it."""
    check = series.check
    title = translate("Checks", check.title)
    label = translate("Measures", series.measure.label)
    if not series.points:
        template = QT_TRANSLATE_NOOP("Trends", "{title}: no results in this period.")
        return translate("Trends", template).format(title=title)
    left, right, counted = worse_counts(series, last)
    if counted == 1:
        only = series.asymmetries(1)[0]
        if only.worse_side is None:
            template = QT_TRANSLATE_NOOP(
                "Trends", "{title}: one session in this period; both sides had the same {measure}."
            )
            return translate("Trends", template).format(title=title, measure=label)
        template = QT_TRANSLATE_NOOP(
            "Trends", "{title}: one session in this period; {side_joint} worse by {amount}."
        )
        return translate("Trends", template).format(
            title=title,
            side_joint=side_joint(only.worse_side, check.joint, translate),
            amount=format_signed(series.measure_id, only.value, translate),
        )
    parts: list[str] = []
    worse, others = (
        (Side.LEFT, (left, right)) if left >= right and left else (Side.RIGHT, (right, left))
    )
    count, other_count = others
    if count:
        parts.append(
            translate(
                "Trends",
                WORSE_IN,
                counted,
            ).format(side_joint=side_joint(worse, check.joint, translate), count=count)
        )
        if other_count:
            template = QT_TRANSLATE_NOOP("Trends", "{part}, {other} in {count}")
            parts[-1] = translate("Trends", template).format(
                part=parts[-1],
                other=other_side(worse.other, check.joint, translate),
                count=other_count,
            )
    else:
        parts.append(
            translate(
                "Trends",
                SAME_IN_ALL,
                counted,
            )
        )
    trend = trend_sentence(series, translate)
    if trend:
        parts.append(trend)
    template = QT_TRANSLATE_NOOP("Trends", "{title} ({measure}): {parts}.")
    return translate("Trends", template).format(title=title, measure=label, parts="; ".join(parts))
