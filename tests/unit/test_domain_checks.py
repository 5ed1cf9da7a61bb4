"""The check catalog against the table in DESIGN.md section 1."""

from __future__ import annotations

import pytest

from kneeapp.domain.checks import (
    CATALOG,
    CHECKS,
    CORE_CHECK_IDS,
    END_CUES,
    STOP_RULE,
    describe_value,
)
from kneeapp.domain.measures import MEASURES

DESIGN_CHECKS = (
    "ankle_step",
    "kneeling_lunge",
    "knee_extension",
    "single_leg_squat",
    "single_leg_bridge",
)

DESIGN_MEASURES = {
    "ankle_step": ("range", "pain", "knee_to_wall", "shin_angle"),
    "kneeling_lunge": ("range", "pain", "thigh_angle"),
    "knee_extension": ("range", "pain", "knee_angle"),
    "single_leg_squat": ("drift", "pain"),
    "single_leg_bridge": ("reps", "pain"),
}


def test_catalog_has_the_five_design_checks_in_order() -> None:
    assert tuple(check.id for check in CATALOG) == DESIGN_CHECKS
    assert tuple(CHECKS) == DESIGN_CHECKS


def test_the_core_checks_are_the_step_test_and_the_kneeling_lunge() -> None:
    assert CORE_CHECK_IDS == ("ankle_step", "kneeling_lunge")


@pytest.mark.parametrize("check_id", DESIGN_CHECKS)
def test_each_check_records_exactly_the_design_measures(check_id: str) -> None:
    check = CHECKS[check_id]
    assert check.measure_ids == DESIGN_MEASURES[check_id]
    for check_measure in check.measures:
        assert check_measure.measure is MEASURES[check_measure.id]


@pytest.mark.parametrize("check_id", DESIGN_CHECKS)
def test_only_knee_to_wall_and_the_photo_angles_are_optional(check_id: str) -> None:
    optional = {m.id for m in CHECKS[check_id].measures if m.optional}
    assert optional == {
        "ankle_step": {"knee_to_wall", "shin_angle"},
        "kneeling_lunge": {"thigh_angle"},
        "knee_extension": {"knee_angle"},
    }.get(check_id, set())


@pytest.mark.parametrize("check_id", DESIGN_CHECKS)
def test_each_check_has_steps_an_illustration_and_words(check_id: str) -> None:
    check = CHECKS[check_id]
    assert len(check.steps) >= 3
    assert all(step.strip() for step in check.steps)
    assert check.illustration.endswith(".svg")
    assert check.illustration == f"{check_id}.svg"
    for text in (check.title, check.name, check.target, check.joint, check.purpose):
        assert text.strip()
    assert check.name == check.name.lower()
    for check_measure in check.measures:
        assert check_measure.question.strip()
        assert check_measure.low_anchor.strip()
        assert check_measure.high_anchor.strip()


@pytest.mark.parametrize("check_id", CORE_CHECK_IDS)
def test_the_core_checks_include_the_overpressure_cue(check_id: str) -> None:
    steps = CHECKS[check_id].steps
    [cue] = [step for step in steps if step in END_CUES]
    assert "a little further" in cue
    # The cue comes after the movement and before rating it.
    assert 0 < steps.index(cue) < len(steps) - 1


def test_each_check_has_its_own_end_cue_and_pain_question() -> None:
    """A lunge is not pressed and a bridge is not pushed further: each check words the
    end of its range, and the pain at that moment, for what the person does there."""
    cues = [next(step for step in check.steps if step in END_CUES) for check in CATALOG]
    assert len(set(cues)) == len(CATALOG)
    pains = [check.measure("pain").question for check in CATALOG]
    assert len(set(pains)) == len(CATALOG)
    assert not any("press a little further" in text for text in cues + pains)
    assert "shift" in CHECKS["kneeling_lunge"].measure("pain").question


@pytest.mark.parametrize("check_id", DESIGN_CHECKS)
def test_each_check_leads_with_plain_words_and_says_which_leg(check_id: str) -> None:
    check = CHECKS[check_id]
    assert check.plain_target.strip() and check.plain_target != check.target
    assert check.tested_leg.strip()
    # The steps say which leg is the side being checked.
    assert any("side you are checking" in step for step in check.steps)


def test_the_kneeling_lunge_says_the_back_leg_is_the_side() -> None:
    lunge = CHECKS["kneeling_lunge"]
    assert "back leg" in lunge.tested_leg and "left knee" in lunge.tested_leg
    assert any("back leg" in step for step in lunge.steps)


@pytest.mark.parametrize(
    ("check_id", "joint", "target"),
    [
        ("ankle_step", "ankle", "ankle dorsiflexion"),
        ("kneeling_lunge", "hip", "hip extension"),
        ("knee_extension", "knee", "knee extension"),
        ("single_leg_squat", "knee", "knee control"),
        ("single_leg_bridge", "hip", "hip extensor strength"),
    ],
)
def test_each_check_targets_the_design_joint(check_id: str, joint: str, target: str) -> None:
    assert CHECKS[check_id].joint == joint
    assert CHECKS[check_id].target == target


def test_check_measure_lookup_refuses_a_measure_the_check_does_not_record() -> None:
    with pytest.raises(KeyError, match="kneeling lunge has no measure 'reps'"):
        CHECKS["kneeling_lunge"].measure("reps")


def test_step_test_range_anchors_match_the_design() -> None:
    range_measure = CHECKS["ankle_step"].measure("range")
    assert range_measure.low_anchor == "shin barely moves"
    assert range_measure.high_anchor == "shin over the toes"


def test_stop_rule_mentions_sharp_pain() -> None:
    assert "sharp pain" in STOP_RULE


@pytest.mark.parametrize(
    ("measure_id", "value", "words"),
    [
        ("pain", 0, "no pain"),
        ("pain", 3, "mild pain"),
        ("pain", 4, "moderate pain"),
        ("pain", 7, "severe pain"),
        ("range", 0, "shin barely moves"),
        ("range", 10, "shin over the toes"),
        ("range", 4, "limited"),
        ("range", 7, "partway"),
        ("range", 8, "nearly all the way"),
        ("knee_to_wall", 7.5, "7.5 cm"),
    ],
)
def test_describe_value_in_words(measure_id: str, value: float, words: str) -> None:
    assert describe_value(CHECKS["ankle_step"].measure(measure_id), value) == words


def test_describe_value_for_drift_and_reps() -> None:
    drift = CHECKS["single_leg_squat"].measure("drift")
    reps = CHECKS["single_leg_bridge"].measure("reps")
    assert [describe_value(drift, v) for v in (0, 1, 2)] == ["none", "slight", "marked"]
    assert describe_value(reps, 1) == "1 repetition"
    assert describe_value(reps, 12) == "12 repetitions"
