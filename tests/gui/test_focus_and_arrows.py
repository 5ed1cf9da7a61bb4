"""Focus is the thick frame alone, nothing drawn over a button's words; a combo box's
arrow is large enough to see and to hit, in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot
from screens import settle, write_display

from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.settings import SettingsPage
from kneeapp.ui.themes import PALETTES, Theme, contrast_ratio

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]


def inside(image: QImage, inset: int = 4, corner: int = 10) -> list[QImage]:
    """Within the frame: a band across and a band down, the rounded corners left out."""
    area = image.rect()
    return [
        image.copy(area.adjusted(corner, inset, -corner, -inset)),
        image.copy(area.adjusted(inset, corner, -inset, -corner)),
    ]


@pytest.mark.parametrize("theme", THEMES)
def test_a_focused_button_draws_no_inner_rectangle(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    write_display(data_dir, theme=theme.value)
    window = make_window()
    click(qtbot, window.home.start_button)
    page = window.current_page()
    assert isinstance(page, ChooseChecksPage)
    button = page.leave_button
    settle(window)
    plain = button.grab().toImage()
    window.activateWindow()  # keyboard focus lives in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    # With the keyboard, as a person moving through the page: Qt draws a focus
    # rectangle only after keyboard navigation.
    for _ in range(20):
        if button.hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    settle(window)
    focused = button.grab().toImage()
    # The focus frame is the border (3 px); within it, the button is drawn exactly as
    # without the focus: no dotted rectangle across the first letter.
    assert inside(focused) == inside(plain)
    frame = {QColor(focused.pixel(x, 1)).name() for x in range(8, focused.width() - 8)}
    assert PALETTES[theme]["focus"] in frame


@pytest.mark.parametrize("theme", THEMES)
def test_the_combo_box_arrow_is_large_and_visible(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(data_dir, theme=theme.value)
    window = make_window()
    click(qtbot, window.home.settings_button)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    settle(window)
    combo = page.theme
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    assert arrow.width() >= 36  # a button a finger or a mouse finds
    image = combo.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    area = arrow.intersected(image.rect()).adjusted(0, 3, -3, -3)
    marks = [
        (x, y)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
        if contrast_ratio(QColor(image.pixel(x, y)).name(), palette["window"]) >= 3.0
    ]
    assert marks, f"{theme}: no arrow to see"
    xs = [x for x, _ in marks]
    ys = [y for _, y in marks]
    glyph = QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    assert glyph.width() >= 16, glyph
