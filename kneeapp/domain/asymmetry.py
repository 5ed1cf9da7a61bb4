"""Left/right asymmetry: the one function that applies a measure's rule.

Every threshold sits in its measure's record (``domain/measures.py``, gathered in
``RULES``) next to the source it comes from, so that a clinician can read and check it
without reading the code around it.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import NamedTuple

from kneeapp.domain.kinds import PRECISION, AsymmetryRule, Scale
from kneeapp.domain.measures import MEASURES, Direction, Measure
from kneeapp.domain.text import round_half_up

__all__ = ["RULES", "Asymmetry", "AsymmetryRule", "Scale", "Side", "compare", "rule_for"]

_PRECISION = PRECISION  # comparisons are made on values rounded this far


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


# The one table of rules is the measures' own records (``domain/measures.py``).
RULES: dict[str, AsymmetryRule] = {measure.id: measure.rule for measure in MEASURES.values()}


def below_side_threshold(measure: Measure | str, value: float) -> bool:
    """Whether one side's value is under its measure's own limit (the shin under 36.5°),
    pointed out whatever the other side shows."""
    rule = rule_for(measure)
    return rule.side_below is not None and value < rule.side_below


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
        return self.measure.rule

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
    return (MEASURES[measure] if isinstance(measure, str) else measure).rule


def one_decimal(value: float) -> float:
    """Rounded to one decimal, halves away from zero (81.25 -> 81.3), as people round."""
    return round_half_up(value, 1)


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
    rule = measure.rule
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
