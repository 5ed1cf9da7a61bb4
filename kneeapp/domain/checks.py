"""The check catalog: what each check asks the person to do and what it records.

The text here is the English source; the user interface passes it through Qt's
translation functions, so this module stays free of Qt.
"""

from __future__ import annotations

from typing import NamedTuple

from kneeapp.domain.kinds import DRIFT_WORDS as DRIFT_WORDS
from kneeapp.domain.measures import (
    DRIFT,
    KNEE_ANGLE,
    KNEE_TO_WALL,
    PAIN,
    RANGE,
    REPS,
    SHIN_ANGLE,
    THIGH_ANGLE,
    Measure,
)
from kneeapp.domain.text import QT_TRANSLATE_NOOP, Translate, identity

# Each check's push at the end of the range, in its own words: drawn in bold in the steps.
ANKLE_END_CUE = QT_TRANSLATE_NOOP(
    "Checks",
    "At the end, press the knee a little further forward with your hand: note whether it "
    "hurts or simply stops.",
)
LUNGE_END_CUE = QT_TRANSLATE_NOOP(
    "Checks",
    "At the end, shift your hips a little further forward: note whether the front of the "
    "hip hurts or simply stops.",
)
KNEE_END_CUE = QT_TRANSLATE_NOOP(
    "Checks",
    "At the end, press down gently on the thigh just above the knee with both hands: note "
    "whether it hurts or simply stops.",
)
SQUAT_END_CUE = QT_TRANSLATE_NOOP(
    "Checks", "Stop the set if the knee hurts sharply or you lose your balance."
)
BRIDGE_END_CUE = QT_TRANSLATE_NOOP(
    "Checks", "Stop when your hips sag or twist: the last good lift is your count."
)
END_CUES = frozenset({ANKLE_END_CUE, LUNGE_END_CUE, KNEE_END_CUE, SQUAT_END_CUE, BRIDGE_END_CUE})
# One line, above the page's scrolling part: read before starting, at any text size.
STOP_RULE = QT_TRANSLATE_NOOP("Checks", "Stop at once on a sharp pain; a gentle stretch is fine.")


class CheckMeasure(NamedTuple):
    """One measure as a particular check records it."""

    measure: Measure
    question: str  # what the person rates, in their words
    low_anchor: str  # what the lowest value means in this check
    high_anchor: str  # what the highest value means in this check
    optional: bool = False

    @property
    def id(self) -> str:
        return self.measure.id


class Check(NamedTuple):
    id: str
    title: str  # "Step test"
    name: str  # lower case, used inside sentences and accessible names: "step test"
    target: str  # the clinical term, for clinicians and in small print: "ankle dorsiflexion"
    joint: str  # "ankle", used in observations: "your left ankle"
    illustration: str  # file name under resources/illustrations
    purpose: str
    steps: tuple[str, ...]
    measures: tuple[CheckMeasure, ...]
    # What the check looks at in plain words, leading the title: "how far your ankle bends".
    plain_target: str = ""
    # Which leg a side's values belong to, under the picture.
    tested_leg: str = ""

    def measure(self, measure_id: str) -> CheckMeasure:
        for check_measure in self.measures:
            if check_measure.id == measure_id:
                return check_measure
        raise KeyError(f"The {self.name} has no measure {measure_id!r}.")

    @property
    def measure_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.measures)


def _pain(question: str) -> CheckMeasure:
    return CheckMeasure(
        PAIN,
        question=question,
        low_anchor=QT_TRANSLATE_NOOP("Checks", "no pain"),
        high_anchor=QT_TRANSLATE_NOOP("Checks", "worst pain imaginable"),
    )


