"""The report's clinical summary: third person, clinical terms, only what the numbers say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kneeapp.domain.clinical_summary import clinical_summary, measure_sentence
from kneeapp.domain.trends import Series, SeriesPoint

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _series(
    check_id: str, measure_id: str, pairs: list[tuple[float | None, float | None]]
) -> Series:
    return Series(
        check_id,
        measure_id,
        tuple(
            SeriesPoint((START + timedelta(days=7 * i)).timestamp(), left, right)
            for i, (left, right) in enumerate(pairs)
        ),
    )


def test_a_side_worse_in_most_sessions_is_named_with_its_latest_values() -> None:
    knee_to_wall = _series("ankle_step", "knee_to_wall", [(6, 11)] * 7 + [(11, 11), (6.5, 11)])
    text = measure_sentence(Series.compared("ankle_step", "knee_to_wall", knee_to_wall.points))
    assert text == (
        "Ankle dorsiflexion (Step test, knee-to-wall distance): left side worse in 7 of the "
        "last 8 sessions with both sides rated; latest 6.5 cm against 11 cm, a difference of "
        "4.5\u00a0cm (pointed out from more than 1.5\u00a0cm)."
    )


def test_checks_without_a_difference_are_listed_and_missing_sides_are_not_compared() -> None:
    series = [
        _series("ankle_step", "range", [(4, 7), (4, 7)]),
        _series("knee_extension", "range", [(8, 8), (7, 8)]),
        _series("single_leg_bridge", "reps", [(None, 20)]),
    ]
    text = clinical_summary(series, None)
    assert text.startswith("Ankle dorsiflexion (Step test, range): left side worse in 2 of")
    assert "No left/right difference pointed out recently in: knee straightening." in text
    assert "bridge" not in text  # one side only: nothing compared, nothing claimed


def test_a_single_session_and_a_side_that_changes() -> None:
    one = _series("single_leg_squat", "drift", [(0, 2)])
    assert "right side worse in the one session compared" in clinical_summary([one], None)
    both = _series("ankle_step", "pain", [(5, 1), (1, 5), (6, 2)])
    text = clinical_summary([both], None)
    assert text.startswith("Pain (Step test, pain): left side worse in 2 of the last 3")
    assert "the right in 1" in text


def test_nothing_compared_says_so() -> None:
    text = clinical_summary([_series("ankle_step", "range", [])], None)
    assert text == "No session yet with both sides of a check rated, so no side is compared."
