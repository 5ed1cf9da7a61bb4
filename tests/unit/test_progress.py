"""The start screen's progress headline, from stored series, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kneeapp.domain.progress import progress_headline
from kneeapp.domain.trends import Series, SeriesPoint

FIRST = datetime(2026, 8, 3, 9, 0, tzinfo=UTC)


def series(
    check_id: str, measure_id: str, pairs: list[tuple[float | None, float | None]]
) -> Series:
    points = [
        SeriesPoint((FIRST + timedelta(days=7 * i)).timestamp(), left, right)
        for i, (left, right) in enumerate(pairs)
    ]
    return Series.compared(check_id, measure_id, points)


def test_a_gap_that_closed_is_the_headline() -> None:
    ankle = series("ankle_step", "range", [(3, 6), (3, 6), (5, 6), (6, 6), (7, 7)])
    lunge = series("kneeling_lunge", "range", [(7, 7), (7, 8), (7, 7)])
    assert (
        progress_headline([lunge, ankle])
        == "Left ankle gap down from 3 points to 0 points since 3 August."
    )


def test_the_clearest_narrowing_wins_over_a_smaller_one_and_over_a_widening() -> None:
    ankle = series("ankle_step", "range", [(4, 6), (6, 6)])  # 2 points closed
    lunge = series("kneeling_lunge", "range", [(9, 4), (8, 8)])  # right hip: 5 points closed
    knee = series("knee_extension", "range", [(8, 8), (8, 4)])  # a gap that opened
    assert progress_headline([ankle, lunge, knee]) == (
        "Right hip gap down from 5 points to 0 points since 3 August."
    )


def test_a_gap_that_opened_is_said_when_nothing_closed() -> None:
    bridge = series("single_leg_bridge", "reps", [(20, 20), (20, 20), (12, 20), (10, 20)])
    assert progress_headline([bridge]) == (
        "Left hip gap up from 0.0\u00a0% to 45.0\u00a0% since 3 August."
    )


def test_noise_is_not_progress() -> None:
    """A change under the rule (here 1 point where 2 count) is 'about where they were'."""
    ankle = series("ankle_step", "range", [(5, 6), (6, 6)])
    assert progress_headline([ankle]) == (
        "Your left and right sides are about where they were on 3 August."
    )


@pytest.mark.parametrize(
    "pairs", [[], [(3, 6)], [(3, None), (None, 6), (4, 6)], [(None, None), (2, 8)]]
)
def test_nothing_to_say_before_two_sessions_with_both_sides(
    pairs: list[tuple[float | None, float | None]],
) -> None:
    assert progress_headline([series("ankle_step", "range", pairs)]) == ""


def test_the_year_is_said_when_the_sessions_span_two() -> None:
    points = [
        SeriesPoint(datetime(2025, 11, 2, 9, tzinfo=UTC).timestamp(), 3, 7),
        SeriesPoint(datetime(2026, 1, 5, 9, tzinfo=UTC).timestamp(), 7, 7),
    ]
    headline = progress_headline([Series.compared("ankle_step", "range", points)])
    assert headline == "Left ankle gap down from 4 points to 0 points since 2 November 2025."


def test_in_spanish_through_the_translate_callable() -> None:
    spanish = {
        "{side_joint} gap down from {was} to {now} since {since}.": (
            "la diferencia de tu {side_joint} bajó de {was} a {now} desde el {since}."
        ),
        "left ankle": "tobillo izquierdo",
        "August": "agosto",
        "{day} {month}": "{day} de {month}",
        "%n point(s)": "%n puntos",
    }

    def translate(context: str, text: str, count: int = -1) -> str:
        return spanish.get(text, text).replace("%n", str(count))

    ankle = series("ankle_step", "range", [(3, 6), (6, 6)])
    assert progress_headline([ankle], translate).startswith(
        "La diferencia de tu tobillo izquierdo bajó de 3 puntos a 0 puntos desde el 3 de agosto"
    )


def test_self_ratings_are_said_in_whole_points() -> None:
    """The means of 0-10 self-ratings are rounded half up, as the results round."""
    ankle = series("ankle_step", "range", [(3, 6), (3, 6), (4, 6), (6, 6), (6, 6), (6, 7)])
    headline = progress_headline([ankle])
    assert headline == "Left ankle gap down from 3 points to 0 points since 3 August.", headline
