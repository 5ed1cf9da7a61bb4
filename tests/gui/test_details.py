"""Small things a careful user notices: dates without a leading zero, round inches, a
way back to all five checks, the window as it was left, and the "Why?" link's colour."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from gui_steps import WindowFactory, answer_red_flags, check_pages, click, pages_until, rate, start
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from screens import settle, write_display

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.dates import format_day, format_moment
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.themes import PALETTES, Theme
from kneeapp.ui.widgets.measure_inputs import DistanceInput


def test_dates_have_no_leading_zero() -> None:
    moment = datetime(2026, 12, 2, 14, 5).astimezone()
    assert format_moment(moment) == "2 December 2026, 14:05"
    assert format_moment(moment, at=True) == "2 December 2026 at 14:05"
    # The one way a day is written: the report's dates and the app's agree.
    assert format_moment(moment).startswith(format_day(moment))


def knee_to_wall(qtbot: QtBot, unit: str) -> DistanceInput:
    check_measure = next(m for m in CHECKS["ankle_step"].measures if m.measure.id == "knee_to_wall")
    control = DistanceInput(check_measure, "Left knee-to-wall", unit=unit)
    qtbot.addWidget(control)
    return control


def test_inches_step_in_quarter_inches_and_keep_round_values(qtbot: QtBot) -> None:
    control = knee_to_wall(qtbot, "in")
    assert control.spin.text() == "not measured"
    shown = []
    for _ in range(5):
        qtbot.keyClick(control.spin, Qt.Key.Key_Up)
        shown.append(control.spin.text())
    assert shown == ["0 in", "0.25 in", "0.5 in", "0.75 in", "1 in"]
    assert control.value() == 2.5  # 1 in, on the 0.5 cm grid the measure keeps
    control.set_value(10.0)  # 10 cm, e.g. from a session measured in cm
    assert control.spin.text() == "4 in"


def test_centimetres_keep_their_half_steps(qtbot: QtBot) -> None:
    control = knee_to_wall(qtbot, "cm")
    qtbot.keyClick(control.spin, Qt.Key.Key_Up)
    qtbot.keyClick(control.spin, Qt.Key.Key_Up)
    assert control.spin.text() == "0.5 cm"
    assert control.value() == 0.5


def test_after_the_core_two_all_five_are_one_click_away(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    click(qtbot, window.home.start_button)
    page = window.current_page()
    assert isinstance(page, ChooseChecksPage)
    click(qtbot, page.core_button)
    assert len(page.selected()) == 2
    click(qtbot, page.all_button)
    assert len(page.selected()) == 5
    assert page.hint.text() == "5 of 5 checks"
    # The keyboard reaches it too.
    page.all_button.setFocus()
    click(qtbot, page.core_button)
    page.all_button.setFocus()
    qtbot.keyClick(page.all_button, Qt.Key.Key_Space)
    assert len(page.selected()) == 5


def test_a_maximised_window_opens_maximised_again(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    window.resize(700, 500)
    settle(window)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    kept = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert kept["window_maximised"] is True
    again = make_window()
    qtbot.waitUntil(again.isMaximized)
    again.showNormal()
    # Back from maximised: the size it had before.
    qtbot.waitUntil(lambda: (again.width(), again.height()) == (700, 500))


def test_a_normal_window_keeps_its_size_and_is_not_maximised(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    window.resize(720, 540)
    settle(window)
    window.close()
    again = make_window()
    settle(again)
    assert not again.isMaximized()
    kept = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert kept["window_maximised"] is False
    assert (again.width(), again.height()) == (720, 540)


def colours(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_why_is_drawn_in_the_theme_link_colour(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    write_display(data_dir, theme=theme.value)
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    for page in check_pages(window):
        for side, value in ((Side.LEFT, 2), (Side.RIGHT, 9)):
            rate(page, "range", side, value)
        click(qtbot, page.next_button)
    for page in pages_until(window, SummaryPage):
        click(qtbot, page.next_button)  # type: ignore[attr-defined]
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    settle(window)
    button = summary.findings[0].why_button
    drawn = colours(button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32))
    assert PALETTES[theme]["link"] in drawn
