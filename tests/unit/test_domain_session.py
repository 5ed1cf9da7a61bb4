"""Building sessions and readings: what can and cannot have been recorded."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.red_flags import RED_FLAG_IDS
from kneeapp.domain.session import (
    NOTE_MAX_LENGTH,
    Reading,
    Session,
    Skip,
    build_session,
    new_session_uid,
    validate_reading,
    validate_uid,
)
from kneeapp.domain.validation import ValidationError

UID = "3f2b6c1e-8a4d-4e2f-9b1a-0c5d7e9f1a2b"
WHEN = datetime(2024, 5, 6, 9, 30, tzinfo=timezone(timedelta(hours=2)))

ANKLE = (
    Reading("ankle_step", "range", 6, 9),
    Reading("ankle_step", "pain", 1, 0),
)
LUNGE = (
    Reading("kneeling_lunge", "range", 7, 7),
    Reading("kneeling_lunge", "pain", 0, 3),
)


def make(**overrides: Any) -> Session:
    arguments: dict[str, Any] = {
        "uid": UID,
        "profile": "anna",
        "recorded_at": WHEN,
        "readings": ANKLE,
    }
    arguments.update(overrides)
    return build_session(**arguments)


def test_build_session_keeps_its_fields() -> None:
    session = build_session(
        uid=UID,
        profile="  anna ",
        recorded_at=WHEN,
        readings=ANKLE + LUNGE,
        note="after a 10 km run",
        red_flags={"hot_swollen": False},
    )
    assert session.uid == UID
    assert session.profile == "anna"
    assert session.readings == ANKLE + LUNGE
    assert session.note == "after a 10 km run"
    assert dict(session.red_flags) == {"hot_swollen": False}


@pytest.fixture
def non_utc_local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the machine's local zone differ from UTC, so "local" cannot pass as UTC."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("non_utc_local_zone")
def test_build_session_stores_recorded_at_in_utc() -> None:
    session = build_session(uid=UID, profile="anna", recorded_at=WHEN, readings=ANKLE)
    assert session.recorded_at.utcoffset() == timedelta(0)
    assert session.recorded_at == WHEN
    assert session.recorded_at.hour == 7


def test_build_session_converts_a_named_time_zone_to_utc() -> None:
    local = datetime(2024, 1, 15, 18, 0, tzinfo=ZoneInfo("America/New_York"))
    session = build_session(uid=UID, profile="anna", recorded_at=local, readings=ANKLE)
    assert session.recorded_at == datetime(2024, 1, 15, 23, 0, tzinfo=UTC)
    assert session.recorded_at.tzinfo == UTC


def test_build_session_rejects_a_naive_datetime() -> None:
    with pytest.raises(ValidationError, match="UTC offset"):
        make(recorded_at=datetime(2024, 5, 6, 9, 30))


@pytest.mark.parametrize("profile", ["", "   ", "\t\n"])
def test_build_session_rejects_an_empty_profile(profile: str) -> None:
    with pytest.raises(ValidationError, match="profile"):
        make(profile=profile)


@pytest.mark.parametrize(
    "readings",
    [
        (),
        (Reading("ankle_step", "range", None, None),),
        (Reading("ankle_step", "range", None, None, Skip.TOO_PAINFUL, Skip.COULD_NOT),),
    ],
)
def test_build_session_rejects_a_session_with_nothing_rated(
    readings: tuple[Reading, ...],
) -> None:
    with pytest.raises(ValidationError, match="at least one rated value"):
        make(readings=readings)


def test_a_skipped_side_cannot_also_have_a_value() -> None:
    with pytest.raises(ValidationError, match="skipped, yet it has a value"):
        make(readings=(Reading("ankle_step", "range", 4, 5, Skip.NOT_DONE, None),))


def test_an_unknown_skip_reason_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a reason for skipping"):
        make(readings=(Reading("ankle_step", "range", 4, None, None, "tired"),))  # type: ignore[arg-type]


def test_build_session_rejects_the_same_check_and_measure_twice() -> None:
    readings = (*ANKLE, Reading("ankle_step", "range", 5, 5))
    with pytest.raises(ValidationError, match="step test range is recorded twice"):
        make(readings=readings)


def test_the_same_measure_in_two_checks_is_not_a_duplicate() -> None:
    session = make(readings=ANKLE + LUNGE)
    assert len(session.readings) == 4


@pytest.mark.parametrize(
    "readings",
    [
        (Reading("ankle_step", "range", 5, 5),),
        (Reading("ankle_step", "pain", 0, None),),
        (Reading("single_leg_bridge", "pain", None, 3),),
        (*ANKLE, Reading("kneeling_lunge", "range", 5, None, None, Skip.TOO_PAINFUL)),
    ],
)
def test_a_partial_session_is_kept_as_far_as_it_went(readings: tuple[Reading, ...]) -> None:
    assert make(readings=readings).readings == readings


def test_readings_with_neither_side_rated_nor_skipped_are_left_out() -> None:
    session = make(readings=(*ANKLE, Reading("kneeling_lunge", "range", None, None)))
    assert session.readings == ANKLE


def test_optional_knee_to_wall_may_be_missing_or_present() -> None:
    without = make(readings=ANKLE)
    with_distance = make(readings=(*ANKLE, Reading("ankle_step", "knee_to_wall", 8, 11.5)))
    assert len(without.readings) == 2
    assert len(with_distance.readings) == 3


def test_build_session_rejects_unknown_red_flag_ids() -> None:
    with pytest.raises(ValidationError, match="knee_on_fire"):
        make(red_flags={"hot_swollen": False, "knee_on_fire": True})


def test_build_session_accepts_all_known_red_flags() -> None:
    answers = dict.fromkeys(RED_FLAG_IDS, False)
    assert dict(make(red_flags=answers).red_flags) == answers


@pytest.mark.parametrize("uid", ["", "not-a-uuid", "1234", "3f2b6c1e-8a4d-4e2f-9b1a-0c5d7e9f1a2"])
def test_build_session_rejects_a_bad_uuid(uid: str) -> None:
    with pytest.raises(ValidationError, match="session id"):
        make(uid=uid)


def test_build_session_normalises_the_uuid_spelling() -> None:
    session = make(uid=UID.upper())
    assert session.uid == UID


def test_build_session_rejects_a_too_long_note_and_accepts_the_limit() -> None:
    assert make(note="x" * NOTE_MAX_LENGTH).note == "x" * NOTE_MAX_LENGTH
    with pytest.raises(ValidationError, match="note is too long"):
        make(note="x" * (NOTE_MAX_LENGTH + 1))


def test_new_session_uids_are_valid_and_distinct() -> None:
    first, second = new_session_uid(), new_session_uid()
    assert first != second
    assert validate_uid(first) == first


def test_session_lists_checks_in_catalog_order_and_flagged_readings() -> None:
    session = make(readings=LUNGE + ANKLE)
    assert session.check_ids == ("ankle_step", "kneeling_lunge")
    assert session.readings_for("kneeling_lunge") == LUNGE
    # 6 vs 9 range (3 points) and 0 vs 3 lunge pain are flagged; the rest are not.
    flagged = session.flagged_readings
    assert flagged == (LUNGE[1], ANKLE[0])


def test_reading_value_returns_the_requested_side() -> None:
    reading = Reading("ankle_step", "range", 6, 9)
    assert reading.value(Side.LEFT) == 6
    assert reading.value(Side.RIGHT) == 9
    assert reading.asymmetry.worse_side is Side.LEFT


# --- validate_reading -----------------------------------------------------------------------


def test_validate_reading_returns_a_reading_of_floats() -> None:
    reading = validate_reading("ankle_step", "knee_to_wall", 8, 11.5)
    assert reading == Reading("ankle_step", "knee_to_wall", 8.0, 11.5)
    assert isinstance(reading.left, float)


def test_validate_reading_rejects_an_unknown_check() -> None:
    with pytest.raises(ValidationError, match="'hamstring_stretch' is not a check"):
        validate_reading("hamstring_stretch", "range", 5, 5)


@pytest.mark.parametrize(
    ("check_id", "measure_id", "message"),
    [
        ("kneeling_lunge", "knee_to_wall", "kneeling lunge does not record 'knee_to_wall'"),
        ("single_leg_squat", "range", "single-leg squat does not record 'range'"),
        ("ankle_step", "reps", "step test does not record 'reps'"),
        ("single_leg_bridge", "drift", "single-leg bridge does not record 'drift'"),
    ],
)
def test_validate_reading_rejects_a_measure_the_check_does_not_record(
    check_id: str, measure_id: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_reading(check_id, measure_id, 0, 0)


def test_validate_reading_names_the_side_with_the_bad_value() -> None:
    with pytest.raises(ValidationError, match=r"^Left side: The range must be between"):
        validate_reading("ankle_step", "range", 11, 5)
    with pytest.raises(ValidationError, match=r"^Right side: The knee-to-wall distance goes in"):
        validate_reading("ankle_step", "knee_to_wall", 5, 7.3)
    with pytest.raises(ValidationError, match=r"^Right side:"):
        validate_reading("single_leg_squat", "drift", 0, 3)
