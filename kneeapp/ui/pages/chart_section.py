"""One measure of one check on the history page: its chart, and beside it the same story
in words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kneeapp.domain.checks import CHECKS
from kneeapp.domain.measures import MEASURES, Measure
from kneeapp.domain.trends import Series, primary_measure, side_summary, summary
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.pages.base import wrapped_label
from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData


class ChartSection(QFrame):
    """One measure of one check: its chart, and beside it the same story in words.

    By default the check's asymmetry chart; ``measure_id`` given, that measure's left
    and right values over time (pain, knee-to-wall distance).
    """

    def __init__(self, check_id: str, measure_id: str | None = None) -> None:
        super().__init__()
        self.setObjectName("chartSection")
        self.check_id = check_id
        self.sides_only = measure_id is not None
        self.measure_id = measure_id or primary_measure(check_id)
        check = CHECKS[check_id]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        measure = MEASURES[self.measure_id]
        title = qt_translate("Checks", check.title)
        heading = (
            self.tr("{title}: {measure}, left and right")
            if self.sides_only
            else self.tr("{title}: {measure}")
        )
        self.title = wrapped_label(
            heading.format(title=title, measure=qt_translate("Measures", measure.label)),
            "sectionTitle",
        )
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.chart = AsymmetryChart(sides_only=self.sides_only)
        self.chart_data: ChartData | None = None
        self.chart.setAccessibleName(
            heading.format(title=title, measure=qt_translate("Measures", measure.label))
            if self.sides_only
            else self.tr("{title} chart").format(title=title)
        )
        row.addWidget(self.chart, 3)
        self.summary = wrapped_label("", "chartSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumWidth(220)
        row.addWidget(self.summary, 2)
        layout.addLayout(row)

    def show_series(
        self, series: Series, x_range: tuple[float, float] | None, *, draw: bool = True
    ) -> None:
        """The summary at once; the chart too, or (``draw=False``) when ``draw_chart`` is
        called."""
        # The asymmetry's words look only at the sessions with both sides.
        text = (
            side_summary(series, qt_translate)
            if self.sides_only
            else summary(
                Series.compared(series.check_id, series.measure_id, series.points),
                translate=qt_translate,
            )
        )
        self.summary.setText(text)
        title = qt_translate("Checks", CHECKS[self.check_id].title)
        if self.sides_only:
            title = self.title.text()
        self.summary.setAccessibleName(self.tr("{title} summary").format(title=title))
        self.summary.setAccessibleDescription(text)
        self.chart.setAccessibleDescription(text)
        data = ChartData.of(series, value_name=value_name(series.measure), x_range=x_range)
        self.chart_data = replace(data, title=title)
        if draw:
            self.draw_chart()
        else:
            self.chart.show_waiting()

    def draw_chart(self) -> None:
        assert self.chart_data is not None, "show_series first"
        self.chart.plot(self.chart_data)


def value_name(measure: Measure) -> str:
    """The measure with its unit, as the raw-values chart's axis names it."""
    unit = measure.kind.unit_name  # never a stored id like "score_0_10"
    return QCoreApplication.translate("History", "{measure} ({unit})").format(
        measure=qt_translate("Measures", measure.label),
        unit=QCoreApplication.translate("History", unit),
    )
