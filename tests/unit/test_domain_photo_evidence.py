"""A side's photo angle in the session: its value is the mean of its photos, its marks go
with it into the draft and the saved session, and the rules word it in degrees."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kneeapp.domain.angles import AngleKind, Landmark, PhotoMarks, Point
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.drafts import draft_from_json, draft_to_json
from kneeapp.domain.observations import live_line, observation
from kneeapp.domain.photo_evidence import PhotoEvidence
from kneeapp.domain.session import Reading, Skip, build_session, new_session_uid
from kneeapp.domain.validation import ValidationError

WHEN = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)


def shin(side: Side, *knee_xs: float) -> PhotoEvidence:
    """Shin photos with the ankle at (1000, 2000) and the knee 1000 px above, leaning to
    ``knee_x``: the angle is atan((knee_x - 1000) / 1000)."""
    photos = tuple(
        PhotoMarks(
            AngleKind.SHIN,
            {Landmark.ANKLE: Point(1000, 2000), Landmark.KNEE: Point(x, 1000)},
            3000,
            4000,
        )
        for x in knee_xs
    )
    return PhotoEvidence("ankle_step", "shin_angle", side, photos, "0.1.0")


def test_the_mean_of_the_photos_is_the_sides_value_and_the_marks_go_with_it() -> None:
    draft = SessionDraft(["ankle_step"])
    evidence = shin(Side.LEFT, 1700, 1750)  # 35.0° and 36.87°
    assert draft.set_photos(evidence, ["/photos/a.jpg", None]) == 35.9
    assert draft.value("ankle_step", "shin_angle", Side.LEFT) == 35.9
    assert draft.photos("ankle_step", "shin_angle", Side.LEFT) == evidence
    draft.set_value("ankle_step", "range", Side.LEFT, 5)
    files = {"/photos/a.jpg": b"jpeg bytes"}
    session = draft.to_session("anna", WHEN, read_photo=files.get)
    assert session.readings[-1] == Reading("ankle_step", "shin_angle", 35.9, None)
    [kept] = session.photos
    assert kept.images == (b"jpeg bytes", None)
    # Without a way to read them, no photo is kept: the marks are.
    assert draft.to_session("anna", WHEN).photos[0].images == ()


def test_taking_back_or_skipping_a_side_drops_its_marks() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_photos(shin(Side.LEFT, 1700))
    draft.set_value("ankle_step", "shin_angle", Side.LEFT, None)
    assert draft.photos("ankle_step", "shin_angle", Side.LEFT) is None
    draft.set_photos(shin(Side.RIGHT, 1700))
    draft.skip_side("ankle_step", Side.RIGHT, Skip.COULD_NOT)
    assert draft.photos("ankle_step", "shin_angle", Side.RIGHT) is None
    assert draft.value("ankle_step", "shin_angle", Side.RIGHT) is None


def test_an_angle_outside_the_measure_is_refused() -> None:
    draft = SessionDraft(["ankle_step"])
    with pytest.raises(ValidationError):
        draft.set_photos(shin(Side.LEFT, 7000))  # 80.5°, over the shin's 80
    assert draft.value("ankle_step", "shin_angle", Side.LEFT) is None


def test_a_kept_draft_brings_back_the_marks_and_the_photos_to_keep() -> None:
    draft = SessionDraft(["ankle_step", "kneeling_lunge"])
    draft.set_photos(shin(Side.RIGHT, 1500, 1520), ["/p/1.jpg", "/p/2.jpg"])
    restored, step = draft_from_json(draft_to_json(draft, 3))
    assert step == 3
    assert restored.value("ankle_step", "shin_angle", Side.RIGHT) == draft.value(
        "ankle_step", "shin_angle", Side.RIGHT
    )
    assert restored.photos("ankle_step", "shin_angle", Side.RIGHT) == draft.photos(
        "ankle_step", "shin_angle", Side.RIGHT
    )
    assert restored.kept_files("ankle_step", "shin_angle", Side.RIGHT) == ("/p/1.jpg", "/p/2.jpg")
    assert restored.values_not_restored == 0


def test_marks_are_kept_only_for_a_side_with_its_angle() -> None:
    with pytest.raises(ValidationError):
        build_session(
            uid=new_session_uid(),
            profile="anna",
            recorded_at=WHEN,
            readings=[Reading("ankle_step", "range", 5, 5)],
            photos=[shin(Side.LEFT, 1700)],
        )


def test_angles_are_worded_in_degrees_and_a_low_shin_is_pointed_out() -> None:
    reading = Reading("ankle_step", "shin_angle", 30.2, 41.0)
    text = observation(reading)
    assert "Your left ankle bent less than your right" in text
    assert "30.2° against 41.0°" in text
    assert "The left shin angle is under 36.5°" in text
    assert "right shin angle is under" not in text
    assert live_line(reading).startswith("Shin angle: left side worse by 10.8°. Worth noting.")
    close = Reading("kneeling_lunge", "thigh_angle", 10.0, 12.5)
    assert "Small difference" in live_line(close)
    assert "under 36.5" not in observation(close)
    one_side = Reading("ankle_step", "shin_angle", 33.0, None)
    assert "under 36.5°" in live_line(one_side)


def test_a_place_that_stands_out_in_two_measures_is_named_once() -> None:
    from kneeapp.domain.observations import headline

    readings = [
        Reading("ankle_step", "range", 7, 5),
        Reading("ankle_step", "shin_angle", 42.0, 33.0),
    ]
    assert headline(readings) == "2 results stand out today: right ankle (step test)."
