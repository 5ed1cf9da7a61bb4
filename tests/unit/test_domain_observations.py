"""Plain-language observations: which side, which joint, which check, and never a diagnosis."""

from __future__ import annotations

import itertools
import re

import pytest

from kneeapp.domain.asymmetry import RULES, compare
from kneeapp.domain.checks import CATALOG, CHECKS
from kneeapp.domain.observations import (
    WHAT_IT_MEANS,
    format_asymmetry,
    headline,
    live_line,
    observation,
    why,
)
from kneeapp.domain.session import Reading, Skip

SMALL = "small"


# --- observation(): names the worse side, joint and check -------------------------------------


@pytest.mark.parametrize("check_id", ["ankle_step", "kneeling_lunge", "knee_extension"])
def test_range_observation_names_worse_side_joint_and_check(check_id: str) -> None:
    check = CHECKS[check_id]
    text = observation(Reading(check_id, "range", 4, 9))
    assert f"left {check.joint}" in text
    assert "moved less" in text
    assert check.name in text
    assert "4 of 10 against 9 of 10" in text
    assert SMALL not in text


def test_range_observation_for_the_right_side() -> None:
    text = observation(Reading("kneeling_lunge", "range", 9, 6))
    assert "Your right hip moved less than your left in the kneeling lunge" in text


@pytest.mark.parametrize("check_id", [c.id for c in CATALOG])
def test_pain_observation_names_the_side_that_hurt_more_and_the_check(check_id: str) -> None:
    check = CHECKS[check_id]
    text = observation(Reading(check_id, "pain", 1, 5))
    assert "right side hurt more than your left" in text
    assert check.name in text
    assert "5 of 10 against 1 of 10" in text


def test_knee_to_wall_observation_names_the_worse_side_and_the_distance() -> None:
    text = observation(Reading("ankle_step", "knee_to_wall", 12, 8.5))
    assert "Your right ankle bent less in the knee-to-wall test" in text
    assert "8.5 cm against 12 cm" in text
    assert SMALL not in text


def test_drift_observation_names_the_side_the_knee_and_the_check() -> None:
    text = observation(Reading("single_leg_squat", "drift", 2, 0))
    assert "Your left knee drifted inward more than your right" in text
    assert "single-leg squat" in text
    assert "marked against none" in text


def test_reps_observation_names_the_side_the_joint_and_the_check() -> None:
    text = observation(Reading("single_leg_bridge", "reps", 20, 12))
    assert "Your right hip managed fewer repetitions than your left" in text
    assert "single-leg bridge" in text
    assert "12 against 20" in text


@pytest.mark.parametrize(
    "reading",
    [
        Reading("ankle_step", "range", 8, 9),
        Reading("ankle_step", "pain", 0, 1),
        Reading("ankle_step", "knee_to_wall", 15, 16.5),
        Reading("single_leg_bridge", "reps", 18, 20),
    ],
    ids=lambda r: r.measure_id,
)
def test_an_unflagged_difference_is_called_small(reading: Reading) -> None:
    assert reading.asymmetry.flagged is False
    assert reading.asymmetry.worse_side is not None
    assert "smaller than what this app points out" in observation(reading)


@pytest.mark.parametrize(
    "reading",
    [
        Reading("ankle_step", "range", 7, 7),
        Reading("kneeling_lunge", "pain", 3, 3),
        Reading("ankle_step", "knee_to_wall", 10, 10),
        Reading("single_leg_squat", "drift", 1, 1),
        Reading("single_leg_bridge", "reps", 0, 0),
    ],
    ids=lambda r: r.measure_id,
)
def test_equal_sides_are_said_to_be_the_same(reading: Reading) -> None:
    text = observation(reading)
    assert "both sides the same" in text
    assert "left" not in text.lower() and "right" not in text.lower()
    assert reading.check.title in text


def test_marked_drift_on_both_sides_is_not_called_the_same() -> None:
    reading = Reading("single_leg_squat", "drift", 2, 2)
    text = observation(reading)
    assert "Both knees drifted inward markedly" in text
    assert "the same" not in text
    assert "both sides marked" in live_line(reading)
    assert "Worth noting" in live_line(reading)


