"""The one module that talks to pyqtgraph: a chart of one check over time.

pyqtgraph is imported on the first plot, so starting KneeCheck or an empty
history never loads it.
"""

from __future__ import annotations

import math
import sys
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.asymmetry import Scale, rule_for
from kneeapp.domain.dates import format_moment, localized_short_names
from kneeapp.domain.trends import (
    Series,
    asymmetry_unit,
    band_edge,
    flag_threshold,
    pointed_out,
)
from kneeapp.domain.validation import format_number
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.style import theme_colours

# The colours are the theme's (themes.py): left blue, drawn with circles and a solid
# line; right orange, with triangles and a dashed line; the asymmetry in the text colour.
# A broad translucent bar from one side's value to the other's, where the sides were
# pointed out: the rule seen on a chart of the values themselves.
POINTED_OUT_ALPHA = 90
BAND_ALPHA = 45  # the band, in a neutral colour: it is where nothing stands out
CHART_HEIGHT = 240
# About twice the pixels across a full-screen chart: more points could not be seen.
CHART_POINTS = 2000
MAX_CHART_HEIGHT = 340
MAX_SYMBOLS = 1000
MIN_SPAN_S = 42 * 86400.0  # the shortest stretch of time a chart's date axis shows


def _amount(value: float, unit: str) -> str:
    """'2 points', '1.5 cm', '10.0 %', '5.0°': the one formatter of the domain."""
    return Scale(unit).amount(value, qt_translate)


def _unit(unit: str) -> str:
    """'%', 'cm' and '°' stay; 'points' in the person's language."""
    return Scale(unit).symbol(qt_translate)


TICK_TEXT_PX = 13  # the smallest tick labels, whatever the text size
TICK_SCALE = 0.85  # tick labels beside the body text: a little smaller, never tiny
SYMBOLS = ("o", "t")  # left and asymmetry: circles; right: triangles
MIN_LABEL_GAP_PX = 56  # room for the widest date label ("Sep 30") and a space


