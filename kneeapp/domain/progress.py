"""The start screen's headline: the clearest change between the two sides over the
stored sessions, in plain words ("Left ankle gap down from 3 points to 0 points since
3 March").

Like the history's trends, it compares the mean of the first sessions with the mean of
the latest ones, and calls a change a change only when it reaches the measure's rule:
noise is not progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import NamedTuple

from kneeapp.domain.asymmetry import Side, rule_for
from kneeapp.domain.checks import CATALOG
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.observations import amount_text, capitalized, side_joint
from kneeapp.domain.repository import MeasureKey
from kneeapp.domain.text import QT_TRANSLATE_NOOP, Translate, identity
from kneeapp.domain.trends import Series, SeriesPoint, gap_change, primary_measure

# The measure each check's headline looks at: the one its history chart shows.
PROGRESS_MEASURES: tuple[MeasureKey, ...] = tuple(
    (check.id, primary_measure(check.id)) for check in CATALOG
)

GAP_DOWN = QT_TRANSLATE_NOOP("Progress", "{side_joint} gap down from {was} to {now} since {since}.")
GAP_UP = QT_TRANSLATE_NOOP("Progress", "{side_joint} gap up from {was} to {now} since {since}.")
SAME = QT_TRANSLATE_NOOP(
    "Progress", "Your left and right sides are about where they were on {since}."
)


class Change(NamedTuple):
    """One measure's gap between the sides, first sessions against the latest."""

    series: Series
    was: float  # the gap then, in the rule's unit (no sign)
    now: float
    side: Side  # the side behind: then for a gap that shrank, now for one that grew
    since: datetime

    @property
    def size(self) -> float:
        """How many times the measure's rule the gap moved."""
        return abs(self.now - self.was) / rule_for(self.series.measure).threshold

    @property
    def meaningful(self) -> bool:
        return rule_for(self.series.measure).is_over(abs(self.now - self.was))


def _change(series: Series) -> Change | None:
    change = gap_change(series)  # as the history's trend tells it
    if change is None:
        return None
    before, after = change
    shrank = abs(after) < abs(before)
    # Positive: the left side was the worse one.
    signed = before if shrank else after
    side = Side.LEFT if signed > 0 else Side.RIGHT
    first = next(p for p in series.points if p.paired)
    return Change(series, abs(before), abs(after), side, first.recorded_at)


def progress_headline(series: Iterable[Series], translate: Translate = identity) -> str:
    """The largest meaningful narrowing of a gap; else the largest widening; else that
    the sides are about where they were. '' until a measure has two sessions with both
    sides rated."""
    changes = [c for s in series if (c := _change(s)) is not None]
    if not changes:
        return ""
    meaningful = [c for c in changes if c.meaningful]
    down = [c for c in meaningful if c.now < c.was]
    up = [c for c in meaningful if c.now > c.was]
    earliest = min(c.since for c in changes)
    latest = max(p.recorded_at for c in changes for p in c.series.points)
    if not down and not up:
        return translate("Progress", SAME).format(since=_day(earliest, latest, translate))
    change = max(down or up, key=lambda c: c.size)
    scale = rule_for(change.series.measure).scale
    template = GAP_DOWN if down else GAP_UP
    return capitalized(
        translate("Progress", template).format(
            side_joint=side_joint(change.side, change.series.check.joint, translate),
            was=amount_text(scale, change.was, translate),
            now=amount_text(scale, change.now, translate),
            since=_day(change.since, latest, translate),
        )
    )


def _day(moment: datetime, latest: datetime, translate: Translate) -> str:
    """'3 March', with the year when the sessions span more than one."""
    day = local_time(moment)
    with_year = day.year != local_time(latest).year
    return format_day(day, with_year=with_year, translate=translate)


def headline_from(
    found: Mapping[MeasureKey, list[SeriesPoint]], translate: Translate = identity
) -> str:
    """The headline from a repository's ``series(profile, PROGRESS_MEASURES)``."""
    return progress_headline(
        (
            Series.compared(check_id, measure_id, points)
            for (check_id, measure_id), points in found.items()
        ),
        translate,
    )
