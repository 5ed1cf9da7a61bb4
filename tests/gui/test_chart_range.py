"""A chart of a short history shows weeks around its sessions, never hours of one day."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from kneeapp.domain.trends import Series, SeriesPoint
from kneeapp.ui.widgets.asymmetry_chart import MIN_SPAN_S, AsymmetryChart, ChartData


def test_a_single_session_sits_in_the_middle_of_six_weeks(qtbot: QtBot) -> None:
    when = datetime(2026, 5, 12, 9, tzinfo=UTC).timestamp()
    series = Series("ankle_step", "range", (SeriesPoint(when, 4, 7),))
    chart = AsymmetryChart()
    qtbot.addWidget(chart)
    chart.plot(ChartData.of(series, value_name="range"))
    start, end = chart.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert end - start >= MIN_SPAN_S
    assert abs((start + end) / 2 - when) < 3600
    assert chart.plotted() == ([when], [3.0])
