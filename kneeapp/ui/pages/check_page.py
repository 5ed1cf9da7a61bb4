"""One guided check, built from the catalog: illustration, steps, left and right inputs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import DRIFT_WORDS, OVERPRESSURE_CUE, STOP_RULE, Check, CheckMeasure
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.observations import capitalized, check_name, live_line, measure_label
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.illustration import Illustration
from kneeapp.ui.widgets.measure_inputs import MeasureInput, make_input


def _checks(text: str) -> str:
    return qt_translate("Checks", text)


def steps_html(check: Check) -> str:
    items = "".join(
        f"<li style='margin-bottom:6px'>{'<b>' if step == OVERPRESSURE_CUE else ''}"
        f"{escape(_checks(step))}{'</b>' if step == OVERPRESSURE_CUE else ''}</li>"
        for step in check.steps
    )
    return f"<ol style='margin-left:0px; -qt-list-indent:1'>{items}</ol>"


def anchors(check_measure: CheckMeasure) -> str:
    measure = check_measure.measure
    if check_measure.id in ("range", "pain"):
        return f"0 = {_checks(check_measure.low_anchor)}, {measure.maximum:g} = " + _checks(
            check_measure.high_anchor
        )
    return ""


class CheckPage(Page):
    def __init__(
        self,
        check: Check,
        draft: SessionDraft,
        position: int,
        total: int,
        *,
        distance_unit: str = "cm",
    ) -> None:
        super().__init__(
            self.tr("{title}: {target}").format(
                title=_checks(check.title), target=_checks(check.target)
            ),
            self.tr("Check {position} of %n · {purpose}", "", total).format(
                position=position, purpose=_checks(check.purpose)
            ),
        )
        self.check = check
        self.draft = draft
        self.distance_unit = distance_unit
        self.inputs: dict[tuple[str, Side], MeasureInput] = {}
        self.live_lines: dict[str, QLabel] = {}

        # The stop rule sits above the scrolling part: it must be read before starting.
        self.stop_rule = wrapped_label(_checks(STOP_RULE), "safety")
        self.outer.insertWidget(2, self.stop_rule)

        # Left: how to do it. Right: what the person noticed, both sides side by side.
        columns = QHBoxLayout()
        columns.setSpacing(24)
        guide = QVBoxLayout()
        guide.setSpacing(10)
        name = check_name(check, qt_translate)
        self.illustration = Illustration(
            check.illustration, self.tr("Illustration of the {check}").format(check=name)
        )
        guide.addWidget(self.illustration)
        steps = wrapped_label(steps_html(check))
        steps.setTextFormat(Qt.TextFormat.RichText)
        steps.setAccessibleName(self.tr("How to do the {check}").format(check=name))
        guide.addWidget(steps)
        guide.addStretch(1)
        columns.addLayout(guide, 1)
        sides = QVBoxLayout()
        sides.addWidget(self._build_sides())
        sides.addStretch(1)
        columns.addLayout(sides, 1)
        self.body.addLayout(columns)

        self.next_button = self.add_step_buttons(self.tr("Next"))
        self.next_button.clicked.connect(self.next_requested)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A full-screen kiosk has room for a bigger illustration; a laptop has not.
        self.illustration.setMaximumHeight(max(180, int(self.height() * 0.36)))
        super().resizeEvent(event)

    def _build_sides(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("sidePanel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        side_titles = {Side.LEFT: self.tr("Left"), Side.RIGHT: self.tr("Right")}
        for column, side in enumerate(Side):
            title = QLabel(side_titles[side])
            title.setObjectName("sideTitle")
            grid.addWidget(title, 0, column)
        row = 1
        for check_measure in self.check.measures:
            question = _checks(check_measure.question)
            label_text = measure_label(self.check, check_measure.id, qt_translate)
            hint = anchors(check_measure)
            question_text = f"<b>{escape(question)}</b>"
            if check_measure.optional:
                question_text += "<br>" + escape(self.tr("(optional)"))
            elif hint:
                question_text += f"<br><span>{escape(hint)}</span>"
            label = wrapped_label(question_text)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, row, 0, 1, 2)
            row += 1
            if check_measure.id == "drift":
                grid.addLayout(self._drift_pictures(), row, 0, 1, 2)
                row += 1
            for column, side in enumerate(Side):
                name = self._input_name(side, label_text)
                control = make_input(check_measure, name, distance_unit=self.distance_unit)
                control.set_value(self.draft.value(self.check.id, check_measure.id, side))
                control.value_changed.connect(
                    lambda value, m=check_measure.id, s=side: self._on_value_changed(m, s, value)
                )
                self.inputs[check_measure.id, side] = control
                grid.addWidget(control, row, column)
            row += 1
            # Right under the sliders, so the comparison is seen while they move.
            line = wrapped_label("", "liveLine")
            line.setAccessibleName(
                self.tr("{measure} comparison").format(measure=capitalized(label_text))
            )
            self.live_lines[check_measure.id] = line
            grid.addWidget(line, row, 0, 1, 2)
            grid.setRowMinimumHeight(row + 1, 10)
            row += 2
        return panel

    def _input_name(self, side: Side, measure: str) -> str:
        """'Left step test range': side, check and measure, as a screen reader says it."""
        template = (
            self.tr("Left {check} {measure}")
            if side is Side.LEFT
            else self.tr("Right {check} {measure}")
        )
        return template.format(check=check_name(self.check, qt_translate), measure=measure)

    def _drift_pictures(self) -> QHBoxLayout:
        """What none, slight and marked drift look like, once for both sides."""
        pictures = QHBoxLayout()
        for word in DRIFT_WORDS:
            picture = Illustration(
                f"drift_{word}.svg",
                self.tr("Knee drift: {value}").format(value=qt_translate("Values", word)),
            )
            picture.setMinimumSize(110, 110)
            picture.setMaximumSize(150, 150)
            pictures.addWidget(picture)
        return pictures

    def _on_value_changed(self, measure_id: str, side: Side, value: float | None) -> None:
        self.draft.set_value(self.check.id, measure_id, side, value)
        self.refresh()

    def refresh(self) -> None:
        """Rewrite the live comparison lines from the draft."""
        for measure_id, line in self.live_lines.items():
            reading = self.draft.reading(self.check.id, measure_id)
            line.setText(live_line(reading, qt_translate))
            flagged = reading.flagged
            if line.property("flagged") != flagged:
                line.setProperty("flagged", flagged)
                # Re-polish so the style sheet picks up the changed property.
                line.style().unpolish(line)
                line.style().polish(line)
