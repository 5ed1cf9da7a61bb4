"""The codes and units of KneeCheck's FHIR bundles: one row per measure of a check.

A measure's value type and UCUM unit follow from its kind in the domain
(``MeasureKind.ucum``, see ``unit_of``); its code is its row in ``MEASURE_CODES``. A new
measure is one row there. LOINC codes
are given where LOINC has the measure; everything else is in KneeCheck's own code system,
``CODE_SYSTEM``, listed in the README.
"""

from __future__ import annotations

from typing import NamedTuple

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.kinds import KINDS
from kneeapp.domain.measures import Measure
from kneeapp.domain.session import Skip

# KneeCheck's own names in FHIR: its code system, and the systems of its identifiers.
NAMESPACE = "https://kneecheck.org/fhir"
CODE_SYSTEM = f"{NAMESPACE}/CodeSystem/kneecheck"
SESSION_SYSTEM = f"{NAMESPACE}/NamingSystem/session"  # a session's uid
PROFILE_SYSTEM = f"{NAMESPACE}/NamingSystem/profile"  # a profile's uid (a pseudonym)
BUILT_IN_PROFILE_SYSTEM = f"{NAMESPACE}/NamingSystem/built-in-profile"
ADVICE_EXTENSION = f"{NAMESPACE}/StructureDefinition/advice"
SAFETY_QUESTIONNAIRE = f"{NAMESPACE}/Questionnaire/safety"

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
DATA_ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

# The session's grouping Observation.
SESSION_CODE = "session"
SESSION_DISPLAY = "KneeCheck self-check session"

# Laterality, as bodySite (SNOMED CT qualifier values).
SIDE_CODES: dict[Side, tuple[str, str]] = {
    Side.LEFT: ("7771000", "Left"),
    Side.RIGHT: ("24028007", "Right"),
}

# Why a side has no value: KneeCheck's code, beside data-absent-reason "not-performed".
SKIP_DISPLAYS: dict[Skip, str] = {
    Skip.NOT_DONE: "Not done",
    Skip.TOO_PAINFUL: "Too painful",
    Skip.COULD_NOT: "Could not do it",
}

PAIN_LOINC = "72514-3"  # Pain severity - 0-10 verbal numeric rating [Score] - Reported


class Unit(NamedTuple):
    """How a value in a domain unit is written: a UCUM quantity, or a whole number."""

    ucum: str | None  # None: valueInteger
    display: str = ""


def unit_of(measure: Measure) -> Unit:
    """How a measure's values are written, from its kind."""
    return Unit(measure.kind.ucum, measure.kind.ucum_display)


# By ``Measure.unit``.
UNITS: dict[str, Unit] = {kind.unit: Unit(kind.ucum, kind.ucum_display) for kind in KINDS.values()}


class MeasureCode(NamedTuple):
    """A check's measure in FHIR: KneeCheck's code, and LOINC's where it has one."""

    check_id: str
    measure_id: str
    display: str
    loinc: str = ""  # the same code for both sides
    loinc_by_side: tuple[str, str] = ("", "")  # (left, right), for side-specific codes

    @property
    def code(self) -> str:
        return f"{self.check_id}.{self.measure_id}"

    def loinc_for(self, side: Side) -> str:
        return self.loinc or self.loinc_by_side[0 if side is Side.LEFT else 1]


MEASURE_CODES: tuple[MeasureCode, ...] = (
    MeasureCode("ankle_step", "range", "Ankle dorsiflexion, step test: range, self-rated 0-10"),
    MeasureCode("ankle_step", "pain", "Ankle pain at end range, step test, 0-10", PAIN_LOINC),
    MeasureCode("ankle_step", "knee_to_wall", "Ankle dorsiflexion, knee-to-wall distance"),
    MeasureCode(
        "ankle_step",
        "shin_angle",
        "Ankle dorsiflexion, step test: shin angle to vertical, on a photo",
    ),
    MeasureCode("kneeling_lunge", "range", "Hip extension, kneeling lunge: range, self-rated 0-10"),
    MeasureCode(
        "kneeling_lunge", "pain", "Hip pain at end range, kneeling lunge, 0-10", PAIN_LOINC
    ),
    MeasureCode(
        "kneeling_lunge",
        "thigh_angle",
        "Hip extension, kneeling lunge: back thigh angle to vertical, on a photo",
    ),
    MeasureCode("knee_extension", "range", "Knee extension: range, self-rated 0-10"),
    MeasureCode(
        "knee_extension", "pain", "Knee pain at end range, knee extension, 0-10", PAIN_LOINC
    ),
    MeasureCode(
        "knee_extension",
        "knee_angle",
        "Knee extension: angle short of straight, on a photo",
        loinc_by_side=("41345-0", "41349-2"),
    ),
    MeasureCode("single_leg_squat", "drift", "Single-leg squat: knee drift inward, 0-2"),
    MeasureCode("single_leg_squat", "pain", "Knee pain during single-leg squats, 0-10", PAIN_LOINC),
    MeasureCode("single_leg_bridge", "reps", "Single-leg bridge: good repetitions"),
    MeasureCode("single_leg_bridge", "pain", "Pain during single-leg bridges, 0-10", PAIN_LOINC),
)

CODES: dict[tuple[str, str], MeasureCode] = {(m.check_id, m.measure_id): m for m in MEASURE_CODES}
BY_CODE: dict[str, MeasureCode] = {m.code: m for m in MEASURE_CODES}
# Side-specific LOINC codes alone say the measure and the side.
BY_SIDE_LOINC: dict[str, tuple[MeasureCode, Side]] = {
    code: (m, side)
    for m in MEASURE_CODES
    for side, code in zip(Side, m.loinc_by_side, strict=True)
    if code
}
