"""The quantities a check records on each side: one record per measure.

A measure is of one kind (``domain/kinds.py``: its unit, words, format, input), and holds
what is its own: its name, limits, which way is better, the rule that points out a
left/right difference (with its source), and the sentence that tells the difference.
``MEASURES`` is therefore also the one table of asymmetry rules a clinician can read.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from kneeapp.domain.kinds import (
    CATEGORY,
    COUNT,
    DISTANCE,
    PAIN_RATING,
    PHOTO_ANGLE,
    RATING,
    AsymmetryRule,
    MeasureKind,
    Scale,
)
from kneeapp.domain.text import QT_TRANSLATE_NOOP


class Direction(Enum):
    """Which way a measure improves."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Measure(NamedTuple):
    id: str
    kind: MeasureKind
    label: str
    direction: Direction
    rule: AsymmetryRule
    # The worse side told in a sentence, to the person ("Your {side_joint} ...") and as
    # staff read it about a patient ("The {side_joint} ..."), context "Observations".
    observation: str
    neutral_observation: str
    joint: str | None = None  # the joint its sentences name; None: the check's own
    limits: tuple[float, float] | None = None  # (minimum, maximum) when not the kind's
    # When the rule points out equal sides (``value_at_least``: both at their worst): the
    # sentence ({check}; context "Observations") and where it is (context "Findings").
    both_flagged: str = ""
    both_place: str = ""
    # A side under the rule's ``side_below``: (left, right) sentences ("Observations").
    low_side: tuple[str, str] = ("", "")

    @property
    def unit(self) -> str:
        return self.kind.unit

    @property
    def minimum(self) -> float:
        return self.kind.minimum if self.limits is None else self.limits[0]

    @property
    def maximum(self) -> float:
        return self.kind.maximum if self.limits is None else self.limits[1]

    @property
    def step(self) -> float:
        return self.kind.step

    @property
    def is_whole_numbers(self) -> bool:
        return float(self.step).is_integer()


RANGE = Measure(
    id="range",
    kind=RATING,
    label=QT_TRANSLATE_NOOP("Measures", "range"),
    direction=Direction.HIGHER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} moved less than your {other} in the {check} ({pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations", "The {side_joint} moved less than the {other} in the {check} ({pair})."
    ),
)
PAIN = Measure(
    id="pain",
    kind=PAIN_RATING,
    label=QT_TRANSLATE_NOOP("Measures", "pain"),
    direction=Direction.LOWER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations", "Your {side_joint} hurt more than your {other} in the {check} ({pair})."
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations", "The {side_joint} hurt more than the {other} in the {check} ({pair})."
    ),
    joint="side",
)
KNEE_TO_WALL = Measure(
    id="knee_to_wall",
    kind=DISTANCE,
    label=QT_TRANSLATE_NOOP("Measures", "knee-to-wall distance"),
    direction=Direction.HIGHER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} bent less in the knee-to-wall test: toes {pair} from the wall.",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} bent less in the knee-to-wall test: toes {pair} from the wall.",
    ),
    joint="ankle",
)
DRIFT = Measure(
    id="drift",
    kind=CATEGORY,
    label=QT_TRANSLATE_NOOP("Measures", "knee drift"),
    direction=Direction.LOWER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} drifted inward more than your {other} in the {check} ({pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} drifted inward more than the {other} in the {check} ({pair}).",
    ),
    joint="knee",
    both_flagged=QT_TRANSLATE_NOOP(
        "Observations", "Both knees drifted inward markedly in the {check}."
    ),
    both_place=QT_TRANSLATE_NOOP("Findings", "both knees"),
)
REPS = Measure(
    id="reps",
    kind=COUNT,
    label=QT_TRANSLATE_NOOP("Measures", "repetitions"),
    direction=Direction.HIGHER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} managed fewer repetitions than your {other} in the {check} ({pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} managed fewer repetitions than the {other} in the {check} ({pair}).",
    ),
)

# Angles measured on a photo (see domain/angles.py), in degrees to one decimal.
SHIN_ANGLE = Measure(
    id="shin_angle",
    kind=PHOTO_ANGLE,
    label=QT_TRANSLATE_NOOP("Measures", "shin angle"),
    direction=Direction.HIGHER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} bent less than your {other} on the photos of the {check} "
        "(shin angle {pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} bent less than the {other} on the photos of the {check} "
        "(shin angle {pair}).",
    ),
    joint="ankle",
    limits=(0, 80),
    low_side=(
        QT_TRANSLATE_NOOP(
            "Observations", "The left shin angle is under 36.5°, which is worth pointing out."
        ),
        QT_TRANSLATE_NOOP(
            "Observations", "The right shin angle is under 36.5°, which is worth pointing out."
        ),
    ),
)
THIGH_ANGLE = Measure(
    id="thigh_angle",
    kind=PHOTO_ANGLE,
    label=QT_TRANSLATE_NOOP("Measures", "thigh angle"),
    direction=Direction.HIGHER_IS_BETTER,
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} opened less than your {other} on the photos of the {check} "
        "(thigh angle {pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} opened less than the {other} on the photos of the {check} "
        "(thigh angle {pair}).",
    ),
    joint="hip",
    limits=(-30, 60),
)
KNEE_ANGLE = Measure(
    id="knee_angle",
    kind=PHOTO_ANGLE,
    label=QT_TRANSLATE_NOOP("Measures", "knee angle"),
    direction=Direction.LOWER_IS_BETTER,  # degrees short of straight
    rule=AsymmetryRule(
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
    observation=QT_TRANSLATE_NOOP(
        "Observations",
        "Your {side_joint} stayed further from straight than your {other} on the photos "
        "of the {check} (knee angle {pair}).",
    ),
    neutral_observation=QT_TRANSLATE_NOOP(
        "Observations",
        "The {side_joint} stayed further from straight than the {other} on the photos of "
        "the {check} (knee angle {pair}).",
    ),
    joint="knee",
    limits=(0, 30),
)

MEASURES: dict[str, Measure] = {
    m.id: m for m in (RANGE, PAIN, KNEE_TO_WALL, DRIFT, REPS, SHIN_ANGLE, THIGH_ANGLE, KNEE_ANGLE)
}

__all__ = ["MEASURES", "Direction", "Measure", "MeasureKind", "Scale"]
