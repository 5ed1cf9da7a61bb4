"""Asymmetry over time: series, counts and trend wording for the history screen.

A change smaller than the measure's smallest meaningful difference is called
"about the same": noise is not progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from kneeapp.domain.asymmetry import (
    Asymmetry,
    Side,
    asymmetry_amount,
    compare,
    one_decimal,
    rule_for,
)
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.kinds import Scale
from kneeapp.domain.measures import MEASURES, Direction, Measure
from kneeapp.domain.observations import amount_text, format_value, other_side, side_joint
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP, Translate, identity, round_half_up

# How many of the latest sessions the "worse in n of the last m" count looks at.
RECENT_SESSIONS = 8


@dataclass(frozen=True)
class SeriesPoint:
    """One session's left and right values of one measure."""

    timestamp: float  # seconds since 1970-01-01 UTC
    left: float | None  # None: not rated or skipped
    right: float | None

    @property
    def paired(self) -> bool:
        """Both sides have a value, so the sides can be compared."""
        return self.left is not None and self.right is not None

    @property
    def has_value(self) -> bool:
        """At least one side has a value."""
        return self.left is not None or self.right is not None

    @property
    def recorded_at(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp, UTC)


@dataclass(frozen=True)
class Series:
    """One measure's sessions, oldest first; only sessions with both sides are compared."""

    check_id: str
    measure_id: str
    points: tuple[SeriesPoint, ...]  # oldest first

    @classmethod
    def compared(cls, check_id: str, measure_id: str, points: Iterable[SeriesPoint]) -> Series:
        """The series of the sessions where both sides have a value."""
        return cls(check_id, measure_id, tuple(p for p in points if p.paired))

    @property
    def check(self) -> Check:
        return CHECKS[self.check_id]

    @property
    def measure(self) -> Measure:
        return self.check.measure(self.measure_id).measure

    def asymmetries(self, last: int | None = None) -> list[Asymmetry]:
        points = self.points if last is None else self.points[-last:]
        return [
            compare(self.measure, p.left, p.right)
            for p in points
            if p.left is not None and p.right is not None
        ]

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
            if left is None or right is None:
                continue
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
    return rule_for(measure_id).scale.value


def flag_threshold(measure_id: str) -> float:
    """The asymmetry, in the measure's own unit, from which a result is pointed out.

    The chart's band is drawn to this value, so a flagged point lies outside it.
    """
    return rule_for(measure_id).threshold


def band_edge(measure_id: str) -> float:
    """How far from zero a chart's "not pointed out" band reaches, in the rule's unit.

    Every flagged result lies beyond it and every other one within it: a rule that
    flags "2 points or more" gets its edge half a step below 2, between 1 and 2.
    """
    rule = rule_for(measure_id)
    if rule.threshold_included:
        return rule.threshold - MEASURES[measure_id].step / 2
    return rule.threshold


def format_signed(measure_id: str, value: float, translate: Translate = identity) -> str:
    return amount_text(rule_for(measure_id).scale, abs(value), translate)


def worse_counts(series: Series, last: int = RECENT_SESSIONS) -> tuple[int, int, int]:
    """(left worse, right worse, sessions looked at) over the last ``last`` sessions."""
    recent = series.asymmetries(last)
    left = sum(1 for a in recent if a.worse_side is Side.LEFT)
    right = sum(1 for a in recent if a.worse_side is Side.RIGHT)
    return left, right, len(recent)


def _is_meaningful(series: Series, before: float, after: float) -> bool:
    """A change of the signed asymmetry at least as big as the rule's threshold."""
    return rule_for(series.measure).is_over(abs(after - before))