ANKLE_STEP = Check(
    id="ankle_step",
    title=QT_TRANSLATE_NOOP("Checks", "Step test"),
    name=QT_TRANSLATE_NOOP("Checks", "step test"),
    target=QT_TRANSLATE_NOOP("Checks", "ankle dorsiflexion"),
    joint="ankle",
    illustration="ankle_step.svg",
    purpose=QT_TRANSLATE_NOOP(
        "Checks",
        "How far your shin can travel forward over your foot. A stiff ankle "
        "passes the load of every stride up to the knee.",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "Checks",
            "Stand facing a stair. Put the foot of the side you are checking on the step, "
            "its heel just off the edge.",
        ),
        QT_TRANSLATE_NOOP("Checks", "Rest your hand on that knee and press it down and forward."),
        QT_TRANSLATE_NOOP("Checks", "Lean in slowly, trying to bring your shin over your toes."),
        ANKLE_END_CUE,
        QT_TRANSLATE_NOOP(
            "Checks", "Rate how far the shin went and how it felt, then do the other side."
        ),
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question=QT_TRANSLATE_NOOP("Checks", "How far did your shin go?"),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "shin barely moves"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "shin over the toes"),
        ),
        _pain(QT_TRANSLATE_NOOP("Checks", "Pain (ankle) when you press the knee forward")),
        CheckMeasure(
            KNEE_TO_WALL,
            question=QT_TRANSLATE_NOOP(
                "Checks",
                "Face a wall, heel down, and slide the foot back until the knee only just "
                "touches the wall; measure from the big toe to the wall",
            ),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "0 cm"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "25 cm"),
            optional=True,
        ),
        CheckMeasure(
            SHIN_ANGLE,
            question=QT_TRANSLATE_NOOP(
                "Checks", "Shin angle from a photo: how far the shin leans forward from vertical"
            ),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "upright"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "far over the toes"),
            optional=True,
        ),
    ),
    plain_target=QT_TRANSLATE_NOOP("Checks", "how far your ankle bends"),
    tested_leg=QT_TRANSLATE_NOOP(
        "Checks", "The side you check is the leg with its foot on the step."
    ),
)

KNEELING_LUNGE = Check(
    id="kneeling_lunge",
    title=QT_TRANSLATE_NOOP("Checks", "Kneeling lunge"),
    name=QT_TRANSLATE_NOOP("Checks", "kneeling lunge"),
    target=QT_TRANSLATE_NOOP("Checks", "hip extension"),
    joint="hip",
    illustration="kneeling_lunge.svg",
    purpose=QT_TRANSLATE_NOOP(
        "Checks",
        "How far the front of your hip opens. A tight hip makes the thigh "
        "and knee do work the hip should share.",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "Checks",
            "Kneel on a cushion on the knee of the side you are checking, the other foot "
            "flat in front of you. The back leg, on its knee, is the one checked.",
        ),
        QT_TRANSLATE_NOOP("Checks", "Keep your trunk upright and tuck your tailbone under."),
        QT_TRANSLATE_NOOP(
            "Checks",
            "Shift your hips forward, as in a hip-flexor stretch, trying to bring the "
            "front of the back hip toward the floor.",
        ),
        LUNGE_END_CUE,
        QT_TRANSLATE_NOOP("Checks", "Rate how far the hip went and how it felt, then swap legs."),
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question=QT_TRANSLATE_NOOP("Checks", "How far did your hip open?"),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "hips barely move"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "hip fully open"),
        ),
        _pain(
            QT_TRANSLATE_NOOP(
                "Checks", "Pain (front of the back hip) when you shift a little further"
            )
        ),
        CheckMeasure(
            THIGH_ANGLE,
            question=QT_TRANSLATE_NOOP(
                "Checks", "Thigh angle from a photo: how far the back thigh is behind vertical"
            ),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "thigh upright"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "thigh far back"),
            optional=True,
        ),
    ),
    plain_target=QT_TRANSLATE_NOOP("Checks", "how far the front of your hip opens"),
    tested_leg=QT_TRANSLATE_NOOP(
        "Checks",
        "The side you check is the back leg, the one kneeling: kneeling on your left knee "
        "checks your left hip.",
    ),
)

KNEE_EXTENSION = Check(
    id="knee_extension",
    title=QT_TRANSLATE_NOOP("Checks", "Knee straightening"),
    name=QT_TRANSLATE_NOOP("Checks", "knee straightening"),
    target=QT_TRANSLATE_NOOP("Checks", "knee extension"),
    joint="knee",
    illustration="knee_extension.svg",
    purpose=QT_TRANSLATE_NOOP(
        "Checks",
        "Whether your knee straightens all the way. A knee that stays a little "
        "bent takes more load with every step.",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "Checks", "Sit on the floor with both legs straight out in front of you."
        ),
        QT_TRANSLATE_NOOP("Checks", "Tighten the front of the thigh of the side you are checking."),
        QT_TRANSLATE_NOOP("Checks", "Press the back of that knee flat toward the floor."),
        KNEE_END_CUE,
        QT_TRANSLATE_NOOP(
            "Checks", "Rate how straight the knee went and how it felt, then do the other side."
        ),
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question=QT_TRANSLATE_NOOP("Checks", "How straight did your knee go?"),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "knee stays bent"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "knee flat on the floor"),
        ),
        _pain(QT_TRANSLATE_NOOP("Checks", "Pain (knee) when you press the thigh down")),
        CheckMeasure(
            KNEE_ANGLE,
            question=QT_TRANSLATE_NOOP(
                "Checks", "Knee angle from a photo: how far the knee is short of straight"
            ),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "straight"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "clearly bent"),
            optional=True,
        ),
    ),
    plain_target=QT_TRANSLATE_NOOP("Checks", "whether your knee straightens fully"),
    tested_leg=QT_TRANSLATE_NOOP("Checks", "The side you check is the thigh you tighten."),
)

