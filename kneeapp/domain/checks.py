"""The check catalog: what each check asks the person to do and what it records.

The text here is the English source; the user interface passes it through Qt's
translation functions, so this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from kneeapp.domain.measures import DRIFT, KNEE_TO_WALL, PAIN, RANGE, REPS, Measure

OVERPRESSURE_CUE = "At the end, press a little further: note whether it hurts or simply stops."
STOP_RULE = "Stop at once if you feel a sharp pain. Gentle stretch is fine; sharp pain is not."


@dataclass(frozen=True)
class CheckMeasure:
    """One measure as a particular check records it."""

    measure: Measure
    question: str  # what the person rates, in their words
    low_anchor: str  # what the lowest value means in this check
    high_anchor: str  # what the highest value means in this check
    optional: bool = False

    @property
    def id(self) -> str:
        return self.measure.id


@dataclass(frozen=True)
class Check:
    id: str
    title: str  # "Step test"
    name: str  # lower case, used inside sentences and accessible names: "step test"
    target: str  # "ankle dorsiflexion"
    joint: str  # "ankle", used in observations: "your left ankle"
    illustration: str  # file name under resources/illustrations
    purpose: str
    steps: tuple[str, ...]
    measures: tuple[CheckMeasure, ...]

    def measure(self, measure_id: str) -> CheckMeasure:
        for check_measure in self.measures:
            if check_measure.id == measure_id:
                return check_measure
        raise KeyError(f"The {self.name} has no measure {measure_id!r}.")

    @property
    def measure_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.measures)


def _pain(where: str) -> CheckMeasure:
    return CheckMeasure(
        PAIN,
        question=f"Pain ({where}) when you press a little further",
        low_anchor="no pain",
        high_anchor="worst pain imaginable",
    )


ANKLE_STEP = Check(
    id="ankle_step",
    title="Step test",
    name="step test",
    target="ankle dorsiflexion",
    joint="ankle",
    illustration="ankle_step.svg",
    purpose="How far your shin can travel forward over your foot. A stiff ankle "
    "passes the load of every stride up to the knee.",
    steps=(
        "Stand facing a stair. Put one foot on the step with the heel just off the edge.",
        "Rest your hand on that knee and press it down and forward.",
        "Lean in slowly, trying to bring your shin over your toes.",
        OVERPRESSURE_CUE,
        "Rate how far the shin went and how it felt, then do the other side.",
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question="How far did your shin go?",
            low_anchor="shin barely moves",
            high_anchor="shin over the toes",
        ),
        _pain("ankle"),
        CheckMeasure(
            KNEE_TO_WALL,
            question="Toes to wall, with the knee just touching the wall",
            low_anchor="0 cm",
            high_anchor="25 cm",
            optional=True,
        ),
    ),
)

KNEELING_LUNGE = Check(
    id="kneeling_lunge",
    title="Kneeling lunge",
    name="kneeling lunge",
    target="hip extension",
    joint="hip",
    illustration="kneeling_lunge.svg",
    purpose="How far the front of your hip opens. A tight hip makes the thigh "
    "and knee do work the hip should share.",
    steps=(
        "Kneel on one knee on a cushion, the other foot flat in front of you.",
        "Keep your trunk upright and tuck your tailbone under.",
        "Shift your hips forward, as in a hip-flexor stretch, trying to bring the "
        "front of the back hip toward the floor.",
        OVERPRESSURE_CUE,
        "Rate how far the hip went and how it felt, then swap legs.",
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question="How far did your hip open?",
            low_anchor="hips barely move",
            high_anchor="hip fully open",
        ),
        _pain("front of the hip"),
    ),
)

KNEE_EXTENSION = Check(
    id="knee_extension",
    title="Knee straightening",
    name="knee straightening",
    target="knee extension",
    joint="knee",
    illustration="knee_extension.svg",
    purpose="Whether your knee straightens all the way. A knee that stays a little "
    "bent takes more load with every step.",
    steps=(
        "Sit on the floor with both legs straight out in front of you.",
        "Tighten the front of one thigh.",
        "Press the back of that knee flat toward the floor.",
        OVERPRESSURE_CUE,
        "Rate how straight the knee went and how it felt, then do the other side.",
    ),
    measures=(
        CheckMeasure(
            RANGE,
            question="How straight did your knee go?",
            low_anchor="knee stays bent",
            high_anchor="knee flat on the floor",
        ),
        _pain("knee"),
    ),
)

SINGLE_LEG_SQUAT = Check(
    id="single_leg_squat",
    title="Single-leg squat",
    name="single-leg squat",
    target="knee control",
    joint="knee",
    illustration="single_leg_squat.svg",
    purpose="Whether your hip keeps the knee in line. When the deep hip muscles tire, "
    "the knee drifts inward.",
    steps=(
        "Stand on one leg in front of a mirror; hold something for balance if you need to.",
        "Squat down slowly, a quarter of the way, and come back up. Do it five times.",
        "Watch your kneecap: does it stay over your second toe or drift inward?",
        "Rate the drift and any pain, then do the other side.",
    ),
    measures=(
        CheckMeasure(
            DRIFT,
            question="Did your knee drift inward?",
            low_anchor="none",
            high_anchor="marked",
        ),
        _pain("knee"),
    ),
)

SINGLE_LEG_BRIDGE = Check(
    id="single_leg_bridge",
    title="Single-leg bridge",
    name="single-leg bridge",
    target="hip extensor strength",
    joint="hip",
    illustration="single_leg_bridge.svg",
    purpose="How strong the muscles at the back of your hip are. When they are weak, "
    "the thigh and the band on the side of the leg take over.",
    steps=(
        "Lie on your back with one heel on a chair or step, the other leg in the air.",
        "Push through the heel and lift your hips until your body is in a straight line.",
        "Lower and repeat at a steady pace until your hips sag or twist.",
        "Count the good repetitions, note any pain, then do the other side.",
    ),
    measures=(
        CheckMeasure(
            REPS,
            question="How many good repetitions?",
            low_anchor="0",
            high_anchor="100",
        ),
        _pain("back of the hip or knee"),
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

DRIFT_WORDS = ("none", "slight", "marked")


def describe_value(check_measure: CheckMeasure, value: float) -> str:
    """A value in words, e.g. 'shin over the toes' or 'moderate pain'."""
    measure_id = check_measure.id
    if measure_id == "pain":
        if value == 0:
            return "no pain"
        if value <= 3:
            return "mild pain"
        if value <= 6:
            return "moderate pain"
        return "severe pain"
    if measure_id == "drift":
        return DRIFT_WORDS[int(value)]
    if measure_id == "range":
        if value <= 1:
            return check_measure.low_anchor
        if value >= 10:
            return check_measure.high_anchor
        if value <= 4:
            return "limited"
        if value <= 7:
            return "partway"
        return "nearly all the way"
    if measure_id == "reps":
        return f"{value:g} repetitions" if value != 1 else "1 repetition"
    return f"{value:g} cm"
