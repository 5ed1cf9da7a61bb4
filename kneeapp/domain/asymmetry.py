"""Left/right asymmetry: the one table of rules and the one function that applies it.

Every threshold sits in ``RULES`` next to the source it comes from, so that a
clinician can read and check it without reading the code around it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import Enum, StrEnum
from functools import cache
from typing import NamedTuple

from kneeapp.domain.measures import MEASURES, Direction, Measure
from kneeapp.domain.text import QT_TRANSLATE_NOOP

# Comparisons are made on values rounded this far, so that 9 / 10 is exactly 90 %.
_PRECISION = 6


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class Scale(Enum):
    """The unit a clinician reads a measure's left/right difference in."""

    POINTS = "points"  # plain difference on a rating scale (range, pain, drift)
    CM = "cm"  # plain difference in centimetres (knee-to-wall)
    PERCENT = "%"  # 100 - limb symmetry index, lower / higher x 100 (repetitions)
    DEGREES = "deg"  # plain difference in degrees (angles measured on a photo)


class AsymmetryRule(NamedTuple):
    """When a left/right difference of one measure is worth pointing out."""

    measure_id: str
    scale: Scale
    plain: str  # the rule in one sentence, as shown under "Why?"
    source: str
    lsi_below: float | None = None  # flag when lower / higher x 100 is below this
    difference_at_least: float | None = None  # flag when |left - right| >= this
    difference_over: float | None = None  # flag when |left - right| > this
    value_at_least: float | None = None  # flag when either side reaches this
    side_below: float | None = None  # point out a side under this (not a flag of asymmetry)

    @property
    def threshold(self) -> float:
        """The asymmetry, in the rule's unit, from which a result is pointed out."""
        if self.lsi_below is not None:
            return round(100 - self.lsi_below, _PRECISION)
        if self.difference_at_least is not None:
            return self.difference_at_least
        assert self.difference_over is not None, self.measure_id
        return self.difference_over

    @property
    def threshold_included(self) -> bool:
        """Whether an asymmetry exactly at the threshold is pointed out."""
        return self.difference_at_least is not None

    @property
    def smallest_meaningful_difference(self) -> float:
        """The change, in the rule's unit, below which a change over time is noise."""
        return self.threshold

    def is_over(self, amount: float) -> bool:
        """Whether an asymmetry of ``amount`` (in the rule's unit) reaches the threshold."""
        amount = round(amount, _PRECISION)
        return amount >= self.threshold if self.threshold_included else amount > self.threshold


RULES: dict[str, AsymmetryRule] = {
    rule.measure_id: rule
    for rule in (
        AsymmetryRule(
            measure_id="range",
            scale=Scale.POINTS,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "A 0-10 self-rating is pointed out when the sides differ by 2 points or more.",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "Self-ratings on a 0-10 scale: a 2-point change is the smallest one "
                "people reliably notice (Salaffi et al. 2004, used here for range ratings too). "
                "A percentage of a self-rating would be false precision.",
            ),
            difference_at_least=2,
        ),
        AsymmetryRule(
            measure_id="knee_to_wall",
            scale=Scale.CM,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "Knee-to-wall distance is pointed out when the sides differ by more than 1.5 cm.",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "1.5 cm is the smallest detectable left/right change of the knee-to-wall "
                "test (Chisholm et al. 2012); 68 % of healthy adults are within it "
                "(Hoch & McKeon 2011).",
            ),
            difference_over=1.5,
        ),
        AsymmetryRule(
            measure_id="reps",
            scale=Scale.PERCENT,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "Repetitions are pointed out when the weaker side manages less than "
                "90 % of the stronger one (a difference of more than 10 %).",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "Limb symmetry index below 90 %, the usual return-to-running threshold.",
            ),
            lsi_below=90,
        ),
        AsymmetryRule(
            measure_id="pain",
            scale=Scale.POINTS,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "Pain is pointed out when one side hurts 2 points or more than the other.",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "Numeric pain rating scale 0-10: 2 points is the minimal important "
                "change (Salaffi et al. 2004).",
            ),
            difference_at_least=2,
        ),
        AsymmetryRule(
            measure_id="drift",
            scale=Scale.POINTS,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "Knee drift is pointed out when the sides differ by one step or more, "
                "or either knee drifts markedly.",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "Single-leg squat rated none / slight / marked: any side-to-side "
                "difference, or a marked drift on either side, is worth a closer look.",
            ),
            difference_at_least=1,
            value_at_least=2,
        ),
        AsymmetryRule(
            measure_id="shin_angle",
            scale=Scale.DEGREES,
            plain=QT_TRANSLATE_NOOP(
                "Rules",
                "The shin angle is pointed out when the sides differ by 5° or more; a shin "
                "under 36.5° is pointed out on its own.",
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "The smallest detectable change of the lunge angle is about 4.6° (Powden et al. "
                "2015); 1 cm of knee-to-wall distance is about 3.6° (Bennell et al. 1998). "
                "Under 36.5° went with a higher risk of knee pain in young athletes "
                "(Backman & Danielson 2011).",
            ),
            difference_at_least=5,
            side_below=36.5,
        ),
        AsymmetryRule(
            measure_id="thigh_angle",
            scale=Scale.DEGREES,
            plain=QT_TRANSLATE_NOOP(
                "Rules", "The thigh angle is pointed out when the sides differ by 5° or more."
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "An angle measured on a photo changes by about 4.6° between repeated "
                "measurements (Powden et al. 2015): a smaller difference may be noise.",
            ),
            difference_at_least=5,
        ),
        AsymmetryRule(
            measure_id="knee_angle",
            scale=Scale.DEGREES,
            plain=QT_TRANSLATE_NOOP(
                "Rules", "The knee angle is pointed out when the sides differ by 5° or more."
            ),
            source=QT_TRANSLATE_NOOP(
                "Rules",
                "An angle measured on a photo changes by about 4.6° between repeated "
                "measurements (Powden et al. 2015): a smaller difference may be noise.",
            ),
            difference_at_least=5,
        ),
    )
}


