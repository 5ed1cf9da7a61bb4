"""The session at a glance before saving: both sides, asymmetry, what stands out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kneeapp.domain.checks import CHECKS
from kneeapp.domain.observations import (
    findings_statement,
    format_asymmetry,
    format_value,
    observation,
    why,
)
from kneeapp.domain.session import Reading
from kneeapp.ui.pages.base import Page, wrapped_label

COLUMNS = ("Check", "Measure", "Left", "Right", "Asymmetry", "Result")
FLAG_TEXT = "⚑ Worth noting"
CLEAR_TEXT = "✓ Close"


class SummaryPage(Page):
    save_requested = Signal()

    def __init__(self) -> None:
        super().__init__("Your results today", "Look them over, then save.")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Results table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.body.addWidget(self.table)
        self.meaning = wrapped_label("", "banner")
        self.body.addWidget(self.meaning)
        self.advice = wrapped_label("", "safety")
        self.advice.hide()
        self.body.addWidget(self.advice)
        self.observations = wrapped_label()
        self.observations.setTextFormat(Qt.TextFormat.RichText)
        self.observations.setAccessibleName("What stands out")
        self.observations.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.observations.linkActivated.connect(self._on_link_activated)
        self.body.addWidget(self.observations)
        self.why = wrapped_label()
        self.why.setAccessibleName("Why this is pointed out")
        self.why.hide()
        self.body.addWidget(self.why)
        self._readings: dict[str, Reading] = {}
        self.note = wrapped_label()
        self.body.addWidget(self.note)
        self.error = wrapped_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.leave_button = self.add_button("Leave")
        self.buttons.addStretch(1)
        self.back_button = self.add_button("Back")
        self.save_button = self.add_button("Save session", role="primary")
        self.leave_button.clicked.connect(self.leave_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self.save_requested)

    def show_results(self, readings: tuple[Reading, ...], note: str, advice: str = "") -> None:
        self.show_error("")
        self.why.hide()
        self._readings = {f"{r.check_id}/{r.measure_id}": r for r in readings}
        self.table.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            asymmetry = reading.asymmetry
            check = CHECKS[reading.check_id]
            cells = (
                check.title,
                check.measure(reading.measure_id).measure.label,
                format_value(reading.measure_id, reading.left),
                format_value(reading.measure_id, reading.right),
                format_asymmetry(asymmetry)
                + (f", {asymmetry.worse_side.value} worse" if asymmetry.worse_side else ""),
                FLAG_TEXT if asymmetry.flagged else CLEAR_TEXT,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(row) for row in range(len(readings)))
        self.table.setFixedHeight(height)

        # Flagged findings first: they are what the person came to learn.
        ordered = sorted(readings, key=lambda r: not r.asymmetry.flagged)
        items = "".join(
            f"<li style='margin-bottom:4px'>{escape(observation(r))} "
            f"<a href='{r.check_id}/{r.measure_id}'>Why?</a></li>"
            for r in ordered
            if r.asymmetry.flagged or r.asymmetry.worse_side is not None
        )
        listing = f"<ul style='margin-left:0px; -qt-list-indent:1'>{items}</ul>"
        self.observations.setText(listing if items else "")
        self.observations.setVisible(bool(items))
        self.meaning.setText(findings_statement(readings))
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.note.setText(f"Your note: {note}" if note else "No note added.")

    def show_why(self, key: str) -> None:
        """Show the rule behind one observation; ``key`` is "check_id/measure_id"."""
        self.why.setText(why(self._readings[key]))
        self.why.show()

    def _on_link_activated(self, link: str) -> None:
        self.show_why(link)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