# --- headline: one short line on what stands out --------------------------------------------


def test_the_headline_names_where_each_result_stands_out() -> None:
    readings = [
        Reading("ankle_step", "range", 5, 9),
        Reading("ankle_step", "pain", 0, 0),
        Reading("single_leg_squat", "drift", 2, 0),
        Reading("knee_extension", "range", 9, 6),
    ]
    assert headline(readings) == (
        "3 results stand out today: left ankle (step test), left knee (single-leg squat) "
        "and right knee (knee straightening)."
    )
    assert headline(iter(readings[:1])) == "1 result stands out today: left ankle (step test)."


def test_marked_drift_on_both_sides_stands_out_for_both_knees() -> None:
    readings = [Reading("single_leg_squat", "drift", 2, 2)]
    assert headline(readings) == "1 result stands out today: both knees (single-leg squat)."


def test_a_clear_session_and_one_with_nothing_compared_say_so() -> None:
    assert headline([Reading("ankle_step", "range", 8, 9)]) == (
        "Your two sides were close in every measure you rated today."
    )
    assert headline([Reading("ankle_step", "range", 8, None)]).startswith(
        "Nothing could be compared today"
    )
    assert headline([]).startswith("Nothing could be compared today")


# --- live_line and why -----------------------------------------------------------------------


def test_live_line_for_range_gives_worse_side_and_points() -> None:
    line = live_line(Reading("ankle_step", "range", 6, 9))
    assert line == "Range: left side worse by 3 points. Worth noting."


def test_live_line_for_a_one_point_range_difference_is_singular_and_small() -> None:
    line = live_line(Reading("ankle_step", "range", 10, 9))
    assert line == "Range: right side worse by 1 point. Small difference."


def test_live_line_says_what_is_not_rated_yet() -> None:
    assert live_line(Reading("ankle_step", "range", None, None)) == "Range: not rated yet."
    assert live_line(Reading("ankle_step", "range", 4, None)) == (
        "Range: left 4 of 10, right not rated."
    )
    assert live_line(Reading("ankle_step", "pain", None, 2, Skip.TOO_PAINFUL)) == (
        "Pain: left skipped: too painful, right 2 of 10."
    )


def test_live_line_for_pain_gives_points() -> None:
    assert live_line(Reading("ankle_step", "pain", 4, 1)) == (
        "Pain: left side worse by 3 points. Worth noting."
    )
    assert live_line(Reading("ankle_step", "pain", 0, 1)) == (
        "Pain: right side worse by 1 point. Small difference."
    )


def test_live_line_for_knee_to_wall_gives_cm_and_reps_percent() -> None:
    assert live_line(Reading("ankle_step", "knee_to_wall", 4, 5)) == (
        "Knee-to-wall distance: left side worse by 1\u00a0cm. Small difference."
    )
    assert live_line(Reading("ankle_step", "knee_to_wall", 6.5, 11)) == (
        "Knee-to-wall distance: left side worse by 4.5\u00a0cm. Worth noting."
    )
    assert live_line(Reading("single_leg_bridge", "reps", 10, 9)) == (
        "Repetitions: right side worse by 10.0\u00a0%. Small difference."
    )


def test_live_line_for_equal_sides() -> None:
    assert live_line(Reading("ankle_step", "range", 5, 5)) == "Range: both sides the same."


def test_format_asymmetry_uses_the_measure_scale() -> None:
    assert format_asymmetry(compare("range", 6, 9)) == "3 points"
    assert format_asymmetry(compare("knee_to_wall", 6.5, 11)) == "4.5\u00a0cm"
    assert format_asymmetry(compare("reps", 6, 9)) == "33.3\u00a0%"
    assert format_asymmetry(Reading("ankle_step", "pain", 2, 4).asymmetry) == "2 points"
    # Knee drift is a category: the two words, not a number of points.
    assert format_asymmetry(compare("drift", 0, 1)) == "slight against none"


def test_an_observation_of_a_missing_side_compares_nothing() -> None:
    text = observation(Reading("ankle_step", "range", 3, None, None, Skip.COULD_NOT))
    assert text == (
        "Step test, range: not compared (left 3 of 10, right skipped: could not do it)."
    )
    assert headline([Reading("ankle_step", "range", 0, None)]).startswith("Nothing could be")


