"""Angles from marked points: shin, thigh and knee, against the photo's vertical or a
marked (tilted) one, their precision warnings, and the mean and spread of a side."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneeapp.domain.angles import (
    AngleKind,
    Facing,
    Landmark,
    PhotoMarks,
    Point,
    Problem,
    Reference,
    describe,
    measure,
    summarize,
)

W, H = 3000, 4000  # a 12-megapixel portrait photo


def at(origin: Point, length: float, degrees_from_up: float) -> Point:
    """The point ``length`` px from ``origin``, ``degrees_from_up`` clockwise from up."""
    rad = math.radians(degrees_from_up)
    return Point(origin.x + length * math.sin(rad), origin.y - length * math.cos(rad))


def shin(angle: float, *, reference: Reference | None = None, length: float = 1200) -> PhotoMarks:
    ankle = Point(1500, 3500)
    return PhotoMarks(
        AngleKind.SHIN,
        {Landmark.ANKLE: ankle, Landmark.KNEE: at(ankle, length, angle)},
        W,
        H,
        reference or Reference(),
    )


def problems(marks: PhotoMarks) -> set[Problem]:
    return {warning.problem for warning in measure(marks).warnings}


def test_an_upright_shin_is_zero_degrees() -> None:
    assert measure(shin(0)).value == 0


@pytest.mark.parametrize("angle", [12.5, 36.5, 45, 70])
def test_shin_angle_to_the_photos_vertical_either_way_it_leans(angle: float) -> None:
    assert measure(shin(angle)).value == pytest.approx(angle, abs=1e-3)
    assert measure(shin(-angle)).value == pytest.approx(angle, abs=1e-3)


def test_shin_angle_against_a_tilted_reference_line() -> None:
    # The phone was tilted 7°: the door frame leans 7° in the photo, and so does the shin.
    frame_bottom = Point(400, 3800)
    frame = Reference((at(frame_bottom, 3000, 7), frame_bottom))
    marks = shin(40 + 7, reference=frame)
    assert measure(marks).value == pytest.approx(40, abs=1e-3)
    assert measure(shin(47)).value == pytest.approx(47, abs=1e-3)  # the photo's vertical


def test_the_order_the_reference_ends_are_marked_in_does_not_matter() -> None:
    bottom = Point(400, 3800)
    top = at(bottom, 3000, -4)
    one = measure(shin(30, reference=Reference((top, bottom)))).value
    other = measure(shin(30, reference=Reference((bottom, top)))).value
    assert one == other == pytest.approx(34, abs=1e-3)


def test_thigh_angle_is_positive_when_the_hip_is_ahead_of_the_knee() -> None:
    knee = Point(1500, 3600)
    ahead_right = at(knee, 900, 15)  # faces right, hip forward of the knee: extension
    marks = PhotoMarks(AngleKind.THIGH, {Landmark.KNEE: knee, Landmark.HIP: ahead_right}, W, H)
    assert measure(marks).value == pytest.approx(15, abs=1e-3)
    facing_left = PhotoMarks(
        AngleKind.THIGH,
        {Landmark.KNEE: knee, Landmark.HIP: ahead_right},
        W,
        H,
        facing=Facing.LEFT,
    )
    assert measure(facing_left).value == pytest.approx(-15, abs=1e-3)


def test_thigh_angle_against_a_tilted_reference() -> None:
    knee = Point(1500, 3600)
    post_bottom = Point(2800, 3900)
    post = Reference((post_bottom, at(post_bottom, 2500, -10)))  # phone turned 10° the other way
    marks = PhotoMarks(
        AngleKind.THIGH,
        {Landmark.KNEE: knee, Landmark.HIP: at(knee, 900, 20 - 10)},
        W,
        H,
        post,
        Facing.RIGHT,
    )
    assert measure(marks).value == pytest.approx(20, abs=1e-3)


@pytest.mark.parametrize("deficit", [0, 5, 12.3, 30])
def test_knee_angle_is_the_deficit_from_straight_whatever_the_vertical(deficit: float) -> None:
    knee = Point(1500, 2000)
    hip = at(knee, 1000, -80)
    ankle = at(knee, 1000, -80 + 180 - deficit)
    for reference in (Reference(), Reference((Point(0, 0), Point(300, 4000)))):
        marks = PhotoMarks(
            AngleKind.KNEE,
            {Landmark.HIP: hip, Landmark.KNEE: knee, Landmark.ANKLE: ankle},
            W,
            H,
            reference,
        )
        assert measure(marks).value == pytest.approx(deficit, abs=1e-3)


def test_points_close_together_are_pointed_out_with_their_names() -> None:
    assert Problem.TOO_CLOSE not in problems(shin(30, length=1200))
    close = measure(shin(30, length=200))
    assert close.value == pytest.approx(30, abs=1e-3)  # still measured, but warned about
    [warning] = close.warnings
    assert warning.problem is Problem.TOO_CLOSE
    text = describe(warning)
    assert "ankle" in text and "knee" in text and "too close" in text


def test_the_same_point_twice_gives_no_angle() -> None:
    result = measure(shin(30, length=0))
    assert result.value is None
    assert [w.problem for w in result.warnings] == [Problem.SAME_POINT]
    same = Point(5, 5)
    assert measure(shin(30, reference=Reference((same, same)))).value is None


def test_a_short_or_leaning_reference_line_is_pointed_out() -> None:
    bottom = Point(400, 3800)
    assert problems(shin(30, reference=Reference((bottom, at(bottom, 100, 0))))) == {
        Problem.REFERENCE_TOO_SHORT
    }
    assert problems(shin(30, reference=Reference((bottom, at(bottom, 2000, 35))))) == {
        Problem.REFERENCE_LEANS
    }


def test_an_angle_outside_the_checks_range_is_pointed_out() -> None:
    assert Problem.OUT_OF_RANGE in problems(shin(85))
    assert Problem.OUT_OF_RANGE not in problems(shin(80))


def test_marks_survive_a_round_trip_through_their_stored_form() -> None:
    marks = PhotoMarks(
        AngleKind.THIGH,
        {Landmark.KNEE: Point(1, 2.5), Landmark.HIP: Point(3, 400)},
        W,
        H,
        Reference((Point(10, 20), Point(30, 3000))),
        Facing.LEFT,
    )
    assert PhotoMarks.from_dict(marks.to_dict()) == marks
    upright = shin(10)
    assert PhotoMarks.from_dict(upright.to_dict()) == upright


def test_mean_and_spread_of_up_to_three_photos() -> None:
    assert summarize([]) is None
    one = summarize([38.26])
    assert one is not None and (one.mean, one.spread, one.count) == (38.3, 0, 1)
    three = summarize([36.0, 38.0, 41.0])
    assert three is not None and (three.mean, three.spread, three.count) == (38.3, 5.0, 3)
    with pytest.raises(ValueError):
        summarize([1.0, 2.0, 3.0, 4.0])


def test_mean_rounds_halves_up() -> None:
    summary = summarize([10.0, 10.1])  # 10.05
    assert summary is not None and summary.mean == 10.1


angles = st.floats(min_value=-79, max_value=79, allow_nan=False)
tilts = st.floats(min_value=-15, max_value=15, allow_nan=False)
lengths = st.floats(min_value=50, max_value=3000, allow_nan=False)


@given(angle=angles, tilt=tilts, length=lengths, flip=st.booleans())
def test_a_photo_turned_with_its_reference_gives_the_same_shin_angle(
    angle: float, tilt: float, length: float, flip: bool
) -> None:
    # Turning the whole scene (leg and door frame together) never changes the angle.
    bottom = Point(200, 3900)
    top = at(bottom, 3500, tilt)
    line = (bottom, top) if flip else (top, bottom)
    value = measure(shin(angle + tilt, reference=Reference(line), length=length)).value
    assert value == pytest.approx(abs(angle), abs=1e-2)


@given(angle=angles, length=lengths)
def test_the_possible_error_grows_as_the_points_come_closer(angle: float, length: float) -> None:
    near = measure(shin(angle, length=length)).possible_error
    far = measure(shin(angle, length=length * 2)).possible_error
    assert near is not None and far is not None and near >= far
