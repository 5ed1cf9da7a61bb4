"""Value validation: what each measure accepts, and the messages when it does not."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneeapp.domain.measures import KNEE_TO_WALL, MEASURES, PAIN, RANGE, REPS, Measure
from kneeapp.domain.validation import (
    ValidationError,
    format_number,
    parse_value,
    validate_value,
)

ALL_MEASURES = list(MEASURES.values())


@pytest.mark.parametrize("measure", ALL_MEASURES, ids=lambda m: m.id)
@pytest.mark.parametrize("offset", [-1, 1])
def test_values_just_outside_the_range_are_refused(measure: Measure, offset: int) -> None:
    value = measure.minimum - measure.step if offset < 0 else measure.maximum + measure.step
    with pytest.raises(ValidationError, match=measure.label):
        validate_value(measure, value)


@pytest.mark.parametrize("measure", ALL_MEASURES, ids=lambda m: m.id)
def test_range_limits_themselves_are_accepted(measure: Measure) -> None:
    assert validate_value(measure, measure.minimum) == measure.minimum
    assert validate_value(measure, measure.maximum) == measure.maximum


def test_out_of_range_message_states_the_limits_and_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_value(RANGE, 11)
    message = str(caught.value)
    assert "range" in message
    assert "0" in message and "10" in message and "11" in message


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("measure", ALL_MEASURES, ids=lambda m: m.id)
def test_nan_and_infinities_are_refused(measure: Measure, bad: float) -> None:
    with pytest.raises(ValidationError, match=measure.label):
        validate_value(measure, bad)


@pytest.mark.parametrize("bad", [True, False])
def test_booleans_are_refused_although_they_are_ints(bad: bool) -> None:
    with pytest.raises(ValidationError, match="pain"):
        validate_value(PAIN, bad)


@pytest.mark.parametrize("bad", ["5", "", None, [5], Fraction(1, 2), object()])
def test_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises(ValidationError, match="repetitions"):
        validate_value(REPS, bad)


def test_huge_integers_are_refused_with_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="range"):
        validate_value(RANGE, 10**400)


@pytest.mark.parametrize(
    ("measure", "value"),
    [(KNEE_TO_WALL, 7.3), (KNEE_TO_WALL, 0.25), (RANGE, 5.5), (PAIN, 0.5), (REPS, 12.5)],
)
def test_off_grid_values_are_refused_naming_the_measure_and_step(
    measure: Measure, value: float
) -> None:
    with pytest.raises(ValidationError, match=measure.label) as caught:
        validate_value(measure, value)
    assert "steps of" in str(caught.value)
    assert format_number(measure.step) in str(caught.value)


def test_half_centimetres_are_accepted_for_knee_to_wall() -> None:
    assert validate_value(KNEE_TO_WALL, 7.5) == 7.5
    assert validate_value(KNEE_TO_WALL, 12) == 12.0


def test_validate_value_returns_a_float() -> None:
    result = validate_value(REPS, 12)
    assert isinstance(result, float)
    assert result == 12.0


def test_a_value_within_rounding_noise_of_the_grid_comes_back_on_the_grid() -> None:
    # A value accepted as "on the grid" must not keep its noise: compare() would
    # otherwise call one of two visually equal sides worse.
    assert validate_value(RANGE, 5.0000000001) == 5.0
    assert validate_value(KNEE_TO_WALL, 7.4999999999) == 7.5


def test_validation_error_is_a_value_error() -> None:
    assert issubclass(ValidationError, ValueError)


# --- parse_value ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), [("7", 7.0), ("  7.5 ", 7.5), ("\t12\n", 12.0), ("0", 0.0)]
)
def test_parse_value_accepts_numbers_with_surrounding_whitespace(
    text: str, expected: float
) -> None:
    assert parse_value(KNEE_TO_WALL, text) == expected


@pytest.mark.parametrize("text", ["", "   ", "seven", "7cm", "7,5", "--1", "None"])
def test_parse_value_refuses_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(ValidationError, match="knee-to-wall distance"):
        parse_value(KNEE_TO_WALL, text)


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e400", "26", "-0.5", "7.3"])
def test_parse_value_refuses_numbers_the_measure_cannot_take(text: str) -> None:
    with pytest.raises(ValidationError, match="knee-to-wall distance"):
        parse_value(KNEE_TO_WALL, text)


def test_format_number_drops_a_trailing_zero() -> None:
    assert format_number(12.0) == "12"
    assert format_number(7.5) == "7.5"


# --- properties -----------------------------------------------------------------------------


def on_grid(measure: Measure, value: float) -> bool:
    if float(measure.step * 2).is_integer():  # whole and half steps are exact in binary
        steps = Fraction(value) - Fraction(measure.minimum)
        return (steps / Fraction(measure.step)).denominator == 1
    # Tenths (angles) are not: a value is on the grid within rounding noise.
    count = (Fraction(value) - Fraction(measure.minimum)) / Fraction(str(measure.step))
    return abs(count - round(count)) <= Fraction(1, 10**9)


@given(
    st.sampled_from(ALL_MEASURES),
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=10),
        st.binary(max_size=5),
        st.lists(st.integers(), max_size=2),
        st.fractions(),
        st.decimals(),
        st.complex_numbers(),
    ),
)
def test_validate_value_raises_only_validation_error(measure: Measure, value: object) -> None:
    try:
        result = validate_value(measure, value)
    except ValidationError as error:
        assert measure.label in str(error)
    else:
        assert isinstance(result, float)
        assert measure.minimum <= result <= measure.maximum
        assert on_grid(measure, result)


@given(st.sampled_from(ALL_MEASURES), st.floats(allow_nan=False, allow_infinity=False))
def test_validate_value_accepts_the_on_grid_values_in_range_and_refuses_the_rest(
    measure: Measure, value: float
) -> None:
    in_range = measure.minimum <= value <= measure.maximum
    steps = (value - measure.minimum) / measure.step if in_range else 0.5
    clearly_off_grid = abs(steps - round(steps)) > 1e-6
    try:
        result = validate_value(measure, value)
    except ValidationError:
        assert not (in_range and on_grid(measure, value)), value
    else:
        assert in_range and not clearly_off_grid, value
        assert on_grid(measure, result)
        if on_grid(measure, value):
            assert result == round(value, 6)


@given(st.sampled_from(ALL_MEASURES), st.integers(-1000, 1000), st.floats(1e-4, 0.9999))
def test_values_between_grid_points_are_refused(
    measure: Measure, index: int, fraction: float
) -> None:
    value = measure.minimum + (index + fraction) * measure.step
    if on_grid(measure, value):
        return
    with pytest.raises(ValidationError, match=measure.label):
        validate_value(measure, value)


@st.composite
def measure_and_grid_value(draw: st.DrawFn) -> tuple[Measure, float]:
    measure = draw(st.sampled_from(ALL_MEASURES))
    count = round((measure.maximum - measure.minimum) / measure.step)
    return measure, round(measure.minimum + draw(st.integers(0, count)) * measure.step, 6)


@given(measure_and_grid_value())
def test_every_grid_value_is_accepted_and_round_trips_through_text(
    case: tuple[Measure, float],
) -> None:
    measure, value = case
    assert validate_value(measure, value) == value
    assert parse_value(measure, format_number(value)) == value
    assert parse_value(measure, f"  {value!r} ") == value
