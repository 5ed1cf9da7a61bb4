"""Asymmetry over time: counts, trend wording, and noise not called progress."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneeapp.domain.asymmetry import compare
from kneeapp.domain.checks import CATALOG
from kneeapp.domain.measures import MEASURES
from kneeapp.domain.trends import (
    Series,
    SeriesPoint,
    flag_threshold,
    primary_measure,
    summary,
    trend_sentence,
    worse_counts,
)

START = datetime(2026, 3, 3, 8, tzinfo=UTC)


def series(check: str, measure: str, *pairs: tuple[float, float]) -> Series:
    points = tuple(
        SeriesPoint((START + timedelta(days=7 * i)).timestamp(), left, right)
        for i, (left, right) in enumerate(pairs)
    )
    return Series(check, measure, points)


def test_signed_values_put_left_worse_above_zero() -> None:
    s = series("ankle_step", "range", (5, 10), (10, 5), (7, 7))
    assert s.signed_values() == [5.0, -5.0, 0.0]  # points: "5 of 10 against 10 of 10"
    pain = series("ankle_step", "pain", (4, 1), (0, 3))
    assert pain.signed_values() == [3.0, -3.0]  # pain: the side that hurts more is worse


def test_counts_look_at_the_last_sessions_only() -> None:
    pairs = [(10, 5)] * 4 + [(5, 10)] * 6 + [(7, 7)] * 2
    assert worse_counts(series("ankle_step", "range", *pairs)) == (6, 0, 8)
    assert worse_counts(series("ankle_step", "range", *pairs), last=12) == (6, 4, 12)


def test_a_real_change_is_worded_with_its_date() -> None:
    s = series("ankle_step", "range", (6, 10), (7, 10), (8, 9))
    assert trend_sentence(s) == "asymmetry fell from 4 points to 1 point since 3 March"
    worse = series("ankle_step", "range", (8, 9), (6, 10))
    assert trend_sentence(worse) == "asymmetry rose from 1 point to 4 points since 3 March"
    cm = series("ankle_step", "knee_to_wall", (6.5, 11), (10, 11))
    assert trend_sentence(cm) == "asymmetry fell from 4.5\u00a0cm to 1\u00a0cm since 3 March"


def test_a_trend_looks_at_the_recent_run_not_only_the_last_session() -> None:
    # One good day after a run of 3-point gaps is not a change: the last three
    # sessions average 2.3 points against 3.3 at the start (told in whole points), within
    # the 2-point rule.
    pairs = [(6, 10), (7, 10), (7, 10), (7, 10), (7, 10), (8, 9)]
    assert trend_sentence(series("ankle_step", "range", *pairs)).startswith(
        "asymmetry about the same since 3 March (3 points then, 2 points now)"
    )


def test_sessions_with_a_missing_side_are_not_compared() -> None:
    s = Series.compared(
        "ankle_step",
        "range",
        (
            SeriesPoint(START.timestamp(), 3, None),
            SeriesPoint((START + timedelta(days=7)).timestamp(), 4, 6),
        ),
    )
    assert len(s.points) == 1
    assert s.signed_values() == [2.0]


def test_noise_is_not_progress() -> None:
    # 4 of 10 against 5 of 10 is 20 %, 8 against 9 is 11 %: the sides differ by
    # 1 point both times, below the 2-point smallest meaningful difference.
    s = series("ankle_step", "range", (4, 5), (8, 9))
    assert trend_sentence(s).startswith("asymmetry about the same since 3 March")
    cm = series("ankle_step", "knee_to_wall", (8, 9), (8.5, 9))
    assert "about the same" in trend_sentence(cm)
    reps = series("single_leg_bridge", "reps", (18, 20), (19, 20))
    assert "about the same" in trend_sentence(reps)
    reps_real = series("single_leg_bridge", "reps", (10, 20), (19, 20))
    assert trend_sentence(reps_real) == (
        "asymmetry fell from 50.0\u00a0% to 5.0\u00a0% since 3 March"
    )


def test_a_switch_of_sides_is_said() -> None:
    s = series("kneeling_lunge", "range", (4, 8), (9, 5))
    assert trend_sentence(s).endswith("the right side is now the worse one")


def test_summary_reads_like_the_issue_asks() -> None:
    pairs = [(6, 10)] + [(7, 10)] * 6 + [(8, 9)]
    text = summary(series("ankle_step", "range", *pairs))
    assert text == (
        "Step test (range): left ankle worse in 8 of the last 8 sessions; "
        "asymmetry about the same since 3 March (3 points then, 2 points now)."
    )


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ((), "Step test: no results in this period."),
        (((5, 10),), "Step test: one session in this period; left ankle worse by 5 points."),
        (((5, 5),), "Step test: one session in this period; both sides had the same range."),
    ],
)
def test_summary_of_few_sessions(pairs: tuple[tuple[float, float], ...], expected: str) -> None:
    assert summary(series("ankle_step", "range", *pairs)) == expected


def test_year_is_named_when_the_series_spans_years() -> None:
    s = Series(
        "ankle_step",
        "range",
        (
            SeriesPoint(datetime(2025, 11, 3, 12, tzinfo=UTC).timestamp(), 4, 10),
            SeriesPoint(datetime(2026, 2, 3, 12, tzinfo=UTC).timestamp(), 9, 10),
        ),
    )
    assert trend_sentence(s).endswith("since 3 November 2025")


def test_thresholds_and_primary_measures() -> None:
    assert [primary_measure(c) for c in ("ankle_step", "single_leg_squat")] == [
        "range",
        "drift",
    ]
    assert flag_threshold("range") == 2.0  # points
    assert flag_threshold("reps") == 10.0  # %: LSI 90 %
    assert flag_threshold("knee_to_wall") == 1.5  # cm
    assert flag_threshold("pain") == 2.0
    assert flag_threshold("drift") == 1.0


@given(
    measure=st.sampled_from(["range", "pain", "knee_to_wall", "drift", "reps"]),
    data=st.data(),
)
def test_fast_signed_values_match_the_rules(measure: str, data: st.DataObject) -> None:
    spec = MEASURES[measure]
    steps = int((spec.maximum - spec.minimum) / spec.step)
    value = st.integers(0, steps).map(lambda n: spec.minimum + n * spec.step)
    pairs = data.draw(st.lists(st.tuples(value, value), min_size=1, max_size=20))
    check = next(c.id for c in CATALOG if measure in c.measure_ids)
    s = series(check, measure, *pairs)
    assert s.signed_values() == [compare(measure, a, b).signed_value for a, b in pairs]


def test_every_measure_but_the_charts_own_is_charted_per_side() -> None:
    from kneeapp.domain.trends import side_measures

    assert side_measures("ankle_step") == ("knee_to_wall", "shin_angle", "pain")
    assert side_measures("kneeling_lunge") == ("thigh_angle", "pain")
    assert side_measures("knee_extension") == ("knee_angle", "pain")
    assert side_measures("single_leg_squat") == ("pain",)


def test_an_angle_changes_over_time_only_by_5_degrees_or_more() -> None:
    from kneeapp.domain.asymmetry import Side
    from kneeapp.domain.trends import side_trend

    found = series(
        "ankle_step", "shin_angle", (30.0, 40.0), (31.0, 40.5), (36.0, 42.0), (38.0, 43.0)
    )
    assert side_trend(found, Side.LEFT).startswith("left rose from 30.5° to 37.0°")
    assert side_trend(found, Side.RIGHT).startswith("right about the same")


def test_the_start_screen_and_the_history_tell_the_same_change() -> None:
    """The headline and the trend beside the chart come from one comparison: a mean of
    self-ratings is told in whole points in both (never "0 points" in one, "0.3" in the
    other)."""
    from kneeapp.domain.progress import progress_headline

    run = series("ankle_step", "range", *[(6, 10), (7, 10), (8, 10), (9, 10), (10, 10), (10, 9)])
    trend = trend_sentence(run)
    headline = progress_headline([run])
    assert trend == "asymmetry fell from 3 points to 0 points since 3 March"
    assert headline == "Left ankle gap down from 3 points to 0 points since 3 March."