@dataclass(frozen=True)
class ChartData:
    """What one chart shows; times are seconds since the epoch, oldest first.

    ``times``, ``signed``, ``left`` and ``right`` are the sessions with both sides (the
    asymmetry); ``side_*`` every session with at least one side, a missing side NaN.
    """

    title: str
    times: Sequence[float]
    signed: Sequence[float]  # asymmetry, positive = left worse
    left: Sequence[float]
    right: Sequence[float]
    threshold: float  # flag threshold, in the asymmetry's unit
    band: float  # the band's edge: flagged points lie beyond it, the others within
    unit: str  # "points", "cm", "%" or "deg"
    rule: str  # the flag rule in one sentence, as the caption says it
    value_name: str  # the raw measure, e.g. "range (0-10)"
    value_range: tuple[float, float]
    x_range: tuple[float, float] | None = None
    side_times: Sequence[float] = ()
    side_left: Sequence[float] = ()  # NaN: that side has no value (not rated or skipped)
    side_right: Sequence[float] = ()
    side_flagged: Sequence[bool] = ()  # the two sides were pointed out

    @classmethod
    def of(
        cls, series: Series, *, value_name: str, x_range: tuple[float, float] | None = None
    ) -> ChartData:
        """What to draw for one measure's series (the asymmetry uses the sessions with
        both sides; the left and right values every session with one)."""
        measure = series.measure
        compared = Series.compared(series.check_id, series.measure_id, series.points)
        sides = [p for p in series.points if p.left is not None or p.right is not None]
        nan = math.nan
        return cls(
            title=series.check.title,
            times=[p.timestamp for p in compared.points],
            signed=compared.signed_values(),
            left=[p.left for p in compared.points if p.left is not None],
            right=[p.right for p in compared.points if p.right is not None],
            side_times=[p.timestamp for p in sides],
            side_left=[nan if p.left is None else p.left for p in sides],
            side_right=[nan if p.right is None else p.right for p in sides],
            side_flagged=pointed_out(Series(series.check_id, series.measure_id, tuple(sides))),
            threshold=flag_threshold(series.measure_id),
            band=band_edge(series.measure_id),
            unit=asymmetry_unit(series.measure_id),
            rule=qt_translate("Rules", rule_for(series.measure_id).plain),
            value_name=value_name,
            value_range=(measure.minimum, measure.maximum),
            x_range=x_range,
        )

    def describe(self, index: int) -> str:
        """The exact values of one point, as a tooltip or a tapped readout."""
        when = format_moment(datetime.fromtimestamp(self.times[index]).astimezone(), qt_translate)
        signed = self.signed[index]
        amount = _amount(abs(signed), self.unit)
        if signed > 0:
            side = QCoreApplication.translate("AsymmetryChart", "left worse by {amount}").format(
                amount=amount
            )
        elif signed < 0:
            side = QCoreApplication.translate("AsymmetryChart", "right worse by {amount}").format(
                amount=amount
            )
        else:
            side = QCoreApplication.translate("AsymmetryChart", "both sides the same")
        return QCoreApplication.translate(
            "AsymmetryChart", "{when}: left {left}, right {right}; {side}"
        ).format(
            when=when,
            left=format_number(self.left[index], qt_translate),
            right=format_number(self.right[index], qt_translate),
            side=side,
        )

    def describe_sides(self, index: int) -> str:
        """One session's left and right values; a missing side says it has none."""
        when = format_moment(
            datetime.fromtimestamp(self.side_times[index]).astimezone(), qt_translate
        )
        none = QCoreApplication.translate("AsymmetryChart", "no value")
        left, right = self.side_left[index], self.side_right[index]
        text = QCoreApplication.translate("AsymmetryChart", "{when}: left {left}, right {right}")
        text = text.format(
            when=when,
            left=none if math.isnan(left) else format_number(left, qt_translate),
            right=none if math.isnan(right) else format_number(right, qt_translate),
        )
        if self.side_flagged[index]:
            text += QCoreApplication.translate("AsymmetryChart", "; pointed out")
        return text

    def nearest(self, time: float, times: Sequence[float] | None = None) -> int:
        times = self.times if times is None else times
        position = bisect_left(times, time)
        if position <= 0:
            return 0
        if position >= len(times):
            return len(times) - 1
        before, after = times[position - 1], times[position]
        return position if after - time < time - before else position - 1


@cache
def _make_axes(pg: Any) -> tuple[Any, Any, Any]:
    """The axis classes, made once: they can only exist after pyqtgraph is imported."""

    class SignedAxis(pg.AxisItem):  # type: ignore[misc]
        """Tick labels 'L 20' above zero and 'R 20' below: which side, without colour."""

        signed = True

        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            if not self.signed:
                return [format_number(value * scale, qt_translate) for value in values]
            strings = []
            for value in values:
                amount = format_number(abs(value) * scale, qt_translate)
                if value > 0:
                    strings.append(
                        QCoreApplication.translate("AsymmetryChart", "L {amount}").format(
                            amount=amount
                        )
                    )
                elif value < 0:
                    strings.append(
                        QCoreApplication.translate("AsymmetryChart", "R {amount}").format(
                            amount=amount
                        )
                    )
                else:
                    strings.append("0")
            return strings

    class DateAxis(pg.DateAxisItem):  # type: ignore[misc]
        """Dates that never overlap: a day tick next to a month tick loses its label."""

        def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
            levels: list[Any] = super().tickValues(minVal, maxVal, size)
            if size <= 0 or maxVal <= minVal:
                return levels
            gap = MIN_LABEL_GAP_PX * (maxVal - minVal) / size
            kept: list[float] = []
            result = []
            for spacing, values in levels:
                values = [v for v in values if all(abs(v - k) >= gap for k in kept)]
                kept.extend(values)
                result.append((spacing, values))
            return result

        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            # pyqtgraph writes English month and day names ("Apr", "Mon 06").
            strings: list[str] = super().tickStrings(values, scale, spacing)
            return [localized_short_names(text, qt_translate) for text in strings]

    class ChartView(pg.PlotWidget):  # type: ignore[misc]
        """A readout, not a zoomable view: the wheel scrolls the page it is on, wherever
        the pointer is (plot or axis)."""

        def wheelEvent(self, event: QWheelEvent) -> None:
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()
                return
            viewport = area.viewport()
            # Handed to the page's scroll area as it is, rather than left to propagate:
            # Qt passes on only the wheel events that come from the system.
            forwarded = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
            event.accept()

    return SignedAxis, DateAxis, ChartView


