"""SessionDraft: the session being entered, and the red-flag screen in front of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CATALOG
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.red_flags import RED_FLAG_IDS, RED_FLAGS, SEE_CLINICIAN, any_red_flag
from kneeapp.domain.session import Reading, Skip
from kneeapp.domain.validation import ValidationError

UID = "0b8e4c3a-1d2f-4a5b-8c6d-7e8f9a0b1c2d"
WHEN = datetime(2024, 5, 6, 7, 30, tzinfo=UTC)
ALL_CHECK_IDS = [check.id for check in CATALOG]


def test_a_new_draft_starts_every_side_of_every_measure_not_rated() -> None:
    draft = SessionDraft(ALL_CHECK_IDS)
    for check in draft.checks:
        for check_measure in check.measures:
            for side in Side:
                assert draft.value(check.id, check_measure.id, side) is None
    assert draft.readings() == ()
    assert draft.has_rated_value is False


def test_a_draft_with_nothing_rated_cannot_become_a_session() -> None:
    draft = SessionDraft(ALL_CHECK_IDS)
    with pytest.raises(ValidationError, match="at least one rated value"):
        draft.to_session("anna", WHEN)


def test_draft_keeps_the_checks_in_the_order_given() -> None:
    draft = SessionDraft(["kneeling_lunge", "ankle_step"])
    assert [check.id for check in draft.checks] == ["kneeling_lunge", "ankle_step"]


def test_a_draft_gets_a_fresh_uid_unless_one_is_given() -> None:
    assert SessionDraft(["ankle_step"]).uid != SessionDraft(["ankle_step"]).uid
    assert SessionDraft(["ankle_step"], uid=UID).uid == UID


def test_set_value_stores_a_valid_value_for_that_side_only() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_value("ankle_step", "range", Side.LEFT, 8)
    assert draft.value("ankle_step", "range", Side.LEFT) == 8
    assert draft.value("ankle_step", "range", Side.RIGHT) is None


@pytest.mark.parametrize(
    ("measure_id", "value"), [("range", 11), ("pain", -1), ("range", 5.5), ("knee_to_wall", 7.3)]
)
def test_set_value_refuses_invalid_values_and_keeps_the_old_one(
    measure_id: str, value: float
) -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_value("ankle_step", measure_id, Side.LEFT, 2)
    before = draft.value("ankle_step", measure_id, Side.LEFT)
    with pytest.raises(ValidationError):
        draft.set_value("ankle_step", measure_id, Side.LEFT, value)
    assert draft.value("ankle_step", measure_id, Side.LEFT) == before


def test_a_rating_can_be_taken_back() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_value("ankle_step", "pain", Side.RIGHT, 3)
    draft.set_value("ankle_step", "pain", Side.RIGHT, None)
    assert draft.value("ankle_step", "pain", Side.RIGHT) is None


def test_an_optional_measure_can_be_emptied_again() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_value("ankle_step", "knee_to_wall", Side.LEFT, 9.5)
    draft.set_value("ankle_step", "knee_to_wall", Side.LEFT, None)
    assert draft.value("ankle_step", "knee_to_wall", Side.LEFT) is None


def test_a_reading_keeps_a_missing_side_missing() -> None:
    draft = SessionDraft(["ankle_step"])
    assert draft.reading("ankle_step", "knee_to_wall").is_empty
    draft.set_value("ankle_step", "knee_to_wall", Side.LEFT, 9.5)
    reading = draft.reading("ankle_step", "knee_to_wall")
    assert reading == Reading("ankle_step", "knee_to_wall", 9.5, None)
    assert reading.asymmetry is None and reading.flagged is False
    assert [r.measure_id for r in draft.readings()] == ["knee_to_wall"]
    draft.set_value("ankle_step", "knee_to_wall", Side.RIGHT, 12)
    assert draft.reading("ankle_step", "knee_to_wall") == Reading(
        "ankle_step", "knee_to_wall", 9.5, 12
    )


def test_readings_follow_the_checks_and_their_measures_in_order() -> None:
    draft = SessionDraft(["single_leg_bridge", "ankle_step"])
    for check_id, measure_id in [
        ("ankle_step", "pain"),
        ("single_leg_bridge", "pain"),
        ("ankle_step", "range"),
        ("single_leg_bridge", "reps"),
    ]:
        draft.set_value(check_id, measure_id, Side.LEFT, 1)
    assert [(r.check_id, r.measure_id) for r in draft.readings()] == [
        ("single_leg_bridge", "reps"),
        ("single_leg_bridge", "pain"),
        ("ankle_step", "range"),
        ("ankle_step", "pain"),
    ]


def test_a_skipped_side_has_its_reason_and_no_value() -> None:
    draft = SessionDraft(["ankle_step", "kneeling_lunge"])
    draft.set_value("kneeling_lunge", "range", Side.LEFT, 4)
    draft.skip_side("kneeling_lunge", Side.LEFT, Skip.TOO_PAINFUL)
    assert draft.value("kneeling_lunge", "range", Side.LEFT) is None  # taken back
    assert draft.reading("kneeling_lunge", "pain") == Reading(
        "kneeling_lunge", "pain", None, None, Skip.TOO_PAINFUL, None
    )
    # Rating the side again un-skips it.
    draft.set_value("kneeling_lunge", "pain", Side.LEFT, 2)
    assert draft.skipped("kneeling_lunge", Side.LEFT) is None


def test_a_check_stopped_for_pain_keeps_what_was_measured() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.set_value("ankle_step", "range", Side.LEFT, 6)
    draft.set_value("ankle_step", "pain", Side.LEFT, 8)
    draft.skip_check("ankle_step", Skip.TOO_PAINFUL, keep_rated=True)
    assert draft.reading("ankle_step", "range") == Reading(
        "ankle_step", "range", 6, None, None, Skip.TOO_PAINFUL
    )
    session = draft.to_session("anna", WHEN)
    assert [r.measure_id for r in session.readings] == [
        "range",
        "pain",
        "knee_to_wall",
        "shin_angle",
    ]
    assert session.readings[2] == Reading(
        "ankle_step", "knee_to_wall", None, None, Skip.TOO_PAINFUL, Skip.TOO_PAINFUL
    )


def test_to_session_round_trips_values_note_and_red_flags() -> None:
    draft = SessionDraft(["ankle_step", "kneeling_lunge"], uid=UID)
    draft.set_value("ankle_step", "range", Side.LEFT, 6)
    draft.set_value("ankle_step", "range", Side.RIGHT, 9)
    draft.set_value("ankle_step", "knee_to_wall", Side.LEFT, 8)
    draft.set_value("ankle_step", "knee_to_wall", Side.RIGHT, 11.5)
    draft.set_value("kneeling_lunge", "pain", Side.RIGHT, 3)
    draft.note = "after intervals"
    draft.red_flags = dict.fromkeys(RED_FLAG_IDS, False)

    session = draft.to_session("  anna ", WHEN)

    assert session.uid == UID
    assert session.profile == "anna"
    assert session.recorded_at == WHEN
    assert session.note == "after intervals"
    assert dict(session.red_flags) == dict.fromkeys(RED_FLAG_IDS, False)
    assert session.readings == draft.readings()
    # Only what was rated: nothing stands in for the sides nobody touched.
    assert session.readings == (
        Reading("ankle_step", "range", 6, 9),
        Reading("ankle_step", "knee_to_wall", 8, 11.5),
        Reading("kneeling_lunge", "pain", None, 3),
    )


def test_to_session_refuses_a_naive_time_like_build_session() -> None:
    draft = SessionDraft(["ankle_step"])
    with pytest.raises(ValidationError):
        draft.to_session("anna", datetime(2024, 5, 6, 7, 30))


# --- red flags -------------------------------------------------------------------------------


def test_red_flag_screen_has_the_six_design_questions() -> None:
    assert len(RED_FLAGS) == 6
    assert len(RED_FLAG_IDS) == 6
    assert all(flag.question.endswith("?") for flag in RED_FLAGS)
    assert "clinician" in SEE_CLINICIAN


def test_red_flags_are_answered_only_when_every_question_is() -> None:
    draft = SessionDraft(["ankle_step"])
    assert draft.red_flags_answered is False
    for flag in RED_FLAGS[:-1]:
        draft.red_flags[flag.id] = False
    assert draft.red_flags_answered is False
    draft.red_flags[RED_FLAGS[-1].id] = False
    assert draft.red_flags_answered is True
    assert draft.stopped_by_red_flag is False


@pytest.mark.parametrize("flag_id", sorted(RED_FLAG_IDS))
def test_any_single_yes_stops_the_self_check(flag_id: str) -> None:
    draft = SessionDraft(["ankle_step"])
    draft.red_flags = dict.fromkeys(RED_FLAG_IDS, False)
    draft.red_flags[flag_id] = True
    assert draft.stopped_by_red_flag is True
    assert any_red_flag(draft.red_flags) is True


def test_a_yes_stops_even_before_every_question_is_answered() -> None:
    draft = SessionDraft(["ankle_step"])
    draft.red_flags["locking_giving_way"] = True
    assert draft.red_flags_answered is False
    assert draft.stopped_by_red_flag is True


def test_any_red_flag_ignores_answers_that_are_not_red_flags() -> None:
    assert any_red_flag({}) is False
    assert any_red_flag(dict.fromkeys(RED_FLAG_IDS, False)) is False
    assert any_red_flag({"not_a_flag": True}) is False
