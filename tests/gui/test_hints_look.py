"""Example text in an empty field reads as a hint, never as typed text; a disabled
"Delete all data" reads disabled, not as a bright red warning, in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from screens import settle, write_display

from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.settings import SettingsPage
from kneeapp.ui.themes import PALETTES, Theme, contrast_ratio

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]


def colours(widget: QWidget, inset: int = 4) -> set[str]:
    """The colours drawn inside ``widget``'s frame (its border left out)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
    }


def settings_page(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    click(qtbot, window.home.settings_button)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    settle(window)
    return page


@pytest.mark.parametrize("theme", THEMES)
def test_the_delete_hint_is_lighter_and_italic_until_typed_over(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(data_dir, theme=theme.value)
    window = make_window()
    field = settings_page(qtbot, window).delete_word
    drawn = colours(field)
    # The hint is drawn in its own colour, not in the colour of typed text.
    assert palette["placeholder"] in drawn
    assert palette["text"] not in drawn
    assert field.font().italic()
    qtbot.keyClicks(field, "DEL")
    settle(window)
    drawn = colours(field)
    assert palette["text"] in drawn
    assert palette["placeholder"] not in drawn
    assert not field.font().italic()
    field.clear()
    settle(window)
    assert field.font().italic()


@pytest.mark.parametrize("theme", THEMES)
def test_the_note_example_is_a_hint(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(data_dir, theme=theme.value)
    window = make_window()
    page = NotePage()
    window.stack.addWidget(page)
    window.show_page(page)
    settle(window)
    drawn = colours(page.edit.viewport())
    assert palette["placeholder"] in drawn
    assert palette["text"] not in drawn
    assert page.edit.font().italic()
    page.edit.setFocus()
    qtbot.keyClicks(page.edit, "8 km")
    settle(window)
    assert not page.edit.font().italic()
    assert palette["text"] in colours(page.edit.viewport())


@pytest.mark.parametrize("theme", list(PALETTES))
def test_hints_are_readable_yet_lighter_than_text(theme: Theme) -> None:
    palette = PALETTES[theme]
    hint = contrast_ratio(palette["placeholder"], palette["window"])
    text = contrast_ratio(palette["text"], palette["window"])
    assert hint >= 4.5
    # Told apart from typed text at a glance: clearly less contrast than it.
    assert text / hint >= 1.5, f"{theme}: text {text:.1f}:1, hint {hint:.1f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_delete_all_is_muted_while_disabled(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(data_dir, theme=theme.value)
    window = make_window()
    page = settings_page(qtbot, window)
    button = page.delete_button
    assert not button.isEnabled()
    drawn = colours(button)
    assert palette["disabled_bg"] in drawn
    assert palette["disabled_text"] in drawn
    assert palette["danger"] not in drawn
    qtbot.keyClicks(page.delete_word, "DELETE")
    settle(window)
    assert button.isEnabled()
    drawn = colours(button)
    assert palette["danger"] in drawn
    assert palette["on_danger"] in drawn
