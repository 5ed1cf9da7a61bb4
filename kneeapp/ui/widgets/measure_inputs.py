"""One control per measure and side, each reporting its value as a float (or None)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.checks import DRIFT_WORDS, CheckMeasure, describe_value
from kneeapp.domain.preferences import CM_PER_INCH
from kneeapp.domain.validation import format_number
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.widgets.buttons import Button, ChoiceRow


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


class ScaleSlider(MeasureInput):
    """A 0-10 slider with its value shown in numbers and words."""

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(int(measure.minimum), int(measure.maximum))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.NoTicks)
        self.slider.setAccessibleName(accessible_name)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.value_text = QLabel(self)
        self.value_text.setObjectName("valueText")
        self.value_text.setMinimumWidth(10)
        # Large text in a narrow column: the value wraps rather than being cut off.
        self.value_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.slider)
        layout.addWidget(self.value_text)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.setFocusProxy(self.slider)
        self._show(self.slider.value())

    def value(self) -> float | None:
        return float(self.slider.value())

    def set_value(self, value: float | None) -> None:
        self.slider.setValue(int(value or 0))
        self._show(self.slider.value())

    def _show(self, value: int) -> None:
        words = describe_value(self.check_measure, value, qt_translate)
        maximum = format_number(self.check_measure.measure.maximum)
        self.value_text.setText(
            self.tr("{value} of {maximum} · {words}").format(
                value=value, maximum=maximum, words=words
            )
        )
        self.slider.setAccessibleDescription(
            self.tr("{name}: {value} of {maximum}, {words}").format(
                name=self.accessible_name, value=value, maximum=maximum, words=words
            )
        )

    def _on_slider_value_changed(self, value: int) -> None:
        self._show(value)
        self.value_changed.emit(float(value))


class DistanceInput(MeasureInput):
    """A distance shown in cm or inches, always reported in cm on the measure's grid;
    empty until the person turns it on."""

    def __init__(
        self, check_measure: CheckMeasure, accessible_name: str, *, unit: str = "cm"
    ) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.per_unit = CM_PER_INCH if unit == "in" else 1.0
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(measure.minimum / self.per_unit, measure.maximum / self.per_unit)
        self.spin.setSingleStep(measure.step / self.per_unit)
        self.spin.setDecimals(1)
        self.spin.setSuffix(self.tr(" in") if unit == "in" else self.tr(" cm"))
        self.spin.setValue(10.0 / self.per_unit)
        self.spin.setAccessibleName(accessible_name)
        self.spin.setMinimumWidth(130)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.setFocusProxy(self.spin)
        self.setEnabled(False)

    def value(self) -> float | None:
        if not self.isEnabled():
            return None
        # Stored in cm, snapped onto the 0.5 cm grid the measure allows.
        step = self.check_measure.measure.step
        return round(self.spin.value() * self.per_unit / step) * step

    def set_value(self, value: float | None) -> None:
        self.setEnabled(value is not None)
        if value is not None:
            self.spin.setValue(value / self.per_unit)

    def set_measured(self, measured: bool) -> None:
        self.setEnabled(measured)
        self.value_changed.emit(self.value())

    def _on_spin_value_changed(self, _value: float) -> None:
        self.value_changed.emit(self.value())


class DriftChoice(MeasureInput):
    """None / slight / marked, as three large buttons."""

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        words = [qt_translate("Values", word) for word in DRIFT_WORDS]
        self.choices = ChoiceRow(words, accessible_name, self, vertical=True)
        self.choices.set_choice(0)
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
    """A repetition count: type it, or tap the counter once per repetition."""

    def __init__(self, check_measure: CheckMeasure, accessible_name: str) -> None:
        super().__init__(check_measure, accessible_name)
        measure = check_measure.measure
        self.spin = QSpinBox(self)
        self.spin.setRange(int(measure.minimum), int(measure.maximum))
        self.spin.setAccessibleName(accessible_name)
        self.spin.setMinimumWidth(110)
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
        self.tap_button.clicked.connect(self.spin.stepUp)
        self.setFocusProxy(self.spin)

    def value(self) -> float | None:
        return float(self.spin.value())

    def set_value(self, value: float | None) -> None:
        self.spin.setValue(int(value or 0))

    def _on_spin_value_changed(self, value: int) -> None:
        self.value_changed.emit(float(value))


def make_input(
    check_measure: CheckMeasure, accessible_name: str, *, distance_unit: str = "cm"
) -> MeasureInput:
    if check_measure.id == "knee_to_wall":
        return DistanceInput(check_measure, accessible_name, unit=distance_unit)
    kind = {"range": ScaleSlider, "pain": ScaleSlider, "drift": DriftChoice, "reps": RepsInput}
    return kind[check_measure.id](check_measure, accessible_name)
