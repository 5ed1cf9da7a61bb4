"""One control per measure and side, each reporting its value as a float (or None).

``KIND_INPUTS`` is the interface's registry of measure kinds (``domain/kinds.py``): for
each kind's key, the input a side gets and how the check page lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.checks import CheckMeasure, describe_value
from kneeapp.domain.preferences import CM_PER_INCH
from kneeapp.domain.validation import format_number
from kneeapp.ui.i18n import plural, qt_translate
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.reserved_label import ReservedLabel


class MeasureInput(QWidget):
    """Base for the per-side controls; ``value_changed`` carries float or None."""

    value_changed = Signal(object)

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__()
        self.check_measure = check_measure
        self.accessible_name = accessible_name

    def value(self) -> float | None:
        raise NotImplementedError

    def set_value(self, value: float | None) -> None:
        raise NotImplementedError


class RatingSlider(QSlider):
    """A slider that starts not rated, with no handle that could pass for a value.

    A tap or click on the track puts the value where it was tapped (not a page step
    towards it), then a drag goes on from there; the first arrow, Home or End key
    rates it too. Touch reaches it as the mouse events Qt makes from touches.
    """

    rated_changed = Signal(object)  # the value as a float, or None when not rated

    _RATING_KEYS = frozenset(
        {
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._rated = False
        self.valueChanged.connect(self._on_value_changed)

    @property
    def rated(self) -> bool:
        return self._rated

    def rating(self) -> float | None:
        return float(self.value()) if self._rated else None

    def set_rating(self, value: float | None) -> None:
        """Show ``value`` (None: not rated) without reporting it as a change."""
        self.blockSignals(True)
        self._rated = value is not None
        self.setValue(self.minimum() if value is None else int(value))
        self.blockSignals(False)
        self.update()

    def _geometry(self) -> tuple[QRect, QRect]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        return groove, handle

    def point_of(self, value: int) -> QPoint:
        """Where on the track ``value`` lies: the inverse of ``value_at``."""
        groove, handle = self._geometry()
        span = max(1, groove.width() - handle.width())
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
        return QPoint(groove.x() + handle.width() // 2 + offset, self.height() // 2)

    def value_at(self, x: float) -> int:
        """The value under a point ``x`` pixels from the slider's left edge."""
        groove, handle = self._geometry()
        span = groove.width() - handle.width()
        position = round(x - groove.x() - handle.width() / 2)
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), max(0, min(span, position)), max(1, span)
        )

    def _rate(self, value: int) -> None:
        was_rated, self._rated = self._rated, True
        if self.value() == value:
            if not was_rated:  # no valueChanged for the same number: say it anyway
                self.update()
                self.rated_changed.emit(float(value))
        else:
            self.setValue(value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self._rate(self.value_at(event.position().x()))
        # The handle is now under the pointer: the press goes on as a drag.
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._rated and event.key() in self._RATING_KEYS and self.isEnabled():
            before = self.value()
            self._rated = True
            super().keyPressEvent(event)
            if self.value() == before:
                self.update()
                self.rated_changed.emit(float(before))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._rated:
            super().paintEvent(event)
            return
        # Not rated: the track alone, no handle.
        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_SliderGroove
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)

    def _on_value_changed(self, value: int) -> None:
        if self._rated:
            self.rated_changed.emit(float(value))


class ScaleSlider(MeasureInput):
    """A 0-10 slider with its value shown in numbers and words; not rated at first."""

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.slider = RatingSlider(self)
        self.slider.setRange(int(measure.minimum), int(measure.maximum))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.NoTicks)
        self.slider.setAccessibleName(accessible_name)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Large text in a narrow column: the value wraps rather than being cut off, and
        # keeps the height of its longest wording so that nothing below moves.
        self.value_text = ReservedLabel(self._value_samples, "valueText")
        self.value_text.setParent(self)
        self.value_text.setMinimumWidth(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.slider)
        layout.addWidget(self.value_text)
        self.slider.rated_changed.connect(self._on_rated_changed)
        self.setFocusProxy(self.slider)
        self._show(None)

    def value(self) -> float | None:
        return self.slider.rating()

    def _value_samples(self) -> list[str]:
        measure = self.check_measure.measure
        values = range(int(measure.minimum), int(measure.maximum) + 1)
        return [self._value_words(None), *(self._value_words(v) for v in values)]

    def _value_words(self, value: int | None) -> str:
        if value is None:
            # The kind's words, in this class's context: "Not rated: tap the line".
            not_rated = self.check_measure.measure.kind.not_rated
            return qt_translate("ScaleSlider", not_rated)
        maximum = format_number(self.check_measure.measure.maximum, qt_translate)
        return self.tr("{value} of {maximum} · {words}").format(
            value=value,
            maximum=maximum,
            words=describe_value(self.check_measure, value, qt_translate),
        )

    def set_value(self, value: float | None) -> None:
        self.slider.set_rating(value)
        self._show(value)

    def _show(self, value: float | None) -> None:
        rated = value is not None
        if self.value_text.property("rated") != rated:
            self.value_text.setProperty("rated", rated)
            # Re-polish so the style sheet picks up the changed property.
            self.value_text.style().unpolish(self.value_text)
            self.value_text.style().polish(self.value_text)
        if value is None:
            self.value_text.setText(self._value_words(None))
            self.slider.setAccessibleDescription(
                self.tr("{name}: not rated").format(name=self.accessible_name)
            )
            return
        number = int(value)
        words = describe_value(self.check_measure, number, qt_translate)
        maximum = format_number(self.check_measure.measure.maximum, qt_translate)
        self.value_text.setText(self._value_words(number))
        self.slider.setAccessibleDescription(
            self.tr("{name}: {value} of {maximum}, {words}").format(
                name=self.accessible_name, value=number, maximum=maximum, words=words
            )
        )

    def _on_rated_changed(self, value: float | None) -> None:
        self._show(value)
        self.value_changed.emit(value)


