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

# Angles measured on a photo (see domain/angles.py), in degrees to one decimal.
SHIN_ANGLE = Measure(
    "shin_angle",
    "deg",
    QT_TRANSLATE_NOOP("Measures", "shin angle"),
    0,
    80,
    0.1,
    Direction.HIGHER_IS_BETTER,
)
THIGH_ANGLE = Measure(
    "thigh_angle",
    "deg",
    QT_TRANSLATE_NOOP("Measures", "thigh angle"),
    -30,
    60,
    0.1,
    Direction.HIGHER_IS_BETTER,
)
KNEE_ANGLE = Measure(
    "knee_angle",
    "deg",
    QT_TRANSLATE_NOOP("Measures", "knee angle"),
    0,
    30,
    0.1,
    Direction.LOWER_IS_BETTER,  # degrees short of straight
)
PHOTO_ANGLES: frozenset[str] = frozenset((SHIN_ANGLE.id, THIGH_ANGLE.id, KNEE_ANGLE.id))

MEASURES: dict[str, Measure] = {
    m.id: m for m in (RANGE, PAIN, KNEE_TO_WALL, DRIFT, REPS, SHIN_ANGLE, THIGH_ANGLE, KNEE_ANGLE)
}


def is_photo_angle(measure_id: str) -> bool:
    """Whether a measure is taken from points marked on a photo, not rated on a slider."""
    return measure_id in PHOTO_ANGLES