def chart_library_loaded() -> bool:
    """Whether pyqtgraph is imported yet: the first chart of a run pays for that import
    (about half a second), every later one draws in milliseconds."""
    return "pyqtgraph" in sys.modules


class AsymmetryChart(QWidget):
    """Signed asymmetry over time, with the flag band; or the raw left and right values.

    ``sides_only``: always the left and right values (pain, knee-to-wall distance).
    """

    def __init__(self, parent: QWidget | None = None, *, sides_only: bool = False) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.sides_only = sides_only
        self.show_raw = sides_only
        self.plot_widget: Any = None
        self.value_axis: Any = None
        self.zero_line: Any = None
        self.asymmetry_curve: Any = None
        self.left_curve: Any = None
        self.right_curve: Any = None
        self.pointed_curve: Any = None
        self.band: Any = None
        self._text_px: int | None = None  # set_text_size's; else from the text size
        self._look: tuple[int, int] | None = None  # (theme, tick size) last applied

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        halves = QVBoxLayout()
        self.left_worse_label = QLabel(
            QCoreApplication.translate("AsymmetryChart", "Left\nworse ▲")
        )
        self.left_worse_label.setTextFormat(Qt.TextFormat.PlainText)
        self.right_worse_label = QLabel(
            QCoreApplication.translate("AsymmetryChart", "Right\nworse ▼")
        )
        self.right_worse_label.setTextFormat(Qt.TextFormat.PlainText)
        for label, align in (
            (self.left_worse_label, Qt.AlignmentFlag.AlignTop),
            (self.right_worse_label, Qt.AlignmentFlag.AlignBottom),
        ):
            label.setObjectName("chartHalf")
            label.setAlignment(align | Qt.AlignmentFlag.AlignRight)
        halves.addWidget(self.left_worse_label)
        halves.addStretch(1)
        halves.addWidget(self.right_worse_label)
        self.halves = QWidget()
        self.halves.setLayout(halves)
        halves.setContentsMargins(0, 6, 0, 30)
        self.row.addWidget(self.halves)
        outer.addLayout(self.row, 1)
        # Which line is which, under the plot (never over the data), in the theme's colours
        # and the text size.
        self.legend_row = QLabel("")
        self.legend_row.setTextFormat(Qt.TextFormat.RichText)
        self.legend_row.setObjectName("chartLegend")
        self.legend_row.setWordWrap(True)
        self.legend_row.hide()
        outer.addWidget(self.legend_row)
        self._legend: list[tuple[str, str, str]] = []  # (symbol, colour name, words)
        self.band_caption = QLabel("")
        self.band_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.band_caption.setObjectName("chartCaption")
        self.band_caption.setWordWrap(True)
        outer.addWidget(self.band_caption)
        self.readout = QLabel("")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setObjectName("chartCaption")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(QCoreApplication.translate("AsymmetryChart", "Chosen point"))
        outer.addWidget(self.readout)
        self.setMinimumHeight(CHART_HEIGHT)

    # -- building ---------------------------------------------------------------

    def _ensure_plot(self) -> Any:
        if self.plot_widget is not None:
            return self.plot_widget
        import pyqtgraph as pg

        signed_axis, date_axis, plot_widget = _make_axes(pg)
        self.value_axis = signed_axis(orientation="left")
        axes = {"bottom": date_axis(orientation="bottom"), "left": self.value_axis}
        widget = plot_widget(axisItems=axes)
        # The plot's own height is bounded, not the chart's: the captions under it take
        # what their words need at any text size, never drawn over the plot.
        widget.setMinimumHeight(CHART_HEIGHT - 40)
        widget.setMaximumHeight(MAX_CHART_HEIGHT - 40)
        item = widget.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.25)
        # A readout, not an editor: no dragging the view away on a touch screen.
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")

        self.band = pg.LinearRegionItem(
            values=(0, 0),
            orientation="horizontal",
            movable=False,
        )
        self.band.setZValue(-10)
        item.addItem(self.band)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0)
        item.addItem(self.zero_line)
        common = {"clipToView": True, "autoDownsample": True, "downsampleMethod": "peak"}
        # One broad segment per pointed-out session, from one side's value to the other's.
        self.pointed_curve = pg.PlotDataItem(connect="pairs")
        self.pointed_curve.setZValue(-5)
        item.addItem(self.pointed_curve)
        self.asymmetry_curve = pg.PlotDataItem(
            symbol="o",
            symbolSize=8,
            name="Asymmetry",
            **common,
        )
        self.left_curve = pg.PlotDataItem(
            symbol="o",
            symbolSize=9,
            name="Left (circles)",
            connect="finite",  # a side without a value leaves a gap, never a made-up point
            **common,
        )
        self.right_curve = pg.PlotDataItem(
            symbol="t",
            symbolSize=10,
            name="Right (triangles)",
            connect="finite",
            **common,
        )
        for curve in (self.asymmetry_curve, self.left_curve, self.right_curve):
            item.addItem(curve)
        # Hover shows the exact values of the nearest session; a tap or click writes
        # them below the chart. Done on the scene, so it works however dense the data.
        widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        widget.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        item.disableAutoRange()
        self.row.addWidget(widget, 1)
        self.plot_widget = widget
        self._apply_look()
        return widget

    # -- the theme and the text size -------------------------------------------

    def _tick_px(self) -> int:
        if self._text_px is not None:
            return self._text_px
        body = self.font().pixelSize()
        return max(TICK_TEXT_PX, round(body * TICK_SCALE)) if body > 0 else TICK_TEXT_PX

    def _apply_look(self) -> None:
        """The window's theme and text size on the chart: its background, axes, lines and
        labels. Again whenever the style changes (another theme or text size chosen)."""
        if self.plot_widget is None:
            return
        colours = theme_colours(self)
        look = (id(colours), self._tick_px())
        if look == self._look:
            return
        self._look = look
        import pyqtgraph as pg

        def pen(name: str, **options: Any) -> Any:
            return pg.mkPen(colours[name], **options)

        def translucent(name: str, alpha: int) -> QColor:
            colour = QColor(colours[name])
            colour.setAlpha(alpha)
            return colour

        widget = self.plot_widget
        widget.setBackground(colours["window"])
        item = widget.getPlotItem()
        tick_font = QFont(self.font())
        tick_font.setPixelSize(self._tick_px())
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pen("border_strong"))
            axis.setTextPen(pen("text"))
            axis.setStyle(tickFont=tick_font)
            axis.picture = None  # the tick labels again, in the new font
        # Room under the plot for the dates at this size (the descenders included).
        item.getAxis("bottom").setHeight(round(self._tick_px() * 1.6) + 12)
        self.band.setBrush(pg.mkBrush(translucent("border_strong", BAND_ALPHA)))
        for line in self.band.lines:
            line.setPen(pen("chart_right", width=1, style=Qt.PenStyle.DashLine))
        self.zero_line.setPen(pen("border_strong", width=1))
        self.pointed_curve.setPen(
            pg.mkPen(translucent("chart_pointed", POINTED_OUT_ALPHA), width=10)
        )
        for curve, name, style in (
            (self.asymmetry_curve, "chart_line", Qt.PenStyle.SolidLine),
            (self.left_curve, "chart_left", Qt.PenStyle.SolidLine),
            (self.right_curve, "chart_right", Qt.PenStyle.DashLine),
        ):
            curve.setPen(pen(name, width=2, style=style))
            curve.setSymbolBrush(colours[name])
            curve.setSymbolPen(colours[name])
        if self.data is not None:
            self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._apply_look()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_look()

    # -- showing ----------------------------------------------------------------

    def show_waiting(self) -> None:
        """Say the chart is on its way, until ``plot`` draws it."""
        self.halves.hide()  # "Left worse" and "Right worse" label a chart not there yet
        self.readout.setText("")
        self.band_caption.setText(
            QCoreApplication.translate("AsymmetryChart", "Drawing the chart…")
        )

    def plot(self, data: ChartData) -> None:
        self.data = data
        self._ensure_plot()
        self.readout.setText("")
        self._redraw()

    def set_show_raw(self, raw: bool) -> None:
        self.show_raw = raw or self.sides_only
        if self.data is not None:
            self._redraw()

    def _redraw(self) -> None:
        data = self.data
        assert data is not None
        item = self.plot_widget.getPlotItem()
        raw = self.show_raw
        times = data.side_times if raw else data.times
        # Symbols only while they can be told apart; a dense series is drawn as a line.
        symbols = len(times) <= MAX_SYMBOLS
        shown = (self.left_curve, self.right_curve) if raw else (self.asymmetry_curve,)
        hidden = (self.asymmetry_curve,) if raw else (self.left_curve, self.right_curve)
        for curve in hidden:
            curve.setVisible(False)
            curve.setData([], [])
        self._set_ranges(item, data)
        values = {
            id(self.asymmetry_curve): data.signed,
            id(self.left_curve): data.side_left,
            id(self.right_curve): data.side_right,
        }
        for curve in shown:
            curve.setSymbol(SYMBOLS[id(curve) == id(self.right_curve)] if symbols else None)
            # A side never rated in the period has no point at all: nothing to draw.
            drawn = any(not math.isnan(value) for value in values[id(curve)])
            curve.setData(times if drawn else [], values[id(curve)] if drawn else [])
            curve.setVisible(drawn)
        pointed = [i for i, flagged in enumerate(data.side_flagged) if flagged] if raw else []
        self.pointed_curve.setData(
            [data.side_times[i] for i in pointed for _ in (0, 1)],
            [v for i in pointed for v in (data.side_left[i], data.side_right[i])],
        )
        self.pointed_curve.setVisible(bool(pointed))
        self.band.setVisible(not raw)
        self.zero_line.setVisible(not raw)
        self.halves.setVisible(not raw)
        self._legend = []
        self.value_axis.signed = not raw
        self.value_axis.picture = None  # redraw the tick labels in the new style
        self.value_axis.update()
        if raw:
            self._legend = [
                ("●", "chart_left", QCoreApplication.translate("AsymmetryChart", "Left (circles)")),
                (
                    "▼",
                    "chart_right",
                    QCoreApplication.translate("AsymmetryChart", "Right (triangles)"),
                ),
            ]
            if pointed:
                self._legend.append(
                    (
                        "▮",
                        "chart_pointed",
                        QCoreApplication.translate("AsymmetryChart", "Sides pointed out"),
                    )
                )
            item.setLabel("left", data.value_name, **self._label_style())
            self.band_caption.setText(
                QCoreApplication.translate(
                    "AsymmetryChart",
                    "Left: blue circles and solid line; right: orange triangles and dashed "
                    "line; a side not rated or skipped has no point. A broad bar joins the "
                    "two sides where they were pointed out. {rule}",
                ).format(rule=data.rule)
            )
        else:
            self.band.setRegion((-data.band, data.band))
            item.setLabel(
                "left",
                QCoreApplication.translate("AsymmetryChart", "asymmetry ({unit})").format(
                    unit=_unit(data.unit)
                ),
                **self._label_style(),
            )
            self.band_caption.setText(
                QCoreApplication.translate(
                    "AsymmetryChart", "Shaded band: not pointed out. {rule}"
                ).format(rule=data.rule)
            )

        self._show_legend()

    def _show_legend(self) -> None:
        colours = theme_colours(self)
        # Each entry kept on one line; the line breaks between entries.
        entries = [
            f'<span style="color:{colours[colour]}">{symbol}</span>&nbsp;'
            + escape(words).replace(" ", "&nbsp;")
            for symbol, colour, words in self._legend
        ]
        self.legend_row.setText("&nbsp;&nbsp; ".join(entries))
        self.legend_row.setVisible(bool(self._legend))

    def legend_text(self) -> list[str]:
        """The legend's entries, as a person reads them."""
        return [words for _, _, words in self._legend]

    def _label_style(self) -> dict[str, str]:
        """The value axis' title: in the text colour, at the tick labels' size."""
        return {"color": theme_colours(self)["text"], "font-size": f"{self._tick_px()}px"}

    def _set_ranges(self, item: Any, data: ChartData) -> None:
        times = data.side_times if self.show_raw else data.times
        if self.show_raw:
            low, high = data.value_range
            pad = (high - low) * 0.08 or 1
            item.setYRange(low - pad, high + pad, padding=0)
        else:
            peak = max(max((abs(v) for v in data.signed), default=0.0), data.threshold)
            top = peak * 1.15 or 1
            item.setYRange(-top, top, padding=0)
        if data.x_range is not None:
            start, end = data.x_range
            if times:
                start, end = min(start, times[0]), max(end, times[-1])
            item.setXRange(start, end, padding=0.02)
        elif times:
            # A short history (one session, a few days) sits in the middle of six weeks,
            # so the date axis names days and months instead of hours.
            span = max(times[-1] - times[0], MIN_SPAN_S)
            middle = (times[0] + times[-1]) / 2
            item.setXRange(middle - span * 0.53, middle + span * 0.53, padding=0)

    # -- reading values ---------------------------------------------------------

    def _index_at(self, scene_pos: Any) -> int | None:
        times = self._times()
        if not times:
            return None
        item = self.plot_widget.getPlotItem()
        if not item.sceneBoundingRect().contains(scene_pos):
            return None
        assert self.data is not None
        return self.data.nearest(item.getViewBox().mapSceneToView(scene_pos).x(), times)

    def _times(self) -> Sequence[float]:
        """The sessions drawn: with both sides (asymmetry), or with either (values)."""
        if self.data is None:
            return ()
        return self.data.side_times if self.show_raw else self.data.times

    def _on_mouse_moved(self, scene_pos: Any) -> None:
        index = self._index_at(scene_pos)
        self.plot_widget.setToolTip("" if index is None else self.describe(index))

    def _on_mouse_clicked(self, event: Any) -> None:
        index = self._index_at(event.scenePos())
        if index is not None:
            self.show_point(index)

    def describe(self, index: int) -> str:
        assert self.data is not None
        return self.data.describe_sides(index) if self.show_raw else self.data.describe(index)

    def show_point(self, index: int) -> None:
        """Write one point's exact values under the chart."""
        if self.data is not None and 0 <= index < len(self._times()):
            self.readout.setText(self.describe(index))

    def plotted(self) -> tuple[list[float], list[float]]:
        """The x and y values of the visible series, as drawn."""
        curve = self.left_curve if self.show_raw else self.asymmetry_curve
        if curve is None:
            return [], []
        x, y = curve.getData()
        return ([] if x is None else list(x)), ([] if y is None else list(y))

    def plotted_sides(self) -> tuple[list[float], list[float], list[float]]:
        """The times and the left and right values as drawn (NaN: no point)."""
        curves = (self.left_curve, self.right_curve)
        if not self.show_raw or curves[0] is None:
            return [], [], []
        assert self.data is not None
        times = list(self.data.side_times)
        drawn: list[list[float]] = []
        for curve in curves:
            x, y = curve.getData()
            if x is None or not len(x):  # a side without any value: no point at all
                drawn.append([math.nan] * len(times))
            else:
                assert list(x) == times
                drawn.append(list(y))
        return times, drawn[0], drawn[1]

    def pointed_out_times(self) -> list[float]:
        """When a bar joins the two sides (they were pointed out), as drawn."""
        if self.pointed_curve is None or not self.pointed_curve.isVisible():
            return []
        x, _ = self.pointed_curve.getData()
        return [] if x is None else sorted(set(x))

    def set_text_size(self, pixels: int) -> None:
        """Larger labels, e.g. for a chart printed at a fraction of its size."""
        self._text_px = pixels
        self._ensure_plot()
        self._apply_look()
        self.setStyleSheet(f"QLabel {{ font-size: {pixels}px; }}")

    def render_image(self, width: int, height: int) -> QImage:
        """The chart as an image, e.g. for the printed report."""
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.setPalette(palette)
        self.resize(width, height)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        # The value axis widens to its labels ("L 40") only once it has drawn them: the
        # first grab lays it out, the second is the picture.
        self.grab()
        return self.grab().toImage()