INCH_STEP = 0.25  # a tape measure's quarter inch: finer than the 0.5 cm grid kept


class DistanceSpin(QDoubleSpinBox):
    """A distance without trailing zeros: '4 in', '4.25 in', '10.5 cm'."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class DistanceInput(MeasureInput):
    """A distance shown in cm or inches, always reported in cm on the measure's grid.

    Below the smallest distance sits "not measured": the spin box starts there.
    """

    def __init__(
        self, check_measure: CheckMeasure, accessible_name: str, *, unit: str = "cm"
    ) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.per_unit = CM_PER_INCH if unit == "in" else 1.0
        self.spin = DistanceSpin(self)
        # Inches step in quarters (never a centimetre step converted, "0.2, 0.4 … 3.9
        # in"); whatever is typed is kept on the measure's 0.5 cm grid.
        self._step = INCH_STEP if unit == "in" else measure.step
        self._empty = measure.minimum / self.per_unit - self._step
        self.spin.setRange(self._empty, measure.maximum / self.per_unit)
        self.spin.setSingleStep(self._step)
        self.spin.setDecimals(2 if unit == "in" else 1)
        not_rated = check_measure.measure.kind.not_rated  # "not measured"
        self.spin.setSpecialValueText(qt_translate("DistanceInput", not_rated))
        self.spin.setSuffix(self.tr(" in") if unit == "in" else self.tr(" cm"))
        self.spin.setValue(self._empty)
        self.spin.setAccessibleName(accessible_name)
        self.spin.setMinimumWidth(150)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.setFocusProxy(self.spin)

    def value(self) -> float | None:
        if self.spin.value() <= self._empty + 1e-9:
            return None
        # Stored in cm, snapped onto the 0.5 cm grid the measure allows.
        step = self.check_measure.measure.step
        return max(0.0, round(self.spin.value() * self.per_unit / step) * step)

    def set_value(self, value: float | None) -> None:
        self.spin.blockSignals(True)
        if value is None:
            self.spin.setValue(self._empty)
        else:  # shown on this unit's steps: 10 cm is "4 in", not "3.94 in"
            self.spin.setValue(round(value / self.per_unit / self._step) * self._step)
        self.spin.blockSignals(False)

    def _on_spin_value_changed(self, _value: float) -> None:
        self.value_changed.emit(self.value())


class DriftChoice(MeasureInput):
    """None / slight / marked, as three large buttons."""

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        words = [qt_translate("Values", word) for word in check_measure.measure.kind.words]
        self.choices = ChoiceRow(words, accessible_name, self, vertical=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        self.choices.chosen.connect(self._on_chosen)
        self.setFocusProxy(self.choices.buttons[0])

    def value(self) -> float | None:
        choice = self.choices.choice()
        return None if choice is None else float(choice)

    def set_value(self, value: float | None) -> None:
        self.choices.set_choice(None if value is None else int(value))

    def _on_chosen(self, index: int) -> None:
        self.value_changed.emit(float(index))


class RepsInput(MeasureInput):
    """A repetition count: type it, or tap the counter once per repetition.

    Below zero sits "not counted": the spin box starts there.
    """

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.spin = QSpinBox(self)
        self._empty = int(measure.minimum) - 1
        self.spin.setRange(self._empty, int(measure.maximum))
        not_rated = check_measure.measure.kind.not_rated  # "not counted"
        self.spin.setSpecialValueText(qt_translate("RepsInput", not_rated))
        self.spin.setValue(self._empty)
        self.spin.setAccessibleName(accessible_name)
        self.spin.setMinimumWidth(140)
        self.tap_button = Button("+1", self)
        self.tap_button.setAccessibleName(
            self.tr("{name}: count one more").format(name=accessible_name)
        )
        self.tap_button.setMinimumSize(64, 52)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.tap_button)
        layout.addStretch(1)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.tap_button.clicked.connect(self._on_tap_button_clicked)
        self.setFocusProxy(self.spin)

    def value(self) -> float | None:
        value = self.spin.value()
        return None if value == self._empty else float(value)

    def set_value(self, value: float | None) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self._empty if value is None else int(value))
        self.spin.blockSignals(False)

    def _on_tap_button_clicked(self) -> None:
        # The first tap counts the first repetition, not "zero".
        if self.spin.value() == self._empty:
            self.spin.blockSignals(True)
            self.spin.setValue(0)
            self.spin.blockSignals(False)
        self.spin.stepUp()

    def _on_spin_value_changed(self, _value: int) -> None:
        self.value_changed.emit(self.value())


class PhotoAngleInput(MeasureInput):
    """An angle measured on a photo: not measured until the person marks points in the
    photo tool, which ``photo_requested`` asks the page to open. Shows the mean, the
    spread and how many photos it came from."""

    photo_requested = Signal()

    def __init__(
        self, check_measure: CheckMeasure, accessible_name: str, *, side_label: str = ""
    ) -> None:
        super().__init__(check_measure, accessible_name)
        self.side_label = side_label  # "Left": the input spans the panel, one side a row
        self._value: float | None = None
        self.readout = QLabel(self)
        self.readout.setObjectName("photoAngle")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setAccessibleName(accessible_name)
        self.button = Button(self.tr("Measure from a photo…"), parent=self)
        self.button.setAccessibleName(
            self.tr("{name}: measure from a photo").format(name=accessible_name)
        )
        self.button.clicked.connect(self.photo_requested)
        # Takes the angle back to "not measured" (its marks go with it).
        self.clear_button = Button(self.tr("Remove this angle"), parent=self, role="quiet")
        self.clear_button.setAccessibleName(
            self.tr("{name}: remove the angle").format(name=accessible_name)
        )
        self.clear_button.clicked.connect(self._on_clear_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.readout)
        layout.addWidget(self.button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.button)
        self.set_value(None)

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None, count: int = 0, spread: float = 0.0) -> None:
        """Show ``value``; ``count`` and ``spread``: the photos it is the mean of."""
        self._value = value
        if value is None:
            text = qt_translate("PhotoAngleInput", self.check_measure.measure.kind.not_rated)
        elif count > 1:
            text = plural(
                self.tr("{value}°: the mean of %n photo(s), spread {spread}°", "", count), count
            ).format(
                value=format_number(value, qt_translate, decimals=1),
                spread=format_number(spread, qt_translate, decimals=1),
            )
        elif count == 1:
            text = self.tr("{value}° from one photo").format(
                value=format_number(value, qt_translate, decimals=1)
            )
        else:
            text = self.tr("{value}°").format(value=format_number(value, qt_translate, decimals=1))
        if self.side_label:
            text = self.tr("{side}: {value}").format(side=self.side_label, value=text)
        self.readout.setText(text)
        self.button.setText(
            self.tr("Measure again from a photo…")
            if value is not None
            else self.tr("Measure from a photo…")
        )
        self.clear_button.setVisible(value is not None)

    def _on_clear_clicked(self) -> None:
        self.set_value(None)
        self.value_changed.emit(None)
        self.button.setFocus()


class InputOptions(NamedTuple):
    """What the page knows that an input may need."""

    distance_unit: str = "cm"  # the person's unit for distances: "cm" or "in"
    side_label: str = ""  # "Left", for an input laid across the panel


class KindInput(NamedTuple):
    """How the interface shows one kind of measure."""

    make: Callable[[CheckMeasure, str, InputOptions], MeasureInput]
    # One side a row, across the panel (long words and buttons fit at any text size).
    spans_panel: bool = False
    # Illustrations shown once above both sides, one per word of the kind (a category).
    pictures: tuple[str, ...] = ()


# By ``MeasureKind.key``: a new kind of measure adds its input here.
KIND_INPUTS: dict[str, KindInput] = {
    "rating": KindInput(lambda m, name, _o: ScaleSlider(m, name)),
    "pain": KindInput(lambda m, name, _o: ScaleSlider(m, name)),
    "distance": KindInput(lambda m, name, o: DistanceInput(m, name, unit=o.distance_unit)),
    "category": KindInput(
        lambda m, name, _o: DriftChoice(m, name),
        pictures=("drift_none.svg", "drift_slight.svg", "drift_marked.svg"),
    ),
    "count": KindInput(lambda m, name, _o: RepsInput(m, name)),
    "photo_angle": KindInput(
        lambda m, name, o: PhotoAngleInput(m, name, side_label=o.side_label), spans_panel=True
    ),
}


def kind_input(check_measure: CheckMeasure) -> KindInput:
    return KIND_INPUTS[check_measure.measure.kind.key]


def make_input(
    check_measure: CheckMeasure,
    accessible_name: str,
    *,
    distance_unit: str = "cm",
    side_label: str = "",
) -> MeasureInput:
    """The input of one side of ``check_measure``, as its kind has it."""
    options = InputOptions(distance_unit, side_label)
    return kind_input(check_measure).make(check_measure, accessible_name, options)
