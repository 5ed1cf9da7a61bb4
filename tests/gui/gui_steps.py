"""Steps a person takes through the app, shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.red_flags import NO, YES, RedFlagPage
from kneeapp.ui.widgets.measure_inputs import RatingSlider, ScaleSlider

# Builds a window the way the app does (the ``make_window`` fixture in conftest.py).
WindowFactory = Callable[..., MainWindow]

# More pages than any session has: a loop that reaches it is stuck on a broken Next or focus.
MOST_STEPS = 40


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


def pages_while(
    window: MainWindow, holds: Callable[[QWidget], bool], limit: int = MOST_STEPS
) -> Iterator[QWidget]:
    """The window's current page, again after each step the caller takes, while ``holds``; a
    test whose steps stop moving the window fails here instead of hanging."""
    for _ in range(limit):
        page = window.current_page()
        if not holds(page):
            return
        yield page
    raise AssertionError(f"still on {type(window.current_page()).__name__} after {limit} steps")


def pages_until(
    window: MainWindow, page_type: type[QWidget], limit: int = MOST_STEPS
) -> Iterator[QWidget]:
    """Each page before the first ``page_type`` page (see ``pages_while``)."""
    return pages_while(window, lambda page: not isinstance(page, page_type), limit)


def check_pages(window: MainWindow, limit: int = MOST_STEPS) -> Iterator[CheckPage]:
    """Each check page in turn, while the window shows one (see ``pages_while``)."""
    for page in pages_while(window, lambda page: isinstance(page, CheckPage), limit):
        assert isinstance(page, CheckPage)
        yield page
