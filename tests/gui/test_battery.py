"""The whole battery: the three further checks, choosing checks, results, reminder, pain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gui_steps import (
    WindowFactory,
    answer_red_flags,
    check_pages,
    click,
    current_check,
    pages_until,
    rate,
    start,
    tap_slider,
)
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.widgets.measure_inputs import DriftChoice, RepsInput, ScaleSlider
from tests.conftest import StoredSessions

ALL_CHECKS = (
    "ankle_step",
    "kneeling_lunge",
    "knee_extension",
    "single_leg_squat",
    "single_leg_bridge",
)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def set_slider(page: CheckPage, measure: str, side: Side, value: int) -> None:
    control = page.inputs[measure, side]
    assert isinstance(control, ScaleSlider)
    tap_slider(control.slider, value)


def to_summary(qtbot: QtBot, window: MainWindow) -> SummaryPage:
    for page in pages_until(window, SummaryPage):
        assert isinstance(page, CheckPage | NotePage)
        click(qtbot, page.next_button)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    return summary


def test_all_five_checks_by_mouse_and_keyboard(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    seen = []
    # Step test and lunge: nothing touched, so nothing is recorded for them.
    for _ in range(2):
        seen.append(current_check(window).check.id)
        click(qtbot, current_check(window).next_button)

    straightening = current_check(window)
    seen.append(straightening.check.id)
    left = straightening.inputs["range", Side.LEFT]
    assert isinstance(left, ScaleSlider) and left.slider.hasFocus()
    assert straightening.live_lines["range"].text() == "Range: not rated yet."
    qtbot.keyClick(left.slider, Qt.Key.Key_End)  # rated: 10
    for _ in range(8):
        qtbot.keyClick(left.slider, Qt.Key.Key_Left)  # 10 -> 2
    assert straightening.live_lines["range"].text() == "Range: left 2 of 10, right not rated."
    # Mouse: drag the right handle down to the left end.
    right = straightening.inputs["range", Side.RIGHT]
    assert isinstance(right, ScaleSlider)
    groove = right.slider
    middle_y = groove.height() // 2
    qtbot.mousePress(groove, Qt.MouseButton.LeftButton, pos=QPoint(groove.width() // 2, middle_y))
    qtbot.mouseMove(groove, QPoint(1, middle_y))
    qtbot.mouseRelease(groove, Qt.MouseButton.LeftButton, pos=QPoint(1, middle_y))
    assert right.value() == 0
    assert "Range: right side worse by 2 points" in straightening.live_lines["range"].text()
    click(qtbot, straightening.next_button)

    squat = current_check(window)
    seen.append(squat.check.id)
    left_drift = squat.inputs["drift", Side.LEFT]
    right_drift = squat.inputs["drift", Side.RIGHT]
    assert isinstance(left_drift, DriftChoice) and isinstance(right_drift, DriftChoice)
    click(qtbot, left_drift.choices.buttons[2])  # mouse: "marked"
    # Keyboard: nothing chosen at first; arrow down from "none" to "slight", Space picks it.
    assert right_drift.value() is None
    right_drift.choices.buttons[0].setFocus()
    qtbot.keyClick(right_drift.choices.buttons[0], Qt.Key.Key_Down)
    assert right_drift.choices.buttons[1].hasFocus()
    qtbot.keyClick(right_drift.choices.buttons[1], Qt.Key.Key_Space)
    assert right_drift.value() == 1
    assert (
        squat.live_lines["drift"].text()
        == "Knee drift: left side worse (marked against slight). Worth noting."
    )
    click(qtbot, squat.next_button)

    bridge = current_check(window)
    seen.append(bridge.check.id)
    left_reps = bridge.inputs["reps", Side.LEFT]
    right_reps = bridge.inputs["reps", Side.RIGHT]
    assert isinstance(left_reps, RepsInput) and isinstance(right_reps, RepsInput)
    for _ in range(9):
        click(qtbot, left_reps.tap_button)  # counted on screen, one tap per repetition
    right_reps.spin.setFocus()
    right_reps.spin.selectAll()
    qtbot.keyClicks(right_reps.spin.lineEdit(), "12")
    assert "Repetitions: left side worse by 25.0\u00a0%" in bridge.live_lines["reps"].text()
    assert bridge.live_lines["pain"].text() == "Pain: not rated yet."
    assert seen == list(ALL_CHECKS)

    summary = to_summary(qtbot, window)
    assert summary.meaning.text() == (
        "3 results stand out today: right knee (knee straightening), left knee "
        "(single-leg squat) and left hip (single-leg bridge)."
    )
    findings = summary.findings_text()
    assert "Your right knee moved less than your left in the knee straightening" in findings
    assert "Your left knee drifted inward more than your right" in findings
    assert "Your left hip managed fewer repetitions than your right" in findings
    assert "not a diagnosis" in summary.what_it_means.text()
    click(qtbot, summary.save_button)

    [session] = stored_sessions()
    values = {(r.check_id, r.measure_id): (r.left, r.right) for r in session.readings}
    assert values[("knee_extension", "range")] == (2, 0)
    assert values[("single_leg_squat", "drift")] == (2, 1)
    assert values[("single_leg_bridge", "reps")] == (9, 12)
    # Only what was rated: no pain for anything, nothing for the untouched checks.
    assert set(values) == {
        ("knee_extension", "range"),
        ("single_leg_squat", "drift"),
        ("single_leg_bridge", "reps"),
    }
    assert session.check_ids == ALL_CHECKS[2:]


def test_a_quick_session_is_just_the_core_checks_and_the_choice_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window, core_only=True))
    assert current_check(window).check.id == "ankle_step"
    rate(current_check(window), "range", Side.LEFT, 4)
    click(qtbot, current_check(window).next_button)
    rate(current_check(window), "pain", Side.RIGHT, 0)
    summary = to_summary(qtbot, window)
    assert {summary.table.item(r, 0).text() for r in range(summary.table.rowCount())} == {
        "Step test",
        "Kneeling lunge",
    }
    click(qtbot, summary.save_button)
    assert stored_sessions()[0].check_ids == ("ankle_step", "kneeling_lunge")
    window.close()

    again = make_window()
    click(qtbot, again.home.start_button)
    choose = again.current_page()
    assert isinstance(choose, ChooseChecksPage)
    assert choose.selected() == ("ankle_step", "kneeling_lunge")
    # Nothing ticked: Continue refuses.
    for box in choose.boxes.values():
        box.setChecked(False)
    assert not choose.next_button.isEnabled()


def test_first_session_ticks_every_check(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    click(qtbot, window.home.start_button)
    choose = window.current_page()
    assert isinstance(choose, ChooseChecksPage)
    assert choose.selected() == ALL_CHECKS


FINDINGS = [
    pytest.param(
        {("ankle_step", "range"): (5, 9), ("single_leg_squat", "drift"): (2, 0)},
        "2 results stand out today: left ankle (step test) and left knee (single-leg squat).",
        [
            "Your left ankle moved less than your right in the step test",
            "Your left knee drifted inward more than your right in the single-leg squat",
        ],
        id="ankle-and-drift",
    ),
    pytest.param(
        {("kneeling_lunge", "range"): (9, 6)},
        "1 result stands out today: right hip (kneeling lunge).",
        ["Your right hip moved less than your left in the kneeling lunge"],
        id="hip-only",
    ),
    pytest.param(
        {("single_leg_squat", "drift"): (2, 2)},
        "1 result stands out today: both knees (single-leg squat).",
        [],
        id="both-knees-marked",
    ),
    pytest.param(
        {("ankle_step", "range"): (6, 7), ("kneeling_lunge", "pain"): (1, 0)},
        "Your two sides were close in every measure you rated today.",
        ["The difference is smaller than what this app points out."],
        id="nothing-flagged",
    ),
    pytest.param(
        {
            ("knee_extension", "range"): (8, 10),
            ("single_leg_bridge", "reps"): (20, 10),
            ("ankle_step", "pain"): (0, 3),
        },
        "3 results stand out today: right side (step test), left knee (knee straightening) "
        "and right hip (single-leg bridge).",
        [
            "Your right side hurt more than your left in the step test",
            "Your right hip managed fewer repetitions than your left",
        ],
        id="three-findings",
    ),
]


@pytest.mark.parametrize(("values", "headline", "expected"), FINDINGS)
def test_results_say_each_finding_once_with_its_rule_right_under_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    values: dict[tuple[str, str], tuple[float, float]],
    headline: str,
    expected: list[str],
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    for page in check_pages(window):
        for (check_id, measure_id), (left, right) in values.items():
            if check_id == page.check.id:
                for side, value in ((Side.LEFT, left), (Side.RIGHT, right)):
                    control = page.inputs[measure_id, side]
                    if isinstance(control, ScaleSlider):
                        tap_slider(control.slider, int(value))
                    elif isinstance(control, DriftChoice):
                        click(qtbot, control.choices.buttons[int(value)])
                    else:
                        assert isinstance(control, RepsInput)
                        control.spin.setValue(int(value))
        click(qtbot, page.next_button)
    summary = to_summary(qtbot, window)
    assert summary.meaning.text() == headline
    findings = summary.findings_text()
    for phrase in expected:
        assert phrase in findings
    # Said once: the headline names places, the lines below give the values.
    assert "against" not in summary.meaning.text()
    for word in ("diagnos", "you have", "injury"):
        assert word not in (headline + findings).lower()
    # Each finding's "Why?" opens its rule right under it, in view.
    summary.resize(1024, 768)
    for row in summary.findings:
        assert not row.why.isVisible()
        click(qtbot, row.why_button)
        assert row.why.isVisible() and "Source:" in row.why.text()
        summary.scroll_area.ensureWidgetVisible(row.why)
        top = row.why.mapTo(summary.scroll_area.viewport(), row.why.rect().topLeft()).y()
        assert 0 <= top < summary.scroll_area.viewport().height()
        assert row.why.y() > row.sentence.y()  # under its own sentence


def test_home_suggests_the_next_check_without_nagging(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    clock = Clock(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    window = make_window(clock=clock)
    assert "No checks saved yet" in window.home.last_check.text()
    answer_red_flags(qtbot, start(qtbot, window))
    rate(current_check(window), "range", Side.LEFT, 8)
    click(qtbot, to_summary(qtbot, window).save_button)
    assert "Last check: today" in window.home.last_check.text()
    assert "fits from 10 March" in window.home.last_check.text()
    window.close()

    clock.now += timedelta(days=9)
    later = make_window(clock=clock)
    assert later.home.last_check.text() == "Last check: 9 days ago. A good time for the next one."
    later.close()

    clock.now += timedelta(days=30)
    much_later = make_window(clock=clock)
    text = much_later.home.last_check.text()
    assert text.startswith("Last check: 39 days ago. Whenever you are ready")


def test_severe_pain_ends_with_a_gentle_clinician_message_recorded_in_the_session(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    set_slider(current_check(window), "pain", Side.RIGHT, 7)
    summary = to_summary(qtbot, window)
    assert summary.advice.isVisible()
    assert summary.advice.text().startswith("Consider seeing a clinician.")
    assert "right side rated 7 of 10 in the step test" in summary.advice.text()
    click(qtbot, summary.save_button)
    [session] = stored_sessions()
    assert session.advice == summary.advice.text()


def test_pain_rising_two_points_since_last_time_is_pointed_out(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    clock = Clock(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    window = make_window(clock=clock)
    answer_red_flags(qtbot, start(qtbot, window))
    set_slider(current_check(window), "pain", Side.LEFT, 1)
    summary = to_summary(qtbot, window)
    assert not summary.advice.isVisible()
    click(qtbot, summary.save_button)

    clock.now += timedelta(days=7)
    answer_red_flags(qtbot, start(qtbot, window))
    set_slider(current_check(window), "pain", Side.LEFT, 2)  # +1: not yet
    summary = to_summary(qtbot, window)
    assert not summary.advice.isVisible()
    click(qtbot, summary.back_button)
    click(qtbot, window.current_page().back_button)  # type: ignore[attr-defined]
    click(qtbot, window.current_page().back_button)  # type: ignore[attr-defined]
    set_slider(current_check(window), "pain", Side.LEFT, 3)  # +2 since last time
    summary = to_summary(qtbot, window)
    assert "left side's pain in the step test rose from 1 to 3" in summary.advice.text()
    click(qtbot, summary.save_button)
    assert stored_sessions()[0].advice.startswith("Consider seeing a clinician.")
