"""Steps a person takes through the app, shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.red_flags import NO, YES, RedFlagPage
from kneeapp.ui.widgets.measure_inputs import RatingSlider, ScaleSlider


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def start(qtbot: QtBot, window: MainWindow, *, core_only: bool = True) -> RedFlagPage:
    """From home to the safety questions, choosing the core two checks (or all)."""
    click(qtbot, window.home.start_button)
    choose = window.current_page()
    assert isinstance(choose, ChooseChecksPage)
    if core_only:
        click(qtbot, choose.core_button)
    click(qtbot, choose.next_button)
    page = window.current_page()
    assert isinstance(page, RedFlagPage)
    return page


def answer_red_flags(qtbot: QtBot, page: RedFlagPage, yes: frozenset[str] = frozenset()) -> None:
    for flag_id, choice in page.choices.items():
        click(qtbot, choice.buttons[YES if flag_id in yes else NO])
    click(qtbot, page.continue_button)


def tap_slider(slider: RatingSlider, value: int) -> None:
    """Tap a rating slider's track where ``value`` lies, as a finger or a mouse would."""
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.point_of(value))
    assert slider.rating() == value, (slider.accessibleName(), slider.rating(), value)


def rate(page: CheckPage, measure_id: str, side: Side, value: int) -> None:
    """Rate one side of one 0-10 measure on a check page by tapping its slider."""
    control = page.inputs[measure_id, side]
    assert isinstance(control, ScaleSlider), type(control).__name__
    tap_slider(control.slider, value)


def current_check(window: MainWindow) -> CheckPage:
    page = window.current_page()
    assert isinstance(page, CheckPage), type(page).__name__
    return page
