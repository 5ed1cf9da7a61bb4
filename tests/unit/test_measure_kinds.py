"""A measure's behaviour comes from its kind: a new check made of existing kinds, defined
here and nowhere else, is compared, worded, advised on and written to a file like the
catalogue's own checks."""

from __future__ import annotations

import pytest

from kneeapp.domain.asymmetry import Side, compare
from kneeapp.domain.checks import CHECKS, Check, CheckMeasure, describe_value
from kneeapp.domain.clinical_summary import measure_sentence
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.guidance import pain_reasons
from kneeapp.domain.kinds import KINDS, PHOTO_ANGLE, AsymmetryRule, Scale
from kneeapp.domain.measures import MEASURES, PAIN, RANGE, Direction, Measure
from kneeapp.domain.observations import (
    format_asymmetry,
    format_value,
    headline,
    live_line,
    observation,
    side_text,
    where,
    why,
)
from kneeapp.domain.session import Reading, Session
from kneeapp.domain.trends import Series, SeriesPoint
from kneeapp.domain.validation import ValidationError
from kneeapp.exchange.fhir_codes import unit_of
from kneeapp.storage.csv_write import session_rows

# A measure of an existing kind (an angle measured on photos), with what is its own.
PELVIS_DROP = Measure(
    id="pelvis_drop",
    kind=PHOTO_ANGLE,
    label="pelvis drop",
    direction=Direction.LOWER_IS_BETTER,
    rule=AsymmetryRule(
        measure_id="pelvis_drop",
        scale=PHOTO_ANGLE.scale,
        plain="The pelvis drop is pointed out when the sides differ by 5° or more.",
        source="A made-up source for a made-up rule.",
        difference_at_least=5,
    ),
    observation="Your {side_joint} let the pelvis drop more than your {other} ({pair}).",
    neutral_observation="The {side_joint} let the pelvis drop more than the {other} ({pair}).",
    joint="hip",
    limits=(0, 30),
)
STEP_DOWN = Check(
    id="step_down",
    title="Step-down",
    name="step-down",
    target="hip control",
    joint="knee",
    illustration="step_down.svg",
    purpose="Whether the hip holds the pelvis level as you step down.",
    steps=("Stand on a step on one leg.", "Lower the other heel to the floor and back."),
    measures=(
        CheckMeasure(RANGE, "How level did you stay?", "pelvis drops", "pelvis level"),
        CheckMeasure(PAIN, "Pain (knee) while stepping down", "no pain", "worst pain"),
        CheckMeasure(PELVIS_DROP, "Pelvis drop from a photo", "level", "dropped", True),
    ),
)


@pytest.fixture
def step_down(monkeypatch: pytest.MonkeyPatch) -> Check:
    """The new check, in the catalogue's registry for this test only."""
    monkeypatch.setitem(CHECKS, STEP_DOWN.id, STEP_DOWN)
    return STEP_DOWN


def comma(context: str, source: str, n: int = -1) -> str:
    """A translator whose language writes decimals with a comma."""
    text = "," if (context, source) == ("Numbers", ".") else source
    return text.replace("%n", str(n))


def test_a_new_checks_ratings_are_compared_and_worded_by_their_kind(step_down: Check) -> None:
    reading = Reading(step_down.id, "range", 3, 7)
    asymmetry = reading.asymmetry
    assert asymmetry is not None and asymmetry.flagged
    assert asymmetry.worse_side is Side.LEFT
    assert format_asymmetry(asymmetry) == "4 points"
    assert observation(reading) == (
        "Your left knee moved less than your right in the step-down (3 of 10 against 7 of 10)."
    )
    assert live_line(reading) == "Range: left side worse by 4 points. Worth noting."
    assert where(reading) == "left knee (step-down)"
    assert describe_value(step_down.measure("range"), 1) == "pelvis drops"
    assert describe_value(step_down.measure("range"), 5) == "partway"