SINGLE_LEG_SQUAT = Check(
    id="single_leg_squat",
    title=QT_TRANSLATE_NOOP("Checks", "Single-leg squat"),
    name=QT_TRANSLATE_NOOP("Checks", "single-leg squat"),
    target=QT_TRANSLATE_NOOP("Checks", "knee control"),
    joint="knee",
    illustration="single_leg_squat.svg",
    purpose=QT_TRANSLATE_NOOP(
        "Checks",
        "Whether your hip keeps the knee in line. When the deep hip muscles tire, "
        "the knee drifts inward.",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "Checks",
            "Stand on the leg of the side you are checking, in front of a mirror; hold "
            "something for balance if you need to.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks", "Squat down slowly, a quarter of the way, and come back up. Do it five times."
        ),
        QT_TRANSLATE_NOOP(
            "Checks", "Watch your kneecap: does it stay over your second toe or drift inward?"
        ),
        SQUAT_END_CUE,
        QT_TRANSLATE_NOOP("Checks", "Rate the drift and any pain, then do the other side."),
    ),
    measures=(
        CheckMeasure(
            DRIFT,
            question=QT_TRANSLATE_NOOP("Checks", "Did your knee drift inward?"),
            low_anchor=QT_TRANSLATE_NOOP("Checks", "none"),
            high_anchor=QT_TRANSLATE_NOOP("Checks", "marked"),
        ),
        _pain(QT_TRANSLATE_NOOP("Checks", "Pain (knee) during the squats")),
    ),
    plain_target=QT_TRANSLATE_NOOP("Checks", "whether your knee stays in line"),
    tested_leg=QT_TRANSLATE_NOOP("Checks", "The side you check is the leg you stand on."),
)

SINGLE_LEG_BRIDGE = Check(
    id="single_leg_bridge",
    title=QT_TRANSLATE_NOOP("Checks", "Single-leg bridge"),
    name=QT_TRANSLATE_NOOP("Checks", "single-leg bridge"),
    target=QT_TRANSLATE_NOOP("Checks", "hip extensor strength"),
    joint="hip",
    illustration="single_leg_bridge.svg",
    purpose=QT_TRANSLATE_NOOP(
        "Checks",
        "How strong the muscles at the back of your hip are. When they are weak, "
        "the thigh and the band on the side of the leg take over.",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "Checks",
            "Lie on your back, the heel of the side you are checking on a chair or step, the "
            "other leg in the air.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "Push through the heel and lift your hips until your body is in a straight line.",
        ),
        QT_TRANSLATE_NOOP("Checks", "Lower and repeat at a steady pace."),
        BRIDGE_END_CUE,
        QT_TRANSLATE_NOOP(
            "Checks", "Count the good repetitions, note any pain, then do the other side."
        ),
    ),
    measures=(
        CheckMeasure(
            REPS,
            question=QT_TRANSLATE_NOOP("Checks", "How many good repetitions?"),
            low_anchor="0",
            high_anchor="100",
        ),
        _pain(QT_TRANSLATE_NOOP("Checks", "Pain (back of the hip or knee) during the bridges")),
    ),
    plain_target=QT_TRANSLATE_NOOP("Checks", "how strong the back of your hip is"),
    tested_leg=QT_TRANSLATE_NOOP(
        "Checks", "The side you check is the leg with its heel on the chair."
    ),
)

CATALOG: tuple[Check, ...] = (
    ANKLE_STEP,
    KNEELING_LUNGE,
    KNEE_EXTENSION,
    SINGLE_LEG_SQUAT,
    SINGLE_LEG_BRIDGE,
)
CHECKS: dict[str, Check] = {check.id: check for check in CATALOG}
CORE_CHECK_IDS: tuple[str, ...] = (ANKLE_STEP.id, KNEELING_LUNGE.id)


def describe_value(
    check_measure: CheckMeasure, value: float, translate: Translate = identity
) -> str:
    """A value in words, e.g. 'shin over the toes' or 'moderate pain'."""
    return check_measure.measure.kind.describe_value(
        value, check_measure.low_anchor, check_measure.high_anchor, translate
    )
