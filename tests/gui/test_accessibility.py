"""Every screen, at the largest text size: controls named, no text cut off, Tab in reading
order. The colour pairs of each theme are checked in tests/unit/test_themes.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y import clipped_texts, out_of_reading_order, rendered_contrast, unnamed_controls
from gui_steps import WindowFactory
from pytestqt.qtbot import QtBot
from screens import flow_screens, kiosk_screens, settle, write_display

from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.settings import SettingsPage


def check_screen(window: MainWindow, name: str, problems: dict[str, list[str]]) -> None:
    for kind, found in (
        ("no accessible name", unnamed_controls(window)),
        ("text cut off", clipped_texts(window)),
        ("Tab out of reading order", out_of_reading_order(window)),
    ):
        problems[f"{name}: {kind}"] = found


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{key}:\n    " + "\n    ".join(v) for key, v in problems.items() if v)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_screen_at_extra_large_text(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, language: str
) -> None:
    write_display(data_dir, language=language, text_size="extra_large", theme="high_contrast")
    window = make_window()
    problems: dict[str, list[str]] = {}
    for name in flow_screens(qtbot, window):
        check_screen(window, name, problems)
    assert not report(problems), report(problems)


def test_kiosk_screens_at_extra_large_text(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    write_display(data_dir, language="es", text_size="extra_large")
    problems: dict[str, list[str]] = {}
    for name, window in kiosk_screens(qtbot, make_window, data_dir):
        check_screen(window, name, problems)
    assert not report(problems), report(problems)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_controls_are_drawn_in_the_theme_colours(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: str
) -> None:
    """Drawn text, not only the palette: combo boxes, hints in empty fields and buttons
    keep 4.5:1 against what they are drawn on."""
    write_display(data_dir, theme=theme)
    window = make_window()
    window.resize(1024, 768)
    window.home.settings_button.click()
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settle(window)
    drawn = {
        "language box": rendered_contrast(settings.language, right=40),
        "theme box": rendered_contrast(settings.theme, right=40),
        "hint in the DELETE field": rendered_contrast(settings.delete_word),
        "button": rendered_contrast(settings.open_folder_button),
        "primary button": rendered_contrast(settings.back_button),
        "chosen text size": rendered_contrast(settings.text_size.buttons[0]),
    }
    low = {name: round(ratio, 2) for name, ratio in drawn.items() if ratio < 4.5}
    assert not low, low