def below_side_threshold(measure_id: str, value: float) -> bool:
    """Whether one side's value is under its measure's own limit (the shin under 36.5°),
    pointed out whatever the other side shows."""
    rule = RULES.get(measure_id)
    return rule is not None and rule.side_below is not None and value < rule.side_below


class Asymmetry(NamedTuple):
    """The comparison of one measure's left and right values."""

    measure: Measure
    left: float
    right: float
    value: float  # in the rule's unit (points, cm, % or deg), one decimal, never negative
    worse_side: Side | None
    flagged: bool
    lsi: float | None  # limb symmetry index in %, for repetitions

    @property
    def rule(self) -> AsymmetryRule:
        return RULES[self.measure.id]

    @property
    def scale(self) -> Scale:
        return self.rule.scale

    @property
    def difference(self) -> float:
        return round(abs(self.left - self.right), _PRECISION)

    @property
    def signed_value(self) -> float:
        """Positive when the left side is worse, negative when the right is."""
        return -self.value if self.worse_side is Side.RIGHT else self.value


def rule_for(measure: Measure | str) -> AsymmetryRule:
    return RULES[measure if isinstance(measure, str) else measure.id]


def one_decimal(value: float) -> float:
    """Rounded to one decimal, halves away from zero (81.25 -> 81.3), as people round."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def limb_symmetry_index(left: float, right: float) -> float:
    """Lower / higher x 100, in %; 100 when both sides are zero."""
    higher, lower = max(left, right), min(left, right)
    return 100.0 if higher == 0 else round(float(lower) * 100 / higher, _PRECISION)


@cache  # values sit on a small grid, so a long history repeats the same few pairs
def asymmetry_amount(scale: Scale, left: float, right: float) -> float:
    """How far apart the sides are in ``scale``: 100 - LSI in %, else the difference."""
    if scale is Scale.PERCENT:
        return one_decimal(100 - limb_symmetry_index(left, right))
    return one_decimal(round(abs(left - right), _PRECISION))


def compare(measure: Measure | str, left: float, right: float) -> Asymmetry:
    """Apply the rule for ``measure`` to a pair of (already validated) values."""
    if isinstance(measure, str):
        measure = MEASURES[measure]
    rule = RULES[measure.id]
    difference = round(abs(left - right), _PRECISION)

    worse: Side | None = None
    if left != right:
        left_worse = (left < right) == (measure.direction is Direction.HIGHER_IS_BETTER)
        worse = Side.LEFT if left_worse else Side.RIGHT

    lsi = limb_symmetry_index(left, right) if rule.scale is Scale.PERCENT else None
    value = asymmetry_amount(rule.scale, left, right)

    flagged = (
        (rule.lsi_below is not None and lsi is not None and lsi < rule.lsi_below)
        or (rule.difference_at_least is not None and difference >= rule.difference_at_least)
        or (rule.difference_over is not None and difference > rule.difference_over)
        or (rule.value_at_least is not None and max(left, right) >= rule.value_at_least)
    )
    return Asymmetry(measure, left, right, value, worse, flagged, lsi)
