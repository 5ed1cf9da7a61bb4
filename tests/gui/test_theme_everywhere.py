"""Every theme reaches every part: the tick in a check box, the charts (background,
axes, lines, text size) and the selected row of a list, measured on what is drawn."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from history_data import NOW, sessions_csv
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot
from screens import SCREEN_SIZE, settle, write_display

from kneeapp.cli import main as cli_main
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.settings import SettingsPage
from kneeapp.ui.style import TextSize, base_font_px
from kneeapp.ui.themes import PALETTES, Theme, contrast_ratio

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]
# Graphics and the parts of a chart: WCAG's 3:1 for what is not text.
GRAPHICS = 3.0


def pixels(widget: QWidget, area: QRect | None = None) -> list[str]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    area = image.rect() if area is None else area.intersected(image.rect())
    return [
        QColor(image.pixel(x, y)).name()
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]


@pytest.fixture
def imported(tmp_path: Path, data_dir: Path) -> Path:
    file = tmp_path / "sessions.csv"
    file.write_text(sessions_csv(), encoding="utf-8")
    assert cli_main(["import", str(file), "--data-dir", str(data_dir)]) == 0
    return data_dir


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(lambda: not page.charts_pending)
    settle(window)
    return page


@pytest.mark.parametrize("theme", THEMES)
def test_the_tick_stands_out_from_the_ticked_box(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(data_dir, theme=theme.value)
    window = make_window()
    click(qtbot, window.home.start_button)
    page = window.current_page()
    assert isinstance(page, ChooseChecksPage)
    box = list(page.boxes.values())[1]  # not the one with the focus frame
    box.setChecked(True)
    settle(window)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    inside = indicator.adjusted(3, 3, -3, -3)
    drawn = pixels(box, inside)
    assert drawn.count(palette["accent"]) > len(drawn) / 3  # the ticked box's colour
    tick = [c for c in drawn if contrast_ratio(c, palette["accent"]) >= GRAPHICS]
    assert len(tick) >= 20, f"{theme}: the tick barely differs from the box"


@pytest.mark.parametrize("theme", THEMES)
def test_charts_take_the_theme_colours(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(imported, theme=theme.value)
    window = make_window(clock=lambda: NOW)
    window.resize(*SCREEN_SIZE)
    page = open_history(qtbot, window)
    click(qtbot, page.raw_toggle)  # the left and right lines too
    chart = page.sections["ankle_step"].chart
    plot = chart.plot_widget
    background = plot.backgroundBrush().color().name()
    assert background == palette["window"]
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        assert axis.textPen().color().name() == palette["text"]
        assert contrast_ratio(axis.pen().color().name(), background) >= GRAPHICS
    for curve in (chart.left_curve, chart.right_curve):
        colour = curve.opts["pen"].color().name()
        assert contrast_ratio(colour, background) >= GRAPHICS, (theme, colour)
    assert chart.left_curve.opts["pen"].color() != chart.right_curve.opts["pen"].color()
    click(qtbot, page.raw_toggle)
    colour = chart.asymmetry_curve.opts["pen"].color().name()
    assert contrast_ratio(colour, background) >= GRAPHICS
    # What is drawn: the plot's own background, none of the old white in a dark theme.
    drawn = pixels(plot)
    assert drawn.count(palette["window"]) > len(drawn) / 2


def tick_px(chart_page: HistoryPage) -> int:
    axis = chart_page.sections["ankle_step"].chart.plot_widget.getPlotItem().getAxis("bottom")
    return int(axis.style["tickFont"].pixelSize())


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE])
def test_chart_labels_follow_the_text_size(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, size: TextSize
) -> None:
    write_display(imported, text_size=size.value)
    window = make_window(clock=lambda: NOW)
    window.resize(*SCREEN_SIZE)
    page = open_history(qtbot, window)
    base = base_font_px(size, kiosk=False)
    assert tick_px(page) >= round(base * 0.8)
    label = page.sections["ankle_step"].chart.plot_widget.getPlotItem().getAxis("left").label
    sizes = [int(px) for px in re.findall(r"font-size:(\d+)px", label.toHtml())]
    assert sizes
    assert min(sizes) >= round(base * 0.8)


def test_a_chart_follows_a_theme_chosen_later(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    window = make_window(clock=lambda: NOW)
    window.resize(*SCREEN_SIZE)
    page = open_history(qtbot, window)
    small = tick_px(page)
    click(qtbot, page.back_button)
    click(qtbot, window.home.settings_button)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.theme.setCurrentIndex(settings.theme.findData("high_contrast"))
    click(qtbot, settings.text_size.buttons[2])
    click(qtbot, settings.back_button)
    page = open_history(qtbot, window)
    plot = page.sections["ankle_step"].chart.plot_widget
    assert plot.backgroundBrush().color().name() == PALETTES[Theme.HIGH_CONTRAST]["window"]
    assert tick_px(page) > small


@pytest.mark.parametrize("theme", THEMES)
def test_the_chosen_row_has_the_theme_selection_colours(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, theme: Theme
) -> None:
    palette = PALETTES[theme]
    write_display(imported, theme=theme.value)
    window = make_window(clock=lambda: NOW)
    window.resize(*SCREEN_SIZE)
    page = open_history(qtbot, window)
    view = page.list_view
    row = view.visualRect(view.currentIndex())
    drawn = pixels(view.viewport(), row.adjusted(2, 2, -2, -2))
    background = max(set(drawn), key=drawn.count)
    assert background == palette["selection"]
    text = [c for c in drawn if contrast_ratio(c, background) >= 4.5]
    assert text, f"{theme}: no readable text on the chosen row"
    assert contrast_ratio(palette["on_selection"], palette["selection"]) >= 4.5
