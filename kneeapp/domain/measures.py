"""The quantities a check records on each side, with their units and limits."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from kneeapp.domain.text import QT_TRANSLATE_NOOP


class Direction(Enum):
    """Which way a measure improves."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Measure(NamedTuple):
    id: str
    unit: str
    label: str
    minimum: float
    maximum: float
    step: float
    direction: Direction

    @property
    def is_whole_numbers(self) -> bool:
        return float(self.step).is_integer()


RANGE = Measure(
    "range",
    "score_0_10",
    QT_TRANSLATE_NOOP("Measures", "range"),
    0,
    10,
    1,
    Direction.HIGHER_IS_BETTER,
)
PAIN = Measure(
    "pain", "nprs_0_10", QT_TRANSLATE_NOOP("Measures", "pain"), 0, 10, 1, Direction.LOWER_IS_BETTER
)
KNEE_TO_WALL = Measure(
    "knee_to_wall",
    "cm",
    QT_TRANSLATE_NOOP("Measures", "knee-to-wall distance"),
    0,
    25,
    0.5,
    Direction.HIGHER_IS_BETTER,
)
DRIFT = Measure(
    "drift",
    "drift_0_2",
    QT_TRANSLATE_NOOP("Measures", "knee drift"),
    0,
    2,
    1,
    Direction.LOWER_IS_BETTER,
)
REPS = Measure(
    "reps",
    "reps",
    QT_TRANSLATE_NOOP("Measures", "repetitions"),
    0,
    100,
    1,
    Direction.HIGHER_IS_BETTER,
)

MEASURES: dict[str, Measure] = {m.id: m for m in (RANGE, PAIN, KNEE_TO_WALL, DRIFT, REPS)}
