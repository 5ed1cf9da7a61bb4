"""The history screen at 1024×768: a chart in sight at once, rows read at a glance, the
quiet delete, the legend beside the data, a period that fits the data, and the wheel
scrolling the page wherever the pointer is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from history_data import FIRST, NOW, sessions_csv
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from screens import SCREEN_SIZE, settle, write_display

from kneeapp.cli import main as cli_main
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.themes import PALETTES, Theme


@pytest.fixture
def imported(tmp_path: Path, data_dir: Path) -> Path:
    file = tmp_path / "sessions.csv"
    file.write_text(sessions_csv(), encoding="utf-8")
    assert cli_main(["import", str(file), "--data-dir", str(data_dir)]) == 0
    return data_dir


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    window.resize(*SCREEN_SIZE)
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(lambda: not page.charts_pending)
    settle(window)
    return page


def visible_height(widget: QWidget, page: HistoryPage) -> int:
    """How many pixel rows of ``widget`` the page shows without scrolling."""
    viewport = page.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return max(0, min(top + widget.height(), viewport.height()) - max(top, 0))


@pytest.mark.parametrize(
    ("size", "language"), [("normal", "en"), ("extra_large", "en"), ("extra_large", "es")]
)
def test_a_chart_is_in_sight_without_scrolling(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, size: str, language: str
) -> None:
    write_display(imported, text_size=size, language=language)
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    assert page.scroll_area.verticalScrollBar().value() == 0
    plot = page.sections["ankle_step"].chart.plot_widget
    assert visible_height(plot, page) >= min(plot.height(), 180)


def test_rows_lead_with_the_date_and_count_checks_and_findings(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    model = page.model
    first = model.data(model.index(0, 0))
    assert isinstance(first, str)
    day, summary = first.split("\n")
    assert re.match(r"1 June 2026", day)
    assert summary == "2 checks · 1 pointed out"
    last = model.data(model.index(9, 0))
    assert isinstance(last, str)
    assert last.split("\n")[1] == "2 checks · 2 pointed out"
    # The whole row fits: nothing cut off with "…".
    view = page.list_view
    metrics = view.fontMetrics()
    for line in first.split("\n"):
        assert metrics.horizontalAdvance(line) < view.viewport().width()
    # Which checks, and what was pointed out, are in the chosen row's detail.
    assert "Step test" in page.detail_text.text()


def test_rows_in_spanish_use_its_plurals(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    write_display(imported, language="es")
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    first = page.model.data(page.model.index(0, 0))
    assert isinstance(first, str)
    assert first.split("\n")[1] == "2 pruebas · 1 señalada"


def test_deleting_a_session_is_a_quiet_button(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    button = page.delete_button
    assert button.objectName() == "quiet"
    image = button.grab().toImage()
    danger = PALETTES[Theme.LIGHT]["danger"]
    centre = image.pixelColor(image.width() // 2, 6).name()
    assert centre != danger


def test_the_legend_is_beside_the_plot_not_on_it(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    click(qtbot, page.raw_toggle)
    settle(page)
    chart = page.sections["ankle_step"].chart
    assert chart.legend_row.isVisible()
    texts = chart.legend_text()
    assert "Left (circles)" in texts and "Right (triangles)" in texts
    plot = chart.plot_widget
    legend_box = chart.legend_row.geometry()
    legend_box.moveTo(chart.legend_row.mapTo(chart, QPoint(0, 0)))
    plot_box = plot.geometry()
    plot_box.moveTo(plot.mapTo(chart, QPoint(0, 0)))
    assert not legend_box.intersects(plot_box)
    # Nothing of pyqtgraph's own legend is drawn over the data.
    assert plot.getPlotItem().legend is None
    click(qtbot, page.raw_toggle)
    assert not chart.legend_row.isVisible()  # the asymmetry has its band caption


def test_the_first_period_fits_the_data(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    assert page.range_row.choice() == 3  # all of it
    chart = page.sections["ankle_step"].chart
    start, end = chart.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    times, _ = chart.plotted()
    data_span = times[-1] - times[0]
    assert times[0] >= FIRST.timestamp()
    assert data_span / (end - start) >= 0.8  # the sessions fill the width


def wheel_at(widget: QWidget, position: QPoint, *, notches: int = -3) -> None:
    """Turn the mouse wheel over ``position`` (negative: towards the person, down)."""
    global_position = QPointF(widget.mapToGlobal(position))
    event = QWheelEvent(
        QPointF(position),
        global_position,
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("where", ["axis", "plot"])
def test_the_wheel_over_a_chart_scrolls_the_page(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, where: str
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    chart = page.sections["ankle_step"].chart
    plot = chart.plot_widget
    item = plot.getPlotItem()
    before = item.getViewBox().viewRange()
    axis = item.getAxis("left")
    spot = (
        axis.sceneBoundingRect().center()
        if where == "axis"
        else item.getViewBox().sceneBoundingRect().center()
    )
    position = plot.mapFromScene(spot)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    start = bar.value()
    wheel_at(plot.viewport(), position)
    assert bar.value() > start
    assert item.getViewBox().viewRange() == before  # no zoom


def test_axis_titles_name_units_in_words(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window(clock=lambda: NOW))
    click(qtbot, page.raw_toggle)
    for section in [*page.sections.values(), *page.side_sections.values()]:
        if not section.isVisible():
            continue
        label = section.chart.plot_widget.getPlotItem().getAxis("left").labelText
        assert label and not re.search(r"_|score|nprs", label), label