def recent_run(series: Series) -> tuple[int, int]:
    """How many of the first and of the last sessions a trend compares.

    A trend compares the mean of the first sessions with the mean of the latest ones
    (up to three each), so one odd session at either end does not make a trend.
    """
    count = len(series.asymmetries())
    size = max(1, min(3, count // 2))
    return size, size


def _mean_signed(asymmetries: list[Asymmetry], scale: Scale) -> float:
    """The mean signed asymmetry as it is told: in whole points for a self-rating (a mean
    of 0.3 points would be false precision), else to one decimal."""
    mean = sum(a.signed_value for a in asymmetries) / len(asymmetries)
    return round_half_up(mean, scale.mean_decimals)


def gap_change(series: Series) -> tuple[float, float] | None:
    """The signed mean asymmetry of the first sessions and of the latest ones (see
    ``recent_run``; positive: the left side worse), as the history, the report and the
    start screen all tell it; None for fewer than two sessions with both sides."""
    asymmetries = series.asymmetries()
    if len(asymmetries) < 2:
        return None
    head, tail = recent_run(series)
    scale = rule_for(series.measure).scale
    return _mean_signed(asymmetries[:head], scale), _mean_signed(asymmetries[-tail:], scale)


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
    """E.g. 'asymmetry fell from 3 points to 1 point since 3 March'; '' for fewer than two.

    Compares the first sessions of the period with the latest run of sessions, and
    calls it a change only when it reaches the rule's threshold.
    """
    change = gap_change(series)
    if change is None:
        return ""
    before, after = change
    paired = [p for p in series.points if p.paired]
    start, end = local_time(paired[0].recorded_at), local_time(paired[-1].recorded_at)
    values = {
        "since": format_day(start, with_year=start.year != end.year, translate=translate),
        "was": format_signed(series.measure_id, before, translate),
        "now": format_signed(series.measure_id, after, translate),
    }
    if not _is_meaningful(series, before, after):
        return translate("Trends", _TRENDS["same"]).format(**values)
    if abs(before) == abs(after):
        text = translate("Trends", _TRENDS["same"]).format(**values)
    else:
        verb = "fell" if abs(after) < abs(before) else "rose"
        text = translate("Trends", _TRENDS[verb]).format(**values)
    if before and after and (before > 0) != (after > 0):
        side = Side.LEFT if after > 0 else Side.RIGHT
        template = QT_TRANSLATE_NOOP("Trends", "{trend}; the {side} is now the worse one")
        text = translate("Trends", template).format(
            trend=text, side=side_joint(side, "side", translate)
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


# -- each side on its own: every other measure over time ------------------------


def side_measures(check_id: str) -> tuple[str, ...]:
    """The measures of a check charted side by side, value by value, next to its
    asymmetry chart: every measure but the chart's own, in the check's order, with what
    was measured (cm, degrees) before how much each side hurt."""
    primary = primary_measure(check_id)
    others = [m for m in CHECKS[check_id].measures if m.id != primary]
    return tuple(m.id for m in sorted(others, key=lambda m: m.measure.kind.pain))


def pointed_out(series: Series) -> list[bool]:
    """For each session of the series: whether its two sides were pointed out (flagged).

    A session with a side missing is never pointed out: nothing is compared.
    """
    return [
        p.left is not None
        and p.right is not None
        and compare(series.measure, p.left, p.right).flagged
        for p in series.points
    ]


_SIDE_TRENDS = {
    "same": QT_TRANSLATE_NOOP(
        "Trends", "{side} about the same since {since} ({was} then, {now} now)"
    ),
    "fell": QT_TRANSLATE_NOOP("Trends", "{side} fell from {was} to {now} since {since}"),
    "rose": QT_TRANSLATE_NOOP("Trends", "{side} rose from {was} to {now} since {since}"),
    "one": QT_TRANSLATE_NOOP("Trends", "{side} {now} on {since}, its only value in this period"),
    "none": QT_TRANSLATE_NOOP("Trends", "{side} has no value in this period"),
}
_SIDE_NAMES = {
    Side.LEFT: QT_TRANSLATE_NOOP("Trends", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Trends", "right"),
}


def _value_text(measure_id: str, value: float, translate: Translate) -> str:
    """'3 of 10', '9.5 cm': one side's value, as the results say it."""
    return format_value(measure_id, value, translate)


def side_trend(series: Series, side: Side, translate: Translate = identity) -> str:
    """One side's course: the mean of its first values against the mean of its latest.

    A change is called a change only when it reaches the measure's rule (2 points of
    pain, more than 1.5 cm), as for asymmetry; sessions without a value on that side
    are left out, never filled in.
    """
    rated = [
        (p.recorded_at, value)
        for p in series.points
        if (value := (p.left if side is Side.LEFT else p.right)) is not None
    ]
    name = translate("Trends", _SIDE_NAMES[side])
    if not rated:
        return translate("Trends", _SIDE_TRENDS["none"]).format(side=name)
    first_day, last_day = local_time(rated[0][0]), local_time(rated[-1][0])
    since = format_day(first_day, with_year=first_day.year != last_day.year, translate=translate)
    if len(rated) == 1:
        return translate("Trends", _SIDE_TRENDS["one"]).format(
            side=name, now=_value_text(series.measure_id, rated[0][1], translate), since=since
        )
    size = max(1, min(3, len(rated) // 2))
    before = one_decimal(sum(v for _, v in rated[:size]) / size)
    after = one_decimal(sum(v for _, v in rated[-size:]) / size)
    if not rule_for(series.measure).is_over(abs(after - before)):
        key = "same"
    else:
        key = "fell" if after < before else "rose"
    return translate("Trends", _SIDE_TRENDS[key]).format(
        side=name,
        was=_value_text(series.measure_id, before, translate),
        now=_value_text(series.measure_id, after, translate),
        since=since,
    )


def side_summary(series: Series, translate: Translate = identity) -> str:
    """The text beside a left-and-right chart: each side's course, and how often the
    sides were pointed out; complete enough to stand in for the chart."""
    title = translate("Checks", series.check.title)
    label = translate("Measures", series.measure.label)
    if not any(p.has_value for p in series.points):
        template = QT_TRANSLATE_NOOP("Trends", "{title}: no results in this period.")
        return translate("Trends", template).format(title=title)
    parts = [side_trend(series, side, translate) for side in (Side.LEFT, Side.RIGHT)]
    flags = pointed_out(series)
    compared = sum(1 for p in series.points if p.paired)
    if compared:
        parts.append(translate("Trends", POINTED_OUT_IN, compared).format(count=sum(flags)))
    template = QT_TRANSLATE_NOOP("Trends", "{title} ({measure}): {parts}.")
    return translate("Trends", template).format(title=title, measure=label, parts="; ".join(parts))


POINTED_OUT_IN = NUMERUS.translate(
    "Trends",
    "the sides were pointed out in {count} of %n session(s) with both sides rated",
    None,
    1,
)
