"""Every number was measured: not rated is not a value, sides skipped on purpose, pain
taken seriously, last time's values beside today's, and a draft kept within a second."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui_steps import WindowFactory, answer_red_flags, click, current_check, rate, start, tap_slider
from PySide6.QtCore import Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.session import Reading, Skip
from kneeapp.storage.csv_write import write_csv
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.data_safety import DraftKeeper
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.home import HomePage
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.widgets.measure_inputs import ScaleSlider
from tests.conftest import StoredSessions


def to_summary(qtbot: QtBot, window: MainWindow) -> SummaryPage:
    for _ in range(10):
        page = window.current_page()
        if isinstance(page, SummaryPage):
            return page
        assert isinstance(page, CheckPage | NotePage)
        click(qtbot, page.next_button)
    raise AssertionError("the summary was never reached")


def saved_readings(stored_sessions: StoredSessions) -> dict[tuple[str, str], Reading]:
    [session] = stored_sessions()
    return {(r.check_id, r.measure_id): r for r in session.readings}


def test_pressing_next_through_every_check_records_nothing(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    step = current_check(window)
    for control in step.inputs.values():
        assert control.value() is None
    left = step.inputs["range", Side.LEFT]
    assert isinstance(left, ScaleSlider) and not left.slider.rated
    assert left.value_text.text() == "Not rated: tap the line"
    assert left.slider.accessibleDescription() == "Left step test range: not rated"
    assert step.live_lines["range"].text() == "Range: not rated yet."
    summary = to_summary(qtbot, window)
    assert summary.table.rowCount() == 0
    assert not summary.save_button.isEnabled()
    assert "Nothing was rated" in summary.error.text()
    assert summary.meaning.text().startswith("Nothing could be compared today")
    assert len(stored_sessions()) == 0


def test_a_tap_puts_the_value_where_it_was_tapped(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    left = step.inputs["range", Side.LEFT]
    right = step.inputs["range", Side.RIGHT]
    assert isinstance(left, ScaleSlider) and isinstance(right, ScaleSlider)
    # Mouse: a click on the track at 9 gives 9, not a page step towards it.
    QTest.mouseClick(left.slider, Qt.MouseButton.LeftButton, pos=left.slider.point_of(9))
    assert left.value() == 9
    QTest.mouseClick(left.slider, Qt.MouseButton.LeftButton, pos=left.slider.point_of(2))
    assert left.value() == 2
    # Touch: a finger's tap, through the events a touch screen sends.
    screen = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    handle = window.windowHandle()
    point = right.slider.mapTo(window, right.slider.point_of(3))
    QTest.touchEvent(handle, screen).press(0, point, handle).commit()
    QTest.touchEvent(handle, screen).release(0, point, handle).commit()
    qtbot.waitUntil(lambda: right.value() == 3, timeout=1000)
    assert step.draft.value("ankle_step", "range", Side.RIGHT) == 3
    assert "3 of 10" in right.value_text.text()
    # A tap at the far ends gives the ends.
    tap_slider(right.slider, 10)
    tap_slider(right.slider, 0)
    assert step.draft.value("ankle_step", "range", Side.RIGHT) == 0


def test_a_side_or_a_whole_check_is_skipped_with_a_reason(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    rate(step, "range", Side.LEFT, 4)
    click(qtbot, step.skip_buttons[Side.LEFT])
    chooser = step.skip_choosers[Side.LEFT]
    assert chooser.isVisible()
    click(qtbot, chooser.buttons[Skip.TOO_PAINFUL])
    assert not chooser.isVisible()
    assert step.side_status[Side.LEFT].text() == "Skipped: too painful"
    assert not step.inputs["range", Side.LEFT].isEnabled()
    assert step.inputs["range", Side.LEFT].value() is None  # what was rated is taken back
    assert step.skip_buttons[Side.LEFT].text() == "Undo: rate the left side"
    rate(step, "range", Side.RIGHT, 6)
    assert step.live_lines["range"].text() == ("Range: left skipped: too painful, right 6 of 10.")
    click(qtbot, step.next_button)

    lunge = current_check(window)
    click(qtbot, lunge.skip_check_button)
    click(qtbot, lunge.skip_check_chooser.buttons[Skip.COULD_NOT])
    assert isinstance(window.current_page(), NotePage)  # on to what comes next

    summary = to_summary(qtbot, window)
    rows = [
        [summary.table.item(r, c).text() for c in range(summary.table.columnCount())]
        for r in range(summary.table.rowCount())
    ]
    assert ["Step test", "range", "skipped: too painful", "6 of 10", "not compared", ""] in rows
    click(qtbot, summary.save_button)

    readings = saved_readings(stored_sessions)
    assert readings["ankle_step", "range"] == Reading(
        "ankle_step", "range", None, 6, Skip.TOO_PAINFUL, None
    )
    assert readings["kneeling_lunge", "range"] == Reading(
        "kneeling_lunge", "range", None, None, Skip.COULD_NOT, Skip.COULD_NOT
    )
    with open_repository(data_dir) as repository:
        stream = io.StringIO()
        write_csv(repository.iter_sessions(), stream)
    exported = csv.DictReader(io.StringIO(stream.getvalue()))
    rows_out = {(row["check"], row["measure"]): row for row in exported}
    assert rows_out["ankle_step", "range"]["left"] == ""
    assert rows_out["ankle_step", "range"]["skipped"] == "left:too_painful"
    assert rows_out["kneeling_lunge", "pain"]["skipped"] == "both:could_not"
    assert rows_out["ankle_step", "range"]["flagged"] == "false"


def test_severe_pain_asks_there_and_then_and_the_advice_comes_first(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    step = current_check(window)
    rate(step, "range", Side.LEFT, 5)
    rate(step, "pain", Side.LEFT, 8)
    assert step.pain_prompt.isVisible()
    assert "Your left side hurts 8 of 10" in step.pain_prompt.text.text()
    assert step.pain_prompt.stop_check_button.hasFocus()
    click(qtbot, step.pain_prompt.stop_check_button)
    # The step test stops as far as it went; the rest of it is skipped as too painful.
    assert window.session.draft is not None
    assert window.session.draft.reading("ankle_step", "range") == Reading(
        "ankle_step", "range", 5, None, None, Skip.TOO_PAINFUL
    )
    lunge = current_check(window)
    assert lunge.check.id == "kneeling_lunge"
    rate(lunge, "pain", Side.RIGHT, 9)
    click(qtbot, lunge.pain_prompt.stop_session_button)
    assert isinstance(window.current_page(), NotePage)
    for check_id in ("knee_extension", "single_leg_squat", "single_leg_bridge"):
        for side in Side:
            assert window.session.draft.skipped(check_id, side) is Skip.TOO_PAINFUL

    summary = to_summary(qtbot, window)
    assert summary.advice.isVisible()
    assert summary.advice.text().startswith("Consider seeing a clinician.")
    body = summary.body
    assert (
        body.indexOf(summary.advice) < body.indexOf(summary.meaning) < body.indexOf(summary.table)
    )
    click(qtbot, summary.save_button)
    home = window.current_page()
    assert isinstance(home, HomePage)
    assert "Consider seeing a clinician" in home.banner.text()
    assert "Check again in a week or two" not in home.banner.text()
    assert home.banner.property("flagged") is True
    readings = saved_readings(stored_sessions)
    assert readings["single_leg_bridge", "reps"].left_skip is Skip.TOO_PAINFUL


def test_carry_on_after_severe_pain_asks_no_more_for_that_side(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    rate(step, "pain", Side.RIGHT, 7)
    click(qtbot, step.pain_prompt.carry_on_button)
    assert not step.pain_prompt.isVisible()
    rate(step, "pain", Side.RIGHT, 9)
    assert not step.pain_prompt.isVisible()
    assert step.pain_prompt.isHidden()


def test_last_times_values_are_shown_quietly_beside_todays(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    clock_now = [datetime(2026, 3, 3, 9, 0, tzinfo=UTC)]
    window = make_window(clock=lambda: clock_now[0])
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    assert step.last_lines == {}  # a first session has no last time
    rate(step, "range", Side.LEFT, 4)
    rate(step, "range", Side.RIGHT, 7)
    rate(step, "pain", Side.LEFT, 2)
    click(qtbot, to_summary(qtbot, window).save_button)

    clock_now[0] += timedelta(days=8)
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    assert step.last_lines["range"].text() == "Last time (3 March): left 4 of 10, right 7 of 10."
    assert step.last_lines["pain"].text() == ("Last time (3 March): left 2 of 10, right not rated.")
    assert "knee_to_wall" not in step.last_lines


def test_every_touch_reaches_the_kept_draft_within_a_second(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    keeper = window.findChild(DraftKeeper)
    assert keeper is not None
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    rate(step, "range", Side.LEFT, 2)
    rate(step, "range", Side.RIGHT, 6)
    click(qtbot, step.skip_buttons[Side.LEFT])
    click(qtbot, step.skip_choosers[Side.LEFT].buttons[Skip.NOT_DONE])

    def kept() -> bool:
        found = keeper.store.pending(window.profile)
        return (
            found is not None
            and found.draft.value("ankle_step", "range", Side.RIGHT) == 6
            and found.draft.skipped("ankle_step", Side.LEFT) is Skip.NOT_DONE
        )

    # No page change: the keeper writes on its own, well within a second.
    qtbot.waitUntil(kept, timeout=1000)
    assert window.current_page() is step