def test_a_new_measure_of_an_existing_kind_brings_its_own_rule_and_sentences(
    step_down: Check,
) -> None:
    reading = Reading(step_down.id, "pelvis_drop", 12.0, 4.5)
    asymmetry = reading.asymmetry
    assert asymmetry is not None
    assert asymmetry.worse_side is Side.LEFT  # lower is better: more drop is worse
    assert asymmetry.value == 7.5 and asymmetry.flagged
    assert asymmetry.scale is Scale.DEGREES
    # The kind writes the values and the difference: degrees to one decimal.
    assert format_asymmetry(asymmetry) == "7.5°"
    assert format_asymmetry(asymmetry, comma) == "7,5°"
    assert side_text(reading, Side.RIGHT) == "4.5°"
    assert format_value(PELVIS_DROP, 12, comma) == "12,0°"
    assert describe_value(step_down.measure("pelvis_drop"), 12) == "12.0°"
    # The measure says the sentence and the joint.
    assert observation(reading) == (
        "Your left hip let the pelvis drop more than your right (12.0° against 4.5°)."
    )
    assert observation(reading, neutral=True).startswith("The left hip let the pelvis drop")
    assert where(reading) == "left hip (step-down)"
    assert headline([reading]) == "1 result stands out today: left hip (step-down)."
    assert why(reading) == (
        "The pelvis drop is pointed out when the sides differ by 5° or more. "
        "Source: A made-up source for a made-up rule."
    )
    small = Reading(step_down.id, "pelvis_drop", 6.0, 4.5)
    assert not small.flagged
    assert observation(small).endswith("The difference is smaller than what this app points out.")
    # Not in the catalogue's measures: the check's own record is what counts.
    assert "pelvis_drop" not in MEASURES
    assert compare(PELVIS_DROP, 4.5, 4.5).worse_side is None


def test_a_new_checks_values_are_validated_against_the_measures_limits(step_down: Check) -> None:
    draft = SessionDraft([step_down.id])
    draft.set_value(step_down.id, "pelvis_drop", Side.LEFT, 12.3)
    assert draft.value(step_down.id, "pelvis_drop", Side.LEFT) == 12.3
    with pytest.raises(ValidationError):
        draft.set_value(step_down.id, "pelvis_drop", Side.RIGHT, 31)
    with pytest.raises(ValidationError):
        draft.set_value(step_down.id, "range", Side.RIGHT, 2.5)


def test_pain_in_a_new_check_is_advised_on_as_pain(step_down: Check) -> None:
    reasons = pain_reasons([Reading(step_down.id, "pain", 8, 1)], None)
    assert reasons == ["Your left side rated 8 of 10 in the step-down."]


def test_a_new_checks_history_is_summed_up_with_its_rule(step_down: Check) -> None:
    from datetime import UTC, datetime

    points = tuple(
        SeriesPoint(datetime(2026, 5, day, tzinfo=UTC).timestamp(), 12.0, 4.0) for day in (1, 8)
    )
    text = measure_sentence(Series(step_down.id, "pelvis_drop", points))
    assert "12.0° against 4.0°, a difference of 8.0° (pointed out from 5.0° or more)" in text


def test_a_new_checks_sessions_are_written_to_files_by_kind(step_down: Check) -> None:
    from datetime import UTC, datetime

    session = Session(
        "4f6c1f3e-8d8e-4a43-9b1c-0c6a1c1d2e3f",
        "default",
        datetime(2026, 5, 1, tzinfo=UTC),
        (Reading(step_down.id, "pelvis_drop", 12.0, 4.0), Reading(step_down.id, "range", 3, 7)),
    )
    angle, rating = list(session_rows(session))
    assert angle[3:11] == ["step_down", "pelvis_drop", "deg", "12.0", "4.0", "8.0", "deg", "left"]
    assert rating[3:11] == ["step_down", "range", "score_0_10", "3", "7", "4", "points", "left"]
    assert unit_of(PELVIS_DROP).ucum == "deg"


@pytest.mark.parametrize("measure", MEASURES.values(), ids=lambda m: m.id)
def test_each_measures_rule_reads_its_difference_in_its_kinds_unit(measure: Measure) -> None:
    assert measure.rule.scale is measure.kind.scale
    assert measure.rule.measure_id == measure.id
    assert measure.kind in KINDS.values()


@pytest.mark.parametrize(
    ("key", "value", "english", "with_comma"),
    [
        ("rating", 3, "3 of 10", "3 of 10"),
        ("pain", 7, "7 of 10", "7 of 10"),
        ("distance", 6.5, "6.5 cm", "6,5 cm"),
        ("category", 1, "slight", "slight"),
        ("count", 12, "12", "12"),
        ("photo_angle", 40, "40.0°", "40,0°"),
    ],
)
def test_each_kind_writes_a_value_with_its_unit(
    key: str, value: float, english: str, with_comma: str
) -> None:
    kind = KINDS[key]
    assert kind.format_value(value) == english
    assert kind.format_value(value, comma) == with_comma


@pytest.mark.parametrize("measure", MEASURES.values(), ids=lambda m: m.id)
def test_a_measure_whose_rule_points_out_more_than_a_difference_says_so(
    measure: Measure,
) -> None:
    """Equal sides at their worst, or one side under its own limit, are told in the
    measure's own words."""
    rule = measure.rule
    assert bool(measure.both_flagged and measure.both_place) == (rule.value_at_least is not None)
    assert all(measure.low_side) == (rule.side_below is not None)
