"""A whole self-check driven as a person would: mouse, keyboard, then a fresh start."""

from __future__ import annotations

from gui_steps import WindowFactory, answer_red_flags, click, current_check, rate, start
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage
from kneeapp.ui.pages.home import HomePage
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.summary import FLAG_TEXT, SummaryPage
from kneeapp.ui.widgets.measure_inputs import DistanceInput, ScaleSlider
from tests.conftest import StoredSessions


def slider(page: object, measure: str, side: Side) -> ScaleSlider:
    control = page.inputs[measure, side]  # type: ignore[attr-defined]
    assert isinstance(control, ScaleSlider)
    return control


def test_whole_session_is_saved_and_found_after_restart(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))

    step = current_check(window)
    assert step.check.id == "ankle_step"
    # Keyboard: the left range slider has the focus, not rated; Home rates it 0,
    # then three presses of the Right arrow.
    left_range = slider(step, "range", Side.LEFT)
    assert left_range.slider.hasFocus()
    assert left_range.value() is None and not left_range.slider.rated
    assert "Not rated" in left_range.value_text.text()
    qtbot.keyClick(left_range.slider, Qt.Key.Key_Home)
    assert left_range.value() == 0
    for _ in range(3):
        qtbot.keyClick(left_range.slider, Qt.Key.Key_Right)
    assert left_range.value() == 3
    assert "3 of 10" in left_range.value_text.text()
    # Mouse: drag the right range handle all the way to the right end.
    right_range = slider(step, "range", Side.RIGHT)
    groove = right_range.slider
    start_x = round(groove.width() * 0.5)
    qtbot.mousePress(groove, Qt.MouseButton.LeftButton, pos=QPoint(start_x, groove.height() // 2))
    qtbot.mouseMove(groove, QPoint(groove.width() - 1, groove.height() // 2))
    qtbot.mouseRelease(
        groove, Qt.MouseButton.LeftButton, pos=QPoint(groove.width() - 1, groove.height() // 2)
    )
    assert right_range.value() == 10
    line = step.live_lines["range"].text()
    assert "left side worse by 7 points" in line and "Worth noting" in line
    # Pain, by keyboard: the first Right arrow rates 1, the second 2; the left side
    # is rated "no pain" with Home.
    right_pain = slider(step, "pain", Side.RIGHT)
    right_pain.slider.setFocus()
    qtbot.keyClick(right_pain.slider, Qt.Key.Key_Right)
    qtbot.keyClick(right_pain.slider, Qt.Key.Key_Right)
    assert step.live_lines["pain"].text() == "Pain: left not rated, right 2 of 10."
    left_pain = slider(step, "pain", Side.LEFT)
    left_pain.slider.setFocus()
    qtbot.keyClick(left_pain.slider, Qt.Key.Key_Home)
    assert "Pain: right side worse by 2 points" in step.live_lines["pain"].text()
    # The optional knee-to-wall distance: not measured until typed.
    for side, text in ((Side.LEFT, "8.5"), (Side.RIGHT, "11")):
        distance = step.inputs["knee_to_wall", side]
        assert isinstance(distance, DistanceInput) and distance.value() is None
        distance.spin.selectAll()
        qtbot.keyClicks(distance.spin.lineEdit(), text)
    assert "worse by 2.5\u00a0cm" in step.live_lines["knee_to_wall"].text()
    click(qtbot, step.next_button)

    lunge = current_check(window)
    assert lunge.check.id == "kneeling_lunge"
    qtbot.keyClick(slider(lunge, "range", Side.LEFT).slider, Qt.Key.Key_End)
    rate(lunge, "range", Side.RIGHT, 5)
    click(qtbot, lunge.next_button)

    note = window.current_page()
    assert isinstance(note, NotePage)
    qtbot.keyClicks(note.edit, "6 km easy, left knee ached downhill")
    click(qtbot, note.next_button)

    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    results = [
        [summary.table.item(row, col).text() for col in range(summary.table.columnCount())]
        for row in range(summary.table.rowCount())
    ]
    worse = "7 points, left worse"  # a 0-10 rating: points, never a percentage
    expected_row = ["Step test", "range", "3 of 10", "10 of 10", worse, FLAG_TEXT]
    assert expected_row in results
    assert "Your left ankle moved less than your right" in summary.findings_text()
    assert "not a diagnosis" in summary.what_it_means.text()
    click(qtbot, summary.save_button)

    assert isinstance(window.current_page(), HomePage)
    assert "Saved" in window.home.banner.text()
    window.close()

    reopened = make_window()
    assert "Last check: today" in reopened.home.last_check.text()
    [session] = stored_sessions()
    values = {(r.check_id, r.measure_id): (r.left, r.right) for r in session.readings}
    assert values == {
        ("ankle_step", "range"): (3, 10),
        ("ankle_step", "pain"): (0, 2),
        ("ankle_step", "knee_to_wall"): (8.5, 11),
        ("kneeling_lunge", "range"): (10, 5),
    }
    assert session.note == "6 km easy, left knee ached downhill"
    assert session.red_flags and not any(session.red_flags.values())


def test_a_yes_to_any_safety_question_stops_the_self_check(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    page = start(qtbot, window)
    answer_red_flags(qtbot, page, yes=frozenset({"locking_giving_way"}))
    advice = window.current_page()
    assert isinstance(advice, ClinicianAdvicePage)
    assert "clinician" in advice.body.itemAt(0).widget().text()  # type: ignore[union-attr]
    assert not window.in_session
    # The only way on is back to the start; no check page exists to skip to.
    click(qtbot, advice.done_button)
    assert isinstance(window.current_page(), HomePage)
    assert len(stored_sessions()) == 0


def test_continue_waits_until_every_safety_question_is_answered(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    page = start(qtbot, window)
    choices = list(page.choices.values())
    for choice in choices[:-1]:
        click(qtbot, choice.buttons[0])
        assert not page.continue_button.isEnabled()
    assert "1 question left" in page.remaining.text()
    click(qtbot, choices[-1].buttons[0])
    assert page.continue_button.isEnabled()


def test_leaving_half_way_asks_and_discards_nothing_saved(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    click(qtbot, step.leave_button)
    assert window.confirm_bar.isVisible()
    click(qtbot, window.confirm_bar.cancel_button)
    assert window.current_page() is step and window.in_session
    click(qtbot, step.leave_button)
    click(qtbot, window.confirm_bar.confirm_button)
    assert isinstance(window.current_page(), HomePage)
    assert not window.in_session
    assert len(stored_sessions()) == 0


def test_closing_the_window_mid_session_asks_first(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    window.close()
    assert window.isVisible(), "an open session must not be dropped by closing"
    assert window.confirm_bar.isVisible()
    with qtbot.waitSignal(window.closed):
        click(qtbot, window.confirm_bar.confirm_button)
    assert not window.isVisible()


def test_keyboard_alone_completes_a_session(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()

    def press(key: Qt.Key) -> None:
        focused = window.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)

    def tab_to(text: str) -> None:
        """Tab until the focused widget's text starts with ``text`` (a bounded walk)."""
        for _ in range(40):
            if getattr(window.focusWidget(), "text", str)().startswith(text):
                return
            press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {text!r}")

    window.home.start_button.setFocus()
    press(Qt.Key.Key_Return)
    # Which checks: the first box has the focus; Tab to "Just the core two", then Continue.
    tab_to("Just")
    press(Qt.Key.Key_Return)
    tab_to("Continue")
    press(Qt.Key.Key_Return)
    # Each question is one stop for Tab, like a radio group: arrows move between
    # "No" and "Yes", Space chooses.
    first = window.focusWidget()
    assert first is not None and first.text() == "No"  # type: ignore[attr-defined]
    press(Qt.Key.Key_Right)
    assert window.focusWidget().text() == "Yes"  # type: ignore[union-attr]
    press(Qt.Key.Key_Left)
    for _ in range(6):
        focused = window.focusWidget()
        assert focused is not None and focused.text() == "No"  # type: ignore[attr-defined]
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Tab)
    tab_to("Continue")
    press(Qt.Key.Key_Return)

    for expected in ("ankle_step", "kneeling_lunge"):
        page = current_check(window)
        assert page.check.id == expected
        press(Qt.Key.Key_Right)  # left range, not rated: the first arrow rates it 1
        for _ in range(20):
            if window.focusWidget() is page.next_button:
                break
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Return)

    note = window.current_page()
    assert isinstance(note, NotePage) and note.edit.hasFocus()
    qtbot.keyClicks(note.edit, "keyboard only")
    tab_to(note.next_button.text())
    press(Qt.Key.Key_Return)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage) and summary.save_button.hasFocus()
    press(Qt.Key.Key_Return)
    assert isinstance(window.current_page(), HomePage)

    [session] = stored_sessions()
    assert session.note == "keyboard only"
    assert {(r.check_id, r.measure_id): r.left for r in session.readings}[
        ("kneeling_lunge", "range")
    ] == 1


def test_every_slider_names_side_check_and_measure(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    names = set()
    for _ in range(2):
        page = current_check(window)
        for control in page.inputs.values():
            proxy = control.focusProxy()
            assert proxy is not None
            names.add(proxy.accessibleName())
        click(qtbot, page.next_button)
    assert {
        "Left step test range",
        "Right step test range",
        "Left step test pain",
        "Right step test pain",
        "Left step test knee-to-wall distance",
        "Right kneeling lunge range",
        "Left kneeling lunge pain",
    } <= names


def test_every_button_and_input_has_a_name(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    for page in window.session.pages:
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy():
                continue
            text = getattr(widget, "text", lambda: "")()
            assert text or widget.accessibleName(), f"{type(widget).__name__} has no name"
