"""The asymmetry rules of DESIGN.md section 1, at their boundaries and as properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneeapp.domain.asymmetry import RULES, Scale, Side, compare, rule_for
from kneeapp.domain.measures import MEASURES, Direction, Measure

# --- 0-10 self-ratings (range): % asymmetry, flagged at a 2-point difference ------------


def test_range_difference_of_exactly_two_points_is_flagged() -> None:
    result = compare("range", 8, 10)
    assert result.flagged is True
    assert result.worse_side is Side.LEFT


def test_range_difference_of_one_point_is_not_flagged_even_with_large_percentage() -> None:
    # 1 vs 2 is 50 % but only 1 point: self-ratings are judged in points, not LSI.
    assert compare("range", 1, 2).flagged is False
    assert compare("range", 9, 10).flagged is False
    assert compare("range", 0, 1).flagged is False


def test_range_asymmetry_is_the_difference_in_points() -> None:
    # "3 of 10 against 6 of 10" is 3 points, not 50 %: no percentage of a self-rating.
    result = compare("range", 3, 6)
    assert result.value == 3
    assert result.lsi is None
    assert result.scale is Scale.POINTS
    assert result.flagged is True


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [(5, 10, 5.0), (7, 10, 3.0), (2, 3, 1.0), (1, 2, 1.0), (1, 6, 5.0), (9, 10, 1.0)],
)
def test_range_asymmetry_point_values(left: float, right: float, expected: float) -> None:
    assert compare("range", left, right).value == expected
    assert compare("range", right, left).value == expected


@pytest.mark.parametrize("measure_id", ["range", "knee_to_wall", "reps"])
def test_both_sides_zero_means_no_asymmetry_no_worse_side_not_flagged(measure_id: str) -> None:
    result = compare(measure_id, 0, 0)
    assert result.value == 0
    assert result.worse_side is None
    assert result.flagged is False


def test_reps_one_side_zero_other_positive_is_100_percent() -> None:
    assert compare("reps", 0, 7).value == 100.0
    assert compare("reps", 0, 7).worse_side is Side.LEFT
    assert compare("reps", 7, 0).value == 100.0
    assert compare("reps", 7, 0).worse_side is Side.RIGHT


@pytest.mark.parametrize(("measure_id", "other"), [("range", 3), ("knee_to_wall", 4.5)])
def test_one_side_zero_gives_the_other_sides_value_in_its_unit(
    measure_id: str, other: float
) -> None:
    assert compare(measure_id, 0, other).value == other
    assert compare(measure_id, other, 0).worse_side is Side.RIGHT


# --- reps: LSI below 90 % -----------------------------------------------------------------


@pytest.mark.parametrize(("lower", "higher"), [(9, 10), (18, 20), (45, 50), (90, 100)])
def test_reps_lsi_of_exactly_90_percent_is_not_flagged(lower: float, higher: float) -> None:
    result = compare("reps", lower, higher)
    assert result.lsi == 90.0
    assert result.value == 10.0
    assert result.flagged is False
    assert compare("reps", higher, lower).flagged is False


@pytest.mark.parametrize(("lower", "higher"), [(89, 100), (8, 9), (17, 19), (44, 50)])
def test_reps_lsi_just_below_90_percent_is_flagged(lower: float, higher: float) -> None:
    assert compare("reps", lower, higher).flagged is True
    assert compare("reps", higher, lower).flagged is True


def test_reps_worse_side_is_the_lower_count() -> None:
    assert compare("reps", 12, 20).worse_side is Side.LEFT
    assert compare("reps", 20, 12).worse_side is Side.RIGHT


# --- knee_to_wall: the difference in cm, flagged over 1.5 cm -----------------------------


def test_knee_to_wall_difference_of_exactly_1_5_cm_is_not_flagged() -> None:
    result = compare("knee_to_wall", 15, 16.5)
    assert result.difference == 1.5
    assert result.value == 1.5
    assert result.scale is Scale.CM
    assert result.flagged is False


def test_knee_to_wall_difference_over_1_5_cm_is_flagged() -> None:
    assert compare("knee_to_wall", 20, 22).flagged is True
    # Off the grid, straight through compare(): 1.6 cm.
    assert compare("knee_to_wall", 20, 21.6).flagged is True


def test_knee_to_wall_10_vs_8_4_is_1_6_cm_right_worse() -> None:
    result = compare("knee_to_wall", 10, 8.4)
    assert result.difference == pytest.approx(1.6)
    assert result.flagged is True
    assert result.worse_side is Side.RIGHT
    assert result.value == 1.6


def test_knee_to_wall_small_difference_is_not_flagged_whatever_the_ratio() -> None:
    # 4 vs 5 cm is a ratio of 80 %, but 1 cm is within the test's detectable change.
    assert compare("knee_to_wall", 4, 5).flagged is False
    assert compare("knee_to_wall", 10, 11).flagged is False


# --- pain: points, the higher side is worse, flagged at 2 points ---------------------------


def test_pain_worse_side_is_the_higher_rating() -> None:
    assert compare("pain", 5, 2).worse_side is Side.LEFT
    assert compare("pain", 2, 5).worse_side is Side.RIGHT


def test_pain_asymmetry_is_difference_in_points() -> None:
    result = compare("pain", 7, 3)
    assert result.value == 4
    assert result.scale is Scale.POINTS
    assert result.lsi is None


def test_pain_difference_of_two_points_is_flagged_one_is_not() -> None:
    assert compare("pain", 0, 2).flagged is True
    assert compare("pain", 6, 4).flagged is True
    assert compare("pain", 0, 1).flagged is False
    assert compare("pain", 9, 10).flagged is False


def test_pain_equal_high_pain_on_both_sides_is_not_a_flagged_asymmetry() -> None:
    result = compare("pain", 8, 8)
    assert result.worse_side is None
    assert result.flagged is False


# --- drift: points, the higher side is worse, 1 step or a marked drift flags ---------------


def test_drift_worse_side_is_the_higher() -> None:
    assert compare("drift", 1, 0).worse_side is Side.LEFT
    assert compare("drift", 0, 2).worse_side is Side.RIGHT


def test_drift_difference_of_one_is_flagged() -> None:
    assert compare("drift", 0, 1).flagged is True
    assert compare("drift", 1, 0).value == 1


def test_drift_marked_on_both_sides_is_flagged_without_worse_side() -> None:
    result = compare("drift", 2, 2)
    assert result.flagged is True
    assert result.worse_side is None
    assert result.value == 0


def test_drift_none_or_slight_on_both_sides_is_not_flagged() -> None:
    assert compare("drift", 0, 0).flagged is False
    assert compare("drift", 1, 1).flagged is False
    assert compare("drift", 0, 0).worse_side is None


# --- signed value and scale -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure_id", "left_worse", "right_worse"),
    [
        ("range", (3, 8), (8, 3)),
        ("knee_to_wall", (8, 12), (12, 8)),
        ("reps", (10, 20), (20, 10)),
        ("pain", (6, 1), (1, 6)),
        ("drift", (2, 0), (0, 2)),
    ],
)
def test_signed_value_positive_when_left_worse_negative_when_right_worse(
    measure_id: str, left_worse: tuple[float, float], right_worse: tuple[float, float]
) -> None:
    left_case = compare(measure_id, *left_worse)
    right_case = compare(measure_id, *right_worse)
    assert left_case.worse_side is Side.LEFT
    assert left_case.signed_value > 0
    assert left_case.signed_value == left_case.value
    assert right_case.worse_side is Side.RIGHT
    assert right_case.signed_value < 0
    assert right_case.signed_value == -right_case.value


def test_signed_value_is_zero_when_no_side_is_worse() -> None:
    assert compare("range", 4, 4).signed_value == 0
    assert compare("drift", 2, 2).signed_value == 0


@pytest.mark.parametrize(
    ("measure_id", "scale"),
    [
        ("range", Scale.POINTS),
        ("knee_to_wall", Scale.CM),
        ("reps", Scale.PERCENT),
        ("pain", Scale.POINTS),
        ("drift", Scale.POINTS),
        ("shin_angle", Scale.DEGREES),
        ("thigh_angle", Scale.DEGREES),
        ("knee_angle", Scale.DEGREES),
    ],
)
def test_asymmetry_is_in_the_unit_a_clinician_thinks_in(measure_id: str, scale: Scale) -> None:
    assert compare(measure_id, 1, 2).scale is scale
    assert rule_for(MEASURES[measure_id]).scale is scale


def test_scale_symbols_match_the_csv_asymmetry_units() -> None:
    assert Scale.PERCENT.value == "%"
    assert Scale.POINTS.value == "points"
    assert Scale.CM.value == "cm"
    assert Scale.DEGREES.value == "deg"


def test_compare_accepts_a_measure_object_or_its_id() -> None:
    assert compare(MEASURES["reps"], 8, 10) == compare("reps", 8, 10)


# --- the rules table --------------------------------------------------------------------------


def test_every_measure_has_a_rule() -> None:
    for measure in MEASURES.values():
        assert measure.id in RULES, measure.id
        assert rule_for(measure).measure_id == measure.id


def test_every_rule_has_a_source_and_a_plain_sentence() -> None:
    for unit, rule in RULES.items():
        assert rule.source.strip(), unit
        assert rule.plain.strip(), unit
        thresholds = (
            rule.lsi_below,
            rule.difference_at_least,
            rule.difference_over,
            rule.value_at_least,
        )
        assert any(t is not None for t in thresholds), unit


def test_every_rule_belongs_to_a_known_measure() -> None:
    assert set(RULES) == set(MEASURES)


@pytest.mark.parametrize(
    ("measure_id", "threshold", "included"),
    [
        ("range", 2, True),
        ("pain", 2, True),
        ("drift", 1, True),
        ("knee_to_wall", 1.5, False),
        ("reps", 10, False),
        ("shin_angle", 5, True),
        ("thigh_angle", 5, True),
        ("knee_angle", 5, True),
    ],
)
def test_each_rule_has_one_threshold_in_its_own_unit(
    measure_id: str, threshold: float, included: bool
) -> None:
    rule = RULES[measure_id]
    assert rule.threshold == threshold
    assert rule.threshold_included is included
    assert rule.is_over(threshold) is included
    assert rule.is_over(threshold + 0.1) is True
    assert rule.is_over(threshold - 0.5) is False


def test_measure_directions_match_the_design() -> None:
    assert MEASURES["range"].direction is Direction.HIGHER_IS_BETTER
    assert MEASURES["knee_to_wall"].direction is Direction.HIGHER_IS_BETTER
    assert MEASURES["reps"].direction is Direction.HIGHER_IS_BETTER
    assert MEASURES["pain"].direction is Direction.LOWER_IS_BETTER
    assert MEASURES["drift"].direction is Direction.LOWER_IS_BETTER
    assert MEASURES["shin_angle"].direction is Direction.HIGHER_IS_BETTER
    assert MEASURES["thigh_angle"].direction is Direction.HIGHER_IS_BETTER
    assert MEASURES["knee_angle"].direction is Direction.LOWER_IS_BETTER  # short of straight


@pytest.mark.parametrize(
    ("measure_id", "unit", "minimum", "maximum", "step"),
    [
        ("range", "score_0_10", 0, 10, 1),
        ("pain", "nprs_0_10", 0, 10, 1),
        ("knee_to_wall", "cm", 0, 25, 0.5),
        ("drift", "drift_0_2", 0, 2, 1),
        ("reps", "reps", 0, 100, 1),
        ("shin_angle", "deg", 0, 80, 0.1),
        ("thigh_angle", "deg", -30, 60, 0.1),
        ("knee_angle", "deg", 0, 30, 0.1),
    ],
)
def test_measure_units_and_limits_match_the_design(
    measure_id: str, unit: str, minimum: float, maximum: float, step: float
) -> None:
    measure = MEASURES[measure_id]
    assert (measure.unit, measure.minimum, measure.maximum, measure.step) == (
        unit,
        minimum,
        maximum,
        step,
    )


# --- properties -------------------------------------------------------------------------------


def grid_values(measure: Measure) -> st.SearchStrategy[float]:
    count = round((measure.maximum - measure.minimum) / measure.step)
    return st.integers(0, count).map(lambda i: round(measure.minimum + i * measure.step, 6))


@st.composite
def measure_and_pair(draw: st.DrawFn) -> tuple[Measure, float, float]:
    measure = draw(st.sampled_from(list(MEASURES.values())))
    return measure, draw(grid_values(measure)), draw(grid_values(measure))


@given(measure_and_pair())
def test_swapping_sides_swaps_worse_side_and_keeps_value_and_flag(
    case: tuple[Measure, float, float],
) -> None:
    measure, left, right = case
    forward = compare(measure, left, right)
    backward = compare(measure, right, left)
    assert backward.value == forward.value
    assert backward.flagged == forward.flagged
    assert backward.lsi == forward.lsi
    if forward.worse_side is None:
        assert backward.worse_side is None
    else:
        assert backward.worse_side is forward.worse_side.other
    assert backward.signed_value == -forward.signed_value


@given(measure_and_pair())
def test_equal_values_have_no_worse_side_and_zero_asymmetry(
    case: tuple[Measure, float, float],
) -> None:
    measure, value, _ = case
    result = compare(measure, value, value)
    assert result.worse_side is None
    assert result.value == 0


@given(measure_and_pair())
def test_unequal_values_always_have_a_worse_side_matching_the_direction(
    case: tuple[Measure, float, float],
) -> None:
    measure, left, right = case
    result = compare(measure, left, right)
    if left == right:
        assert result.worse_side is None
        return
    lower_side = Side.LEFT if left < right else Side.RIGHT
    if measure.direction is Direction.HIGHER_IS_BETTER:
        assert result.worse_side is lower_side
    else:
        assert result.worse_side is lower_side.other


@given(measure_and_pair())
def test_asymmetry_value_stays_within_its_scale(case: tuple[Measure, float, float]) -> None:
    measure, left, right = case
    result = compare(measure, left, right)
    if result.scale is Scale.PERCENT:
        assert 0 <= result.value <= 100
        assert result.lsi is not None and 0 <= result.lsi <= 100
    else:
        assert 0 <= result.value <= measure.maximum - measure.minimum
        assert result.value == round(abs(left - right), 1)


@given(measure_and_pair())
def test_flagged_matches_the_design_rule_written_independently(
    case: tuple[Measure, float, float],
) -> None:
    measure, left, right = case
    difference = abs(left - right)
    higher, lower = max(left, right), min(left, right)
    lsi = 100.0 if higher == 0 else lower * 100 / higher
    expected = {
        "range": difference >= 2,
        "pain": difference >= 2,
        "reps": lsi < 90 - 1e-9,
        "knee_to_wall": difference > 1.5 + 1e-9,
        "drift": difference >= 1 or higher == 2,
        "shin_angle": difference >= 5 - 1e-9,
        "thigh_angle": difference >= 5 - 1e-9,
        "knee_angle": difference >= 5 - 1e-9,
    }[measure.id]
    assert compare(measure, left, right).flagged is expected


def test_asymmetry_rounds_halves_up_as_people_do() -> None:
    # LSI 18.75 %: asymmetry 81.25 %, shown as 81.3 % (not 81.2 by rounding to even).
    assert compare("reps", 3, 16).value == 81.3


@given(measure_and_pair())
def test_the_flag_and_the_threshold_in_the_charts_unit_tell_one_story(
    case: tuple[Measure, float, float],
) -> None:
    # The chart's band is drawn at the rule's threshold in the rule's unit: a result is
    # flagged exactly when its asymmetry reaches it (drift also when a knee drifts markedly).
    measure, left, right = case
    result = compare(measure, left, right)
    marked = measure.id == "drift" and max(left, right) == 2
    assert result.flagged is (result.rule.is_over(result.value) or marked)


# --- angles measured on a photo ---------------------------------------------------------------


@pytest.mark.parametrize("measure_id", ["shin_angle", "thigh_angle", "knee_angle"])
def test_an_angle_difference_of_5_degrees_is_flagged_4_9_is_not(measure_id: str) -> None:
    assert compare(measure_id, 20.0, 25.0).flagged
    assert compare(measure_id, 25.0, 20.0).flagged
    assert not compare(measure_id, 20.0, 24.9).flagged
    assert compare(measure_id, 20.0, 24.9).value == 4.9
    assert compare(measure_id, 12.3, 18.4).value == 6.1


def test_the_shorter_shin_angle_and_the_larger_knee_angle_are_worse() -> None:
    assert compare("shin_angle", 30.5, 41.0).worse_side is Side.LEFT
    assert compare("thigh_angle", 10.0, -2.5).worse_side is Side.RIGHT
    assert compare("thigh_angle", 10.0, -2.5).value == 12.5
    assert compare("knee_angle", 2.0, 9.0).worse_side is Side.RIGHT


def test_a_shin_under_36_5_degrees_is_pointed_out_on_its_own() -> None:
    from kneeapp.domain.asymmetry import below_side_threshold

    assert below_side_threshold("shin_angle", 36.4)
    assert not below_side_threshold("shin_angle", 36.5)
    assert not below_side_threshold("thigh_angle", 10.0)
    assert not below_side_threshold("range", 1)
    # Pointed out whatever the other side shows: not a flag of asymmetry.
    assert not compare("shin_angle", 33.0, 35.0).flagged