@pytest.mark.parametrize(
    ("check_id", "measure_id"),
    [
        ("ankle_step", "range"),
        ("ankle_step", "pain"),
        ("ankle_step", "knee_to_wall"),
        ("single_leg_squat", "drift"),
        ("single_leg_bridge", "reps"),
    ],
)
def test_why_gives_the_rule_and_its_source(check_id: str, measure_id: str) -> None:
    text = why(Reading(check_id, measure_id, 1, 2))
    assert RULES[measure_id].source in text
    assert RULES[measure_id].plain in text
    assert "Source:" in text


def test_why_for_knee_to_wall_cites_the_1_5_cm_rule() -> None:
    text = why(Reading("ankle_step", "knee_to_wall", 8, 10))
    assert "1.5 cm" in text
    assert "Chisholm" in text


# --- never a diagnosis -----------------------------------------------------------------------

DIAGNOSTIC = re.compile(r"you have|diagnos|injury|injured|tendinitis|tendinopathy|syndrome")


def every_reading() -> list[Reading]:
    """Each check and measure with a spread of left/right pairs, including extremes."""
    readings = []
    for check in CATALOG:
        for check_measure in check.measures:
            measure = check_measure.measure
            values = sorted(
                {
                    measure.minimum,
                    measure.minimum + measure.step,
                    measure.maximum / 2,
                    measure.maximum - measure.step,
                    measure.maximum,
                }
            )
            for left, right in itertools.product(values, repeat=2):
                readings.append(Reading(check.id, check_measure.id, left, right))
    return readings


def test_observations_and_live_lines_never_use_diagnostic_words() -> None:
    readings = every_reading()
    assert len(readings) > 200
    for reading in readings:
        for text in (observation(reading), live_line(reading)):
            assert not DIAGNOSTIC.search(text.lower()), (reading, text)


def test_statements_only_mention_diagnosis_to_deny_it() -> None:
    flagged = headline([Reading("ankle_step", "range", 5, 9)])
    for text in (flagged, WHAT_IT_MEANS):
        denied = text.lower().replace("not a diagnosis", "")
        assert not DIAGNOSTIC.search(denied), text
    assert "not a diagnosis" in WHAT_IT_MEANS


def test_every_observation_is_one_finished_sentence_or_two() -> None:
    for reading in every_reading():
        text = observation(reading)
        assert text[0].isupper()
        assert text.endswith(".")
        assert "  " not in text


@pytest.mark.parametrize(
    ("check_id", "measure_id"),
    [
        (check.id, measure.measure.id)
        for check in CATALOG
        for measure in check.measures
        if measure.measure.id in ("range", "pain", "knee_to_wall", "drift", "reps")
        or measure.measure.id.endswith("_angle")
    ],
)
def test_staff_read_the_same_comparison_without_your(check_id: str, measure_id: str) -> None:
    reading = Reading(check_id, measure_id, 1, 9)
    if measure_id == "drift":
        reading = Reading(check_id, measure_id, 2, 0)
    for_patient = observation(reading)
    for_staff = observation(reading, neutral=True)
    assert "your" in for_patient.lower()
    assert "your" not in for_staff.lower() and for_staff.startswith("The ")
    # The same sentence, the same facts: only "your" became "the".
    assert for_staff == for_patient.replace("Your ", "The ").replace(" your ", " the ")


def test_numbers_take_the_language_decimal_separator() -> None:
    from kneeapp.domain.asymmetry import Scale
    from kneeapp.domain.observations import amount_text, format_value
    from kneeapp.domain.text import english

    def comma(context: str, source: str, n: int = -1) -> str:
        return "," if (context, source) == ("Numbers", ".") else english(source, n)

    assert format_value("knee_to_wall", 6.5, comma) == "6,5 cm"
    assert amount_text(Scale.PERCENT, 42.857, comma) == "42,9\u00a0%"
    assert amount_text(Scale.CM, 4.5) == "4.5\u00a0cm"  # English keeps the point
