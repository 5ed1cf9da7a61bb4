"""The history screen, driven as a person would, on a real database of known sessions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from history_data import ANKLE_LEFT, ANKLE_RIGHT, LUNGE_RIGHT, NOW, sessions_csv
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from kneeapp.cli import main as cli_main
from kneeapp.domain.asymmetry import RULES, compare
from kneeapp.domain.trends import Series, SeriesPoint
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData


@pytest.fixture
def imported(tmp_path: Path, data_dir: Path) -> Path:
    """The data folder after importing the known sessions with `kneeapp import`."""
    file = tmp_path / "sessions.csv"
    file.write_text(sessions_csv(), encoding="utf-8")
    assert cli_main(["import", str(file), "--data-dir", str(data_dir)]) == 0
    return data_dir


def open_history(qtbot: QtBot, make_window: WindowFactory) -> HistoryPage:
    window = make_window(clock=lambda: NOW)
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    # The first history of a run draws its charts once the page is on screen.
    qtbot.waitUntil(lambda: not page.charts_pending)
    return page


def rounded(values: list[float]) -> list[float]:
    return [round(v, 1) for v in values]


def expected_signed(left: tuple[int, ...], right: tuple[int, ...]) -> list[float]:
    return [compare("range", a, b).signed_value for a, b in zip(left, right, strict=True)]


def test_list_shows_sessions_newest_first(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    model = page.model
    assert model.rowCount() == 10
    assert page.count_label.text() == "10 saved sessions, newest first"
    first = model.data(model.index(0, 0))
    assert isinstance(first, str)
    assert first.startswith("01 June 2026")
    assert "Step test, Kneeling lunge" in first and "flagged: step test pain" in first
    last = model.data(model.index(9, 0))
    assert isinstance(last, str) and last.startswith("03 March 2026")
    assert "step test range" in last
    # The newest one is chosen and its detail shown.
    assert page.detail_title.text().startswith("01 June 2026")
    assert "Your left ankle moved less than your right" in page.detail_text.text()
    assert page.note_edit.toPlainText() == "week 9"


def test_charts_plot_signed_asymmetry_with_band_and_summary(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    ankle = page.sections["ankle_step"]
    assert ankle.isVisible()
    _, y = ankle.chart.plotted()
    assert rounded(y) == rounded(expected_signed(ANKLE_LEFT, ANKLE_RIGHT))
    assert all(value > 0 for value in y)  # left worse sits above zero
    x, _ = ankle.chart.asymmetry_curve.getData()
    assert len(x) == 10 and list(x) == sorted(x)
    # The band is the flag rule in points: 2 points or more is pointed out.
    assert tuple(ankle.chart.band.getRegion()) == pytest.approx((-1.5, 1.5))
    assert "2 points or more" in ankle.chart.band_caption.text()

    lunge = page.sections["kneeling_lunge"]
    _, y = lunge.chart.plotted()
    expected = expected_signed((7,) * 10, LUNGE_RIGHT)
    assert rounded(y) == rounded(expected)
    assert min(y) < 0 < max(y)  # right worse sits below zero
    assert not page.sections["single_leg_bridge"].isVisible()

    text = ankle.summary.text()
    assert text == (
        "Step test (range): left ankle worse in 8 of the last 8 sessions; "
        "asymmetry fell from 6.3 points to 2 points since 3 March."
    )
    assert ankle.summary.accessibleDescription() == text
    assert "about the same" in lunge.summary.text()


def test_points_give_their_exact_values(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    chart = open_history(qtbot, make_window).sections["ankle_step"].chart
    chart.window().resize(1920, 1080)
    x, y = chart.asymmetry_curve.getData()
    view = chart.plot_widget.getPlotItem().getViewBox()

    def screen_point(index: int) -> QPoint:
        scene = view.mapViewToScene(QPointF(float(x[index]), float(y[index])))
        return chart.plot_widget.mapFromScene(scene)

    viewport = chart.plot_widget.viewport()
    # Hovering near the first point shows its values; a click or tap writes them below.
    qtbot.mouseMove(viewport, screen_point(0))
    qtbot.waitUntil(lambda: "03 March 2026" in chart.plot_widget.toolTip())
    assert "left 3, right 10; left worse by 7 points" in chart.plot_widget.toolTip()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=screen_point(9))
    qtbot.waitUntil(lambda: "01 June 2026" in chart.readout.text())
    assert "left 8, right 9; left worse by 1 point" in chart.readout.text()


@pytest.mark.parametrize(
    ("check_id", "measure_id", "pairs"),
    [
        ("ankle_step", "range", [(1, 2), (3, 6), (2, 4), (5, 5), (9, 10), (10, 7)]),
        ("ankle_step", "knee_to_wall", [(6.5, 11), (10, 11.5), (10, 12), (9, 9), (12, 10)]),
        ("single_leg_bridge", "reps", [(9, 10), (8, 9), (20, 10), (19, 20), (0, 3)]),
        ("kneeling_lunge", "pain", [(0, 1), (0, 2), (3, 0), (7, 7), (4, 5)]),
    ],
)
def test_every_flagged_point_lies_outside_the_band_and_every_other_inside(
    qtbot: QtBot, check_id: str, measure_id: str, pairs: list[tuple[float, float]]
) -> None:
    # One rule, one story: the flag, the band and the caption say the same thing.
    series = Series.compared(
        check_id,
        measure_id,
        [
            SeriesPoint((NOW - timedelta(days=len(pairs) - day)).timestamp(), left, right)
            for day, (left, right) in enumerate(pairs)
        ],
    )
    chart = AsymmetryChart()
    qtbot.addWidget(chart)
    chart.plot(ChartData.of(series, value_name=measure_id))
    low, high = chart.band.getRegion()
    assert low == -high
    _, plotted = chart.plotted()
    assert len(plotted) == len(pairs)
    for (left, right), value in zip(pairs, plotted, strict=True):
        flagged = compare(measure_id, left, right).flagged
        assert bool(abs(value) > high) == flagged, (left, right, value, high)
    assert RULES[measure_id].plain in chart.band_caption.text()
